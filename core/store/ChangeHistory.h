#pragma once

#include "meter/MeterIdentity.h"
#include "settings/DeviceProfile.h"
#include "settings/SettingsEdit.h"
#include "settings/TemplateRestore.h"
#include "store/DataFolder.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace commissioner {

// One setting changed on one meter: who changed what, when, from what to what, with which
// tool. Kept per meter, one JSON object per line, in backups/SERIAL@TYPE/history.jsonl beside
// the meter's template backups:
//   {"time":"2024-05-01T10:00:00.000Z","serial_number":"PC-0209A001-11","device_type":7350,
//    "setting":"VOLTS_MODE",
//    "from":"0 (4W-WYE)","to":"1 (DELTA)","unit":"","result":"verified","user":"alice",
//    "tool":"commissioner-cli config set"}
struct ChangeRecord
{
    QDateTime time; // UTC
    QString serialNumber;
    int deviceType = 0; // 0 in records of earlier versions, which did not keep it
    QString setting;
    QString from; // display text ("1 (DELTA)", "14400"); empty when unknown
    QString to;   // what the meter reads now, or what was written when it could not be read
    QString unit;
    // "verified", "read-back-differs", "no-answer", "not-read-back" (settingWriteOutcomeName)
    QString result;
    QString user; // the operating system's user name
    QString tool; // "commissioner-cli config set", "Commissioner (Setup)", ...

    QJsonObject toJson() const;
    static std::optional<ChangeRecord> fromJson(const QJsonObject& o);
};

class ChangeHistory
{
public:
    static QString path(const DataFolder& folder, const QString& serial, int deviceType);
    // Appends, flushed and synced to disk. False (with *errorText) when it cannot be written.
    static bool append(const DataFolder& folder, const QVector<ChangeRecord>& records,
                       QString* errorText = nullptr);
    // Oldest first; lines that are not records are skipped (counted in *skipped). Of the
    // meter with this serial number and device type (of every type when deviceType is 0),
    // with the records an earlier version kept under the serial number alone: those name no
    // device type and are shown for either.
    static QVector<ChangeRecord> read(const DataFolder& folder, const QString& serial,
                                      int deviceType, int* skipped = nullptr);
    // Serial numbers of the meters that have a history, sorted.
    static QStringList meters(const DataFolder& folder);

    // The person at this computer, as the operating system names them.
    static QString currentUser();
};

// The records for what a settings edit changed (or may have changed): every result but
// Unchanged, RefusedByMeter and NotWritten. Time now, user currentUser().
QVector<ChangeRecord> changeRecords(const MeterIdentity& meter, const DeviceProfile& profile,
                                    const SettingsEditReport& report, const QString& tool);
// The same for a template restore: `before` as read before writing (settings missing there
// are recorded with an empty "from").
QVector<ChangeRecord> changeRecords(const MeterIdentity& meter, const DeviceProfile& profile,
                                    const TemplateValues& before, const RestorePlan& plan,
                                    const RestoreReport& report, const QString& tool);
// The clock set from `from` to `to` (UTC seconds), as read back.
ChangeRecord clockChangeRecord(const MeterIdentity& meter, qint64 from, qint64 to,
                               const QString& result, const QString& tool);
// The firmware the meter ran before an upgrade or recovery and the one it confirmed after
// (setting "FIRMWARE", result "verified": the job read the new version back).
ChangeRecord firmwareChangeRecord(const MeterIdentity& before, const MeterIdentity& after,
                                  const QString& tool);

} // namespace commissioner

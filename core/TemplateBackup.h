#pragma once

#include "DataFolder.h"
#include "DeviceProfile.h"
#include "MeterClient.h"
#include "MeterIdentity.h"
#include "Result.h"
#include "TemplateError.h"

#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>

namespace commissioner {

// Reads the meter's whole template and writes it durably (temporary file, fsync, rename)
// to backups/SERIAL/TIME-REASON.json (TIME as 20240501T100000Z, UTC) before the caller goes
// on: the upgrade job calls it before BEGIN. Returns the file's path. The profile comes
// from the compiled-in profiles plus <data folder>/profiles. Fails when the meter is not
// in NORMAL mode (the template block answers nothing then), on a link error, or when the
// file cannot be written.
Result<QString, TemplateError> saveTemplateBackup(MeterClient& client,
                                                  const MeterIdentity& identity,
                                                  const DataFolder& folder, const QString& reason);

struct BackupEntry
{
    QString serial;
    QDateTime savedAt; // UTC
    QString reason;
    QString path;
    int deviceType = 0;
    bool readable = true; // false: the file's contents could not be read; time from its name
};

// Backups under the data folder, of one meter or (serial empty) of all; newest first.
QVector<BackupEntry> listBackups(const DataFolder& folder,
                                 const QString& serialOrEmpty = QString());
// The newest backup of the meter with this reason (any reason when empty).
std::optional<BackupEntry> latestBackup(const DataFolder& folder, const QString& serial,
                                        const QString& reason = QString());

// Every setting at its factory default: how the tool notices a meter that came back from
// an upgrade or a recovery with factory settings (device-protocol.md section 4: a meter
// that restarts in UPGRADE or NO_FIRMWARE mode comes back with every template setting,
// the energy readings too, at its factory default).
bool looksFactoryDefault(const TemplateValues& values, const DeviceProfile& profile);

} // namespace commissioner

#pragma once

#include "base/Result.h"
#include "meter/MeterClient.h"
#include "meter/MeterIdentity.h"
#include "settings/DeviceProfile.h"
#include "settings/RawSettings.h"
#include "settings/TemplateError.h"
#include "store/DataFolder.h"

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

// A backup just written, with what it was written from.
struct WrittenBackup
{
    QString path;
    SettingRegisters read;   // every setting's registers as read from the meter
    InvalidSettings flagged; // settings whose value breaks its rule: kept as read, flagged
};
// saveTemplateBackup, telling what was read and which settings were flagged.
Result<WrittenBackup, TemplateError> writeTemplateBackup(MeterClient& client,
                                                         const MeterIdentity& identity,
                                                         const DataFolder& folder,
                                                         const QString& reason);
// Loads the backup back from disk and checks that it is this meter's and reproduces every
// register read from the meter, valid settings and flagged ones alike: a backup that fails
// this could not give the meter back its settings. BackupUnfaithful names the first setting
// that differs (or the file's error).
Result<Ok, TemplateError> verifyTemplateBackup(const WrittenBackup& backup,
                                               const MeterIdentity& identity,
                                               const DeviceProfiles& profiles);

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
// For one meter: backups/<DataFolder::safeName(serial)>/ and the folder an earlier version
// used (DataFolder::legacyBackupsDir), and of those only the files whose serial number
// (and, unless deviceType is 0, device type) inside is this meter's: never another meter's.
// A file that cannot be read is listed (readable false) only from the meter's own folder.
QVector<BackupEntry> listBackups(const DataFolder& folder, const QString& serialOrEmpty = QString(),
                                 int deviceType = 0);
// The newest readable backup of the meter with this reason (any reason when empty), checked
// as listBackups checks them.
std::optional<BackupEntry> latestBackup(const DataFolder& folder, const QString& serial,
                                        const QString& reason = QString(), int deviceType = 0);
// True when the backup file at path was saved from this meter (its serial number, and device
// type unless 0): what a restore offer checks before offering a path it was handed.
bool backupBelongsTo(const QString& path, const QString& serial, int deviceType = 0);

// Every setting at its factory default: how the tool notices a meter that came back from
// an upgrade or a recovery with factory settings (device-protocol.md section 4: a meter
// that restarts in UPGRADE or NO_FIRMWARE mode comes back with every template setting,
// the energy readings too, at its factory default).
bool looksFactoryDefault(const TemplateValues& values, const DeviceProfile& profile);

} // namespace commissioner

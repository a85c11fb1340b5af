#pragma once

#include "base/Result.h"
#include "meter/MeterClient.h"
#include "meter/MeterIdentity.h"
#include "settings/DeviceProfile.h"
#include "settings/RawSettings.h"
#include "settings/TemplateError.h"
#include "settings/TemplateFile.h"
#include "store/DataFolder.h"

#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>

namespace commissioner {

// Reads the meter's whole template and writes it durably (temporary file, fsync, rename)
// to backups/SERIAL@TYPE/TIME-REASON.json (TIME as 20240501T100000Z, UTC) before the caller goes
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

// The backup every writing job takes before its first write: written, then read back from
// disk and compared with every register read (verifyTemplateBackup). A backup that fails
// the check is renamed *.json.unverified (out of every list, kept for a person to look at)
// and the job must not write. Returns the file's path.
Result<QString, TemplateError> takeVerifiedBackup(MeterClient& client,
                                                  const MeterIdentity& identity,
                                                  const DataFolder& folder, const QString& reason);

// The reasons of the backups the tool takes by itself before it writes to a meter.
inline const QString kPreUpgradeReason = QStringLiteral("pre-upgrade");
inline const QString kPreRestoreReason = QStringLiteral("pre-restore");
inline const QString kSetupReason = QStringLiteral("setup");
inline const QString kConfigSetReason = QStringLiteral("config-set");
inline const QString kPreClockReason = QStringLiteral("pre-clock");
// True for one of the reasons above.
bool isToolBackupReason(const QString& reason);
// True for a file the tool made of one meter as a backup (one of the reasons above, or a
// file under the data folder's backups/): it gives that meter back, and only that meter.
// A template a person saved (`template save`, the Templates tab) is not one.
bool isBackupFile(const QString& path, const QString& reason, const DataFolder& folder);

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
// For one meter: backups/<DataFolder::meterKey(serial, type)>/ (of every type when deviceType
// is 0) and the folders earlier versions used (DataFolder::backupDirsOf), and of those only
// the files whose serial number
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

// The settings a meter lost since its backup was taken: what reads otherwise now (a value
// out of its rule counts as lost), an energy reading that went down (the meter counts on, so
// a higher reading is not a loss). `now` as readCheckedTemplate gives it. Without a backup,
// every setting when all read their factory default (the meter cannot tell more), else none.
QStringList settingsLostSince(const CheckedTemplate& now, const TemplateFile* backup,
                              const DeviceProfile& profile);

// Every setting of `values` at its factory default: how the tool notices a meter that came
// back from an upgrade or a recovery with factory settings (device-protocol.md section 4: a
// meter that restarts in UPGRADE or NO_FIRMWARE mode comes back with every template setting,
// the energy readings too, at its factory default), and a backup that gives nothing back.
// A setting missing from `values` tells nothing, as a backup lacking it gives nothing back for
// it: a caller judging a meter read checks first that none was flagged (CheckedTemplate).
bool looksFactoryDefault(const TemplateValues& values, const DeviceProfile& profile);

} // namespace commissioner

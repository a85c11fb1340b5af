#include "settings/TemplateBackup.h"

#include "base/Logging.h"
#include "base/PrintableText.h"
#include "settings/SettingsEdit.h"
#include "settings/TemplateFile.h"
#include "settings/TemplateIo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <algorithm>

namespace commissioner {

static const QString kTimeFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

// Only part of the file name: the reason itself is inside the file.
static QString safeReason(const QString& reason)
{
    return DataFolder::legacySafeName(reason.isEmpty() ? QStringLiteral("manual") : reason);
}

Result<QString, TemplateError> saveTemplateBackup(MeterClient& client,
                                                  const MeterIdentity& identity,
                                                  const DataFolder& folder, const QString& reason)
{
    auto written = writeTemplateBackup(client, identity, folder, reason);
    if (!written)
        return written.error();
    return written->path;
}

Result<WrittenBackup, TemplateError> writeTemplateBackup(MeterClient& client,
                                                         const MeterIdentity& identity,
                                                         const DataFolder& folder,
                                                         const QString& reason)
{
    if (identity.mode != DeviceMode::Normal) {
        TemplateError e;
        e.kind = TemplateErrorKind::MeterNotNormal;
        e.value = deviceModeName(identity.mode);
        return e;
    }
    const auto profiles = DeviceProfiles::load(folder);
    if (!profiles)
        return profiles.error();
    const DeviceProfile* profile = profiles->forDeviceType(identity.deviceType);
    if (!profile) {
        TemplateError e;
        e.kind = TemplateErrorKind::UnknownDeviceType;
        e.value = QString::number(identity.deviceType);
        return e;
    }
    const auto read = readCheckedTemplate(client, *profile);
    if (!read)
        return read.error();

    const TemplateFile file = TemplateFile::fromMeter(identity, read.value(), reason);
    const QString dir = folder.backupsDir(identity.serialNumber, identity.deviceType);
    const QString stem = file.savedAt.toString(kTimeFormat) + QLatin1Char('-') + safeReason(reason);
    QString path = dir + QLatin1Char('/') + stem + QStringLiteral(".json");
    // Two backups in one second keep both.
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir + QLatin1Char('/') + stem + QStringLiteral("_%1.json").arg(n);
    if (auto saved = saveTemplateFile(path, file, *profile); !saved)
        return saved.error();
    qCInfo(lcTemplate) << "template backup" << path << "reason" << reason;
    for (const InvalidSetting& bad : read->invalid)
        qCWarning(lcTemplate).noquote()
            << "backup" << path << "keeps" << bad.name << "as read (" << describe(bad.error) << ")";
    return WrittenBackup{path, read->registers, read->invalid};
}

Result<Ok, TemplateError> verifyTemplateBackup(const WrittenBackup& backup,
                                               const MeterIdentity& identity,
                                               const DeviceProfiles& profiles)
{
    auto unfaithful = [&](const QString& setting, const QString& detail) {
        TemplateError e;
        e.kind = TemplateErrorKind::BackupUnfaithful;
        e.path = backup.path;
        e.setting = setting;
        e.detail = detail;
        return e;
    };
    const auto loaded = loadTemplateFile(backup.path, profiles);
    if (!loaded)
        return unfaithful(loaded.error().setting, describe(loaded.error()));
    if (loaded->serialNumber != identity.serialNumber || loaded->deviceType != identity.deviceType)
        return unfaithful(QString(), QStringLiteral("the file names another meter"));
    const DeviceProfile* profile = profiles.forDeviceType(identity.deviceType);
    if (!profile)
        return unfaithful(QString(), QStringLiteral("no profile"));
    const SettingRegisters again = loaded->registers(*profile);
    for (const SettingDef& def : profile->settings()) {
        const Registers want = backup.read.value(def.name);
        if (!again.contains(def.name) || again.value(def.name) != want)
            return unfaithful(def.name,
                              QStringLiteral("read %1, the file gives %2")
                                  .arg(registersHex(want), again.contains(def.name)
                                                               ? registersHex(again.value(def.name))
                                                               : QStringLiteral("nothing")));
    }
    return Ok{};
}

Result<QString, TemplateError> takeVerifiedBackup(MeterClient& client,
                                                  const MeterIdentity& identity,
                                                  const DataFolder& folder, const QString& reason)
{
    auto written = writeTemplateBackup(client, identity, folder, reason);
    if (!written)
        return written.error();
    const auto profiles = DeviceProfiles::load(folder);
    if (!profiles)
        return profiles.error();
    if (auto verified = verifyTemplateBackup(written.value(), identity, profiles.value());
        !verified) {
        QFile::rename(written->path, written->path + QStringLiteral(".unverified"));
        return verified.error();
    }
    return written->path;
}

bool isToolBackupReason(const QString& reason)
{
    static const QStringList reasons = {kPreUpgradeReason, kPreRestoreReason, kSetupReason,
                                        kConfigSetReason, kPreClockReason};
    return reasons.contains(reason);
}

bool isBackupFile(const QString& path, const QString& reason, const DataFolder& folder)
{
    if (isToolBackupReason(reason))
        return true;
    const QString root = QDir::cleanPath(QFileInfo(folder.backupsRoot()).absoluteFilePath());
    const QString file = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return file.startsWith(root + QLatin1Char('/'));
}

static BackupEntry readEntry(const QString& path, const QString& dirName)
{
    BackupEntry b;
    b.path = path;
    // Until the file says: the folder's name ("SERIAL@TYPE", or SERIAL in earlier versions).
    b.serial = QUrl::fromPercentEncoding(dirName.section(QLatin1Char('@'), 0, 0).toUtf8());
    b.deviceType = dirName.section(QLatin1Char('@'), 1).toInt();
    const QString base = QFileInfo(path).completeBaseName();
    const int dash = base.indexOf(QLatin1Char('-'));
    b.savedAt = QDateTime::fromString(base.left(dash), kTimeFormat);
    b.savedAt.setTimeSpec(Qt::UTC);
    b.reason = dash >= 0 ? base.mid(dash + 1) : QString();
    QFile f(path);
    const QJsonDocument doc =
        f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()) : QJsonDocument();
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("commissioner-template")) {
        b.readable = false;
        if (!b.savedAt.isValid())
            b.savedAt = QFileInfo(path).lastModified().toUTC();
        return b;
    }
    // The file's own serial number, even empty: a file that does not name its meter is
    // nobody's in particular.
    b.serial = o.value(QStringLiteral("serial_number")).toString();
    const QDateTime saved =
        QDateTime::fromString(o.value(QStringLiteral("saved_at")).toString(), Qt::ISODate);
    if (saved.isValid())
        b.savedAt = saved.toUTC();
    if (o.contains(QStringLiteral("reason")))
        b.reason = o.value(QStringLiteral("reason")).toString();
    b.deviceType = o.value(QStringLiteral("device_type")).toInt();
    return b;
}

static bool isOf(const BackupEntry& b, const QString& serial, int deviceType)
{
    return b.readable && b.serial == serial && (deviceType == 0 || b.deviceType == deviceType);
}

QVector<BackupEntry> listBackups(const DataFolder& folder, const QString& serialOrEmpty,
                                 int deviceType)
{
    QVector<BackupEntry> entries;
    const QDir root(folder.backupsRoot());
    QStringList dirs;
    if (serialOrEmpty.isEmpty()) {
        dirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    } else {
        dirs = folder.backupDirsOf(serialOrEmpty, deviceType);
    }
    const QString ownName = DataFolder::safeName(serialOrEmpty);
    for (const QString& d : dirs) {
        if (!root.exists(d))
            continue;
        // An unreadable file is this meter's only in a folder named after its serial number.
        const bool ownFolder = d == ownName || d.startsWith(ownName + QLatin1Char('@'));
        const QDir dir(root.filePath(d));
        for (const QString& name :
             dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            BackupEntry b = readEntry(dir.filePath(name), d);
            if (!serialOrEmpty.isEmpty()) {
                const bool mine = b.readable ? isOf(b, serialOrEmpty, deviceType) : ownFolder;
                if (!mine) {
                    if (b.readable)
                        qCDebug(lcTemplate).noquote()
                            << "not a backup of" << printableText(serialOrEmpty) << ":" << b.path
                            << "is of" << printableText(b.serial) << "type" << b.deviceType;
                    continue;
                }
            } else if (deviceType != 0 && b.readable && b.deviceType != deviceType) {
                continue;
            }
            entries.append(b);
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const BackupEntry& a, const BackupEntry& b) {
                         return a.savedAt != b.savedAt ? a.savedAt > b.savedAt : a.path > b.path;
                     });
    return entries;
}

std::optional<BackupEntry> latestBackup(const DataFolder& folder, const QString& serial,
                                        const QString& reason, int deviceType)
{
    for (const BackupEntry& b : listBackups(folder, serial, deviceType))
        if (b.readable && (reason.isEmpty() || b.reason == reason))
            return b;
    return std::nullopt;
}

bool backupBelongsTo(const QString& path, const QString& serial, int deviceType)
{
    const QFileInfo info(path);
    return isOf(readEntry(info.absoluteFilePath(), info.dir().dirName()), serial, deviceType);
}

QStringList settingsLostSince(const CheckedTemplate& now, const TemplateFile* backup,
                              const DeviceProfile& profile)
{
    QStringList lost;
    if (!backup) {
        if (now.invalid.isEmpty() && looksFactoryDefault(now.valid, profile))
            for (const SettingDef& def : profile.settings())
                lost << def.name;
        return lost;
    }
    for (const SettingDef& def : profile.settings()) {
        if (!backup->settings.contains(def.name))
            continue; // nothing to give back (flagged in the backup, or not in its profile)
        const SettingValue then = backup->settings.value(def.name);
        if (!now.valid.contains(def.name)) {
            lost << def.name; // reads out of its rule now
            continue;
        }
        const SettingValue value = now.valid.value(def.name);
        const bool counter = isEnergySetting(def);
        if (counter ? value.toUnsigned64() < then.toUnsigned64() : value != then)
            lost << def.name;
    }
    return lost;
}

bool looksFactoryDefault(const TemplateValues& values, const DeviceProfile& profile)
{
    for (const SettingDef& def : profile.settings())
        if (values.contains(def.name) && values.value(def.name) != def.factoryDefault)
            return false;
    return true;
}

} // namespace commissioner

#include "TemplateBackup.h"

#include "Logging.h"
#include "TemplateFile.h"
#include "TemplateIo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace commissioner {

static const QString kTimeFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

static QString safeReason(const QString& reason)
{
    QString s = DataFolder::safeName(reason.isEmpty() ? QStringLiteral("manual") : reason);
    return s;
}

Result<QString, TemplateError> saveTemplateBackup(MeterClient& client,
                                                  const MeterIdentity& identity,
                                                  const DataFolder& folder, const QString& reason)
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
    const auto values = readTemplate(client, *profile);
    if (!values)
        return values.error();

    const TemplateFile file = TemplateFile::fromMeter(identity, values.value(), reason);
    const QString dir = folder.backupsDir(identity.serialNumber);
    const QString stem = file.savedAt.toString(kTimeFormat) + QLatin1Char('-') + safeReason(reason);
    QString path = dir + QLatin1Char('/') + stem + QStringLiteral(".json");
    // Two backups in one second keep both.
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir + QLatin1Char('/') + stem + QStringLiteral("_%1.json").arg(n);
    if (auto saved = saveTemplateFile(path, file, *profile); !saved)
        return saved.error();
    qCInfo(lcTemplate) << "template backup" << path << "reason" << reason;
    return path;
}

static BackupEntry readEntry(const QString& path, const QString& serialDir)
{
    BackupEntry b;
    b.path = path;
    b.serial = serialDir;
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
    const QString serial = o.value(QStringLiteral("serial_number")).toString();
    if (!serial.isEmpty())
        b.serial = serial;
    const QDateTime saved =
        QDateTime::fromString(o.value(QStringLiteral("saved_at")).toString(), Qt::ISODate);
    if (saved.isValid())
        b.savedAt = saved.toUTC();
    if (o.contains(QStringLiteral("reason")))
        b.reason = o.value(QStringLiteral("reason")).toString();
    b.deviceType = o.value(QStringLiteral("device_type")).toInt();
    return b;
}

QVector<BackupEntry> listBackups(const DataFolder& folder, const QString& serialOrEmpty)
{
    QVector<BackupEntry> entries;
    const QDir root(folder.backupsRoot());
    QStringList dirs;
    if (serialOrEmpty.isEmpty())
        dirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    else if (root.exists(DataFolder::safeName(serialOrEmpty)))
        dirs << DataFolder::safeName(serialOrEmpty);
    for (const QString& d : dirs) {
        const QDir dir(root.filePath(d));
        for (const QString& name :
             dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            BackupEntry b = readEntry(dir.filePath(name), d);
            if (!serialOrEmpty.isEmpty() && b.readable && b.serial != serialOrEmpty)
                continue;
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
                                        const QString& reason)
{
    for (const BackupEntry& b : listBackups(folder, serial))
        if (b.readable && (reason.isEmpty() || b.reason == reason))
            return b;
    return std::nullopt;
}

bool looksFactoryDefault(const TemplateValues& values, const DeviceProfile& profile)
{
    for (const SettingDef& def : profile.settings())
        if (!values.contains(def.name) || values.value(def.name) != def.factoryDefault)
            return false;
    return true;
}

} // namespace commissioner

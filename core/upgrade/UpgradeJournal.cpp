#include "upgrade/UpgradeJournal.h"

#include "base/Logging.h"
#include "base/PrintableText.h"
#include "store/DataFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace commissioner {

QByteArray UpgradeJournal::toJson() const
{
    const QJsonObject o{
        {QStringLiteral("format"), QStringLiteral("commissioner-journal")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("serial_number"), serialNumber},
        {QStringLiteral("device_type"), deviceType},
        {QStringLiteral("payload_sha256"), QString::fromLatin1(payloadSha256.toHex())},
        {QStringLiteral("package_sha256"), QString::fromLatin1(packageSha256.toHex())},
        {QStringLiteral("package_copy"), packageCopyPath},
        {QStringLiteral("package_original"), packageOriginalPath},
        {QStringLiteral("backup"), backupPath},
        {QStringLiteral("target_version"), targetVersion},
        {QStringLiteral("stage"), stage},
        {QStringLiteral("allow_unsigned"), allowUnsigned},
        {QStringLiteral("allow_downgrade"), allowDowngrade},
        {QStringLiteral("started_at"), startedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("updated_at"), updatedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("tool_version"), toolVersion},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<UpgradeJournal> UpgradeJournal::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("commissioner-journal"))
        return std::nullopt;
    UpgradeJournal j;
    j.serialNumber = o.value(QStringLiteral("serial_number")).toString();
    j.deviceType = o.value(QStringLiteral("device_type")).toInt();
    j.payloadSha256 =
        QByteArray::fromHex(o.value(QStringLiteral("payload_sha256")).toString().toLatin1());
    j.packageSha256 =
        QByteArray::fromHex(o.value(QStringLiteral("package_sha256")).toString().toLatin1());
    j.packageCopyPath = o.value(QStringLiteral("package_copy")).toString();
    j.packageOriginalPath = o.value(QStringLiteral("package_original")).toString();
    j.backupPath = o.value(QStringLiteral("backup")).toString();
    j.targetVersion = o.value(QStringLiteral("target_version")).toString();
    j.stage = o.value(QStringLiteral("stage")).toString();
    j.allowUnsigned = o.value(QStringLiteral("allow_unsigned")).toBool();
    j.allowDowngrade = o.value(QStringLiteral("allow_downgrade")).toBool();
    j.startedAt =
        QDateTime::fromString(o.value(QStringLiteral("started_at")).toString(), Qt::ISODate);
    j.updatedAt =
        QDateTime::fromString(o.value(QStringLiteral("updated_at")).toString(), Qt::ISODate);
    j.toolVersion = o.value(QStringLiteral("tool_version")).toString();
    return j;
}

namespace {

std::optional<UpgradeJournal> readJournal(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return UpgradeJournal::fromJson(f.readAll());
}

bool belongsTo(const UpgradeJournal& j, const QString& serial, int deviceType)
{
    return j.serialNumber == serial && (deviceType == 0 || j.deviceType == deviceType);
}

} // namespace

namespace {

// Where this meter's journal may be, newest layout first.
QStringList journalCandidates(const DataFolder& folder, const QString& serial, int deviceType)
{
    QStringList out;
    if (deviceType != 0) {
        out << folder.journalPath(serial, deviceType);
    } else {
        const QDir dir(folder.journalDir());
        const QString pattern = DataFolder::safeName(serial) + QStringLiteral("@*.json");
        for (const QString& name : dir.entryList({pattern}, QDir::Files, QDir::Name))
            out << dir.filePath(name);
    }
    for (const QString& old : {folder.unkeyedJournalPath(serial), folder.legacyJournalPath(serial)})
        if (!out.contains(old))
            out << old;
    return out;
}

} // namespace

std::optional<UpgradeJournal> UpgradeJournal::load(const DataFolder& folder, const QString& serial,
                                                   int deviceType)
{
    for (const QString& candidate : journalCandidates(folder, serial, deviceType)) {
        const auto j = readJournal(candidate);
        if (!j)
            continue;
        if (belongsTo(*j, serial, deviceType))
            return j;
        qCWarning(lcUpgrade).noquote()
            << "ignoring the journal" << candidate << "of meter" << printableText(j->serialNumber)
            << "type" << j->deviceType << "when looking for" << printableText(serial) << "type"
            << deviceType;
    }
    return std::nullopt;
}

bool UpgradeJournal::save(const DataFolder& folder, QString* errorText) const
{
    return writeFileDurably(folder.journalPath(serialNumber, deviceType), toJson(), errorText);
}

bool UpgradeJournal::saveStage(const DataFolder& folder, const QString& stageReached)
{
    stage = stageReached;
    updatedAt = QDateTime::currentDateTimeUtc();
    return save(folder);
}

void UpgradeJournal::remove(const DataFolder& folder, const QString& serial, int deviceType)
{
    if (deviceType != 0)
        QFile::remove(folder.journalPath(serial, deviceType)); // this meter's by its name
    for (const QString& path : journalCandidates(folder, serial, deviceType))
        if (const auto j = readJournal(path); j && belongsTo(*j, serial, deviceType))
            QFile::remove(path);
}

QString keepPackageCopy(const DataFolder& folder, const QByteArray& fileBytes,
                        const QByteArray& fileSha256, QString* errorText)
{
    const QString path = folder.packagesDir() + QLatin1Char('/') +
                         QString::fromLatin1(fileSha256.toHex()) + QStringLiteral(".upg");
    QFile existing(path);
    if (existing.exists() && existing.size() == fileBytes.size())
        return path;
    if (!writeFileDurably(path, fileBytes, errorText))
        return QString();
    return path;
}

} // namespace commissioner

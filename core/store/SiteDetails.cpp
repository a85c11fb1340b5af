#include "store/SiteDetails.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSiteDetails, "commissioner.store.site")

namespace commissioner {

namespace {

// Not *.json: the meter's folder is listed for template backups by that pattern, and this
// file is no backup.
const QString kFileName = QStringLiteral("site.info");

} // namespace

QString SiteDetailsStore::path(const DataFolder& folder, const QString& serial, int deviceType)
{
    return folder.backupsDir(serial, deviceType) + QLatin1Char('/') + kFileName;
}

SiteDetails SiteDetailsStore::load(const DataFolder& folder, const QString& serial, int deviceType)
{
    QFile file(path(folder, serial, deviceType));
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSiteDetails) << "cannot read" << file.fileName() << file.errorString();
        return {};
    }
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    // The folder's name says whose it is; the file says so too, and both must agree.
    if (o.value(QStringLiteral("serial_number")).toString() != serial ||
        o.value(QStringLiteral("device_type")).toInt() != deviceType) {
        qCWarning(lcSiteDetails) << file.fileName() << "is not of meter" << serial << deviceType;
        return {};
    }
    SiteDetails d;
    d.site = o.value(QStringLiteral("site")).toString();
    d.customer = o.value(QStringLiteral("customer")).toString();
    return d;
}

bool SiteDetailsStore::save(const DataFolder& folder, const QString& serial, int deviceType,
                            const SiteDetails& details, QString* errorText)
{
    const QJsonObject o{
        {QStringLiteral("serial_number"), serial},
        {QStringLiteral("device_type"), deviceType},
        {QStringLiteral("site"), details.site},
        {QStringLiteral("customer"), details.customer},
    };
    return writeFileDurably(path(folder, serial, deviceType), QJsonDocument(o).toJson(), errorText);
}

} // namespace commissioner

#include "AppSettings.h"

#include "store/DataFolder.h"

#include <QSettings>
#include <QStandardPaths>

namespace commissioner::gui {

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.responseTimeoutMs =
        s.value(QStringLiteral("link/responseTimeoutMs"), a.responseTimeoutMs).toInt();
    a.retries = s.value(QStringLiteral("link/retries"), a.retries).toInt();
    a.outageWaitSeconds =
        s.value(QStringLiteral("upgrade/outageWaitSeconds"), a.outageWaitSeconds).toInt();
    a.dataDir = s.value(QStringLiteral("folders/data"), defaultDataDir()).toString();
    a.packageDir = s.value(QStringLiteral("folders/packages")).toString();
    a.language = s.value(QStringLiteral("ui/language")).toString();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("link/responseTimeoutMs"), responseTimeoutMs);
    s.setValue(QStringLiteral("link/retries"), retries);
    s.setValue(QStringLiteral("upgrade/outageWaitSeconds"), outageWaitSeconds);
    s.setValue(QStringLiteral("folders/data"), dataDir);
    s.setValue(QStringLiteral("folders/packages"), packageDir);
    s.setValue(QStringLiteral("ui/language"), language);
}

QString AppSettings::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

RetryPolicy AppSettings::retryPolicy() const
{
    RetryPolicy p;
    p.responseTimeoutMs = responseTimeoutMs;
    p.retries = retries;
    return p;
}

QString AppSettings::backupsDir(const QString& serial, int deviceType) const
{
    return DataFolder(dataDir).backupsDir(serial, deviceType);
}

} // namespace commissioner::gui

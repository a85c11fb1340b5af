#include "upgrade/UpgradeRuns.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace commissioner {

std::optional<UpgradeRunSummary> latestUpgradeRun(const QString& jsonLogPath,
                                                  const QString& serialNumber)
{
    QFile f(jsonLogPath);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    std::optional<UpgradeRunSummary> latest;
    std::optional<UpgradeRunSummary> run;
    auto close = [&] {
        if (run && run->serialNumber == serialNumber)
            latest = run;
        run.reset();
    };
    while (!f.atEnd()) {
        const QJsonDocument doc = QJsonDocument::fromJson(f.readLine());
        if (!doc.isObject())
            continue;
        const QJsonObject o = doc.object();
        const QString event = o.value(QStringLiteral("event")).toString();
        const QString text = o.value(QStringLiteral("text")).toString();
        if (event == QLatin1String("start") && o.contains(QStringLiteral("tool_version"))) {
            close();
            run = UpgradeRunSummary{};
            run->started =
                QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
                    .toUTC();
            continue;
        }
        if (!run)
            continue;
        if (event == QLatin1String("start") && o.contains(QStringLiteral("package_version"))) {
            run->packageVersion = o.value(QStringLiteral("package_version")).toString();
        } else if (event == QLatin1String("device")) {
            if (o.contains(QStringLiteral("serial_number")))
                run->serialNumber = o.value(QStringLiteral("serial_number")).toString();
            if (o.contains(QStringLiteral("firmware")))
                run->firmwareBefore = o.value(QStringLiteral("firmware")).toString();
        } else if (event == QLatin1String("check")) {
            run->checks << text;
        } else if (event == QLatin1String("backup") && o.contains(QStringLiteral("backup"))) {
            run->backupPath = o.value(QStringLiteral("backup")).toString();
        } else if (event == QLatin1String("step") && o.contains(QStringLiteral("firmware"))) {
            run->firmwareAfter = o.value(QStringLiteral("firmware")).toString();
            run->confirmation = text;
        } else if (event == QLatin1String("result") && o.contains(QStringLiteral("outcome"))) {
            run->outcome = o.value(QStringLiteral("outcome")).toString();
            run->resultText = text;
        }
    }
    close();
    return latest;
}

} // namespace commissioner

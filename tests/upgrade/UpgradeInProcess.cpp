#include "UpgradeInProcess.h"

#include "CatchCompat.h"
#include "MeterClientFactory.h"
#include "package/Package.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

using namespace commissioner;

namespace inprocess {

QStringList meter(const QString& type, const QString& serial, const QString& fw)
{
    return {QStringLiteral("--type"),          type,  QStringLiteral("--fw"), fw,
            QStringLiteral("--serial-number"), serial};
}

UpgradeImage imageOf(const testsupport::TestPackage& pkg)
{
    auto parsed = Package::readFile(pkg.path);
    REQUIRE(parsed);
    UpgradeImage image = upgradeImageFrom(parsed.value(), parsed.value().checkSignature(KeyRing{}));
    image.sourcePath = pkg.path;
    return image;
}

std::unique_ptr<MeterClient> openClient(quint16 port, int unit)
{
    LinkSettings link;
    link.port = port;
    link.unitId = unit;
    link.retry.responseTimeoutMs = 300;
    link.retry.retries = 2;
    link.retry.backoffMs = 20;
    auto client = MeterClientFactory::open(link);
    REQUIRE(client);
    return std::move(client.value());
}

UpgradeOptions quickOptions()
{
    UpgradeOptions o;
    o.allowUnsigned = true;
    o.outageWaitMs = 3000;
    o.installMarginMs = 2000;
    o.reconnectIntervalMs = 200;
    o.verifyPollMs = 50;
    o.refusalBackoffMs = 20;
    return o;
}

UpgradeResult runSteps(UpgradeJob& job, const std::function<void()>& between)
{
    QElapsedTimer t;
    t.start();
    for (int steps = 0; steps < 200000 && t.elapsed() < 120000; ++steps) {
        const auto s = job.step();
        if (s.finished)
            return job.result();
        if (between)
            between();
        if (s.delayMs > 0)
            QThread::msleep(s.delayMs);
    }
    FAIL("the upgrade job did not finish within its bounds");
    return job.result();
}

QString readLog(const QString& dataDir)
{
    QFile f(dataDir + QStringLiteral("/logs/Upgrade.log"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void LogWatch::onStage(UpgradeStage stage)
{
    if (onStageChange)
        onStageChange(stage);
}

bool LogWatch::sawField(const QString& name) const
{
    for (const UpgradeLogEntry& e : entries)
        if (e.fields.contains(name))
            return true;
    return false;
}

} // namespace inprocess

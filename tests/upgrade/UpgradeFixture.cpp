#include "UpgradeFixture.h"

#include "CatchCompat.h"

#include <QCryptographicHash>
#include <QFile>

UpgradeFixture::UpgradeFixture()
{
    stateFile = dir.filePath(QStringLiteral("meter.json"));
    dataDir = dir.filePath(QStringLiteral("data"));
}

bool UpgradeFixture::startMeter(const QStringList& args)
{
    meterArgs = args;
    const QStringList all =
        QStringList{QStringLiteral("--tcp"),        QStringLiteral("127.0.0.1:%1").arg(port),
                    QStringLiteral("--state"),      stateFile,
                    QStringLiteral("--install-ms"), QStringLiteral("300"),
                    QStringLiteral("--verify-ms"),  QStringLiteral("100")} +
        args;
    if (!sim.start(all))
        return false;
    port = sim.tcpPort();
    return port != 0;
}

bool UpgradeFixture::restartMeter(const QStringList& extraArgs)
{
    if (sim.isRunning())
        sim.kill9();
    QStringList args = meterArgs;
    // Faults that killed it are not repeated after the power comes back.
    for (const QString& once :
         {QStringLiteral("--power-loss-at-offset"), QStringLiteral("--power-loss-in")}) {
        const int at = args.indexOf(once);
        if (at >= 0)
            args.erase(args.begin() + at, args.begin() + at + 2);
    }
    const QStringList keep = meterArgs;
    const bool ok = startMeter(args + extraArgs);
    meterArgs = keep;
    return ok;
}

QStringList UpgradeFixture::link() const
{
    return {QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:%1").arg(port)};
}

QJsonObject UpgradeFixture::dump() const
{
    return testsupport::MeterSimProcess::dump(stateFile);
}

testsupport::TestPackage UpgradeFixture::package(quint16 type,
                                                 const commissioner::FirmwareVersion& v, int size,
                                                 quint32 seed, quint16 hwMin, quint16 hwMax)
{
    return testsupport::makePackage(dir.path(), type, hwMin, hwMax, v, size, seed);
}

QStringList UpgradeFixture::upgradeArgs(const QString& packagePath, const QStringList& extra) const
{
    return link() +
           QStringList{QStringLiteral("--data-dir"),
                       dataDir,
                       QStringLiteral("--timeout-ms"),
                       QStringLiteral("300"),
                       QStringLiteral("--backoff-ms"),
                       QStringLiteral("20"),
                       QStringLiteral("upgrade"),
                       packagePath,
                       QStringLiteral("--yes"),
                       QStringLiteral("--allow-unsigned"),
                       QStringLiteral("--install-margin"),
                       QStringLiteral("10")} +
           extra;
}

int UpgradeFixture::upgrade(testsupport::CliProcess& cli, const QString& packagePath,
                            const QStringList& extra, int timeoutMs)
{
    REQUIRE(cli.run(upgradeArgs(packagePath, extra), timeoutMs));
    return cli.exitCode();
}

void UpgradeFixture::cutPowerDuringUpgrade(const QString& packagePath)
{
    testsupport::CliProcess cli;
    REQUIRE(cli.start(
        upgradeArgs(packagePath, {QStringLiteral("--outage-wait"), QStringLiteral("1")})));
    REQUIRE(sim.waitForExit(30000));
    cli.kill9();
    REQUIRE(restartMeter());
}

QString UpgradeFixture::upgradeLog() const
{
    QFile f(dataDir + QStringLiteral("/logs/Upgrade.log"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// recover --xmodem against metersim --pty --xmodem-bootloader: runXmodemRecover called in
// this process (as the recover command calls it), and through the built commissioner-cli.
#include "CatchCompat.h"
#include "CommandLine.h"
#include "ExitCodes.h"
#include "MeterSimProcess.h"
#include "TestPackages.h"
#include "XmodemRecoverCommand.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace commissioner;
using testsupport::MeterSimProcess;

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun recover(const QStringList& options)
{
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    cli::CommandLine cl(QStringList{QStringLiteral("commissioner-cli")} + options, out, err);
    CliRun r;
    r.code = cli::runXmodemRecover(cl);
    out.flush();
    err.flush();
    r.out = outText;
    r.err = errText;
    return r;
}

QStringList baseOptions(const QString& device, const QString& package, const QString& dataDir)
{
    return {QStringLiteral("--xmodem"),
            QStringLiteral("--serial"),
            device,
            QStringLiteral("--package"),
            package,
            QStringLiteral("--data-dir"),
            dataDir,
            QStringLiteral("--wait-s"),
            QStringLiteral("10"),
            QStringLiteral("--yes")};
}

bool startBootloader(MeterSimProcess& sim, const QStringList& extra = {})
{
    return sim.start(QStringList{QStringLiteral("--pty"), QStringLiteral("--xmodem-bootloader"),
                                 QStringLiteral("--install-ms"), QStringLiteral("500")} +
                     extra);
}

} // namespace

TEST_CASE("recover --xmodem: sends, then shows the firmware the meter answers with",
          "[xmodem][integration]")
{
    QTemporaryDir dir;
    const auto pkg = testsupport::makePackage(dir.path(), 7350, 1, 1, {4, 5, 6}, 30000, 11);
    MeterSimProcess sim;
    REQUIRE(startBootloader(sim));
    const CliRun r = recover(baseOptions(sim.serialPath(), pkg.path, dir.path())
                             << QStringLiteral("--allow-unsigned"));
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.code == cli::ExitOk);
    REQUIRE(r.out.contains(QStringLiteral("power-cycle the meter now")));
    REQUIRE(r.out.contains(QStringLiteral("100%")));
    REQUIRE(r.out.contains(QStringLiteral("firmware 4.5.6")));
    REQUIRE(sim.waitForEvent(QStringLiteral("xmodem-installed"), 5000));
}

TEST_CASE("recover --xmodem: without --yes and no terminal to ask, nothing is sent",
          "[xmodem][integration]")
{
    QTemporaryDir dir;
    const auto pkg = testsupport::makePackage(dir.path(), 7350, 1, 1, {4, 5, 6}, 3000, 14);
    MeterSimProcess sim;
    REQUIRE(startBootloader(sim));
    QStringList options = baseOptions(sim.serialPath(), pkg.path, dir.path())
                          << QStringLiteral("--allow-unsigned");
    options.removeAll(QStringLiteral("--yes"));
    const CliRun r = recover(options);
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.code == cli::ExitCancelled);
    REQUIRE(r.err.contains(QStringLiteral("--yes")));
    REQUIRE(r.out.contains(QStringLiteral("Nothing was sent")));
    // The bootloader keeps asking: it never saw a block.
    REQUIRE_FALSE(sim.waitForEvent(QStringLiteral("xmodem-receiving"), 2500));
}

TEST_CASE("recover --xmodem: a package the bootloader refuses exits 4", "[xmodem][integration]")
{
    QTemporaryDir dir;
    const auto pkg = testsupport::makePackage(dir.path(), 7330, 1, 1, {4, 5, 6}, 3000, 12);
    MeterSimProcess sim;
    REQUIRE(startBootloader(sim));
    const CliRun r = recover(baseOptions(sim.serialPath(), pkg.path, dir.path())
                             << QStringLiteral("--allow-unsigned"));
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.code == cli::ExitMeterRefused);
    REQUIRE(r.err.contains(QStringLiteral("refused the package")));
    REQUIRE(sim.waitForEvent(QStringLiteral("xmodem-refused"), 5000));
}

TEST_CASE("recover --xmodem: an invalid package exits 5 and nothing is sent",
          "[xmodem][integration]")
{
    QTemporaryDir dir;
    const auto pkg = testsupport::makePackage(dir.path(), 7350, 1, 1, {4, 5, 6}, 3000, 13);
    QByteArray bytes = pkg.fileBytes;
    bytes.chop(1);
    const QString broken = dir.filePath(QStringLiteral("broken.upg"));
    QFile f(broken);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    MeterSimProcess sim;
    REQUIRE(startBootloader(sim));
    const CliRun r = recover(baseOptions(sim.serialPath(), broken, dir.path())
                             << QStringLiteral("--allow-unsigned"));
    REQUIRE(r.code == cli::ExitBadPackage);
    REQUIRE_FALSE(r.out.contains(QStringLiteral("Waiting")));
    REQUIRE_FALSE(sim.waitForEvent(QStringLiteral("xmodem-receiving"), 1500));
}

TEST_CASE("recover --xmodem: an unsigned package needs --allow-unsigned", "[xmodem][integration]")
{
    QTemporaryDir dir;
    const auto pkg = testsupport::makePackage(dir.path(), 7350, 1, 1, {4, 5, 6}, 3000, 14);
    MeterSimProcess sim;
    REQUIRE(startBootloader(sim));
    const CliRun r = recover(baseOptions(sim.serialPath(), pkg.path, dir.path()));
    REQUIRE(r.code == cli::ExitPreflight);
    REQUIRE(r.err.contains(QStringLiteral("--allow-unsigned")));
}

TEST_CASE("recover --xmodem: no bootloader asking exits 3 with a power-cycle hint",
          "[xmodem][integration]")
{
    QTemporaryDir dir;
    const auto pkg = testsupport::makePackage(dir.path(), 7350, 1, 1, {4, 5, 6}, 3000, 15);
    MeterSimProcess sim;
    REQUIRE(startBootloader(sim, {QStringLiteral("--xmodem-window-s"), QStringLiteral("1")}));
    REQUIRE(sim.waitForEvent(QStringLiteral("xmodem-window-closed"), 5000));
    QStringList options = baseOptions(sim.serialPath(), pkg.path, dir.path());
    options[options.indexOf(QStringLiteral("--wait-s")) + 1] = QStringLiteral("3");
    // The sender treats queued 'C's as a receiver; a real port has none. Drain them first.
    {
        QProcess drain;
        drain.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("timeout 1 cat %1 > /dev/null; true").arg(sim.serialPath())});
        drain.waitForFinished(5000);
    }
    const CliRun r = recover(options << QStringLiteral("--allow-unsigned"));
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.code == cli::ExitUnreachable);
    REQUIRE(r.err.contains(QStringLiteral("power-cycle")));
}

TEST_CASE("commissioner-cli recover --xmodem end to end", "[xmodem][integration]")
{
    QTemporaryDir dir;
    const auto pkg = testsupport::makePackage(dir.path(), 7350, 1, 1, {7, 0, 2}, 10000, 16);
    MeterSimProcess sim;
    REQUIRE(startBootloader(sim));
    QProcess cli;
    cli.setProgram(QStringLiteral(COMMISSIONER_CLI_PATH));
    cli.setArguments(
        QStringList{QStringLiteral("recover")} + baseOptions(sim.serialPath(), pkg.path, dir.path())
        << QStringLiteral("--allow-unsigned"));
    cli.start();
    REQUIRE(cli.waitForStarted(5000));
    if (!cli.waitForFinished(90000)) {
        cli.kill();
        cli.waitForFinished(3000);
        FAIL("commissioner-cli recover did not finish in 90 s");
    }
    const QString all =
        QString::fromLocal8Bit(cli.readAllStandardOutput() + cli.readAllStandardError());
    INFO(all.toStdString());
    REQUIRE(cli.exitCode() == cli::ExitOk);
    REQUIRE(all.contains(QStringLiteral("firmware 7.0.2")));
}

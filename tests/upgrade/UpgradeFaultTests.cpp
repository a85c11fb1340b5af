// The field's normal case: lost answers, silence, power lost, the tool killed. Each ends with
// the meter's image byte for byte the payload, and nothing sent twice beyond one block.
#include "CatchCompat.h"
#include "MeterClientFactory.h"
#include "MeterFiles.h"
#include "UpgradeFixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

using namespace commissioner;
using testsupport::CliProcess;

namespace {
const QStringList k7350{QStringLiteral("--type"),
                        QStringLiteral("7350"),
                        QStringLiteral("--fw"),
                        QStringLiteral("1.0.0"),
                        QStringLiteral("--serial-number"),
                        QStringLiteral("SN-FAULT")};
const QStringList k7330{QStringLiteral("--type"),
                        QStringLiteral("7330"),
                        QStringLiteral("--fw"),
                        QStringLiteral("1.0.0"),
                        QStringLiteral("--serial-number"),
                        QStringLiteral("SN-FAULT")};

void checkInstalled(const UpgradeFixture& f, const testsupport::TestPackage& pkg,
                    const QString& version)
{
    const QJsonObject d = f.dump();
    CHECK(d.value(QStringLiteral("fw")).toString() == version);
    CHECK(d.value(QStringLiteral("mode")).toString() == QStringLiteral("normal"));
    CHECK(d.value(QStringLiteral("installed_sha256")).toString() == sha256Hex(pkg.payload));
}

qint64 bytesReceived(const UpgradeFixture& f)
{
    return qint64(f.dump().value(QStringLiteral("bytes_received_total")).toDouble());
}

// Waits (bounded) until the meter has stored at least `bytes` of the image.
bool waitForStored(const UpgradeFixture& f, qint64 bytes, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (QFileInfo(f.stateFile + QStringLiteral(".image")).size() >= bytes)
            return true;
        QThread::msleep(20);
    }
    return false;
}

void writePtPrimary(quint16 port, quint32 value)
{
    LinkSettings link;
    link.port = port;
    auto client = MeterClientFactory::open(link);
    REQUIRE(client);
    REQUIRE(client.value()->writeRegisters(1000, {quint16(value >> 16), quint16(value & 0xFFFF)}));
}
} // namespace

TEST_CASE("an upgrade completes with 10 % of the meter's answers lost", "[upgrade][faults]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter(k7350 + QStringList{QStringLiteral("--drop-replies"), QStringLiteral("10"),
                                             QStringLiteral("--seed"), QStringLiteral("3")}));
    const auto pkg = f.package(7350, {1, 1, 0}, 24000);
    CliProcess cli;
    CHECK(f.upgrade(cli, pkg.path) == 0);
    INFO(cli.all().toStdString());
    checkInstalled(f, pkg, QStringLiteral("1.1.0"));
    const QString log = f.upgradeLog();
    CHECK(log.contains(QStringLiteral("No response... resending (1 of 3)")));
    // Efficiency is reported below 100 % because answers were lost.
    CHECK(log.contains(QRegularExpression(QStringLiteral("Comm efficiency = (8|9)\\d\\.\\d%"))));
}

TEST_CASE("20 s of silence mid-transfer pause the upgrade, which carries on by itself",
          "[upgrade][faults]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter(k7350 +
                         QStringList{QStringLiteral("--silence-at-offset"), QStringLiteral("9600"),
                                     QStringLiteral("--silence-seconds"), QStringLiteral("20")}));
    const auto pkg = f.package(7350, {1, 1, 0}, 20000);
    CliProcess cli;
    QElapsedTimer t;
    t.start();
    CHECK(f.upgrade(cli, pkg.path, {QStringLiteral("--outage-wait"), QStringLiteral("60")}) == 0);
    INFO(cli.all().toStdString());
    CHECK(t.elapsed() >= 19000);
    checkInstalled(f, pkg, QStringLiteral("1.1.0"));
    const QString log = f.upgradeLog();
    CHECK(log.contains(QStringLiteral("Communication lost")));
    CHECK(log.contains(QStringLiteral("Communication restored after")));
    CHECK(bytesReceived(f) <= pkg.payload.size() + 2 * 240);
}

TEST_CASE("a meter that stays silent past the outage wait leaves the upgrade resumable",
          "[upgrade][faults]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter(k7350 +
                         QStringList{QStringLiteral("--silence-at-offset"), QStringLiteral("4800"),
                                     QStringLiteral("--silence-seconds"), QStringLiteral("8")}));
    const auto pkg = f.package(7350, {1, 1, 0}, 12000);
    CliProcess cli;
    CHECK(f.upgrade(cli, pkg.path, {QStringLiteral("--outage-wait"), QStringLiteral("2")}) == 8);
    CHECK(cli.err().contains(QStringLiteral("run the same command again to resume")));
    CHECK(f.upgradeLog().contains(QStringLiteral("No response... aborting")));
    CHECK(QFile::exists(meterJournalPath(f.dataDir, QStringLiteral("SN-FAULT"), 7350)));
    // Once the meter answers again, the same command resumes where the meter stopped.
    QThread::sleep(7);
    CliProcess again;
    CHECK(f.upgrade(again, pkg.path) == 0);
    INFO(again.all().toStdString());
    CHECK(again.out().contains(QStringLiteral("resuming at byte")));
    checkInstalled(f, pkg, QStringLiteral("1.1.0"));
}

TEST_CASE(
    "power lost mid-transfer on a single-bank meter: the upgrade resumes and restores the settings",
    "[upgrade][faults][power]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter(
        k7330 + QStringList{QStringLiteral("--power-loss-at-offset"), QStringLiteral("7200")}));
    writePtPrimary(f.port, 13800);
    const auto pkg = f.package(7330, {1, 1, 0}, 16000);
    CliProcess cli;
    REQUIRE(
        cli.start(f.upgradeArgs(pkg.path, {QStringLiteral("--outage-wait"), QStringLiteral("60"),
                                           QStringLiteral("--restore-template")})));
    REQUIRE(f.sim.waitForExit(30000)); // the power loss
    const QJsonObject atLoss = f.dump();
    CHECK(atLoss.value(QStringLiteral("next_offset")).toInt() >= 7200);
    QThread::msleep(1500);
    REQUIRE(f.restartMeter());
    REQUIRE(cli.waitForFinished(90000));
    INFO(cli.all().toStdString());
    CHECK(cli.exitCode() == 0);
    checkInstalled(f, pkg, QStringLiteral("1.1.0"));
    // Restarted in upgrade mode: factory settings after the install, then the backup restored.
    CHECK(cli.out().contains(QStringLiteral("came back without")));
    CHECK(cli.out().contains(QStringLiteral("Template restored from")));
    const QJsonObject t = f.dump().value(QStringLiteral("template")).toObject();
    CHECK(((quint32(t.value(QStringLiteral("1000")).toInt()) << 16) |
           quint32(t.value(QStringLiteral("1001")).toInt())) == 13800);
    CHECK(bytesReceived(f) <= pkg.payload.size() + 240);
}

TEST_CASE(
    "a meter that restarted mid-upgrade is found again at its factory unit ID after the install",
    "[upgrade][faults][power]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter(k7330 + QStringList{QStringLiteral("--unit"), QStringLiteral("5"),
                                             QStringLiteral("--power-loss-at-offset"),
                                             QStringLiteral("4800")}));
    const auto pkg = f.package(7330, {1, 1, 0}, 9600);
    CliProcess cli;
    REQUIRE(
        cli.start(f.upgradeArgs(pkg.path, {QStringLiteral("--outage-wait"), QStringLiteral("60")}) +
                  QStringList{QStringLiteral("--unit"), QStringLiteral("5")}));
    REQUIRE(f.sim.waitForExit(30000));
    QThread::msleep(1000);
    REQUIRE(f.restartMeter());
    REQUIRE(cli.waitForFinished(90000));
    INFO(cli.all().toStdString());
    CHECK(cli.exitCode() == 0);
    checkInstalled(f, pkg, QStringLiteral("1.1.0"));
    CHECK(cli.out().contains(
        QStringLiteral("now answers at its factory communication settings (unit 1")));
    CHECK(f.upgradeLog().contains(
        QStringLiteral("The meter answers at its factory communication settings")));
}

TEST_CASE("power lost while verifying or installing: the tool commits again",
          "[upgrade][faults][power]")
{
    const QString state = GENERATE(QStringLiteral("verifying"), QStringLiteral("installing"));
    const QStringList meter = state == QStringLiteral("verifying") ? k7330 : k7350;
    UpgradeFixture f;
    REQUIRE(f.startMeter(meter + QStringList{QStringLiteral("--power-loss-in"), state}));
    const auto pkg = f.package(meter[1].toUShort(), {1, 1, 0}, 9000);
    CliProcess cli;
    REQUIRE(cli.start(
        f.upgradeArgs(pkg.path, {QStringLiteral("--outage-wait"), QStringLiteral("60")})));
    REQUIRE(f.sim.waitForExit(30000));
    QThread::msleep(1000);
    REQUIRE(f.restartMeter());
    REQUIRE(cli.waitForFinished(90000));
    INFO(state.toStdString() << "\n" << cli.all().toStdString());
    CHECK(cli.exitCode() == 0);
    checkInstalled(f, pkg, QStringLiteral("1.1.0"));
    CHECK(bytesReceived(f) == pkg.payload.size()); // nothing sent twice: the image was whole
    // The meter's silence while it hashes and installs is expected, not a comms fault.
    const QString log = f.upgradeLog();
    const QString afterCommit = log.mid(log.lastIndexOf(QStringLiteral("committing the image")));
    CHECK_FALSE(afterCommit.section(QStringLiteral("Communication lost"), 0, 0)
                    .contains(QStringLiteral("resending")));
}

TEST_CASE("the tool killed mid-transfer and run again resumes from the meter's NEXT_OFFSET",
          "[upgrade][faults][resume]")
{
    UpgradeFixture f;
    REQUIRE(
        f.startMeter(k7350 + QStringList{QStringLiteral("--flash-delay-ms"), QStringLiteral("4")}));
    const auto pkg = f.package(7350, {1, 1, 0}, 60000);
    {
        CliProcess first;
        REQUIRE(first.start(f.upgradeArgs(pkg.path)));
        REQUIRE(waitForStored(f, 20000));
        first.kill9(); // a laptop that crashed
    }
    const qint64 stored = QFileInfo(f.stateFile + QStringLiteral(".image")).size();
    CHECK(stored < pkg.payload.size());
    CHECK(QFile::exists(meterJournalPath(f.dataDir, QStringLiteral("SN-FAULT"), 7350)));

    CliProcess second;
    CHECK(f.upgrade(second, pkg.path) == 0);
    INFO(second.all().toStdString());
    CHECK(second.out().contains(QStringLiteral("resuming at byte")));
    CHECK(
        second.out().contains(QStringLiteral("Template backup kept from the interrupted upgrade")));
    checkInstalled(f, pkg, QStringLiteral("1.1.0"));
    // Count the bytes the meter received: at most one block more than the image.
    CHECK(bytesReceived(f) <= pkg.payload.size() + 240);
}

TEST_CASE("Ctrl-C stops between two requests and the meter stays resumable", "[upgrade][cancel]")
{
    UpgradeFixture f;
    REQUIRE(
        f.startMeter(k7350 + QStringList{QStringLiteral("--flash-delay-ms"), QStringLiteral("4")}));
    const auto pkg = f.package(7350, {1, 1, 0}, 60000);
    CliProcess cli;
    REQUIRE(cli.start(f.upgradeArgs(pkg.path)));
    REQUIRE(waitForStored(f, 12000));
    cli.interrupt();
    REQUIRE(cli.waitForFinished(20000));
    INFO(cli.all().toStdString());
    CHECK(cli.exitCode() == 7);
    CHECK(f.upgradeLog().contains(QStringLiteral("cancelled by the user")));
    const QJsonObject d = f.dump();
    CHECK(d.value(QStringLiteral("status_name")).toString() == QStringLiteral("RECEIVING"));
    CHECK(d.value(QStringLiteral("fw")).toString() == QStringLiteral("1.0.0"));

    CliProcess again;
    CHECK(f.upgrade(again, pkg.path) == 0);
    checkInstalled(f, pkg, QStringLiteral("1.1.0"));
    CHECK(bytesReceived(f) <= pkg.payload.size() + 240);
}

TEST_CASE("a failed image verification is reported and nothing is installed", "[upgrade][faults]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter(k7350 + QStringList{QStringLiteral("--fail-verify")}));
    const auto pkg = f.package(7350, {1, 1, 0}, 5000);
    CliProcess cli;
    CHECK(f.upgrade(cli, pkg.path) == 9);
    CHECK(f.upgradeLog().contains(QStringLiteral("SHA-256 check of the image failed")));
    CHECK(f.dump().value(QStringLiteral("fw")).toString() == QStringLiteral("1.0.0"));
}

// Each state a meter can be left in by an interrupted upgrade, produced with metersim the way
// the field produces it (power lost at the right moment, ABORT, the tool killed); `status`
// tells it apart without changing anything, and `recover` brings the meter back with its
// image byte for byte the payload and, where the restart reset them, its settings restored.
#include "CatchCompat.h"
#include "MeterClientFactory.h"
#include "MeterFiles.h"
#include "UpgradeFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QThread>

using namespace commissioner;
using testsupport::CliProcess;

namespace {

QStringList meter(const char* type)
{
    return {QStringLiteral("--type"), QString::fromLatin1(type),         QStringLiteral("--fw"),
            QStringLiteral("1.0.0"),  QStringLiteral("--serial-number"), QStringLiteral("SN-REC")};
}

QJsonObject status(UpgradeFixture& f)
{
    CliProcess cli;
    REQUIRE(cli.run(f.link() + QStringList{QStringLiteral("--data-dir"), f.dataDir,
                                           QStringLiteral("status"), QStringLiteral("--json")}));
    REQUIRE(cli.exitCode() == 0);
    return QJsonDocument::fromJson(cli.out().toUtf8()).object();
}

void setPtPrimary(UpgradeFixture& f, quint32 value)
{
    LinkSettings link;
    link.port = f.port;
    auto client = MeterClientFactory::open(link);
    REQUIRE(client);
    REQUIRE(client.value()->writeRegisters(1000, {quint16(value >> 16), quint16(value & 0xFFFF)}));
}

quint32 ptPrimary(UpgradeFixture& f)
{
    const QJsonObject t = f.dump().value(QStringLiteral("template")).toObject();
    return (quint32(t.value(QStringLiteral("1000")).toInt()) << 16) |
           quint32(t.value(QStringLiteral("1001")).toInt());
}

// Interrupts an upgrade at the given fault, then brings the meter's power back.
// (The fault itself is one of the meter's start options.)
void interrupt(UpgradeFixture& f, const testsupport::TestPackage& pkg)
{
    CliProcess cli;
    REQUIRE(
        cli.start(f.upgradeArgs(pkg.path, {QStringLiteral("--outage-wait"), QStringLiteral("1")})));
    REQUIRE(f.sim.waitForExit(30000));
    cli.kill9(); // the laptop gives up too: nothing of the tool's memory survives
    REQUIRE(f.restartMeter());
}

void recoverAndCheck(UpgradeFixture& f, const testsupport::TestPackage& pkg,
                     const QStringList& extra = {})
{
    CliProcess cli;
    REQUIRE(cli.run(f.link() +
                        QStringList{QStringLiteral("--data-dir"), f.dataDir,
                                    QStringLiteral("--timeout-ms"), QStringLiteral("300"),
                                    QStringLiteral("recover"), QStringLiteral("--yes"),
                                    QStringLiteral("--restore-template")} +
                        extra,
                    120000));
    INFO(cli.all().toStdString());
    CHECK(cli.exitCode() == 0);
    const QJsonObject d = f.dump();
    CHECK(d.value(QStringLiteral("fw")).toString() == QStringLiteral("1.1.0"));
    CHECK(d.value(QStringLiteral("mode")).toString() == QStringLiteral("normal"));
    CHECK(d.value(QStringLiteral("installed_sha256")).toString() == sha256Hex(pkg.payload));
    // The meter's history names the firmware it now runs and what installed it.
    // One meter in this folder: SN-REC of the type the test started.
    const QStringList folders = QDir(f.dataDir + QStringLiteral("/backups"))
                                    .entryList({QStringLiteral("SN-REC@*")}, QDir::Dirs);
    REQUIRE(folders.size() == 1);
    QFile history(f.dataDir + QStringLiteral("/backups/") + folders.first() +
                  QStringLiteral("/history.jsonl"));
    REQUIRE(history.open(QIODevice::ReadOnly));
    QJsonObject firmware;
    for (const QByteArray& line : history.readAll().split('\n')) {
        const QJsonObject r = QJsonDocument::fromJson(line).object();
        if (r.value(QStringLiteral("setting")).toString() == QStringLiteral("FIRMWARE"))
            firmware = r;
    }
    CHECK(firmware.value(QStringLiteral("to")).toString() == QStringLiteral("1.1.0"));
    CHECK(firmware.value(QStringLiteral("tool")).toString() ==
          QStringLiteral("commissioner-cli recover"));
}

} // namespace

TEST_CASE("single-bank meter, power lost mid-transfer: upgrade mode with a partial image",
          "[recovery]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter(meter("7330") + QStringList{QStringLiteral("--power-loss-at-offset"),
                                                     QStringLiteral("6000")}));
    setPtPrimary(f, 2400);
    const auto pkg = f.package(7330, {1, 1, 0}, 15000);
    interrupt(f, pkg);

    const QJsonObject s = status(f);
    CHECK(s.value(QStringLiteral("state")).toString() == QStringLiteral("upgrade-mode-partial"));
    CHECK(s.value(QStringLiteral("needs_recovery")).toBool());
    CHECK(s.value(QStringLiteral("next_offset")).toInt() >= 6000);
    const QJsonObject before = f.dump();
    CHECK(before.value(QStringLiteral("bytes_received_total")).toDouble() < pkg.payload.size());

    // The package is found by the meter's IMAGE_SHA256 (journal copy), no --package needed.
    recoverAndCheck(f, pkg);
    CHECK(ptPrimary(f) == 2400); // restarted in upgrade mode: factory settings, then restored
    CHECK(f.dump().value(QStringLiteral("bytes_received_total")).toDouble() <=
          pkg.payload.size() + 240);
}

TEST_CASE("single-bank meter, power lost while verifying: the whole image is stored, commit again",
          "[recovery]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter(meter("7330") + QStringList{QStringLiteral("--power-loss-in"),
                                                     QStringLiteral("verifying")}));
    const auto pkg = f.package(7330, {1, 1, 0}, 8000);
    interrupt(f, pkg);
    const QJsonObject s = status(f);
    CHECK(s.value(QStringLiteral("state")).toString() == QStringLiteral("upgrade-mode-complete"));
    recoverAndCheck(f, pkg);
    const QJsonObject d = f.dump();
    CHECK(d.value(QStringLiteral("bytes_received_total")).toDouble() == pkg.payload.size());
    // The spec's way: COMMIT again, with no second BEGIN (which another meter may take as a
    // new transfer).
    CHECK(d.value(QStringLiteral("begin_count")).toInt() == 1);
}

TEST_CASE("dual-bank meter: an interrupted transfer pending, and a whole image never installed",
          "[recovery]")
{
    const bool whole = GENERATE(false, true);
    UpgradeFixture f;
    const QStringList fault =
        whole ? QStringList{QStringLiteral("--power-loss-in"), QStringLiteral("installing")}
              : QStringList{QStringLiteral("--power-loss-at-offset"), QStringLiteral("4800")};
    REQUIRE(f.startMeter(meter("7350") + fault));
    setPtPrimary(f, 690);
    const auto pkg = f.package(7350, {1, 1, 0}, 12000);
    interrupt(f, pkg);
    const QJsonObject s = status(f);
    CHECK(s.value(QStringLiteral("state")).toString() ==
          (whole ? QStringLiteral("normal-image-complete")
                 : QStringLiteral("normal-transfer-pending")));
    CHECK_FALSE(s.value(QStringLiteral("needs_recovery")).toBool()); // it still measures
    recoverAndCheck(f, pkg);
    CHECK(ptPrimary(f) == 690); // a dual-bank meter keeps its settings
}

TEST_CASE("the tool killed mid-transfer leaves a transfer that recover finishes", "[recovery]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter(meter("7350") +
                         QStringList{QStringLiteral("--flash-delay-ms"), QStringLiteral("3")}));
    const auto pkg = f.package(7350, {1, 1, 0}, 40000);
    {
        CliProcess cli;
        REQUIRE(cli.start(f.upgradeArgs(pkg.path)));
        QElapsedTimer t;
        t.start();
        while (QFileInfo(f.stateFile + QStringLiteral(".image")).size() < 10000 &&
               t.elapsed() < 30000)
            QThread::msleep(20);
        cli.kill9();
    }
    CHECK(status(f).value(QStringLiteral("state")).toString() ==
          QStringLiteral("normal-transfer-pending"));
    // Even without the journal, the data folder's copy of the package is found by SHA-256.
    REQUIRE(QFile::remove(meterJournalPath(f.dataDir, QStringLiteral("SN-REC"), 7350)));
    // Without the journal, what the person allowed before is unknown: they say it again.
    recoverAndCheck(f, pkg, {QStringLiteral("--allow-unsigned")});
    CHECK(f.dump().value(QStringLiteral("bytes_received_total")).toDouble() <=
          pkg.payload.size() + 240);
}

TEST_CASE(
    "ABORT on a single-bank meter leaves no firmware: recover needs a package and starts again",
    "[recovery]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter(meter("7330") + QStringList{QStringLiteral("--power-loss-at-offset"),
                                                     QStringLiteral("3000")}));
    const auto pkg = f.package(7330, {1, 1, 0}, 9000);
    interrupt(f, pkg);
    {
        LinkSettings link;
        link.port = f.port;
        auto client = MeterClientFactory::open(link);
        REQUIRE(client);
        REQUIRE(client.value()->writeRegister(9000, 3)); // ABORT
    }
    CHECK(status(f).value(QStringLiteral("state")).toString() == QStringLiteral("no-firmware"));
    // Nothing pending to match and no terminal: it asks for the package by name.
    QDir(f.dataDir + QStringLiteral("/packages")).removeRecursively();
    QFile::remove(meterJournalPath(f.dataDir, QStringLiteral("SN-REC"), 7330));
    CliProcess ask;
    REQUIRE(ask.run(f.link() + QStringList{QStringLiteral("--data-dir"), f.dataDir,
                                           QStringLiteral("recover"), QStringLiteral("--yes")}));
    CHECK(ask.exitCode() == 2);
    CHECK(ask.err().contains(QStringLiteral("--package FILE")));
    // A package of another device type is refused before anything is written.
    const auto other = f.package(7350, {1, 1, 0}, 9000, 4);
    CliProcess wrong;
    REQUIRE(wrong.run(f.link() + QStringList{QStringLiteral("--data-dir"), f.dataDir,
                                             QStringLiteral("recover"), QStringLiteral("--yes"),
                                             QStringLiteral("--allow-unsigned"),
                                             QStringLiteral("--package"), other.path}));
    CHECK(wrong.exitCode() == 6);
    recoverAndCheck(f, pkg,
                    {QStringLiteral("--package"), pkg.path, QStringLiteral("--allow-unsigned")});
}

TEST_CASE("a meter with nothing pending needs no recovery", "[recovery]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter(meter("7350")));
    CHECK(status(f).value(QStringLiteral("state")).toString() == QStringLiteral("normal"));
    CliProcess cli;
    REQUIRE(cli.run(f.link() + QStringList{QStringLiteral("--data-dir"), f.dataDir,
                                           QStringLiteral("recover"), QStringLiteral("--yes")}));
    CHECK(cli.exitCode() == 0);
    CHECK(cli.out().contains(QStringLiteral("nothing to recover")));
    CHECK(f.dump().value(QStringLiteral("bytes_received_total")).toDouble() == 0);
}

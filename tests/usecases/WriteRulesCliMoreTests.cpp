// More of the writing jobs' rules, through commissioner-cli against metersim as its own
// process: the restore offered after a recovery (over Modbus and over XMODEM) gives a meter
// its own backup only, and another meter answering in its place gets nothing; `recover
// --xmodem` records the firmware in the meter's history; `clock sync` sets the meter's clock
// to this computer's and records what it read before. The meter's registers are checked with
// metersim --dump or a Modbus read, the data folder with the files the tool keeps there.
#include "CatchCompat.h"
#include "MeterFiles.h"
#include "UpgradeFixture.h"
#include "WriteRulesCliSteps.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace commissioner;
using testsupport::CliProcess;
using testsupport::MeterSimProcess;

namespace {

constexpr int kExitPreflight = 6;
constexpr quint64 kKwhA = 48213500; // Wh: 48,213.500 kWh
constexpr quint64 kKwhB = 1000000;  // Wh: 1,000.000 kWh

QJsonObject templateIn(const QString& stateFile)
{
    return MeterSimProcess::dump(stateFile).value(QStringLiteral("template")).toObject();
}

qint64 u32(const QJsonObject& t, int address)
{
    return (qint64(reg(t, address)) << 16) | reg(t, address + 1);
}

// The site of writeSite, as the meter holds it.
void checkSite(const QJsonObject& t, quint32 pt, quint64 kwh)
{
    CHECK(u32(t, 1000) == pt);
    CHECK(u32(t, 1003) == 2000); // CT_PRIMARY
    CHECK(reg(t, 1005) == 1);    // CT_SECONDARY
    CHECK(reg(t, 1020) == 0x4E6F);
    CHECK(reg(t, 1100) == 0);
    CHECK(reg(t, 1101) == 0);
    CHECK(u32(t, 1102) == qint64(kwh));
}

// Every register but the communication settings (1150-1152), which differ by link.
QJsonObject withoutComm(QJsonObject t)
{
    for (const char* address : {"1150", "1151", "1152"})
        t.remove(QLatin1String(address));
    return t;
}

QString text(const QJsonObject& record, const char* key)
{
    return record.value(QLatin1String(key)).toString();
}

QJsonObject recordOf(const QList<QJsonObject>& records, const QString& setting)
{
    for (const QJsonObject& r : records)
        if (text(r, "setting") == setting)
            return r;
    return {};
}

QStringList filesIn(const QString& dir, const QString& pattern)
{
    return QDir(dir).entryList({pattern}, QDir::Files, QDir::Name);
}

// SN-A, a single-bank 7330 at the site of writeSite (PT 14400 V, kKwhA), loses its power during
// an upgrade to 1.1.0 and comes back in UPGRADE mode.
void siteACutDuringUpgrade(UpgradeFixture& a)
{
    REQUIRE(a.startMeter(
        meterArgs(QStringLiteral("SN-A"), QStringLiteral("7330"),
                  {QStringLiteral("--power-loss-at-offset"), QStringLiteral("4000")})));
    writeSite(a, 14400, kKwhA);
    a.cutPowerDuringUpgrade(a.package(7330, {1, 1, 0}, 9000).path);
}

// A 7350 at the site of writeSite whose clock sync backs it up into `dataDir` first; the
// template it held before the site was written (its factory settings).
QJsonObject backedUpBeforeClockSync(const QString& dataDir, const QString& serial, quint32 pt,
                                    quint64 kwh)
{
    UpgradeFixture f;
    REQUIRE(f.startMeter(meterArgs(serial, QStringLiteral("7350"))));
    const QJsonObject factory = templateOf(f);
    writeSite(f, pt, kwh);
    CliProcess sync;
    REQUIRE(runCliIn(sync, f.link(), dataDir, clockSync()) == 0);
    return factory;
}

QStringList recoverArgs(const QStringList& extra = {})
{
    return QStringList{QStringLiteral("--timeout-ms"), QStringLiteral("300"),
                       QStringLiteral("recover"), QStringLiteral("--yes")} +
           extra;
}

// The firmware every meter here gets back over XMODEM: 7.0.2 for a 7350.
testsupport::TestPackage xmodemPackage(const QTemporaryDir& dir, quint32 seed)
{
    return testsupport::makePackage(dir.path(), 7350, 1, 1, {7, 0, 2}, 10000, seed);
}

// A meter that answers no Modbus, only its XMODEM bootloader, on a pty of its own.
bool startBootloader(MeterSimProcess& sim, const QString& serial, const QString& stateFile)
{
    return sim.start({QStringLiteral("--pty"), QStringLiteral("--xmodem-bootloader"),
                      QStringLiteral("--install-ms"), QStringLiteral("500"),
                      QStringLiteral("--type"), QStringLiteral("7350"),
                      QStringLiteral("--serial-number"), serial, QStringLiteral("--state"),
                      stateFile});
}

int recoverOverXmodem(CliProcess& cli, const MeterSimProcess& sim, const QString& package,
                      const QString& dataDir, const QStringList& extra = {})
{
    REQUIRE(cli.run(QStringList{QStringLiteral("recover"), QStringLiteral("--xmodem"),
                                QStringLiteral("--serial"), sim.serialPath(),
                                QStringLiteral("--package"), package, QStringLiteral("--data-dir"),
                                dataDir, QStringLiteral("--wait-s"), QStringLiteral("10"),
                                QStringLiteral("--yes"), QStringLiteral("--allow-unsigned")} +
                        extra,
                    90000));
    return cli.exitCode();
}

// A 7350 brought back from its bootloader as `serial` by recover --xmodem --restore-template;
// the meter (its state in `stateFile`) and the CLI's run stay for the checks.
struct RestoredOverXmodem
{
    RestoredOverXmodem(const QString& serial, const QString& stateFile, const QString& package,
                       const QString& dataDir)
        : stateFile(stateFile)
    {
        REQUIRE(startBootloader(sim, serial, stateFile));
        code =
            recoverOverXmodem(cli, sim, package, dataDir, {QStringLiteral("--restore-template")});
    }

    QString stateFile;
    MeterSimProcess sim;
    CliProcess cli;
    int code = -1;
};

// CLOCK_UTC (1014-1015, u32 seconds since 1970) as the meter answers it now.
qint64 meterClock(const UpgradeFixture& f)
{
    const auto regs = clientOf(f)->readRegisters(1014, 2);
    REQUIRE(regs);
    REQUIRE(regs.value().size() == 2);
    return (qint64(regs.value()[0]) << 16) | regs.value()[1];
}

qint64 secondsOf(const QString& isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    REQUIRE(t.isValid());
    return t.toSecsSinceEpoch();
}

} // namespace

TEST_CASE("the restore offered after a recovery gives the meter its own settings and energy "
          "readings back",
          "[usecase][restore][recovery][cli]")
{
    UpgradeFixture f;
    siteACutDuringUpgrade(f);

    CliProcess cli;
    const int code =
        runCliIn(cli, f.link(), f.dataDir, recoverArgs({QStringLiteral("--restore-template")}));
    INFO(cli.all().toStdString());
    CHECK(code == 0);
    CHECK(f.dump().value(QStringLiteral("fw")).toString() == QStringLiteral("1.1.0"));
    checkSite(templateOf(f), 14400, kKwhA);
    CHECK(cli.out().contains(QLatin1String("KWH_DELIVERED: 0.000 kWh -> 48,213.500 kWh")));

    // Before writing, the restore backed the meter up as the power cut left it.
    const QString dir = meterBackupsDir(f.dataDir, QStringLiteral("SN-A"), 7330);
    CHECK(filesIn(dir, QStringLiteral("*-pre-restore.json")).size() == 1);
    // Each setting given back is in the meter's history, from its factory value.
    const auto history = meterHistory(f.dataDir, QStringLiteral("SN-A"), 7330);
    const QJsonObject pt = recordOf(history, QStringLiteral("PT_PRIMARY"));
    CHECK(text(pt, "from") == QStringLiteral("120"));
    CHECK(text(pt, "to") == QStringLiteral("14400"));
    CHECK(text(pt, "tool") == QStringLiteral("commissioner-cli restore offer"));
    const QJsonObject kwh = recordOf(history, QStringLiteral("KWH_DELIVERED"));
    CHECK(text(kwh, "tool") == QStringLiteral("commissioner-cli restore offer"));
    CHECK(text(kwh, "result") == QStringLiteral("verified"));
}

TEST_CASE("the backup offered after a recovery is refused by another meter answering in its "
          "place",
          "[usecase][restore][recovery][cli]")
{
    UpgradeFixture a;
    siteACutDuringUpgrade(a);

    // No terminal and no --restore-template: recover names the command that restores it.
    CliProcess recover;
    const int recovered = runCliIn(recover, a.link(), a.dataDir, recoverArgs());
    INFO(recover.all().toStdString());
    REQUIRE(recovered == 0);
    const auto offer = QRegularExpression(QStringLiteral("template restore (\\S+) \\(the energy"))
                           .match(recover.out());
    REQUIRE(offer.hasMatch());
    const QString offered = offer.captured(1);
    CHECK(offered.endsWith(QLatin1String("-pre-upgrade.json")));
    CHECK(QFileInfo(offered).canonicalPath() ==
          QFileInfo(meterBackupsDir(a.dataDir, QStringLiteral("SN-A"), 7330)).canonicalFilePath());
    CHECK(u32(templateOf(a), 1000) == 120); // not asked
    const QString historyOfA = meterHistoryPath(a.dataDir, QStringLiteral("SN-A"), 7330);
    const int recordsOfA = historyRecords(historyOfA).size();

    // Another meter, itself at factory settings, answers at A's address now.
    a.sim.stop();
    UpgradeFixture b;
    b.port = a.port;
    REQUIRE(b.startMeter(meterArgs(QStringLiteral("SN-B"), QStringLiteral("7330"))));
    const QJsonObject before = templateOf(b);
    const QStringList restoreOffered{
        QStringLiteral("template"), QStringLiteral("restore"), offered,
        QStringLiteral("--groups"), QStringLiteral("all"),     QStringLiteral("--yes")};
    CliProcess onB;
    const int refused = runCliIn(onB, b.link(), a.dataDir, restoreOffered);
    INFO(onB.all().toStdString());
    CHECK(refused == kExitPreflight);
    CHECK(onB.err().contains(QLatin1String("is a backup of meter SN-A")));
    CHECK(onB.err().contains(QLatin1String("this meter is SN-B")));
    CHECK(templateOf(b) == before);
    CHECK_FALSE(QDir(meterBackupsDir(a.dataDir, QStringLiteral("SN-B"), 7330)).exists());
    CHECK(historyRecords(historyOfA).size() == recordsOfA);

    // A back at its address: the same command gives it its settings and energy back.
    b.sim.stop();
    REQUIRE(a.restartMeter());
    CliProcess onA;
    const int restored = runCliIn(onA, a.link(), a.dataDir, restoreOffered);
    INFO(onA.all().toStdString());
    CHECK(restored == 0);
    checkSite(templateOf(a), 14400, kKwhA);
}

TEST_CASE("recover --xmodem records the firmware in the meter's history", "[xmodem][cli]")
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    const QString state = dir.filePath(QStringLiteral("meter.json"));
    const auto pkg = xmodemPackage(dir, 21);
    MeterSimProcess sim;
    REQUIRE(startBootloader(sim, QStringLiteral("SN-X"), state));
    const qint64 started = QDateTime::currentSecsSinceEpoch();
    CliProcess cli;
    const int code = recoverOverXmodem(cli, sim, pkg.path, dataDir);
    INFO(cli.all().toStdString());
    REQUIRE(code == 0);
    CHECK(sim.waitForEvent(QStringLiteral("xmodem-installed"), 5000));
    CHECK(MeterSimProcess::dump(state).value(QStringLiteral("fw")).toString() ==
          QStringLiteral("7.0.2"));

    const auto history = meterHistory(dataDir, QStringLiteral("SN-X"), 7350);
    REQUIRE(history.size() == 1);
    const QJsonObject r = history.first();
    CHECK(text(r, "setting") == QStringLiteral("FIRMWARE"));
    CHECK(text(r, "serial_number") == QStringLiteral("SN-X"));
    CHECK(r.value(QStringLiteral("device_type")).toInt() == 7350);
    // The meter answered no Modbus before: what it ran then is unknown, and "from" says so.
    REQUIRE(r.contains(QStringLiteral("from")));
    CHECK(text(r, "from").isEmpty());
    CHECK(text(r, "to") == QStringLiteral("7.0.2"));
    CHECK(text(r, "result") == QStringLiteral("verified"));
    CHECK(text(r, "tool") == QStringLiteral("commissioner-cli recover --xmodem"));
    CHECK_FALSE(text(r, "user").isEmpty());
    const qint64 when = secondsOf(text(r, "time"));
    CHECK(when >= started - 2);
    CHECK(when <= QDateTime::currentSecsSinceEpoch() + 2);
}

TEST_CASE("after recover --xmodem the backup restored is the answering meter's own, and another "
          "meter gets none",
          "[usecase][restore][xmodem][cli]")
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    // A's settings on disk: the backup the tool took of SN-A before a clock sync.
    const QJsonObject factory =
        backedUpBeforeClockSync(dataDir, QStringLiteral("SN-A"), 14400, kKwhA);
    const QString backupsOfA = meterBackupsDir(dataDir, QStringLiteral("SN-A"), 7350);
    const QStringList filesOfA = filesIn(backupsOfA, QStringLiteral("*"));
    REQUIRE(filesIn(backupsOfA, QStringLiteral("*-pre-clock.json")).size() == 1);
    const QString backupOfA = filesIn(backupsOfA, QStringLiteral("*-pre-clock.json")).first();
    const auto pkg = xmodemPackage(dir, 22);

    // Another meter comes back from its bootloader: nothing of A's is offered or written.
    {
        RestoredOverXmodem b(QStringLiteral("SN-B"), dir.filePath(QStringLiteral("b.json")),
                             pkg.path, dataDir);
        INFO(b.cli.all().toStdString());
        CHECK(b.code == 0); // the recovery itself succeeded; there is nothing of B's to restore
        CHECK(b.cli.out().contains(QLatin1String("No backup of SN-B was found")));
        CHECK_FALSE(b.cli.all().contains(backupOfA));
        CHECK(withoutComm(templateIn(b.stateFile)) == withoutComm(factory));
        const QString backupsOfB = meterBackupsDir(dataDir, QStringLiteral("SN-B"), 7350);
        CHECK(filesIn(backupsOfB, QStringLiteral("*.json")).isEmpty());
        CHECK(settingsIn(meterHistory(dataDir, QStringLiteral("SN-B"), 7350)) ==
              QStringList{QStringLiteral("FIRMWARE")});
        CHECK(filesIn(backupsOfA, QStringLiteral("*")) == filesOfA);
        CHECK(settingsIn(meterHistory(dataDir, QStringLiteral("SN-A"), 7350)) ==
              QStringList{QStringLiteral("CLOCK_UTC")});
    }

    // A itself comes back from its bootloader: its settings and energy readings return.
    {
        RestoredOverXmodem a(QStringLiteral("SN-A"), dir.filePath(QStringLiteral("a.json")),
                             pkg.path, dataDir);
        INFO(a.cli.all().toStdString());
        CHECK(a.code == 0);
        CHECK(a.cli.out().contains(backupOfA));
        CHECK(a.cli.out().contains(QLatin1String("KWH_DELIVERED: 0.000 kWh -> 48,213.500 kWh")));
        checkSite(templateIn(a.stateFile), 14400, kKwhA);
        CHECK(filesIn(backupsOfA, QStringLiteral("*-pre-restore.json")).size() == 1);
        const auto history = meterHistory(dataDir, QStringLiteral("SN-A"), 7350);
        CHECK(text(recordOf(history, QStringLiteral("FIRMWARE")), "tool") ==
              QStringLiteral("commissioner-cli recover --xmodem"));
        for (const char* setting : {"PT_PRIMARY", "KWH_DELIVERED", "NAMEPLATE_OWNER"}) {
            INFO(setting);
            CHECK(text(recordOf(history, QLatin1String(setting)), "tool") ==
                  QStringLiteral("commissioner-cli restore offer"));
        }
    }
}

TEST_CASE("after recover --xmodem a meter gets its own backup, not the newest in the folder",
          "[usecase][restore][xmodem][cli]")
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    // B's backup first, then A's: A's is the newest in the folder.
    backedUpBeforeClockSync(dataDir, QStringLiteral("SN-B"), 6600, kKwhB);
    backedUpBeforeClockSync(dataDir, QStringLiteral("SN-A"), 14400, kKwhA);
    const QString backupsOfA = meterBackupsDir(dataDir, QStringLiteral("SN-A"), 7350);
    const QStringList filesOfA = filesIn(backupsOfA, QStringLiteral("*"));
    const auto pkg = xmodemPackage(dir, 23);

    RestoredOverXmodem b(QStringLiteral("SN-B"), dir.filePath(QStringLiteral("b.json")), pkg.path,
                         dataDir);
    INFO(b.cli.all().toStdString());
    CHECK(b.code == 0);
    CHECK(b.cli.out().contains(QLatin1String("KWH_DELIVERED: 0.000 kWh -> 1,000.000 kWh")));
    checkSite(templateIn(b.stateFile), 6600, kKwhB);
    CHECK(filesIn(backupsOfA, QStringLiteral("*")) == filesOfA);
}

TEST_CASE("clock sync sets the meter's clock to this computer's and records the clock it read",
          "[usecase][clock][cli]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter(meterArgs(QStringLiteral("SN-C"), QStringLiteral("7350"))));
    const qint64 old = 1577836800; // 2020-01-01T00:00:00Z
    writeTo(f, {{1014, {quint16(old >> 16), quint16(old & 0xFFFF)}}});
    REQUIRE(qAbs(meterClock(f) - old) <= 2);

    CliProcess sync;
    const int code = runCli(sync, f, clockSync());
    INFO(sync.all().toStdString());
    CHECK(code == 0);
    // The meter's own registers, read after the tool is gone.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    CHECK(qAbs(meterClock(f) - now) <= 5);

    const auto history = meterHistory(f.dataDir, QStringLiteral("SN-C"), 7350);
    REQUIRE(history.size() == 1);
    const QJsonObject r = history.first();
    CHECK(text(r, "setting") == QStringLiteral("CLOCK_UTC"));
    // From: the meter's clock as read just before the write (it ran on since it was set).
    const qint64 from = secondsOf(text(r, "from"));
    CHECK(from >= old);
    CHECK(from <= old + 60);
    CHECK(qAbs(secondsOf(text(r, "to")) - now) <= 5);
    CHECK(text(r, "result") == QStringLiteral("verified"));
    CHECK(text(r, "tool") == QStringLiteral("commissioner-cli clock sync"));
    CHECK_FALSE(text(r, "user").isEmpty());
}

// What the upgrade job must survive from a meter that bends the spec, or from a bus with more
// than one meter on it (issues 12 and 14). Each case runs against metersim with one fault mode;
// the meter's state is read back with `metersim --dump` and compared byte for byte.
//
// Most cases drive the job in-process over a real Modbus TCP socket, so that its limits can be
// set small; the exit codes and messages a technician sees are checked through the CLI.
#include "CatchCompat.h"
#include "ExitCodes.h"
#include "MeterClientFactory.h"
#include "MeterFiles.h"
#include "UpgradeFixture.h"
#include "UpgradeInProcess.h"
#include "meter/MeterQueries.h"
#include "package/Package.h"
#include "upgrade/UpgradeHooksFactory.h"
#include "upgrade/UpgradeImage.h"
#include "upgrade/UpgradeJob.h"
#include "upgrade/UpgradeJournal.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QThread>

using namespace commissioner;
using inprocess::imageOf;
using inprocess::meter;
using inprocess::openClient;
using inprocess::quickOptions;
using testsupport::CliProcess;
using testsupport::MeterSimProcess;

namespace {

UpgradeResult runJob(MeterClient& client, const UpgradeImage& image, const QString& dataDir,
                     const UpgradeOptions& options)
{
    const DataFolder folder(dataDir);
    UpgradeJob job(client, image, folder, options, makeUpgradeHooks(folder));
    return inprocess::runSteps(job);
}

// The image the meter holds is exactly the first `n` bytes of the payload.
void checkStoredPrefix(const QString& stateFile, const QByteArray& payload, qint64 n)
{
    QFile f(stateFile + QStringLiteral(".image"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray stored = f.readAll();
    CHECK(stored.size() == n);
    CHECK(stored == payload.left(int(n)));
}

int countEvents(MeterSimProcess& sim, const QString& name)
{
    // events() holds what was read from the pipe so far: let what is in flight arrive first.
    sim.waitForEvent(QStringLiteral("no-such-event"), 500);
    int n = 0;
    for (const QString& e : sim.events())
        if (e.startsWith(name + QLatin1Char(' ')) || e == name)
            ++n;
    return n;
}

QString readLog(const QString& dataDir)
{
    QFile f(dataDir + QStringLiteral("/logs/Upgrade.log"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

// ---- issue 12.1: every identity read after the first is the meter the job started with -----

TEST_CASE("a silent target is never swapped for another meter answering at the factory settings",
          "[upgrade][safety][identity]")
{
    UpgradeFixture f;
    const QString otherState = f.dir.filePath(QStringLiteral("other.json"));
    // Unit 5 is upgraded; it goes for good at 4800 bytes. Unit 1 is another meter of the same
    // type at the factory unit ID, where the job looks for a meter that restarted.
    REQUIRE(
        f.startMeter(meter(QStringLiteral("7330"), QStringLiteral("SN-TARGET")) +
                     QStringList{QStringLiteral("--unit"), QStringLiteral("5"),
                                 QStringLiteral("--gone-at-offset"), QStringLiteral("4800"),
                                 QStringLiteral("--meter"),
                                 QStringLiteral("unit=1,serial=SN-OTHER,state=") + otherState}));
    const QJsonObject otherBefore = MeterSimProcess::dump(otherState);
    REQUIRE(!otherBefore.isEmpty());
    const auto pkg = f.package(7330, {1, 1, 0}, 12000);

    auto client = openClient(f.port, 5);
    const UpgradeResult r = runJob(*client, imageOf(pkg), f.dataDir, quickOptions());
    INFO(readLog(f.dataDir).toStdString());
    CHECK(r.outcome == UpgradeOutcome::LinkLost);
    CHECK(r.resumable());
    CHECK_FALSE(r.commSettingsReset);
    CHECK(r.stranger.serialNumber == QStringLiteral("SN-OTHER"));
    CHECK(readLog(f.dataDir).contains(QStringLiteral("serial number SN-OTHER")));
    CHECK(readLog(f.dataDir).contains(QStringLiteral("left alone")));
    // The other meter got nothing: its whole state is as before.
    CHECK(MeterSimProcess::dump(otherState) == otherBefore);
    // The target holds what it stored before it went, and the journal waits for a resume.
    checkStoredPrefix(f.stateFile, pkg.payload, 4800);
    const auto journal =
        UpgradeJournal::load(DataFolder(f.dataDir), QStringLiteral("SN-TARGET"), 0);
    REQUIRE(journal);
    CHECK(journal->stage == QStringLiteral("interrupted"));
}

TEST_CASE(
    "a meter swapped in at the same address mid-upgrade stops the job; nothing is written to it",
    "[upgrade][safety][identity]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter(
        meter(QStringLiteral("7350"), QStringLiteral("SN-FIRST")) +
        QStringList{QStringLiteral("--power-loss-at-offset"), QStringLiteral("4800")}));
    const auto pkg = f.package(7350, {1, 1, 0}, 12000);
    auto client = openClient(f.port);
    const DataFolder folder(f.dataDir);
    UpgradeOptions o = quickOptions();
    o.outageWaitMs = 15000;
    UpgradeJob job(*client, imageOf(pkg), folder, o, makeUpgradeHooks(folder));

    // Run until the first meter dies, then put a different meter of the same type on the port.
    const QString swapState = f.dir.filePath(QStringLiteral("swap.json"));
    MeterSimProcess swapped;
    bool swappedIn = false;
    QElapsedTimer t;
    t.start();
    while (!job.finished() && t.elapsed() < 60000) {
        const auto s = job.step();
        if (!swappedIn && !f.sim.isRunning()) {
            REQUIRE(
                swapped.start({QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:%1").arg(f.port),
                               QStringLiteral("--state"), swapState, QStringLiteral("--type"),
                               QStringLiteral("7350"), QStringLiteral("--serial-number"),
                               QStringLiteral("SN-SECOND")}));
            swappedIn = true;
        }
        if (s.delayMs > 0)
            QThread::msleep(s.delayMs);
        if (!swappedIn)
            f.sim.waitForExit(0);
    }
    REQUIRE(swappedIn);
    REQUIRE(job.finished());
    const UpgradeResult& r = job.result();
    INFO(readLog(f.dataDir).toStdString());
    CHECK(r.outcome == UpgradeOutcome::WrongMeter);
    CHECK(r.resumable());
    CHECK(r.stranger.serialNumber == QStringLiteral("SN-SECOND"));
    swapped.stop();
    // The second meter: no descriptor, no BEGIN, no image.
    const QJsonObject d = MeterSimProcess::dump(swapState);
    CHECK(d.value(QStringLiteral("status_name")).toString() == QStringLiteral("IDLE"));
    CHECK(d.value(QStringLiteral("bytes_received_total")).toInt() == 0);
    for (const QJsonValue v : d.value(QStringLiteral("descriptor_regs")).toArray())
        CHECK(v.toInt() == 0);
    // The first meter kept its part of the image.
    checkStoredPrefix(f.stateFile, pkg.payload, 4800);
}

// ---- issue 12.2: nothing is written before the checks, the backup and the journal ----------

TEST_CASE("a first identity read that fails does not skip the checks: an unsigned package is still "
          "refused",
          "[upgrade][safety][preflight]")
{
    UpgradeFixture f;
    // The first three requests (one read and its two retries) go unanswered.
    REQUIRE(f.startMeter(meter(QStringLiteral("7330"), QStringLiteral("SN-MUTE")) +
                         QStringList{QStringLiteral("--mute-first"), QStringLiteral("3")}));
    const QJsonObject before = f.dump();
    const auto pkg = f.package(7330, {1, 1, 0}, 6000);
    auto client = openClient(f.port);
    UpgradeOptions o = quickOptions();
    o.allowUnsigned = false;
    const UpgradeResult r = runJob(*client, imageOf(pkg), f.dataDir, o);
    INFO(readLog(f.dataDir).toStdString());
    CHECK(r.outcome == UpgradeOutcome::PreflightRefused);
    CHECK(f.dump() == before); // byte for byte: not even the descriptor
    CHECK(countEvents(f.sim, QStringLiteral("begin")) == 0);
}

TEST_CASE("after a failed first identity read the backup and the journal exist before BEGIN",
          "[upgrade][safety][preflight]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter(meter(QStringLiteral("7330"), QStringLiteral("SN-MUTE2")) +
                         QStringList{QStringLiteral("--mute-first"), QStringLiteral("3"),
                                     QStringLiteral("--power-loss-at-offset"),
                                     QStringLiteral("2400")}));
    const auto pkg = f.package(7330, {1, 1, 0}, 6000);
    auto client = openClient(f.port);
    UpgradeOptions o = quickOptions();
    o.outageWaitMs = 1000;
    const UpgradeResult r = runJob(*client, imageOf(pkg), f.dataDir, o);
    INFO(readLog(f.dataDir).toStdString());
    REQUIRE(r.outcome == UpgradeOutcome::LinkLost);
    // The meter took BEGIN and 2400 bytes; by then the backup and the journal were on disk.
    REQUIRE(!r.backupPath.isEmpty());
    CHECK(QFileInfo::exists(r.backupPath));
    const auto journal = UpgradeJournal::load(DataFolder(f.dataDir), QStringLiteral("SN-MUTE2"), 0);
    REQUIRE(journal);
    CHECK(journal->backupPath == r.backupPath);
    const QString log = readLog(f.dataDir);
    CHECK(log.indexOf(QStringLiteral("Checks passed")) <
          log.indexOf(QStringLiteral("Template backup saved")));
    CHECK(log.indexOf(QStringLiteral("Template backup saved")) <
          log.indexOf(QStringLiteral("Journal written")));
    CHECK(log.indexOf(QStringLiteral("Journal written")) <
          log.indexOf(QStringLiteral("Flash memory cleared")));
}

// ---- issue 12.3 and 14.1: every loop is bounded ---------------------------------------------

TEST_CASE("a meter that answers exception 06 to every data write ends the job, resumable",
          "[upgrade][safety][bounds]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter(meter(QStringLiteral("7350"), QStringLiteral("SN-BUSY")) +
                         QStringList{QStringLiteral("--data-exception"), QStringLiteral("6")}));
    const auto pkg = f.package(7350, {1, 1, 0}, 6000);
    auto client = openClient(f.port);
    const UpgradeResult r = runJob(*client, imageOf(pkg), f.dataDir, quickOptions());
    const QString log = readLog(f.dataDir);
    INFO(log.toStdString());
    CHECK(r.outcome == UpgradeOutcome::MeterRefusing);
    CHECK(r.resumable());
    CHECK(r.refusedOffset == 0);
    CHECK(r.refusals == 8);
    CHECK(r.lastError.exceptionCode == 6);
    // One line per refusal, no more: the log does not grow without bound.
    CHECK(log.count(QStringLiteral("reading NEXT_OFFSET")) == 7);
    CHECK(log.contains(QStringLiteral("keeps refusing the block at byte 0")));
    const QJsonObject d = f.dump();
    CHECK(d.value(QStringLiteral("status_name")).toString() == QStringLiteral("RECEIVING"));
    CHECK(d.value(QStringLiteral("next_offset")).toInt() == 0);

    // The meter well again: a new run resumes and completes.
    f.sim.stop();
    f.meterArgs = meter(QStringLiteral("7350"), QStringLiteral("SN-BUSY"));
    REQUIRE(f.restartMeter());
    auto again = openClient(f.port);
    const UpgradeResult r2 = runJob(*again, imageOf(pkg), f.dataDir, quickOptions());
    CHECK(r2.outcome == UpgradeOutcome::Succeeded);
    CHECK(f.dump().value(QStringLiteral("installed_sha256")).toString() == sha256Hex(pkg.payload));
}

TEST_CASE(
    "a NEXT_OFFSET off by one or off the block grid (exception 03 on every write) ends the job",
    "[upgrade][safety][bounds]")
{
    for (const QString skew : {QStringLiteral("1"), QStringLiteral("101")}) {
        DYNAMIC_SECTION("skew " << skew.toStdString())
        {
            UpgradeFixture f;
            REQUIRE(f.startMeter(meter(QStringLiteral("7350"), QStringLiteral("SN-SKEW")) +
                                 QStringList{QStringLiteral("--next-offset-skew"), skew}));
            const auto pkg = f.package(7350, {1, 1, 0}, 6000);
            auto client = openClient(f.port);
            QElapsedTimer t;
            t.start();
            const UpgradeResult r = runJob(*client, imageOf(pkg), f.dataDir, quickOptions());
            const QString log = readLog(f.dataDir);
            INFO(log.toStdString());
            CHECK(r.outcome == UpgradeOutcome::MeterRefusing);
            CHECK(r.lastError.exceptionCode == 3);
            CHECK(log.count(QLatin1Char('\n')) < 80);
            CHECK(QFileInfo(f.dataDir + QStringLiteral("/logs/Upgrade.log")).size() < 20000);
            CHECK(log.contains(QStringLiteral("keeps refusing the block at byte %1").arg(skew)));
            // The meter itself stored nothing: every write was refused.
            CHECK(f.dump().value(QStringLiteral("next_offset")).toInt() == 0);
            CHECK(t.elapsed() < 30000);
        }
    }
}

TEST_CASE("a MAX_BLOCK of 0 or over 240 read mid-transfer stops the job",
          "[upgrade][safety][bounds]")
{
    for (const QString value : {QStringLiteral("0"), QStringLiteral("250")}) {
        DYNAMIC_SECTION("MAX_BLOCK " << value.toStdString())
        {
            UpgradeFixture f;
            // The write that reaches 4800 gets no answer, so the job reads the control block again.
            REQUIRE(f.startMeter(
                meter(QStringLiteral("7350"), QStringLiteral("SN-MAXB")) +
                QStringList{QStringLiteral("--max-block-at"), QStringLiteral("4800:") + value,
                            QStringLiteral("--silence-at-offset"), QStringLiteral("4800"),
                            QStringLiteral("--silence-seconds"), QStringLiteral("1")}));
            const auto pkg = f.package(7350, {1, 1, 0}, 12000);
            auto client = openClient(f.port);
            const UpgradeResult r = runJob(*client, imageOf(pkg), f.dataDir, quickOptions());
            INFO(readLog(f.dataDir).toStdString());
            CHECK(r.outcome == UpgradeOutcome::MeterOffSpec);
            CHECK(r.offSpecRegister == QStringLiteral("MAX_BLOCK"));
            CHECK(r.offSpecValue == value.toInt());
            checkStoredPrefix(f.stateFile, pkg.payload, 4800);
        }
    }
}

namespace {

// An upgrade of a meter that says INSTALL_SECONDS 1 but spends ten minutes in the phase
// `slowOption` (metersim's --verify-ms or --install-ms); *elapsedMs is how long the job ran.
UpgradeResult upgradeSlowMeter(UpgradeFixture& f, const QString& serial, const QString& slowOption,
                               qint64* elapsedMs)
{
    REQUIRE(f.startMeter(meter(QStringLiteral("7350"), serial) +
                         QStringList{slowOption, QStringLiteral("600000"),
                                     QStringLiteral("--install-seconds"), QStringLiteral("1")}));
    const auto pkg = f.package(7350, {1, 1, 0}, 4000);
    auto client = openClient(f.port);
    QElapsedTimer t;
    t.start();
    const UpgradeResult r = runJob(*client, imageOf(pkg), f.dataDir, quickOptions());
    *elapsedMs = t.elapsed();
    return r;
}

} // namespace

TEST_CASE("a meter that never finishes verifying ends the job after INSTALL_SECONDS and the margin",
          "[upgrade][safety][bounds]")
{
    UpgradeFixture f;
    qint64 elapsed = 0;
    const UpgradeResult r =
        upgradeSlowMeter(f, QStringLiteral("SN-SLOWV"), QStringLiteral("--verify-ms"), &elapsed);
    INFO(readLog(f.dataDir).toStdString());
    CHECK(r.outcome == UpgradeOutcome::MeterStuck);
    CHECK(r.stuckStatus == QStringLiteral("VERIFYING"));
    CHECK(r.resumable());
    CHECK(elapsed < 30000); // 1 s + 2 s of margin, and the transfer
}

TEST_CASE("a meter silent past INSTALL_SECONDS and the margin ends the job after the outage wait",
          "[upgrade][safety][bounds]")
{
    UpgradeFixture f;
    qint64 elapsed = 0;
    const UpgradeResult r =
        upgradeSlowMeter(f, QStringLiteral("SN-SLOWI"), QStringLiteral("--install-ms"), &elapsed);
    INFO(readLog(f.dataDir).toStdString());
    CHECK(r.outcome == UpgradeOutcome::LinkLost);
    CHECK(elapsed < 30000); // 1 s + 2 s of margin + 3 s of outage wait, and the transfer
}

// ---- issues 12.7, 14.2, 14.3: unknown values stop the job ----------------------------------

TEST_CASE("an unknown DEVICE_MODE is reported, never taken as NORMAL: nothing is written",
          "[upgrade][safety][unknown]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter(meter(QStringLiteral("7350"), QStringLiteral("SN-MODE")) +
                         QStringList{QStringLiteral("--device-mode-value"), QStringLiteral("5")}));
    const QJsonObject before = f.dump();
    const auto pkg = f.package(7350, {1, 1, 0}, 4000);
    CliProcess cli;
    CHECK(f.upgrade(cli, pkg.path) == cli::ExitPreflight);
    INFO(cli.all().toStdString());
    CHECK(cli.all().contains(QStringLiteral("DEVICE_MODE 5")));
    CHECK(f.dump() == before);

    CliProcess status;
    REQUIRE(status.run(f.link() + QStringList{QStringLiteral("status")}));
    CHECK(status.out().contains(QStringLiteral("UNKNOWN(5)")));
    CHECK_FALSE(status.out().contains(QStringLiteral("NORMAL")));
}

TEST_CASE(
    "an unknown UPG_STATUS after a good install: confirmed by the running version, no new BEGIN",
    "[upgrade][safety][unknown]")
{
    UpgradeFixture f;
    // Single-bank: a second BEGIN would erase the firmware it just installed.
    REQUIRE(f.startMeter(
        meter(QStringLiteral("7330"), QStringLiteral("SN-STAT")) +
        QStringList{QStringLiteral("--upg-status-after-install"), QStringLiteral("7")}));
    const auto pkg = f.package(7330, {1, 1, 0}, 6000);
    CliProcess cli;
    CHECK(f.upgrade(cli, pkg.path) == cli::ExitOk);
    INFO(cli.all().toStdString());
    CHECK(countEvents(f.sim, QStringLiteral("begin")) == 1);
    const QJsonObject d = f.dump();
    CHECK(d.value(QStringLiteral("mode")).toString() == QStringLiteral("normal"));
    CHECK(d.value(QStringLiteral("fw")).toString() == QStringLiteral("1.1.0"));
    CHECK(d.value(QStringLiteral("installed_sha256")).toString() == sha256Hex(pkg.payload));
    CHECK(f.upgradeLog().contains(
        QStringLiteral("UPG_STATUS reads UNKNOWN(7), but the meter runs 1.1.0")));

    // The next upgrade of that meter is refused before anything is written.
    const QJsonObject before = f.dump();
    const auto next = f.package(7330, {1, 2, 0}, 6000, 2);
    CliProcess again;
    CHECK(f.upgrade(again, next.path) == cli::ExitPreflight);
    CHECK(again.all().contains(QStringLiteral("UPG_STATUS 7")));
    CHECK(f.dump() == before);
}

// ---- issue 12.9: a busy meter is waited out ----------------------------------------------

TEST_CASE("a meter still verifying when the tool comes back is waited out, then confirmed",
          "[upgrade][safety][busy]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter(meter(QStringLiteral("7350"), QStringLiteral("SN-VERIFY")) +
                         QStringList{QStringLiteral("--verify-ms"), QStringLiteral("4000")}));
    const auto pkg = f.package(7350, {1, 1, 0}, 6000);
    // The tool is killed while the meter hashes the image.
    CliProcess first;
    REQUIRE(first.start(f.upgradeArgs(pkg.path)));
    REQUIRE(f.sim.waitForEvent(QStringLiteral("verifying"), 30000));
    first.kill9();

    // Run again at once: settings reads would answer 06 now; the job waits, then confirms.
    CliProcess second;
    CHECK(f.upgrade(second, pkg.path) == cli::ExitOk);
    INFO(second.all().toStdString());
    CHECK(second.all().contains(QStringLiteral("1.1.0")));
    CHECK(countEvents(f.sim, QStringLiteral("begin")) == 1);
    CHECK(f.upgradeLog().contains(QStringLiteral("The meter is busy (UPG_STATUS VERIFYING)")));
    CHECK(f.dump().value(QStringLiteral("installed_sha256")).toString() == sha256Hex(pkg.payload));
}

// ---- issue 12.4: recover allows an older version only for the meter's own pending image -----

TEST_CASE("recover refuses an older package unless it is the meter's pending image",
          "[upgrade][safety][recover]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter(
        meter(QStringLiteral("7350"), QStringLiteral("SN-DOWN"), QStringLiteral("2.0.0"))));
    const QJsonObject before = f.dump();
    const auto older = f.package(7350, {1, 5, 0}, 6000);
    const QStringList common =
        f.link() + QStringList{QStringLiteral("--data-dir"), f.dataDir,
                               QStringLiteral("--timeout-ms"), QStringLiteral("300")};
    CliProcess refused;
    REQUIRE(refused.run(common + QStringList{QStringLiteral("recover"), QStringLiteral("--package"),
                                             older.path, QStringLiteral("--allow-unsigned"),
                                             QStringLiteral("--yes")}));
    INFO(refused.all().toStdString());
    CHECK(refused.exitCode() == cli::ExitPreflight);
    CHECK(f.dump() == before);

    // Downgraded on purpose, then interrupted; another laptop (no journal) recovers it with
    // the same package: that is the pending image, so the older version is fine.
    f.sim.stop();
    f.meterArgs += QStringList{QStringLiteral("--power-loss-at-offset"), QStringLiteral("2400")};
    REQUIRE(f.startMeter(f.meterArgs));
    CliProcess down;
    f.upgrade(down, older.path,
              {QStringLiteral("--allow-downgrade"), QStringLiteral("--outage-wait"),
               QStringLiteral("1")});
    REQUIRE(f.restartMeter());
    const QString otherLaptop = f.dir.filePath(QStringLiteral("laptop2"));
    CliProcess recover;
    REQUIRE(recover.run(
        f.link() + QStringList{QStringLiteral("--data-dir"), otherLaptop,
                               QStringLiteral("--timeout-ms"), QStringLiteral("300"),
                               QStringLiteral("recover"), QStringLiteral("--package"), older.path,
                               QStringLiteral("--allow-unsigned"), QStringLiteral("--yes")},
        120000));
    INFO(recover.all().toStdString());
    CHECK(recover.exitCode() == cli::ExitOk);
    CHECK(f.dump().value(QStringLiteral("fw")).toString() == QStringLiteral("1.5.0"));
}

// ---- issue 14.8: control characters never reach Upgrade.log raw ----------------------------

TEST_CASE("a serial number with control characters is escaped in Upgrade.log",
          "[upgrade][safety][text]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter(meter(QStringLiteral("7350"), QStringLiteral("SN-\\x1b[31m-01"))));
    const auto pkg = f.package(7350, {1, 1, 0}, 4000);
    CliProcess cli;
    CHECK(f.upgrade(cli, pkg.path) == cli::ExitOk);
    INFO(cli.all().toStdString());
    const QString log = f.upgradeLog();
    CHECK_FALSE(log.contains(QChar(0x1B)));
    CHECK(log.contains(QStringLiteral("SN-\\x1B[31m-01"), Qt::CaseInsensitive));
    CHECK_FALSE(cli.all().contains(QChar(0x1B)));
}

// ---- issue 20: one budget for the whole job, no success refills it -------------------------

namespace {

// The meter's counters and image after a job that ran out of budget.
struct MeterCounts
{
    int begins = 0;
    int commits = 0;
    int dataWrites = 0;
    double bytesReceived = 0;
    int nextOffset = 0;
};

MeterCounts countsOf(const UpgradeFixture& f)
{
    const QJsonObject d = f.dump();
    MeterCounts c;
    c.begins = d.value(QStringLiteral("begin_count")).toInt(-1);
    c.commits = d.value(QStringLiteral("commit_count")).toInt(-1);
    c.dataWrites = d.value(QStringLiteral("data_write_count")).toInt(-1);
    c.bytesReceived = d.value(QStringLiteral("bytes_received_total")).toDouble(-1);
    c.nextOffset = d.value(QStringLiteral("next_offset")).toInt(-1);
    return c;
}

UpgradeResult runFaultyMeter(UpgradeFixture& f, const QString& serial, const QStringList& fault,
                             const UpgradeOptions& options, int imageSize = 6000)
{
    REQUIRE(f.startMeter(meter(QStringLiteral("7350"), serial) + fault));
    const auto pkg = f.package(7350, {1, 1, 0}, imageSize);
    auto client = openClient(f.port);
    return runJob(*client, imageOf(pkg), f.dataDir, options);
}

} // namespace

TEST_CASE("a meter that acknowledges blocks without storing them is stopped as off spec",
          "[upgrade][safety][budget]")
{
    UpgradeFixture f;
    const UpgradeResult r = runFaultyMeter(f, QStringLiteral("SN-ACK"),
                                           {QStringLiteral("--ack-without-store")}, quickOptions());
    const QString log = readLog(f.dataDir);
    INFO(log.toStdString());
    // Every block answered normally, COMMIT refused: NEXT_OFFSET then reads 0, below the 6000
    // bytes acknowledged, which the spec does not allow while the meter receives the image.
    CHECK(r.outcome == UpgradeOutcome::MeterOffSpec);
    CHECK(r.offSpecRegister == QStringLiteral("NEXT_OFFSET"));
    CHECK(r.offSpecValue == 0);
    CHECK_FALSE(r.resumable());
    CHECK(log.contains(QStringLiteral("NEXT_OFFSET reads 0, below the 6000 bytes")));
    const MeterCounts c = countsOf(f);
    CHECK(c.begins == 1);
    CHECK(c.commits == 1);
    CHECK(c.nextOffset == 0);
    // The image once (25 blocks of 240 bytes, a retry aside), never sent again.
    CHECK(c.dataWrites >= 25);
    CHECK(c.dataWrites < 2 * 25);
    CHECK(c.bytesReceived < 2 * 6000);
    const auto journal = UpgradeJournal::load(DataFolder(f.dataDir), QStringLiteral("SN-ACK"), 0);
    REQUIRE(journal);
    CHECK(journal->stage == QStringLiteral("failed"));
}

TEST_CASE("a meter whose NEXT_OFFSET goes back to 0 while it receives the image is stopped as off "
          "spec at once",
          "[upgrade][safety][budget]")
{
    UpgradeFixture f;
    const UpgradeResult r = runFaultyMeter(
        f, QStringLiteral("SN-RESET"),
        {QStringLiteral("--offset-reset-at"), QStringLiteral("3000")}, quickOptions());
    INFO(readLog(f.dataDir).toStdString());
    // The block that reaches 3120 is answered and then lost; the next one is refused (a gap),
    // and NEXT_OFFSET reads 0.
    CHECK(r.outcome == UpgradeOutcome::MeterOffSpec);
    CHECK(r.offSpecRegister == QStringLiteral("NEXT_OFFSET"));
    CHECK(r.offSpecValue == 0);
    CHECK(countEvents(f.sim, QStringLiteral("offset-reset")) == 1);
    const MeterCounts c = countsOf(f);
    CHECK(c.begins == 1);
    CHECK(c.commits == 0);
    CHECK(c.nextOffset == 0);
    // 13 blocks to 3120 and the one refused after it (a retry aside): less than the image.
    CHECK(c.dataWrites >= 14);
    CHECK(c.bytesReceived >= 14 * 240);
    CHECK(c.bytesReceived < 6000);
}

TEST_CASE("a meter that answers identity but never a long write ends the job after a few losses",
          "[upgrade][safety][budget]")
{
    UpgradeFixture f;
    UpgradeOptions o = quickOptions();
    o.limits.linkLosses = 3;
    const UpgradeResult r =
        runFaultyMeter(f, QStringLiteral("SN-LONG"),
                       {QStringLiteral("--long-write-silence"), QStringLiteral("100")}, o);
    const QString log = readLog(f.dataDir);
    INFO(log.toStdString());
    CHECK(r.outcome == UpgradeOutcome::OutOfBudget);
    CHECK(r.budgetLimit == BudgetLimit::LinkLosses);
    CHECK(r.budgetUsed == 3);
    CHECK(r.budgetRegister == 9100);
    CHECK(log.count(QStringLiteral("Communication lost")) == 3);
    const MeterCounts c = countsOf(f);
    CHECK(c.begins == 1);
    CHECK(c.nextOffset == 0);
}

TEST_CASE("exception 02 on the upgrade block is named as the meter's answer and ends the job "
          "before anything is written",
          "[upgrade][safety][budget]")
{
    UpgradeFixture f;
    UpgradeOptions o = quickOptions();
    o.limits.linkLosses = 3;
    const UpgradeResult r =
        runFaultyMeter(f, QStringLiteral("SN-EXC"),
                       {QStringLiteral("--exception-at"), QStringLiteral("9000:2")}, o);
    const QString log = readLog(f.dataDir);
    INFO(log.toStdString());
    CHECK(r.outcome == UpgradeOutcome::OutOfBudget);
    CHECK(r.budgetLimit == BudgetLimit::LinkLosses);
    CHECK(r.budgetRegister == 9000);
    CHECK(r.lastError.exceptionCode == 2);
    CHECK(log.contains(QStringLiteral("The meter answered")));
    CHECK_FALSE(log.contains(QStringLiteral("Communication lost")));
    const MeterCounts c = countsOf(f);
    CHECK(c.begins == 0);
    CHECK(c.dataWrites == 0);
    CHECK_FALSE(QDir(f.dataDir + QStringLiteral("/backups")).exists());
}

TEST_CASE("INSTALL_SECONDS is believed only up to the tool's ceiling", "[upgrade][safety][budget]")
{
    UpgradeFixture f;
    UpgradeOptions o = quickOptions();
    o.limits.maxInstallSeconds = 2;
    QElapsedTimer t;
    t.start();
    // The meter says 65535 s (about 18 h) and then stays verifying for ten minutes.
    const UpgradeResult r =
        runFaultyMeter(f, QStringLiteral("SN-18H"),
                       {QStringLiteral("--install-seconds"), QStringLiteral("65535"),
                        QStringLiteral("--verify-ms"), QStringLiteral("600000")},
                       o);
    INFO(readLog(f.dataDir).toStdString());
    CHECK(r.outcome == UpgradeOutcome::MeterStuck);
    CHECK(r.stuckStatus == QStringLiteral("VERIFYING"));
    CHECK(t.elapsed() < 30000); // 2 s + 2 s of margin, and the transfer
    CHECK(countsOf(f).commits == 1);
}

TEST_CASE("a journal whose image the meter no longer holds does not lend its old backup",
          "[upgrade][safety][journal]")
{
    UpgradeFixture f;
    // Run 1 stops resumable: the meter refuses every block, so the journal stays behind.
    REQUIRE(f.startMeter(meter(QStringLiteral("7350"), QStringLiteral("SN-STALE")) +
                         QStringList{QStringLiteral("--data-exception"), QStringLiteral("6")}));
    const auto pkg = f.package(7350, {1, 1, 0}, 6000);
    {
        auto client = openClient(f.port);
        const UpgradeResult r1 = runJob(*client, imageOf(pkg), f.dataDir, quickOptions());
        REQUIRE(r1.outcome == UpgradeOutcome::MeterRefusing);
        const auto j1 =
            UpgradeJournal::load(DataFolder(f.dataDir), QStringLiteral("SN-STALE"), 7350);
        REQUIRE(j1);
        CHECK(j1->stage == QStringLiteral("interrupted"));
    }
    f.sim.stop();
    f.meterArgs = meter(QStringLiteral("7350"), QStringLiteral("SN-STALE"));
    REQUIRE(f.restartMeter());
    auto client = openClient(f.port);
    // Someone aborts the transfer on site, and the meter goes on counting energy.
    REQUIRE(client->writeRegister(9000, quint16(UpgCommand::Abort)));
    REQUIRE(client->writeRegisters(1100, {0, 0, 0, 5000}));

    const UpgradeResult r2 = runJob(*client, imageOf(pkg), f.dataDir, quickOptions());
    INFO(readLog(f.dataDir).toStdString());
    REQUIRE(r2.outcome == UpgradeOutcome::Succeeded);
    // Run 2 took its own backup, and that backup holds the energy the meter held then.
    const QStringList backups =
        QDir(meterBackupsDir(f.dataDir, QStringLiteral("SN-STALE"), 7350))
            .entryList({QStringLiteral("*-pre-upgrade*.json")}, QDir::Files, QDir::Name);
    CHECK(backups.size() == 2);
    QFile latest(r2.backupPath);
    REQUIRE(latest.open(QIODevice::ReadOnly));
    CHECK(QFileInfo(r2.backupPath).fileName() == backups.last());
    CHECK(readLog(f.dataDir).contains(QStringLiteral("journal of an earlier run")));
}

TEST_CASE("a meter that reports DONE after COMMIT but runs another version is never sent BEGIN "
          "again",
          "[upgrade][safety][budget]")
{
    UpgradeFixture f;
    // The install outlasts INSTALL_SECONDS and the margin, so the job meets the meter again
    // through an outage and a resync: DONE, yet on its old firmware.
    const UpgradeResult r = runFaultyMeter(
        f, QStringLiteral("SN-DONE"),
        {QStringLiteral("--install-keeps-firmware"), QStringLiteral("--install-seconds"),
         QStringLiteral("1"), QStringLiteral("--install-ms"), QStringLiteral("4000")},
        quickOptions());
    INFO(readLog(f.dataDir).toStdString());
    CHECK(r.outcome == UpgradeOutcome::WrongVersion);
    CHECK(r.after.firmware.toString() == QStringLiteral("1.0.0"));
    const MeterCounts c = countsOf(f);
    CHECK(c.begins == 1);
    CHECK(c.commits == 1);
}

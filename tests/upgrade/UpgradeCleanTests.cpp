// Clean upgrades: the meter ends up running the package's version with its image byte for
// byte the payload, the backup on disk before the first block, and a log a person can read.
#include "CatchCompat.h"
#include "MeterClientFactory.h"
#include "MeterFiles.h"
#include "UpgradeFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace commissioner;
using testsupport::CliProcess;

namespace {
// Writes PT_PRIMARY = 480 (a setting a technician would have set) through the tool's client.
void setPtPrimary(const LinkSettings& link, quint32 value)
{
    auto client = MeterClientFactory::open(link);
    REQUIRE(client);
    REQUIRE(client.value()->writeRegisters(1000, {quint16(value >> 16), quint16(value & 0xFFFF)}));
}

quint32 ptPrimary(const QJsonObject& dump)
{
    const QJsonObject t = dump.value(QStringLiteral("template")).toObject();
    return (quint32(t.value(QStringLiteral("1000")).toInt()) << 16) |
           quint32(t.value(QStringLiteral("1001")).toInt());
}
} // namespace

TEST_CASE("a dual-bank meter is upgraded over TCP with a signed package", "[upgrade][tcp]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter({QStringLiteral("--type"), QStringLiteral("7350"), QStringLiteral("--fw"),
                          QStringLiteral("1.0.0"), QStringLiteral("--serial-number"),
                          QStringLiteral("PC-0209A001-11")}));
    const auto key = testsupport::makeTestKeyPair(f.dir.path());
    QDir().mkpath(f.dataDir + QStringLiteral("/keys"));
    REQUIRE(QFile::copy(key.publicKeyPath, f.dataDir + QStringLiteral("/keys/test-signer.pub")));
    const auto pkg = testsupport::makePackage(f.dir.path(), 7350, 1, 3, {1, 2, 0}, 50000, 11, &key);

    CliProcess cli;
    // No --allow-unsigned: the signature is what lets it through.
    REQUIRE(cli.run(f.link() + QStringList{QStringLiteral("--data-dir"), f.dataDir,
                                           QStringLiteral("upgrade"), pkg.path,
                                           QStringLiteral("--yes")},
                    120000));
    INFO(cli.all().toStdString());
    CHECK(cli.exitCode() == 0);
    CHECK(cli.out().contains(QStringLiteral("signed by test-signer")));

    const QJsonObject d = f.dump();
    CHECK(d.value(QStringLiteral("fw")).toString() == QStringLiteral("1.2.0"));
    CHECK(d.value(QStringLiteral("mode")).toString() == QStringLiteral("normal"));
    CHECK(d.value(QStringLiteral("installed_sha256")).toString() == sha256Hex(pkg.payload));

    // The log reads in the order things happened: backup on disk before the first block.
    const QString log = f.upgradeLog();
    const int started = log.indexOf(QStringLiteral("Upgrade started at"));
    const int backup = log.indexOf(QStringLiteral("Template backup saved to"));
    const int journal = log.indexOf(QStringLiteral("Journal written to"));
    const int download = log.indexOf(QStringLiteral("Proceeding with firmware download"));
    const int tenPercent = log.indexOf(QStringLiteral("10% completed"));
    const int done = log.indexOf(QStringLiteral("Upgrade completed at"));
    CHECK(started >= 0);
    CHECK(started < backup);
    CHECK(backup < journal);
    CHECK(journal < download);
    CHECK(download < tenPercent);
    CHECK(tenPercent < done);
    for (const QString& line :
         {QStringLiteral("Device Serial Number = PC-0209A001-11"),
          QStringLiteral("Device Unit ID = 1"), QStringLiteral("Firmware Version = 7350V1.2.0"),
          QStringLiteral("Comm efficiency = 100.0%"), QStringLiteral("100% completed"),
          QStringLiteral("New firmware confirmed: 1.2.0")})
        CHECK(log.contains(line));

    // The backup is a template file of this meter, and the journal is gone once done.
    const QFileInfoList backups =
        QDir(meterBackupsDir(f.dataDir, QStringLiteral("PC-0209A001-11"), 7350))
            .entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    REQUIRE(backups.size() == 1);
    QFile b(backups.first().absoluteFilePath());
    REQUIRE(b.open(QIODevice::ReadOnly));
    const QJsonObject backupJson = QJsonDocument::fromJson(b.readAll()).object();
    CHECK(backupJson.value(QStringLiteral("serial_number")).toString() ==
          QStringLiteral("PC-0209A001-11"));
    CHECK(backupJson.value(QStringLiteral("reason")).toString() == QStringLiteral("pre-upgrade"));
    CHECK_FALSE(QFile::exists(meterJournalPath(f.dataDir, QStringLiteral("PC-0209A001-11"), 7350)));
    // A copy of the package is kept, in case the USB stick goes away.
    CHECK(
        QDir(f.dataDir + QStringLiteral("/packages")).entryList({QStringLiteral("*.upg")}).size() ==
        1);

    // The machine twin: every line is JSON with an event and a time.
    QFile jsonl(f.dataDir + QStringLiteral("/logs/upgrade.jsonl"));
    REQUIRE(jsonl.open(QIODevice::ReadOnly));
    int lines = 0;
    bool sawResult = false;
    while (!jsonl.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(jsonl.readLine()).object();
        REQUIRE_FALSE(o.isEmpty());
        CHECK(o.contains(QStringLiteral("time")));
        sawResult |= o.value(QStringLiteral("event")).toString() == QStringLiteral("result") &&
                     o.value(QStringLiteral("outcome")).toString() == QStringLiteral("succeeded");
        ++lines;
    }
    CHECK(lines > 10);
    CHECK(sawResult);
}

TEST_CASE("a single-bank meter is upgraded over RTU on a pseudo-terminal, keeping its settings",
          "[upgrade][rtu]")
{
    QTemporaryDir dir;
    testsupport::MeterSimProcess sim;
    const QString state = dir.filePath(QStringLiteral("meter.json"));
    REQUIRE(
        sim.start({QStringLiteral("--pty"), QStringLiteral("--state"), state,
                   QStringLiteral("--type"), QStringLiteral("7330"), QStringLiteral("--fw"),
                   QStringLiteral("2.0.0"), QStringLiteral("--install-ms"), QStringLiteral("300"),
                   QStringLiteral("--serial-number"), QStringLiteral("RTU-7330-1")}));
    LinkSettings link;
    link.kind = LinkDescription::Kind::Serial;
    link.device = sim.serialPath();
    setPtPrimary(link, 480);

    const auto pkg = testsupport::makePackage(dir.path(), 7330, 1, 2, {2, 1, 0}, 12000, 5);
    CliProcess cli;
    REQUIRE(cli.run({QStringLiteral("--serial"), sim.serialPath(), QStringLiteral("--baud"),
                     QStringLiteral("19200"), QStringLiteral("--parity"), QStringLiteral("E"),
                     QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                     QStringLiteral("upgrade"), pkg.path, QStringLiteral("--yes"),
                     QStringLiteral("--allow-unsigned")},
                    120000));
    INFO(cli.all().toStdString());
    CHECK(cli.exitCode() == 0);
    const QJsonObject d = testsupport::MeterSimProcess::dump(state);
    CHECK(d.value(QStringLiteral("fw")).toString() == QStringLiteral("2.1.0"));
    CHECK(d.value(QStringLiteral("installed_sha256")).toString() == sha256Hex(pkg.payload));
    // No restart in the middle: the settings survive (device-protocol.md section 4).
    CHECK(ptPrimary(d) == 480);
    CHECK_FALSE(cli.out().contains(QStringLiteral("came back without")));
    CHECK(cli.out().contains(QStringLiteral("Flash memory cleared")));
}

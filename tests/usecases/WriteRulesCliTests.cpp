// The rules every writing job keeps, through commissioner-cli against metersim as a process:
// a backup on disk before the first write, every change in the meter's history, a meter's
// backup never applied to another, one meter's own settings kept out of another's template
// unless named, energy readings rewritten only when named (shown in kWh), a refused setting
// that does not stop the others and a partial restore with an exit code of its own. The
// meter's registers are checked with metersim --dump.
#include "CatchCompat.h"
#include "MeterFiles.h"
#include "UpgradeFixture.h"
#include "WriteRulesCliSteps.h"
#include "package/Package.h"
#include "store/DataFolder.h"
#include "usecases/UpgradeUseCase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace commissioner;
using testsupport::CliProcess;

namespace {

constexpr int kExitPreflight = 6;
constexpr int kExitPartial = 10;
constexpr quint64 kSiteKwh = 48213500; // Wh: 48,213.500 kWh, registers 0x02DF 0xADFC

// Every meter here is a 7350.
bool startMeter(UpgradeFixture& f, const QString& serial, const QStringList& extra = {})
{
    return f.startMeter(meterArgs(serial, QStringLiteral("7350"), extra));
}

QString saveTemplate(UpgradeFixture& f, const QString& name)
{
    const QString file = f.dir.filePath(name);
    CliProcess save;
    INFO(save.all().toStdString());
    REQUIRE(runCli(save, f, {QStringLiteral("template"), QStringLiteral("save"), file}) == 0);
    return file;
}

QDir backupsOf(const UpgradeFixture& f, const QString& serial)
{
    return QDir(meterBackupsDir(f.dataDir, serial, 7350));
}

QList<QJsonObject> historyOf(const UpgradeFixture& f, const QString& serial)
{
    return meterHistory(f.dataDir, serial, 7350);
}

} // namespace

TEST_CASE("a template restore backs the meter up first, records each change and leaves its "
          "energy readings alone",
          "[usecase][restore][cli]")
{
    UpgradeFixture f;
    REQUIRE(startMeter(f, QStringLiteral("SN-A")));
    writeSite(f, 14400, kSiteKwh);
    const QString site = saveTemplate(f, QStringLiteral("site.json"));
    // The meter changes after the save: PT to 13800 V, and it counts energy on.
    writeTo(f, {{1000, {0, 13800}}, {1100, {0, 0, 0x02E0, 0x0000}}});

    CliProcess restore;
    const int code = runCli(
        restore, f,
        {QStringLiteral("template"), QStringLiteral("restore"), site, QStringLiteral("--yes")});
    INFO(restore.all().toStdString());
    CHECK(code == 0);
    CHECK(restore.out().contains(QLatin1String("Left out: Energy")));
    const QJsonObject t = templateOf(f);
    CHECK(reg(t, 1001) == 14400);
    CHECK(reg(t, 1102) == 0x02E0); // the meter's own reading, not the file's
    CHECK(reg(t, 1103) == 0);

    // The backup holds the meter as it was just before: PT 13800.
    const QStringList backups =
        backupsOf(f, QStringLiteral("SN-A")).entryList({QStringLiteral("*-pre-restore.json")});
    REQUIRE(backups.size() == 1);
    QFile backup(backupsOf(f, QStringLiteral("SN-A")).filePath(backups.first()));
    REQUIRE(backup.open(QIODevice::ReadOnly));
    const QJsonObject held = QJsonDocument::fromJson(backup.readAll()).object();
    CHECK(held.value(QStringLiteral("settings"))
              .toObject()
              .value(QStringLiteral("PT_PRIMARY"))
              .toObject()
              .value(QStringLiteral("value"))
              .toInt() == 13800);
    CHECK(restore.out().contains(backup.fileName()));

    const auto history = historyOf(f, QStringLiteral("SN-A"));
    CHECK(settingsIn(history) == QStringList{QStringLiteral("PT_PRIMARY")});
    REQUIRE(history.size() == 1);
    CHECK(history.first().value(QStringLiteral("from")).toString() == QStringLiteral("13800"));
    CHECK(history.first().value(QStringLiteral("to")).toString() == QStringLiteral("14400"));
    CHECK(history.first().value(QStringLiteral("result")).toString() == QStringLiteral("verified"));
    CHECK(history.first().value(QStringLiteral("tool")).toString() ==
          QStringLiteral("commissioner-cli template restore"));
}

TEST_CASE("energy readings are rewritten only when named, after they are shown in kWh",
          "[usecase][restore][cli]")
{
    UpgradeFixture f;
    REQUIRE(startMeter(f, QStringLiteral("SN-A")));
    writeSite(f, 14400, kSiteKwh);
    const QString site = saveTemplate(f, QStringLiteral("site.json"));
    writeTo(f, {{1100, {0, 0, 0, 0}}});
    CliProcess restore;
    const int code =
        runCli(restore, f,
               {QStringLiteral("template"), QStringLiteral("restore"), site,
                QStringLiteral("--groups"), QStringLiteral("energy"), QStringLiteral("--yes")});
    INFO(restore.all().toStdString());
    CHECK(code == 0);
    CHECK(restore.out().contains(QLatin1String("KWH_DELIVERED: 0.000 kWh -> 48,213.500 kWh")));
    const QJsonObject t = templateOf(f);
    CHECK(reg(t, 1102) == 0x02DF);
    CHECK(reg(t, 1103) == 0xADFC);
    CHECK(settingsIn(historyOf(f, QStringLiteral("SN-A"))) ==
          QStringList{QStringLiteral("KWH_DELIVERED")});
}

TEST_CASE("another meter's template keeps this meter's nameplate, energy and communications "
          "unless they are named",
          "[usecase][restore][cli]")
{
    UpgradeFixture a;
    REQUIRE(startMeter(a, QStringLiteral("SN-A")));
    writeSite(a, 14400, kSiteKwh);
    const QString site = saveTemplate(a, QStringLiteral("site.json"));

    UpgradeFixture b;
    REQUIRE(startMeter(b, QStringLiteral("SN-B")));
    const QJsonObject before = templateOf(b);
    CliProcess restore;
    const int code =
        runCli(restore, b,
               {QStringLiteral("template"), QStringLiteral("restore"), site,
                QStringLiteral("--groups"), QStringLiteral("all"), QStringLiteral("--yes")});
    INFO(restore.all().toStdString());
    CHECK(code == 0);
    CHECK(restore.out().contains(QLatin1String("saved from meter SN-A, not from this meter SN-B")));
    CHECK(restore.out().contains(QLatin1String("Kept as they are, as they belong to one meter: "
                                               "Nameplate, Energy, Communications")));
    const QJsonObject t = templateOf(b);
    CHECK(reg(t, 1001) == 14400); // PT/CT copied
    CHECK(reg(t, 1004) == 2000);
    for (int address : {1020, 1021, 1100, 1102, 1103, 1150, 1151, 1152})
        CHECK(reg(t, address) == reg(before, address)); // this meter's own
    // The backup and the history are B's, in B's folder; A's folder has nothing new.
    CHECK(backupsOf(b, QStringLiteral("SN-B"))
              .entryList({QStringLiteral("*-pre-restore.json")})
              .size() == 1);
    CHECK_FALSE(settingsIn(historyOf(b, QStringLiteral("SN-B")))
                    .contains(QStringLiteral("NAMEPLATE_OWNER")));

    // Named: the nameplate is copied too.
    CliProcess named;
    CHECK(runCli(named, b,
                 {QStringLiteral("template"), QStringLiteral("restore"), site,
                  QStringLiteral("--groups"), QStringLiteral("nameplate"),
                  QStringLiteral("--yes")}) == 0);
    CHECK(reg(templateOf(b), 1020) == 0x4E6F);
}

TEST_CASE("a meter's backup is never applied to another meter", "[usecase][restore][cli]")
{
    UpgradeFixture a;
    REQUIRE(startMeter(a, QStringLiteral("SN-A")));
    writeSite(a, 14400, kSiteKwh);
    // A backup the tool made of A (before a clock sync).
    CliProcess sync;
    REQUIRE(runCli(sync, a, clockSync()) == 0);
    const QDir dir = backupsOf(a, QStringLiteral("SN-A"));
    const QStringList files = dir.entryList({QStringLiteral("*-pre-clock.json")});
    REQUIRE(files.size() == 1);
    // Copied somewhere else, it is still A's backup.
    const QString copy = a.dir.filePath(QStringLiteral("looks-like-a-template.json"));
    REQUIRE(QFile::copy(dir.filePath(files.first()), copy));

    UpgradeFixture b;
    REQUIRE(startMeter(b, QStringLiteral("SN-B")));
    const QJsonObject before = templateOf(b);
    for (const QString& path : {dir.filePath(files.first()), copy}) {
        CliProcess restore;
        const int code =
            runCli(restore, b,
                   {QStringLiteral("template"), QStringLiteral("restore"), path,
                    QStringLiteral("--groups"), QStringLiteral("all"), QStringLiteral("--yes")});
        INFO(restore.all().toStdString());
        CHECK(code == kExitPreflight);
        CHECK(restore.err().contains(QLatin1String("is a backup of meter SN-A")));
    }
    CHECK(templateOf(b) == before);
    CHECK_FALSE(QDir(b.dataDir + QStringLiteral("/backups")).exists(QStringLiteral("SN-B")));
}

TEST_CASE("a setting the meter refuses does not stop the others; the restore says partial",
          "[usecase][restore][cli]")
{
    UpgradeFixture source;
    REQUIRE(startMeter(source, QStringLiteral("SN-A")));
    writeSite(source, 14400, kSiteKwh);
    const QString site = saveTemplate(source, QStringLiteral("site.json"));

    UpgradeFixture f; // the same meter after a power cut, its CT_PRIMARY sealed
    REQUIRE(startMeter(f, QStringLiteral("SN-A"),
                       {QStringLiteral("--refuse-write"), QStringLiteral("1003")}));
    CliProcess restore;
    const int code =
        runCli(restore, f,
               {QStringLiteral("template"), QStringLiteral("restore"), site,
                QStringLiteral("--groups"), QStringLiteral("all"), QStringLiteral("--yes")});
    INFO(restore.all().toStdString());
    CHECK(code == kExitPartial);
    CHECK(restore.out().contains(QLatin1String("Refused by the meter, unchanged: CT_PRIMARY")));
    const QJsonObject t = templateOf(f);
    CHECK(reg(t, 1001) == 14400);  // PT_PRIMARY, in the same request as CT_PRIMARY at first
    CHECK(reg(t, 1004) == 5);      // CT_PRIMARY: refused, the factory value
    CHECK(reg(t, 1005) == 1);      // CT_SECONDARY
    CHECK(reg(t, 1020) == 0x4E6F); // the nameplate, after
    CHECK(reg(t, 1103) == 0xADFC); // and the energy readings ("all" of its own file)
    const QStringList history = settingsIn(historyOf(f, QStringLiteral("SN-A")));
    CHECK(history.contains(QStringLiteral("PT_PRIMARY")));
    CHECK_FALSE(history.contains(QStringLiteral("CT_PRIMARY")));
}

TEST_CASE("clock sync backs the meter up and records the change", "[usecase][clock][cli]")
{
    UpgradeFixture f;
    REQUIRE(startMeter(f, QStringLiteral("SN-C")));
    CliProcess sync;
    const int code = runCli(sync, f, clockSync());
    INFO(sync.all().toStdString());
    CHECK(code == 0);
    CHECK(backupsOf(f, QStringLiteral("SN-C"))
              .entryList({QStringLiteral("*-pre-clock.json")})
              .size() == 1);
    const auto history = historyOf(f, QStringLiteral("SN-C"));
    REQUIRE(history.size() == 1);
    CHECK(history.first().value(QStringLiteral("setting")).toString() ==
          QStringLiteral("CLOCK_UTC"));
    CHECK(history.first().value(QStringLiteral("result")).toString() == QStringLiteral("verified"));
}

TEST_CASE("an upgrade backs the meter up first and records the firmware it confirmed",
          "[usecase][upgrade][cli]")
{
    UpgradeFixture f;
    REQUIRE(
        startMeter(f, QStringLiteral("SN-U"), {QStringLiteral("--fw"), QStringLiteral("1.0.0")}));
    const auto pkg = f.package(7350, {1, 2, 0}, 6000);
    CliProcess cli;
    const int code = f.upgrade(cli, pkg.path);
    INFO(cli.all().toStdString());
    REQUIRE(code == 0);
    CHECK(f.dump().value(QStringLiteral("fw")).toString() == QStringLiteral("1.2.0"));
    CHECK(backupsOf(f, QStringLiteral("SN-U"))
              .entryList({QStringLiteral("*-pre-upgrade.json")})
              .size() == 1);
    const auto history = historyOf(f, QStringLiteral("SN-U"));
    REQUIRE(history.size() == 1);
    const QJsonObject r = history.first();
    CHECK(r.value(QStringLiteral("setting")).toString() == QStringLiteral("FIRMWARE"));
    CHECK(r.value(QStringLiteral("from")).toString() == QStringLiteral("1.0.0"));
    CHECK(r.value(QStringLiteral("to")).toString() == QStringLiteral("1.2.0"));
    CHECK(r.value(QStringLiteral("result")).toString() == QStringLiteral("verified"));
    CHECK(r.value(QStringLiteral("tool")).toString() == QStringLiteral("commissioner-cli upgrade"));
}

TEST_CASE("an upgrade confirmed for one meter sends nothing to another that answers instead",
          "[usecase][upgrade]")
{
    UpgradeFixture f;
    REQUIRE(
        startMeter(f, QStringLiteral("SN-B"), {QStringLiteral("--fw"), QStringLiteral("1.0.0")}));
    const auto pkg = f.package(7350, {1, 2, 0}, 6000);
    const auto loaded = Package::readFile(pkg.path);
    REQUIRE(loaded);
    const UpgradeImage image =
        upgradeImageFrom(loaded.value(), SignatureCheck{SignatureState::Unsigned, {}});

    const auto client = clientOf(f);
    UpgradeOptions options;
    options.allowUnsigned = true;
    // The person confirmed SN-A (a 7350); SN-B answers at that address now.
    UpgradeRun run(*client, image, DataFolder(f.dataDir), options,
                   MeterBinding{QStringLiteral("SN-A"), 7350}, QStringLiteral("test"));
    const UpgradeResult result = run.runToEnd();
    CHECK(result.outcome == UpgradeOutcome::WrongMeter);
    CHECK(result.stranger.serialNumber == QStringLiteral("SN-B"));
    const QJsonObject d = f.dump();
    CHECK(d.value(QStringLiteral("fw")).toString() == QStringLiteral("1.0.0"));
    CHECK(d.value(QStringLiteral("bytes_received_total")).toDouble() == 0);
    CHECK(d.value(QStringLiteral("mode")).toString() == QStringLiteral("normal"));
    CHECK_FALSE(backupsOf(f, QStringLiteral("SN-B")).exists());
}

TEST_CASE("a template that cannot be used is named before the link is opened",
          "[usecase][restore][cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("broken.json"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"not a template\"");
    f.close();
    // Nothing listens on this port: a link error would come first if the link were opened.
    CliProcess cli;
    REQUIRE(cli.run({QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:9"),
                     QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                     QStringLiteral("template"), QStringLiteral("restore"), file,
                     QStringLiteral("--yes")}));
    INFO(cli.all().toStdString());
    CHECK(cli.exitCode() != 0);
    CHECK(cli.err().contains(QStringLiteral("restore refused, nothing written")));
    CHECK(cli.err().contains(QStringLiteral("broken.json")));
}

TEST_CASE("a meter that reports no serial number is never written to", "[usecase][cli]")
{
    UpgradeFixture f;
    REQUIRE(startMeter(f, QString()));
    const auto pkg = f.package(7350, {1, 2, 0}, 6000);
    CliProcess upgrade;
    const int upgraded = f.upgrade(upgrade, pkg.path);
    INFO(upgrade.all().toStdString());
    CHECK(upgraded == kExitPreflight);
    CHECK(upgrade.all().contains(QStringLiteral("no serial number")));
    CliProcess sync;
    const int synced = runCli(sync, f, clockSync());
    INFO(sync.all().toStdString());
    CHECK(synced == kExitPreflight);
    CHECK(sync.all().contains(QStringLiteral("no serial number")));
    const QJsonObject d = f.dump();
    CHECK(d.value(QStringLiteral("begin_count")).toInt() == 0);
    CHECK(d.value(QStringLiteral("fw")).toString() == QStringLiteral("1.0.0"));
    CHECK_FALSE(QDir(f.dataDir + QStringLiteral("/backups")).exists());
    CHECK_FALSE(QDir(f.dataDir + QStringLiteral("/journal")).exists());
}

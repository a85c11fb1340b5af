// Two meters whose serial numbers an earlier version folded onto one file name ("a/b" and
// "a_b"), through commissioner-cli as a technician runs it against metersim processes: the
// second never adopts the first's journal nor is offered its backup (its settings and energy
// readings), and the first still finds its files under the old names. And a serial number
// holding an ESC never reaches the terminal raw.
#include "CatchCompat.h"
#include "MeterClientFactory.h"
#include "UpgradeFixture.h"
#include "meter/MeterQueries.h"
#include "settings/TemplateBackup.h"
#include "store/DataFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace commissioner;
using testsupport::CliProcess;

namespace {

QStringList meter(const QString& serial)
{
    return {QStringLiteral("--type"),
            QStringLiteral("7330"),
            QStringLiteral("--fw"),
            QStringLiteral("1.0.0"),
            QStringLiteral("--serial-number"),
            serial};
}

// PT_PRIMARY and KWH_DELIVERED, the settings and reading that must never move between meters.
void setSite(UpgradeFixture& f, quint32 pt, quint64 kwh)
{
    LinkSettings link;
    link.port = f.port;
    auto client = MeterClientFactory::open(link);
    REQUIRE(client);
    REQUIRE(client.value()->writeRegisters(1000, {quint16(pt >> 16), quint16(pt & 0xFFFF)}));
    REQUIRE(client.value()->writeRegisters(
        1100, {quint16(kwh >> 48), quint16(kwh >> 32), quint16(kwh >> 16), quint16(kwh)}));
}

QJsonObject templateOf(UpgradeFixture& f)
{
    return f.dump().value(QStringLiteral("template")).toObject();
}

// An upgrade cut by a power loss (the meter's --power-loss-at-offset), then the power back:
// the meter is in UPGRADE mode with a partial image and, having restarted, factory settings.
void interruptedUpgrade(UpgradeFixture& f, const QString& packagePath)
{
    CliProcess cli;
    REQUIRE(cli.start(
        f.upgradeArgs(packagePath, {QStringLiteral("--outage-wait"), QStringLiteral("1")})));
    REQUIRE(f.sim.waitForExit(30000));
    cli.kill9();
    REQUIRE(f.restartMeter());
}

QJsonObject status(UpgradeFixture& f, const QString& dataDir)
{
    CliProcess cli;
    REQUIRE(cli.run(f.link() + QStringList{QStringLiteral("--data-dir"), dataDir,
                                           QStringLiteral("status"), QStringLiteral("--json")}));
    INFO(cli.all().toStdString());
    REQUIRE(cli.exitCode() == 0);
    return QJsonDocument::fromJson(cli.out().toUtf8()).object();
}

// Moves a meter's journal and backups to the names an earlier version gave them.
void toLegacyLayout(const QString& dataDir, const QString& serial, int deviceType)
{
    const DataFolder folder(dataDir);
    const QString backups =
        folder.backupsRoot() + QLatin1Char('/') + DataFolder::meterKey(serial, deviceType);
    REQUIRE(QDir().rename(backups, folder.legacyBackupsDir(serial)));
    QFile journal(folder.journalPath(serial, deviceType));
    REQUIRE(journal.open(QIODevice::ReadOnly));
    QJsonObject j = QJsonDocument::fromJson(journal.readAll()).object();
    journal.close();
    QString backup = j.value(QStringLiteral("backup")).toString();
    backup.replace(backups, folder.legacyBackupsDir(serial));
    j.insert(QStringLiteral("backup"), backup);
    REQUIRE(QFile::remove(folder.journalPath(serial, deviceType)));
    QFile old(folder.legacyJournalPath(serial));
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write(QJsonDocument(j).toJson());
}

} // namespace

TEST_CASE("meters \"a/b\" and \"a_b\" never share a journal or a backup (CLI)",
          "[template][datafolder][cli]")
{
    UpgradeFixture first;
    const QString data = first.dataDir;
    REQUIRE(first.startMeter(
        meter(QStringLiteral("a/b")) +
        QStringList{QStringLiteral("--power-loss-at-offset"), QStringLiteral("4000")}));
    setSite(first, 2400, Q_UINT64_C(48213500));
    const auto pkg = first.package(7330, {1, 1, 0}, 9000);
    interruptedUpgrade(first, pkg.path);
    REQUIRE(status(first, data).contains(QStringLiteral("journal")));
    // As an earlier version left them: journal/a_b.json and backups/a_b/, names "a_b" has too.
    toLegacyLayout(data, QStringLiteral("a/b"), 7330);

    // The second meter: its own upgrade interrupted the same way (its data elsewhere), so that
    // it too is in UPGRADE mode with factory settings, waiting for a recovery.
    UpgradeFixture second;
    REQUIRE(second.startMeter(
        meter(QStringLiteral("a_b")) +
        QStringList{QStringLiteral("--power-loss-at-offset"), QStringLiteral("4000")}));
    setSite(second, 600, 7);
    interruptedUpgrade(second, pkg.path);
    CHECK(second.dump().value(QStringLiteral("settings_reset_pending")).toBool()); // at the install

    // Not adopted: status shows no journal for "a_b", nor for "A_B" (a case variant, a fresh
    // meter whose template is the factory one).
    CHECK_FALSE(status(second, data).contains(QStringLiteral("journal")));
    QJsonObject factory;
    {
        UpgradeFixture upper;
        REQUIRE(upper.startMeter(meter(QStringLiteral("A_B"))));
        factory = templateOf(upper);
        REQUIRE(factory.value(QStringLiteral("1001")).toInt() == 120);
        CHECK_FALSE(status(upper, data).contains(QStringLiteral("journal")));
        CliProcess list;
        REQUIRE(
            list.run({QStringLiteral("--data-dir"), data, QStringLiteral("template"),
                      QStringLiteral("list"), QStringLiteral("--meter"), QStringLiteral("A_B")}));
        CHECK(list.out().contains(QLatin1String("No template backups")));
    }
    CliProcess list;
    REQUIRE(list.run({QStringLiteral("--data-dir"), data, QStringLiteral("template"),
                      QStringLiteral("list"), QStringLiteral("--meter"), QStringLiteral("a_b")}));
    CHECK(list.out().contains(QLatin1String("No template backups")));

    // Its recovery finds no backup of its own and restores nothing of the first meter's.
    {
        CliProcess cli;
        REQUIRE(cli.run(second.link() +
                            QStringList{QStringLiteral("--data-dir"), data,
                                        QStringLiteral("--timeout-ms"), QStringLiteral("300"),
                                        QStringLiteral("recover"), QStringLiteral("--yes"),
                                        QStringLiteral("--restore-template"),
                                        QStringLiteral("--package"), pkg.path,
                                        QStringLiteral("--allow-unsigned")},
                        120000));
        INFO(cli.all().toStdString());
        CHECK(cli.exitCode() == 0);
        CHECK(second.dump().value(QStringLiteral("fw")).toString() == QStringLiteral("1.1.0"));
        CHECK_FALSE(cli.all().contains(DataFolder(data).legacyBackupsDir(QStringLiteral("a/b"))));
        CHECK(cli.all().contains(QLatin1String("No backup of a_b was found")));
        // Byte for byte the factory settings: not the first meter's PT ratio nor its kWh.
        CHECK(templateOf(second) == factory);
    }

    // The first meter still finds its journal and backup under the old names: recovered with
    // its settings and energy readings back.
    {
        const QJsonObject s = status(first, data);
        REQUIRE(s.contains(QStringLiteral("journal")));
        CHECK(s.value(QStringLiteral("journal"))
                  .toObject()
                  .value(QStringLiteral("serial_number"))
                  .toString() == QLatin1String("a/b"));
        CliProcess cli;
        REQUIRE(cli.run(first.link() + QStringList{QStringLiteral("--data-dir"), data,
                                                   QStringLiteral("--timeout-ms"),
                                                   QStringLiteral("300"), QStringLiteral("recover"),
                                                   QStringLiteral("--yes"),
                                                   QStringLiteral("--restore-template")},
                        120000));
        INFO(cli.all().toStdString());
        CHECK(cli.exitCode() == 0);
        const QJsonObject t = templateOf(first);
        CHECK(t.value(QStringLiteral("1000")).toInt() == 0);
        CHECK(t.value(QStringLiteral("1001")).toInt() == 2400);
        CHECK(t.value(QStringLiteral("1102")).toInt() == int(Q_UINT64_C(48213500) >> 16));
        CHECK(t.value(QStringLiteral("1103")).toInt() == int(Q_UINT64_C(48213500) & 0xFFFF));
    }
}

TEST_CASE("a serial number with an ESC in it never reaches the terminal raw (CLI)",
          "[template][printable][cli]")
{
    UpgradeFixture f;
    // metersim takes C escapes: the meter's SERIAL_NUMBER holds ESC [ 3 1 m.
    REQUIRE(f.startMeter({QStringLiteral("--type"), QStringLiteral("7350"),
                          QStringLiteral("--serial-number"), QStringLiteral("PC-\\x1b[31m-01")}));
    const QString file = f.dir.filePath(QStringLiteral("esc.json"));
    const QList<QStringList> commands{
        {QStringLiteral("identify")},
        {QStringLiteral("status")},
        {QStringLiteral("template"), QStringLiteral("save"), file},
        {QStringLiteral("template"), QStringLiteral("diff"), file},
        {QStringLiteral("template"), QStringLiteral("restore"), file, QStringLiteral("--dry-run")},
    };
    for (const QStringList& command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        CliProcess cli;
        REQUIRE(cli.run(f.link() + QStringList{QStringLiteral("--data-dir"), f.dataDir} + command));
        const QString all = cli.all();
        INFO(all.toStdString());
        CHECK(cli.exitCode() == 0);
        CHECK_FALSE(all.contains(QChar(0x1b)));
        CHECK(cli.out().contains(QLatin1String("PC-\\x1b[31m-01")));
    }
    // The backups list, from the data folder (the file keeps the true serial number).
    {
        LinkSettings link;
        link.port = f.port;
        auto client = MeterClientFactory::open(link);
        REQUIRE(client);
        auto id = readIdentity(*client.value());
        REQUIRE(id);
        REQUIRE(id->serialNumber == QStringLiteral("PC-\x1b[31m-01"));
        REQUIRE(saveTemplateBackup(*client.value(), id.value(), DataFolder(f.dataDir),
                                   QStringLiteral("manual")));
    }
    CliProcess list;
    REQUIRE(list.run({QStringLiteral("--data-dir"), f.dataDir, QStringLiteral("template"),
                      QStringLiteral("list")}));
    CHECK(list.exitCode() == 0);
    CHECK_FALSE(list.all().contains(QChar(0x1b)));
    CHECK(list.out().contains(QLatin1String("PC-\\x1b[31m-01")));
}

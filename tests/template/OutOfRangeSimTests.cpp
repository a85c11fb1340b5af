// Meters holding values their spec does not allow (metersim --raw-template), through
// commissioner-cli: saving keeps them as read and warns, restoring writes every other setting
// and names them, and a pre-upgrade backup holding them still gives a meter that lost its
// settings in a power cut its PT/CT ratios and energy readings back. Meter state is checked
// byte for byte with metersim --dump.
#include "CatchCompat.h"
#include "MeterClientFactory.h"
#include "MeterFiles.h"
#include "UpgradeFixture.h"
#include "settings/DeviceProfile.h"
#include "settings/TemplateFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace commissioner;
using testsupport::CliProcess;

namespace {

const DeviceProfiles& profiles()
{
    static const DeviceProfiles all = DeviceProfiles::load().value();
    return all;
}

const QString kRaw = QStringLiteral("1002=0,1006=9,1020=0xFF41,1021=0x1B5B");

// Valid site settings written the normal way: PT, CT, kWh.
void writeSite(UpgradeFixture& f)
{
    LinkSettings link;
    link.port = f.port;
    auto client = MeterClientFactory::open(link);
    REQUIRE(client);
    REQUIRE(client.value()->writeRegisters(1000, {0, 14400}));   // PT_PRIMARY
    REQUIRE(client.value()->writeRegisters(1003, {0, 2000, 1})); // CT_PRIMARY, CT_SECONDARY
    REQUIRE(client.value()->writeRegisters(1100, {0, 0, 0x02DF, 0xA9C})); // KWH_DELIVERED 48171676
    REQUIRE(client.value()->writeRegisters(1010, {quint16(-300)}));       // TZ_OFFSET
}

QJsonObject templateOf(const UpgradeFixture& f)
{
    return f.dump().value(QStringLiteral("template")).toObject();
}

// The registers `want` has, except those listed, which must hold `other`'s.
void checkRegisters(const QJsonObject& got, const QJsonObject& want, const QJsonObject& other,
                    const QStringList& fromOther)
{
    REQUIRE(got.keys() == want.keys());
    for (const QString& addr : want.keys()) {
        INFO("register " << addr.toStdString());
        CHECK(got.value(addr).toInt(-1) == (fromOther.contains(addr) ? other.value(addr).toInt(-2)
                                                                     : want.value(addr).toInt(-3)));
    }
}

const QStringList kInvalidRegisters = [] {
    QStringList r{QStringLiteral("1002"), QStringLiteral("1006")};
    for (int a = 1020; a < 1036; ++a)
        r << QString::number(a);
    return r;
}();

} // namespace

TEST_CASE("a meter's out-of-range settings are saved as read, flagged, and restored around (CLI)",
          "[template][raw][sim]")
{
    UpgradeFixture source;
    REQUIRE(source.startMeter({QStringLiteral("--type"), QStringLiteral("7350"),
                               QStringLiteral("--raw-template"), kRaw}));
    writeSite(source);
    const QJsonObject held = templateOf(source);
    REQUIRE(held.value(QStringLiteral("1002")).toInt() == 0);

    const QString file = source.dir.filePath(QStringLiteral("site.json"));
    CliProcess save;
    REQUIRE(save.run(source.link() +
                     QStringList{QStringLiteral("template"), QStringLiteral("save"), file}));
    INFO(save.all().toStdString());
    CHECK(save.exitCode() == 0);
    CHECK(save.out().contains(QLatin1String("Saved 31 settings")));
    CHECK(save.err().contains(
        QLatin1String("setting PT_SECONDARY holds 0, which breaks its rule (1 to 690)")));
    CHECK(save.err().contains(QLatin1String("setting VOLTS_MODE holds 9")));
    CHECK(save.err().contains(QLatin1String("setting NAMEPLATE_OWNER holds \\xffA\\x1b[")));
    CHECK_FALSE(save.all().contains(QChar(0x1b)));
    const auto loaded = loadTemplateFile(file, profiles());
    REQUIRE(loaded);
    CHECK(loaded->invalid.keys() ==
          QStringList({QStringLiteral("NAMEPLATE_OWNER"), QStringLiteral("PT_SECONDARY"),
                       QStringLiteral("VOLTS_MODE")}));
    CHECK(loaded->settings.size() == 28);

    // The same meter compares equal to its own file, flagged values included.
    CliProcess diff;
    REQUIRE(diff.run(source.link() +
                     QStringList{QStringLiteral("template"), QStringLiteral("diff"), file}));
    CHECK(diff.out().contains(QLatin1String("0 (invalid)")));

    // Onto a meter at its factory settings: every valid setting, PT/CT and kWh included; the
    // three named, left at what that meter had; partial.
    UpgradeFixture target;
    REQUIRE(target.startMeter({QStringLiteral("--type"), QStringLiteral("7350")}));
    const QJsonObject factory = templateOf(target);
    CliProcess restore;
    // The target has the source's serial number (metersim's default): the file is its own, so
    // "all" takes the energy readings too (communications are equal on both).
    REQUIRE(restore.run(target.link() +
                        QStringList{QStringLiteral("template"), QStringLiteral("restore"), file,
                                    QStringLiteral("--groups"), QStringLiteral("all"),
                                    QStringLiteral("--yes")}));
    INFO(restore.all().toStdString());
    CHECK(restore.exitCode() == 10); // partial: an exit code of its own, not "meter refused"
    CHECK(restore.out().contains(
        QLatin1String("Not restored: setting PT_SECONDARY holds 0 in the file")));
    CHECK(restore.out().contains(
        QLatin1String("Not restored: setting NAMEPLATE_OWNER holds \\xffA\\x1b[")));
    CHECK(restore.out().contains(QLatin1String("Restore PARTIAL: 28 setting(s) written and read "
                                               "back; these were not:")));
    CHECK(restore.out().contains(QLatin1String(
        "Not restored (invalid in the file): PT_SECONDARY, VOLTS_MODE, NAMEPLATE_OWNER")));
    // Communications: 1150-1152 equal on both meters.
    checkRegisters(templateOf(target), held, factory, kInvalidRegisters);
}

TEST_CASE("a pre-upgrade backup holding out-of-range settings brings PT/CT and kWh back after a "
          "power cut",
          "[template][raw][sim][upgrade]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter({QStringLiteral("--type"), QStringLiteral("7330"),
                          QStringLiteral("--serial-number"), QStringLiteral("SN-RAW"),
                          QStringLiteral("--raw-template"), kRaw,
                          QStringLiteral("--power-loss-at-offset"), QStringLiteral("4000")}));
    writeSite(f);
    const QJsonObject held = templateOf(f);
    const auto pkg = f.package(7330, {1, 1, 0}, 9000);
    {
        CliProcess cli;
        REQUIRE(cli.start(
            f.upgradeArgs(pkg.path, {QStringLiteral("--outage-wait"), QStringLiteral("1")})));
        REQUIRE(f.sim.waitForExit(30000)); // the power cut, in UPGRADE mode
        cli.kill9();
        REQUIRE(f.restartMeter());
    }
    // Its backup was taken before BEGIN, flagged, and reads back as the meter was.
    const QDir backups(meterBackupsDir(f.dataDir, QStringLiteral("SN-RAW"), 7330));
    const QStringList files = backups.entryList({QStringLiteral("*.json")}, QDir::Files);
    REQUIRE(files.size() == 1);
    const auto backup = loadTemplateFile(backups.filePath(files.first()), profiles());
    REQUIRE(backup);
    CHECK(backup->invalid.size() == 3);
    CHECK(
        backup->registers(*profiles().forDeviceType(7330)).value(QStringLiteral("KWH_DELIVERED")) ==
        Registers({0, 0, 0x02DF, 0x0A9C}));

    CliProcess cli;
    REQUIRE(cli.run(f.link() + QStringList{QStringLiteral("--data-dir"), f.dataDir,
                                           QStringLiteral("--timeout-ms"), QStringLiteral("300"),
                                           QStringLiteral("recover"), QStringLiteral("--yes"),
                                           QStringLiteral("--restore-template")},
                    120000));
    INFO(cli.all().toStdString());
    CHECK(f.dump().value(QStringLiteral("fw")).toString() == QStringLiteral("1.1.0"));
    CHECK(cli.all().contains(QLatin1String("not restored: setting PT_SECONDARY holds 0")));
    CHECK(cli.all().contains(QLatin1String("Template restore PARTIAL")));
    CHECK(cli.exitCode() == 10);
    // Byte for byte what the meter held, but the three it could not be given: at factory.
    QJsonObject factory = held;
    factory.insert(QStringLiteral("1002"), 120);
    factory.insert(QStringLiteral("1006"), 0);
    for (int a = 1020; a < 1036; ++a)
        factory.insert(QString::number(a), 0);
    checkRegisters(templateOf(f), held, factory, kInvalidRegisters);
}

// recover --packages DIR with one payload packaged for two device types: the package that
// fits the meter is used, whatever order the folder lists them in; and when none fits, nothing
// is sent. commissioner-cli against metersim, both as processes.
#include "CatchCompat.h"
#include "UpgradeFixture.h"

#include <QDir>
#include <QJsonObject>

using testsupport::CliProcess;

namespace {

// A 7350 on hardware `hw` whose transfer of a 9000-byte image was cut at 4000 bytes by a power
// loss (the upgrade ran with another data folder: this one has no journal nor package copy).
void pendingTransfer(UpgradeFixture& f, int hw)
{
    REQUIRE(f.startMeter({QStringLiteral("--type"), QStringLiteral("7350"), QStringLiteral("--hw"),
                          QString::number(hw), QStringLiteral("--fw"), QStringLiteral("1.0.0"),
                          QStringLiteral("--serial-number"), QStringLiteral("SN-PKG"),
                          QStringLiteral("--power-loss-at-offset"), QStringLiteral("4000")}));
    const QString elsewhere = f.dir.filePath(QStringLiteral("laptop-one"));
    QDir().mkpath(elsewhere);
    f.cutPowerDuringUpgrade(
        testsupport::makePackage(elsewhere, 7350, 1, 9, {1, 1, 0}, 9000, 5).path);
}

CliProcess* recover(UpgradeFixture& f, const QString& packages, CliProcess& cli)
{
    REQUIRE(cli.run(f.link() + QStringList{QStringLiteral("--data-dir"),
                                           f.dir.filePath(QStringLiteral("laptop-two")),
                                           QStringLiteral("--timeout-ms"), QStringLiteral("300"),
                                           QStringLiteral("recover"), QStringLiteral("--yes"),
                                           QStringLiteral("--allow-unsigned"),
                                           QStringLiteral("--packages"), packages},
                    120000));
    return &cli;
}

} // namespace

TEST_CASE("recover --packages takes the package that fits the meter (CLI)",
          "[package][finder][cli]")
{
    UpgradeFixture f;
    pendingTransfer(f, 3);
    // The same payload, packaged for 7330 (listed first) and for 7350.
    const QString usb = f.dir.filePath(QStringLiteral("usb"));
    QDir().mkpath(usb);
    const auto for7330 = testsupport::makePackage(usb, 7330, 1, 9, {1, 1, 0}, 9000, 5);
    const auto for7350 = testsupport::makePackage(usb, 7350, 2, 9, {1, 1, 0}, 9000, 5);
    REQUIRE(QDir(usb).entryList(QDir::Files).first() == QFileInfo(for7330.path).fileName());

    CliProcess cli;
    recover(f, usb, cli);
    INFO(cli.all().toStdString());
    CHECK(cli.exitCode() == 0);
    CHECK(cli.out().contains(QLatin1String("Found the package of that image: ") +
                             QFileInfo(for7350.path).absoluteFilePath()));
    const QJsonObject d = f.dump();
    CHECK(d.value(QStringLiteral("fw")).toString() == QStringLiteral("1.1.0"));
    CHECK(d.value(QStringLiteral("installed_sha256")).toString() == sha256Hex(for7350.payload));
}

TEST_CASE("recover --packages with no package that fits the meter sends nothing (CLI)",
          "[package][finder][cli]")
{
    UpgradeFixture f;
    pendingTransfer(f, 1); // hardware 1: the 7350 package below is for 2-9
    const QString usb = f.dir.filePath(QStringLiteral("usb"));
    QDir().mkpath(usb);
    const auto for7330 = testsupport::makePackage(usb, 7330, 1, 9, {1, 1, 0}, 9000, 5);
    const auto for7350 = testsupport::makePackage(usb, 7350, 2, 9, {1, 1, 0}, 9000, 5);
    const QJsonObject before = f.dump();

    CliProcess cli;
    recover(f, usb, cli);
    INFO(cli.all().toStdString());
    CHECK(cli.exitCode() != 0);
    CHECK_FALSE(cli.out().contains(QLatin1String("Found the package of that image")));
    CHECK(cli.all().contains(QFileInfo(for7330.path).fileName()));
    CHECK(cli.all().contains(QFileInfo(for7350.path).fileName()));
    const QJsonObject after = f.dump();
    CHECK(after.value(QStringLiteral("next_offset")) ==
          before.value(QStringLiteral("next_offset")));
    CHECK(after.value(QStringLiteral("bytes_received_total")) ==
          before.value(QStringLiteral("bytes_received_total")));
    CHECK(after.value(QStringLiteral("fw")).toString() == QStringLiteral("1.0.0"));
}

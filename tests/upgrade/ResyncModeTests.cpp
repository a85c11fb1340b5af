// Issue 20, item 7: a meter the job meets again in RECEIVING with its image, but whose
// DEVICE_MODE is not one the spec lists, is sent nothing more: the resync checks DEVICE_MODE
// before it follows RECEIVING back into the transfer. commissioner-cli against metersim; the
// meter loses power mid-transfer and comes back with DEVICE_MODE reading 9.
#include "CatchCompat.h"
#include "ExitCodes.h"
#include "UpgradeFixture.h"

#include <QThread>

using namespace commissioner;
using testsupport::CliProcess;

namespace {

int counter(const QJsonObject& dump, const char* name)
{
    return dump.value(QLatin1String(name)).toInt(-1);
}

} // namespace

TEST_CASE("a meter back in RECEIVING with our image but an unknown DEVICE_MODE gets no further "
          "block and no COMMIT",
          "[upgrade][safety][unknown][resync]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter({QStringLiteral("--type"), QStringLiteral("7350"), QStringLiteral("--fw"),
                          QStringLiteral("1.0.0"), QStringLiteral("--serial-number"),
                          QStringLiteral("SN-MODE9"), QStringLiteral("--power-loss-at-offset"),
                          QStringLiteral("2400")}));
    const auto pkg = f.package(7350, {1, 1, 0}, 9600);
    CliProcess cli;
    REQUIRE(cli.start(
        f.upgradeArgs(pkg.path, {QStringLiteral("--outage-wait"), QStringLiteral("60")})));
    REQUIRE(f.sim.waitForExit(30000)); // the power loss, with 2400 bytes stored
    const QJsonObject atLoss = f.dump();
    REQUIRE(atLoss.value(QStringLiteral("status_name")).toString() == QStringLiteral("RECEIVING"));
    REQUIRE(counter(atLoss, "next_offset") >= 2400);
    QThread::msleep(500);
    // The same meter, still RECEIVING the same image; DEVICE_MODE now reads 9.
    REQUIRE(f.restartMeter({QStringLiteral("--device-mode-value"), QStringLiteral("9")}));
    REQUIRE(cli.waitForFinished(90000));
    INFO(cli.all().toStdString() << "\n" << f.upgradeLog().toStdString());

    CHECK(cli.exitCode() == cli::ExitFailed);
    CHECK(cli.all().contains(QStringLiteral("DEVICE_MODE = 9")));
    CHECK(f.upgradeLog().contains(QStringLiteral("DEVICE_MODE = 9")));
    // Not one block after the meter came back, and no COMMIT.
    const QJsonObject after = f.dump();
    CHECK(counter(after, "next_offset") == counter(atLoss, "next_offset"));
    CHECK(counter(after, "data_write_count") == counter(atLoss, "data_write_count"));
    CHECK(counter(after, "bytes_received_total") == counter(atLoss, "bytes_received_total"));
    CHECK(counter(after, "begin_count") == 1);
    CHECK(counter(after, "commit_count") == 0);
    CHECK(after.value(QStringLiteral("status_name")).toString() == QStringLiteral("RECEIVING"));
}

// Issue 20, item 5: once another meter (another serial number) answered at the factory
// settings, the upgrade job never switches there again, even when its own meter answers there
// later: two meters then share that address, and BEGIN, the blocks, COMMIT or a restore
// would reach both. Against metersim with --shared-unit, where every meter at a request's
// unit ID acts on it, as on an RS-485 bus.
#include "CatchCompat.h"
#include "UpgradeFixture.h"
#include "UpgradeInProcess.h"
#include "meter/RegisterMap.h"
#include "store/DataFolder.h"
#include "upgrade/UpgradeHooksFactory.h"
#include "upgrade/UpgradeJob.h"

using namespace commissioner;
using namespace inprocess;
using testsupport::MeterSimProcess;

namespace {

constexpr int kCommUnitId = 1150; // COMM_UNIT_ID, in force once the answer has gone

int counter(const QJsonObject& dump, const char* name)
{
    return dump.value(QLatin1String(name)).toInt(-1);
}

} // namespace

TEST_CASE("after a stranger answered at the factory unit ID, the job never adopts that address, "
          "even when its own meter answers there too",
          "[upgrade][safety][identity][stranger]")
{
    UpgradeFixture f;
    const QString otherState = f.dir.filePath(QStringLiteral("other.json"));
    // The target at unit 5 is the first meter on the bus: once it too holds unit 1, it is the
    // one whose answers come back there, and the stranger acts on every request all the same.
    REQUIRE(
        f.startMeter(meter(QStringLiteral("7350"), QStringLiteral("SN-TARGET")) +
                     QStringList{QStringLiteral("--unit"), QStringLiteral("5"),
                                 QStringLiteral("--shared-unit"), QStringLiteral("--meter"),
                                 QStringLiteral("unit=1,serial=SN-OTHER,state=") + otherState}));
    const QJsonObject otherBefore = MeterSimProcess::dump(otherState);
    REQUIRE(!otherBefore.isEmpty());
    const auto pkg = f.package(7350, {1, 1, 0}, 12000);

    auto client = openClient(f.port, 5);
    auto control = openClient(f.port, 5); // the test's own link, to move the target
    UpgradeOptions o = quickOptions();
    o.outageWaitMs = 8000; // time to see the stranger, then to meet the target at unit 1
    LogWatch watch;
    const DataFolder folder(f.dataDir);
    UpgradeJob job(*client, imageOf(pkg), folder, o, makeUpgradeHooks(folder), &watch);

    enum class Phase
    {
        Transferring,
        MovedAway, // the target answers at unit 9: the job loses it and looks at unit 1
        AtUnitOne  // the target answers at unit 1 too, after the job met the stranger there
    } phase = Phase::Transferring;
    int heldAtMove = -1;
    const UpgradeResult r = runSteps(job, [&] {
        if (phase == Phase::Transferring && job.progress().bytesDone >= 2400) {
            REQUIRE(control->writeRegister(kCommUnitId, 9));
            heldAtMove = counter(f.dump(), "next_offset");
            phase = Phase::MovedAway;
        } else if (phase == Phase::MovedAway &&
                   watch.sawField(QStringLiteral("stranger_serial_number"))) {
            auto at9 = openClient(f.port, 9);
            REQUIRE(at9->writeRegister(kCommUnitId, 1));
            phase = Phase::AtUnitOne;
        }
    });
    const QString log = readLog(f.dataDir);
    INFO(log.toStdString());
    REQUIRE(phase == Phase::AtUnitOne);

    // The job waited for its meter where it had it, and ended resumable, naming the stranger.
    CHECK(r.outcome == UpgradeOutcome::LinkLost);
    CHECK(r.resumable());
    CHECK(r.stranger.serialNumber == QStringLiteral("SN-OTHER"));
    CHECK_FALSE(r.commSettingsReset);
    CHECK_FALSE(log.contains(QStringLiteral("The meter answers at its factory communication")));
    // The stranger got nothing: no BEGIN, no block, no COMMIT, not one register.
    const QJsonObject other = MeterSimProcess::dump(otherState);
    CHECK(counter(other, "begin_count") == 0);
    CHECK(counter(other, "data_write_count") == 0);
    CHECK(counter(other, "commit_count") == 0);
    CHECK(other == otherBefore);
    // The target holds what it stored before it moved, with no COMMIT.
    const QJsonObject target = f.dump();
    CHECK(counter(target, "begin_count") == 1);
    CHECK(counter(target, "commit_count") == 0);
    CHECK(counter(target, "next_offset") == heldAtMove);

    // Not for want of a bus: a block sent to unit 1 now reaches the stranger as well.
    auto shared = openClient(f.port, 1);
    (void)shared->writeRegisters(regs::DataWindow, Registers{0, 0, 2, 0x1234});
    CHECK(counter(MeterSimProcess::dump(otherState), "data_write_count") == 1);
}

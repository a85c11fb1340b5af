// The recovery prompt: a single-bank meter that lost power mid-transfer comes back in
// upgrade mode; connecting brings up the prompt, the package is asked for, the upgrade
// finishes, and the factory-settings outcome is reported.
#include "CatchCompat.h"
#include "GuiTestSupport.h"
#include "MeterPanel.h"
#include "MeterSimProcess.h"
#include "TestPackages.h"
#include "UpgradeFlow.h"
#include "UpgradeProgressDialog.h"

using namespace guitest;
using namespace commissioner;
using namespace commissioner::gui;
using testsupport::MeterSimProcess;

TEST_CASE("a single-bank meter left in upgrade mode is recovered from the prompt",
          "[gui][recovery]")
{
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    const QStringList base = {QStringLiteral("--tcp"),        QStringLiteral("127.0.0.1:0"),
                              QStringLiteral("--type"),       QStringLiteral("7330"),
                              QStringLiteral("--fw"),         QStringLiteral("1.0.0"),
                              QStringLiteral("--state"),      state,
                              QStringLiteral("--verify-ms"),  QStringLiteral("100"),
                              QStringLiteral("--install-ms"), QStringLiteral("500")};
    const auto pkg = testsupport::makePackage(f.dir.path(), 7330, 1, 3, {3, 0, 0}, 6000, 21);

    // Another tool's upgrade (its own data folder) loses the meter's power mid-transfer.
    MeterSimProcess sim;
    REQUIRE(sim.start(
        base + QStringList{QStringLiteral("--power-loss-at-offset"), QStringLiteral("2000")}));
    const auto upgrade = upgradeByJob(sim.tcpHost(), sim.tcpPort(), pkg.path,
                                      f.dir.filePath(QStringLiteral("other-tool")));
    REQUIRE(upgrade.has_value()); // the package was read
    CHECK(upgrade->outcome == UpgradeOutcome::LinkLost);
    REQUIRE(sim.waitForExit(5000));
    QJsonObject d = MeterSimProcess::dump(state);
    REQUIRE(d.value(QStringLiteral("mode")).toString() == QStringLiteral("upgrade"));

    // Power back: connect with the GUI, whose data folder knows nothing of this image.
    REQUIRE(sim.start(base));
    f.asker.answers = {true, true}; // recover now? use the unsigned package?
    f.asker.files = {pkg.path};     // the .UPG chosen when none is found
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
    CHECK(f.window->meter()->state == RecoveryState::UpgradeModePartial);
    CHECK(
        f.window->meterPanel()->field(QStringLiteral("mode")).contains(QStringLiteral("Upgrade")));
    UpgradeProgressDialog* progress = nullptr;
    REQUIRE(waitUntil(
        [&] { return (progress = f.window->upgradeFlow()->progressDialog()) != nullptr; }, 15000));
    REQUIRE(f.asker.asked.size() >= 3);
    CHECK(f.asker.asked.at(0).contains(QStringLiteral("is in upgrade mode with")));
    CHECK(f.asker.asked.at(0).contains(QStringLiteral("firmware 3.0.0")));
    CHECK(f.asker.asked.at(0).contains(QStringLiteral("Recover now?")));
    CHECK(f.asker.asked.at(1).contains(QStringLiteral(".UPG")));
    CHECK(f.asker.asked.at(2).contains(QStringLiteral("not signed")));
    REQUIRE(waitUntil([&] { return !progress->isRunning(); }, 120000));
    INFO(progress->logText().toStdString());
    CHECK(progress->summaryText().contains(QStringLiteral("now runs firmware 3.0.0")));
    // No backup exists in this data folder: the person is told to restore by hand.
    REQUIRE(waitUntil([&] { return !f.asker.messages.isEmpty(); }, 5000));
    CHECK(f.asker.messages.last().contains(QStringLiteral("factory settings")));
    REQUIRE(waitUntil(
        [&] { return f.window->meter() && f.window->meter()->state == RecoveryState::Normal; },
        15000));

    f.window->disconnectLink();
    REQUIRE(sim.stop());
    d = MeterSimProcess::dump(state);
    CHECK(d.value(QStringLiteral("fw")).toString() == QStringLiteral("3.0.0"));
    CHECK(d.value(QStringLiteral("mode")).toString() == QStringLiteral("normal"));
}

TEST_CASE("declining the recovery prompt changes nothing", "[gui][recovery]")
{
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--type"), QStringLiteral("7330"), QStringLiteral("--mode"),
                       QStringLiteral("no-firmware"), QStringLiteral("--state"), state}));
    f.asker.answers = {false};
    bool declined = false;
    QObject::connect(f.window->upgradeFlow(), &UpgradeFlow::recoveryDeclined,
                     [&] { declined = true; });
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
    REQUIRE(waitUntil([&] { return declined; }, 5000));
    CHECK(f.asker.asked.first().contains(QStringLiteral("no firmware")));
    CHECK(f.window->upgradeFlow()->progressDialog() == nullptr);
}

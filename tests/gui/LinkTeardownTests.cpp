// Giving up a link never blocks the GUI: a disconnect while a meter never answers or while
// a modem dials returns at once and the link's thread ends soon after; while an upgrade
// runs, template, setup and clock requests are refused with a message instead of interleaving.
#include "CatchCompat.h"
#include "ClockDialog.h"
#include "GuiTestSupport.h"
#include "LinkSession.h"
#include "MeterSimProcess.h"
#include "SetupPage.h"
#include "TemplatesPage.h"
#include "TestPackages.h"
#include "UpgradeFlow.h"
#include "UpgradeProgressDialog.h"
#include "UpgradeWizard.h"

#include <QCheckBox>
#include <QFile>

using namespace guitest;
using namespace commissioner;
using namespace commissioner::gui;
using testsupport::MeterSimProcess;

namespace {

// Disconnects and measures: how long disconnectLink() took, and how long until the link's
// thread had ended, while the event loop's ticks are watched.
struct Teardown
{
    qint64 disconnectMs = -1;
    qint64 endedMs = -1;
    qint64 worstLateMs = -1;
};

Teardown disconnectAndWatch(GuiFixture& f, int endLimitMs)
{
    Teardown t;
    TickMonitor ticks;
    ticks.start();
    QElapsedTimer clock;
    clock.start();
    f.window->disconnectLink();
    t.disconnectMs = clock.elapsed();
    if (waitUntil([] { return LinkSession::endingThreads() == 0; }, endLimitMs))
        t.endedMs = clock.elapsed();
    // A little longer, so that a late blocking call would still show as a late tick.
    waitUntil([] { return false; }, 200);
    ticks.stop();
    t.worstLateMs = ticks.worstLateMs();
    return t;
}

void pump(int ms)
{
    waitUntil([] { return false; }, ms);
}

} // namespace

TEST_CASE("disconnecting while the meter never answers returns at once", "[gui][link]")
{
    GuiFixture f; // 300 ms response timeout, 6 retries: about 4 s per request in all
    SilentPort silent(SilentPort::Mode::Accepting);
    REQUIRE(silent.ok());
    ConnectionChoice c;
    c.settings.kind = LinkDescription::Kind::Tcp;
    c.settings.host = QStringLiteral("127.0.0.1");
    c.settings.port = silent.port();
    f.window->connectTo(c);
    // The TCP connection is made; the identity read is somewhere in its retries.
    REQUIRE(waitUntil([&] { return f.window->logText().contains(QStringLiteral("Connected:")); },
                      5000));
    pump(700);
    REQUIRE_FALSE(f.window->meter().has_value());

    const Teardown t = disconnectAndWatch(f, 5000);
    INFO("disconnect " << t.disconnectMs << " ms, link ended after " << t.endedMs
                       << " ms, worst tick " << t.worstLateMs << " ms late");
    CHECK(t.disconnectMs < 100);
    CHECK(f.window->linkStatus() == QStringLiteral("Not connected"));
    CHECK_FALSE(f.window->isConnected());
    REQUIRE(t.endedMs >= 0);
    CHECK(t.endedMs < 1500); // one response timeout, not the request's remaining retries
    CHECK(t.worstLateMs < 100);
    // Nothing of the old link reaches the window after it is gone.
    pump(1500);
    CHECK_FALSE(f.window->logText().contains(QStringLiteral("could not be read")));
    CHECK(f.asker.messages.isEmpty());
}

TEST_CASE("disconnecting while a modem dials abandons the call at once", "[gui][link][modem]")
{
    GuiFixture f;
    MeterSimProcess sim;
    // The far end takes 30 s to answer: the dial is still ringing when the person gives up.
    REQUIRE(sim.start({QStringLiteral("--pty"), QStringLiteral("--modem"),
                       QStringLiteral("--modem-ring-ms"), QStringLiteral("30000")}));
    ConnectionChoice modem;
    modem.settings.kind = LinkDescription::Kind::Modem;
    modem.settings.device = sim.serialPath();
    modem.settings.phoneNumber = QStringLiteral("5551234");
    bool failed = false;
    QObject::connect(f.window.get(), &MainWindow::connectFailed, f.window.get(),
                     [&] { failed = true; });
    f.window->connectTo(modem);
    pump(1500); // ATZ answered, ATDT ringing
    REQUIRE(f.window->isConnected());
    REQUIRE_FALSE(f.window->meter().has_value());

    const Teardown t = disconnectAndWatch(f, 8000);
    INFO("disconnect " << t.disconnectMs << " ms, link ended after " << t.endedMs
                       << " ms, worst tick " << t.worstLateMs << " ms late");
    CHECK(t.disconnectMs < 100);
    CHECK(f.window->linkStatus() == QStringLiteral("Not connected"));
    REQUIRE(t.endedMs >= 0);
    CHECK(t.endedMs < 5000); // the dial is ended with a CR, not waited out
    CHECK(t.worstLateMs < 100);
    pump(500);
    CHECK_FALSE(failed); // the person left: no "could not connect" for a call they abandoned
    CHECK(f.asker.messages.isEmpty());
    CHECK(sim.isRunning());
}

TEST_CASE("templates and the clock are refused while an upgrade runs", "[gui][link][upgrade]")
{
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    MeterSimProcess sim;
    REQUIRE(
        sim.start({QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--type"),
                   QStringLiteral("7350"), QStringLiteral("--fw"), QStringLiteral("1.0.0"),
                   QStringLiteral("--state"), state, QStringLiteral("--flash-delay-ms"),
                   QStringLiteral("10"), QStringLiteral("--verify-ms"), QStringLiteral("100"),
                   QStringLiteral("--install-ms"), QStringLiteral("300")}));
    const auto pkg = testsupport::makePackage(f.dir.path(), 7350, 1, 3, {2, 4, 0}, 48000, 31);
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));

    UpgradeWizard* wizard = f.window->upgradeFlow()->openWizard(pkg.path);
    REQUIRE(wizard);
    REQUIRE(waitUntil([&] { return wizard->packageReady(); }, 10000));
    wizard->next();
    REQUIRE(
        waitUntil([&] { return wizard->planReady(); }, 15000)); // unsigned: refused until allowed
    wizard->allowUnsignedBox()->setChecked(true);
    REQUIRE(waitUntil([&] { return wizard->planReady() && wizard->plan()->passes(); }, 15000));
    wizard->next();
    wizard->accept();
    UpgradeProgressDialog* progress = nullptr;
    REQUIRE(waitUntil(
        [&] { return (progress = f.window->upgradeFlow()->progressDialog()) != nullptr; }, 5000));
    REQUIRE(waitUntil([&] { return progress->percent() >= 5; }, 60000));
    REQUIRE(progress->isRunning());

    TemplatesPage* page = f.window->templatesPage();
    QStringList failures;
    QObject::connect(page, &TemplatesPage::failed, [&](const QString& why) { failures << why; });
    const QString saved = f.dir.filePath(QStringLiteral("during-upgrade.json"));
    page->saveTo(saved);
    REQUIRE(waitUntil([&] { return failures.size() == 1; }, 10000));
    CHECK(failures.last().contains(QStringLiteral("firmware upgrade is running")));
    CHECK(page->statusText() == failures.last());
    CHECK_FALSE(QFile::exists(saved));

    // A restore would write the meter: refused before the file is even read.
    page->setFile(f.dir.filePath(QStringLiteral("any-template.json")));
    f.asker.answers = {true};
    page->restore();
    REQUIRE(waitUntil([&] { return failures.size() == 2; }, 10000));
    CHECK(failures.last().contains(QStringLiteral("Nothing was sent")));

    ClockDialog clock(f.window->session(), f.dataDir(), std::nullopt);
    QString clockFailure;
    QObject::connect(&clock, &ClockDialog::failed, [&](const QString& why) { clockFailure = why; });
    REQUIRE(waitUntil([&] { return !clockFailure.isEmpty(); }, 10000));
    CHECK(clockFailure.contains(QStringLiteral("firmware upgrade is running")));
    CHECK(f.window->logText().contains(QStringLiteral("firmware upgrade is running")));

    // The Setup tab's read is refused too, in the person's words, not the worker's.
    SetupPage* setup = f.window->setupPage();
    QString setupFailure;
    QObject::connect(setup, &SetupPage::failed, [&](const QString& why) { setupFailure = why; });
    setup->readFromMeter();
    REQUIRE(waitUntil([&] { return !setupFailure.isEmpty(); }, 10000));
    CHECK(setupFailure.contains(QStringLiteral("firmware upgrade is running")));
    CHECK(setupFailure.contains(QStringLiteral("Nothing was sent")));
    CHECK(setup->statusText() == setupFailure);

    // The upgrade went on regardless.
    REQUIRE(waitUntil([&] { return !progress->isRunning(); }, 120000));
    INFO(progress->logText().toStdString());
    CHECK(progress->summaryText().contains(QStringLiteral("now runs firmware 2.4.0")));
    f.window->disconnectLink();
    REQUIRE(sim.stop());
    const QJsonObject d = MeterSimProcess::dump(state);
    CHECK(d.value(QStringLiteral("fw")).toString() == QStringLiteral("2.4.0"));
}

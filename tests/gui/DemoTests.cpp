// The first thing a new user sees: the demo meter, its identity and live readings.
#include "CatchCompat.h"
#include "ConnectionDialog.h"
#include "GuiTestSupport.h"
#include "MeterPanel.h"
#include "MeterSimProcess.h"

#include <QTabWidget>

using namespace guitest;
using namespace commissioner::gui;

TEST_CASE("the demo meter shows its identity and live readings", "[gui]")
{
    GuiFixture f;
    f.window->startDemo();
    REQUIRE(waitUntil([&] { return f.window->meter().has_value(); }, 20000));
    MeterPanel* panel = f.window->meterPanel();
    CHECK(panel->field(QStringLiteral("serial")) == QStringLiteral("DEMO-0001"));
    CHECK(panel->field(QStringLiteral("model")) == QStringLiteral("EM7350"));
    CHECK(panel->field(QStringLiteral("type")) == QStringLiteral("7350"));
    CHECK(panel->field(QStringLiteral("firmware")) == QStringLiteral("1.0.0"));
    CHECK(f.window->meter()->state == commissioner::RecoveryState::Normal);

    // Live readings arrive each second.
    REQUIRE(waitUntil([&] { return f.window->livePanel()->updates() >= 2; }, 8000));
    CHECK(f.window->livePanel()->field(QStringLiteral("v1")).endsWith(QStringLiteral(" V")));
    CHECK(f.window->livePanel()->field(QStringLiteral("hz")).endsWith(QStringLiteral(" Hz")));
    CHECK(f.asker.asked.isEmpty()); // a healthy meter asks nothing

    // Remembered for next time, and the dialog offers it.
    const auto recent = RecentConnections::load();
    REQUIRE_FALSE(recent.isEmpty());
    CHECK(recent.first().demo);
    ConnectionDialog dialog;
    CHECK(dialog.choice().demo);

    f.window->disconnectLink();
    CHECK_FALSE(f.window->isConnected());
    CHECK(panel->field(QStringLiteral("serial")) == QStringLiteral("–"));
}

TEST_CASE("the connection dialog builds link settings for each kind", "[gui]")
{
    isolateSettings();
    ConnectionDialog dialog;
    ConnectionChoice tcp;
    tcp.settings.kind = commissioner::LinkDescription::Kind::Tcp;
    tcp.settings.host = QStringLiteral("10.0.0.5");
    tcp.settings.port = 1502;
    tcp.settings.unitId = 7;
    dialog.setChoice(tcp);
    CHECK(dialog.choice().settings.host == QStringLiteral("10.0.0.5"));
    CHECK(dialog.choice().settings.port == 1502);
    CHECK(dialog.choice().settings.unitId == 7);
    CHECK(dialog.choice().settings.kind == commissioner::LinkDescription::Kind::Tcp);

    ConnectionChoice modem;
    modem.settings.kind = commissioner::LinkDescription::Kind::Modem;
    modem.settings.device = QStringLiteral("/dev/ttyS0");
    modem.settings.phoneNumber = QStringLiteral("5551234");
    dialog.setChoice(modem);
    CHECK(dialog.choice().settings.kind == commissioner::LinkDescription::Kind::Modem);
    CHECK(dialog.choice().settings.phoneNumber == QStringLiteral("5551234"));
}

TEST_CASE("a modem link reports that it cannot connect, clearly", "[gui]")
{
    GuiFixture f;
    ConnectionChoice modem;
    modem.settings.kind = commissioner::LinkDescription::Kind::Modem;
    modem.settings.device = f.dir.filePath(QStringLiteral("no-such-modem"));
    modem.settings.phoneNumber = QStringLiteral("5551234");
    bool failed = false;
    QObject::connect(f.window.get(), &MainWindow::connectFailed, f.window.get(),
                     [&] { failed = true; });
    f.window->connectTo(modem);
    REQUIRE(waitUntil([&] { return failed; }, 20000));
    REQUIRE(waitUntil([&] { return !f.window->isConnected(); }, 5000));
    REQUIRE(f.asker.messages.size() == 1);
    CHECK(f.asker.messages.first().contains(QStringLiteral("modem")));
}

TEST_CASE("a call through a modem shows the meter; a busy line says so", "[gui][modem]")
{
    const bool busy = GENERATE(false, true);
    GuiFixture f;
    testsupport::MeterSimProcess sim;
    QStringList args{QStringLiteral("--pty"),           QStringLiteral("--modem"),
                     QStringLiteral("--modem-ring-ms"), QStringLiteral("50"),
                     QStringLiteral("--serial-number"), QStringLiteral("DIALUP-1")};
    if (busy)
        args << QStringLiteral("--modem-busy");
    REQUIRE(sim.start(args));
    ConnectionChoice modem;
    modem.settings.kind = commissioner::LinkDescription::Kind::Modem;
    modem.settings.device = sim.serialPath();
    modem.settings.phoneNumber = QStringLiteral("5551234");
    bool failed = false;
    QObject::connect(f.window.get(), &MainWindow::connectFailed, f.window.get(),
                     [&] { failed = true; });
    f.window->connectTo(modem);
    if (busy) {
        REQUIRE(waitUntil([&] { return failed; }, 20000));
        REQUIRE(f.asker.messages.size() == 1);
        CHECK(f.asker.messages.first().contains(QStringLiteral("BUSY")));
        CHECK(f.asker.messages.first().contains(QStringLiteral("The call could not be made")));
    } else {
        REQUIRE(waitUntil([&] { return f.window->meter().has_value(); }, 20000));
        CHECK(f.window->meter()->identity.serialNumber == QStringLiteral("DIALUP-1"));
        CHECK_FALSE(failed);
        f.window->disconnectLink();
        REQUIRE(waitUntil([&] { return !f.window->isConnected(); }, 10000));
    }
}

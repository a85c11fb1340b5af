// One model of the connected meter that every tab observes (issue 21, items 2-5): the
// backups list after a Setup send, the connection dialog after the link followed a change of
// comm settings, a lost meter back in upgrade mode (its mode shown without F5, Recover… on the
// Meter tab), and another meter's connection leaving nothing of the previous one's last send.
// Each meter is a metersim process.
#include "CatchCompat.h"
#include "ConnectedMeter.h"
#include "ConnectionDialog.h"
#include "GuiTestSupport.h"
#include "MeterPanel.h"
#include "MeterSimProcess.h"
#include "SetupPage.h"
#include "SetupSettingEditor.h"
#include "TemplatesPage.h"
#include "TestPackages.h"
#include "UpgradeFlow.h"
#include "settings/TemplateBackup.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <optional>

using namespace guitest;
using namespace commissioner;
using namespace commissioner::gui;
using testsupport::MeterSimProcess;

namespace {

MeterSnapshot snapshot(const QString& serial, DeviceMode mode, RecoveryState state)
{
    MeterSnapshot s;
    s.identity.serialNumber = serial;
    s.identity.deviceType = 7350;
    s.identity.mode = mode;
    s.state = state;
    return s;
}

// The Setup tab's values read, and nothing in flight.
bool setupReady(SetupPage* page)
{
    return waitUntil([page] { return page->hasValues() && !page->isBusy(); }, 15000);
}

// Sets `values` (setting name, text) on the Setup tab, sends them all and waits for the read
// that follows the send.
bool sendOnSetupTab(SetupPage* page, const QList<QPair<QString, QString>>& values)
{
    for (const auto& [name, text] : values) {
        SetupSettingEditor* e = page->editor(name);
        if (!e)
            return false;
        e->setText(text);
    }
    bool sent = false;
    int shown = 0;
    const auto a = QObject::connect(page, &SetupPage::sent, [&] { sent = true; });
    const auto b = QObject::connect(page, &SetupPage::valuesShown, [&] { ++shown; });
    page->sendAll();
    const bool done = waitUntil([&] { return sent && shown > 0 && !page->isBusy(); }, 30000);
    QObject::disconnect(a);
    QObject::disconnect(b);
    return done;
}

// metersim's options for a single-bank meter on TCP.
QStringList singleBank(const QString& state, const QString& listen)
{
    return {QStringLiteral("--tcp"),        listen,
            QStringLiteral("--type"),       QStringLiteral("7330"),
            QStringLiteral("--fw"),         QStringLiteral("1.0.0"),
            QStringLiteral("--state"),      state,
            QStringLiteral("--verify-ms"),  QStringLiteral("100"),
            QStringLiteral("--install-ms"), QStringLiteral("300")};
}

// The connection dialog as Connect… opens it next: what it offers, then closed.
std::optional<ConnectionChoice> offeredNext(GuiFixture& f, int* tab)
{
    std::optional<ConnectionChoice> shown;
    QTimer::singleShot(0, f.window.get(), [&] {
        auto* d = f.window->findChild<ConnectionDialog*>();
        if (!d)
            return; // shown stays empty: the caller's check fails
        shown = d->choice();
        *tab = d->tabs()->currentIndex();
        d->reject();
    });
    f.window->openConnectionDialog();
    return shown;
}

} // namespace

TEST_CASE("the meter model: another meter clears the previous one, a new mode is told",
          "[gui][model]")
{
    ConnectedMeter model;
    int cleared = 0;
    int changed = 0;
    QList<DeviceMode> modes;
    QObject::connect(&model, &ConnectedMeter::cleared, [&] { ++cleared; });
    QObject::connect(&model, &ConnectedMeter::meterChanged, [&] { ++changed; });
    QObject::connect(&model, &ConnectedMeter::modeChanged,
                     [&](DeviceMode mode, RecoveryState) { modes << mode; });

    model.setMeter(snapshot(QStringLiteral("SN-A"), DeviceMode::Normal, RecoveryState::Normal));
    model.setMeter(snapshot(QStringLiteral("SN-A"), DeviceMode::Normal, RecoveryState::Normal));
    CHECK(cleared == 0);
    CHECK(changed == 2);
    CHECK(modes == QList<DeviceMode>{DeviceMode::Normal}); // the same mode is not news
    CHECK_FALSE(model.needsRecovery());

    model.setMeter(
        snapshot(QStringLiteral("SN-A"), DeviceMode::Upgrade, RecoveryState::UpgradeModePartial));
    CHECK(modes.size() == 2);
    CHECK(model.needsRecovery());
    CHECK_FALSE(model.isNormal());

    const quint64 before = model.revision();
    model.setMeter(snapshot(QStringLiteral("SN-B"), DeviceMode::Normal, RecoveryState::Normal));
    CHECK(cleared == 1); // nothing of SN-A stays
    REQUIRE(model.meter().has_value());
    CHECK(model.meter()->identity.serialNumber == QStringLiteral("SN-B"));
    CHECK(model.revision() > before);

    model.clear();
    CHECK(cleared == 2);
    CHECK_FALSE(model.meter().has_value());
}

TEST_CASE("a Setup send adds its backup to the Templates tab's list at once", "[gui][model]")
{
    GuiFixture f;
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--state"), f.dir.filePath(QStringLiteral("meter.json"))}));
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
    SetupPage* setup = f.window->setupPage();
    REQUIRE(setupReady(setup));
    QTableWidget* backups = f.window->templatesPage()->backupsTable();
    const int before = backups->rowCount();
    QList<MeterWrite> written;
    QObject::connect(f.window->meterModel(), &ConnectedMeter::written,
                     [&](MeterWrite w) { written << w; });

    REQUIRE(sendOnSetupTab(setup, {{QStringLiteral("PT_PRIMARY"), QStringLiteral("14400")}}));
    CHECK(written == QList<MeterWrite>{MeterWrite::Settings});
    // No refresh, no reconnect: the list shows the backup the send took before writing.
    INFO(setup->reportText().toStdString());
    CHECK(backups->rowCount() == before + 1);
    QStringList reasons;
    for (int row = 0; row < backups->rowCount(); ++row)
        reasons << backups->item(row, 1)->text();
    CHECK(reasons.count(kSetupReason) == 1);
}

TEST_CASE("after the link followed a change of comm settings, Connect offers the new ones",
          "[gui][model]")
{
    GuiFixture f;
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--pty"), QStringLiteral("--state"),
                       f.dir.filePath(QStringLiteral("meter.json"))}));
    // Connected through the dialog, as a person does: the factory 19200 8E1, unit 1.
    ConnectionChoice typed;
    typed.settings.kind = LinkDescription::Kind::Serial;
    typed.settings.device = sim.serialPath();
    typed.settings.baudRate = 19200;
    typed.settings.parity = 'E';
    typed.settings.unitId = 1;
    QTimer::singleShot(0, f.window.get(), [&] {
        if (auto* d = f.window->findChild<ConnectionDialog*>()) {
            d->setChoice(typed);
            d->accept();
        }
    });
    f.window->openConnectionDialog();
    REQUIRE(waitUntil([&] { return f.window->meter().has_value(); }, 15000));
    SetupPage* setup = f.window->setupPage();
    REQUIRE(setupReady(setup));

    // Unit 7, 38400 baud, no parity; the connection follows the meter there.
    std::optional<LinkDescription> moved;
    QObject::connect(f.window->meterModel(), &ConnectedMeter::linkChanged,
                     [&](const LinkDescription& link) { moved = link; });
    REQUIRE(sendOnSetupTab(setup, {{QStringLiteral("COMM_UNIT_ID"), QStringLiteral("7")},
                                   {QStringLiteral("COMM_BAUD"), QStringLiteral("2")},
                                   {QStringLiteral("COMM_PARITY"), QStringLiteral("0")}}));
    REQUIRE(moved.has_value());
    CHECK(moved->unitId == 7);
    CHECK(moved->baudRate == 38400);
    CHECK(moved->parity == 'N');
    REQUIRE(f.window->meterModel()->link().has_value());
    CHECK(f.window->meterModel()->link()->unitId == 7);
    CHECK(f.window->linkStatus().contains(QStringLiteral("unit 7")));

    int tab = -1;
    const std::optional<ConnectionChoice> offered = offeredNext(f, &tab);
    REQUIRE(offered.has_value());
    CHECK(tab == ConnectionDialog::SerialTab);
    CHECK(offered->settings.device == sim.serialPath());
    CHECK(offered->settings.unitId == 7);
    CHECK(offered->settings.baudRate == 38400);
    CHECK(offered->settings.parity == 'N');
    // The old settings are no longer offered among the recent connections: nothing answers there.
    const QList<ConnectionChoice> recent = RecentConnections::load();
    REQUIRE_FALSE(recent.isEmpty());
    CHECK(recent.first().settings.unitId == 7);
    for (const ConnectionChoice& c : recent)
        CHECK_FALSE(c.sameAs(typed));
}

TEST_CASE("a meter lost and back in upgrade mode shows it without F5, and Recover on its tab",
          "[gui][model]")
{
    GuiFixture f;
    const QString pending = f.dir.filePath(QStringLiteral("pending.json"));
    const QString normal = f.dir.filePath(QStringLiteral("meter.json"));
    const auto pkg = testsupport::makePackage(f.dir.path(), 7330, 1, 3, {3, 0, 0}, 6000, 61);
    {
        // This meter as another tool's transfer leaves it when the power goes at 2000 bytes:
        // in upgrade mode with part of an image.
        MeterSimProcess other;
        REQUIRE(other.start(
            singleBank(pending, QStringLiteral("127.0.0.1:0")) +
            QStringList{QStringLiteral("--power-loss-at-offset"), QStringLiteral("2000")}));
        const auto upgrade = upgradeByJob(other.tcpHost(), other.tcpPort(), pkg.path,
                                          f.dir.filePath(QStringLiteral("other-tool")));
        REQUIRE(upgrade.has_value());
        REQUIRE(other.waitForExit(5000));
        REQUIRE(MeterSimProcess::dump(pending).value(QStringLiteral("mode")).toString() ==
                QStringLiteral("upgrade"));
    }

    // The same meter (serial number, type), measuring, connected.
    MeterSimProcess sim;
    REQUIRE(sim.start(singleBank(normal, QStringLiteral("127.0.0.1:0"))));
    const quint16 port = sim.tcpPort();
    REQUIRE(f.connectTcp(sim.tcpHost(), port));
    MeterPanel* panel = f.window->meterPanel();
    CHECK(panel->field(QStringLiteral("mode")) == QStringLiteral("Normal"));
    CHECK_FALSE(panel->recoverButton()->isVisibleTo(panel));
    REQUIRE(waitUntil([&] { return f.window->livePanel()->updates() > 0; }, 10000));

    sim.kill9();
    REQUIRE(waitUntil(
        [&] { return f.window->linkStatus().startsWith(QStringLiteral("Not connected")); }, 20000));
    bool declined = false;
    QObject::connect(f.window->upgradeFlow(), &UpgradeFlow::recoveryDeclined,
                     [&] { declined = true; });
    f.asker.answers = {false}; // recover now? not yet
    REQUIRE(sim.start(singleBank(pending, QStringLiteral("127.0.0.1:%1").arg(port))));

    // Nobody presses F5: the window reads the meter once it answers again.
    REQUIRE(waitUntil(
        [&] { return panel->field(QStringLiteral("mode")).startsWith(QStringLiteral("Upgrade")); },
        20000));
    CHECK(f.window->linkStatus().startsWith(QStringLiteral("Connected")));
    REQUIRE(f.window->meter().has_value());
    CHECK(f.window->meter()->state == RecoveryState::UpgradeModePartial);
    // Offered as on connect.
    REQUIRE(waitUntil([&] { return declined; }, 5000));
    REQUIRE(f.asker.asked.size() == 1);
    CHECK(f.asker.asked.first().contains(QStringLiteral("Recover now?")));

    // And again from the Meter tab, for as long as the meter needs it.
    QPushButton* recover = panel->recoverButton();
    CHECK(recover->isVisibleTo(panel));
    CHECK(recover->isEnabled());
    declined = false;
    f.asker.answers = {false};
    recover->click();
    CHECK(declined);
    REQUIRE(f.asker.asked.size() == 2);
    CHECK(f.asker.asked.last().contains(QStringLiteral("Recover now?")));
    CHECK(f.window->upgradeFlow()->progressDialog() == nullptr);
}

TEST_CASE("connecting to another meter leaves nothing of the last send to the previous one",
          "[gui][model]")
{
    GuiFixture f;
    MeterSimProcess first;
    MeterSimProcess second;
    REQUIRE(first.start({QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--serial-number"), QStringLiteral("SN-FIRST")}));
    REQUIRE(second.start({QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--serial-number"), QStringLiteral("SN-SECOND")}));
    REQUIRE(f.connectTcp(first.tcpHost(), first.tcpPort()));
    SetupPage* setup = f.window->setupPage();
    REQUIRE(setupReady(setup));
    REQUIRE(sendOnSetupTab(setup, {{QStringLiteral("PT_PRIMARY"), QStringLiteral("14400")}}));
    REQUIRE_FALSE(setup->reportText().isEmpty());

    int cleared = 0;
    QObject::connect(f.window->meterModel(), &ConnectedMeter::cleared, [&] { ++cleared; });
    REQUIRE(f.connectTcp(second.tcpHost(), second.tcpPort()));
    CHECK(cleared >= 1);
    CHECK(f.window->meterPanel()->field(QStringLiteral("serial")) == QStringLiteral("SN-SECOND"));
    REQUIRE(setupReady(setup));
    INFO(setup->reportText().toStdString());
    CHECK(setup->reportText().isEmpty());
}

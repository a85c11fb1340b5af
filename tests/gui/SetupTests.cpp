// The Setup tab: typed editors from the device profile, changes marked, Send (all or a group)
// with the read-back shown, Revert, values refused by the editors and by the meter, the
// energy preset's confirmation, and a unit ID change the connection follows. Each meter is a
// metersim process; what it stored is checked with `metersim --state F --dump`.
#include "CatchCompat.h"
#include "GuiTestSupport.h"
#include "MeterClientFactory.h"
#include "MeterSimProcess.h"
#include "SetupGroupEditor.h"
#include "SetupPage.h"
#include "SetupSettingEditor.h"
#include "SetupText.h"
#include "settings/TemplateBackup.h"
#include "store/ChangeHistory.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <functional>
#include <map>
#include <optional>

using namespace guitest;
using namespace commissioner;
using namespace commissioner::gui;
using testsupport::MeterSimProcess;

namespace {

using RegisterMap = std::map<int, int>;

RegisterMap templateOf(const QJsonObject& dump)
{
    RegisterMap m;
    const QJsonObject t = dump.value(QStringLiteral("template")).toObject();
    for (auto it = t.begin(); it != t.end(); ++it)
        m[it.key().toInt()] = it.value().toInt();
    return m;
}

// The template block of a fresh meter at this state file: started once, stopped, dumped.
RegisterMap baseline(const QString& state)
{
    MeterSimProcess first;
    REQUIRE(first.start({QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--state"), state}));
    REQUIRE(first.stop());
    const RegisterMap m = templateOf(MeterSimProcess::dump(state));
    REQUIRE(m.size() > 60);
    return m;
}

// The spec's ASCII: two characters a register, the first in the high byte, NUL-padded.
void putAscii(RegisterMap* m, int address, int registers, const QByteArray& text)
{
    for (int i = 0; i < registers; ++i) {
        const int hi = 2 * i < text.size() ? quint8(text.at(2 * i)) : 0;
        const int lo = 2 * i + 1 < text.size() ? quint8(text.at(2 * i + 1)) : 0;
        (*m)[address + i] = (hi << 8) | lo;
    }
}

void putU64(RegisterMap* m, int address, quint64 v)
{
    for (int i = 0; i < 4; ++i)
        (*m)[address + i] = int((v >> (16 * (3 - i))) & 0xFFFF);
}

// Every address whose value differs, as "ADDR: got X, want Y" (empty when byte for byte equal).
QStringList differences(const RegisterMap& got, const RegisterMap& want)
{
    QStringList out;
    for (const auto& [a, v] : want) {
        const auto it = got.find(a);
        if (it == got.end())
            out << QStringLiteral("%1: missing").arg(a);
        else if (it->second != v)
            out << QStringLiteral("%1: got %2, want %3").arg(a).arg(it->second).arg(v);
    }
    if (got.size() != want.size())
        out << QStringLiteral("%1 registers, want %2").arg(got.size()).arg(want.size());
    return out;
}

struct SetupFixture
{
    GuiFixture f;
    QString state = f.dir.filePath(QStringLiteral("meter.json"));
    RegisterMap before = baseline(state);
    MeterSimProcess sim;
    SetupPage* page = f.window->setupPage();
    std::optional<SettingsEditReport> report;
    int shown = 0;

    explicit SetupFixture(const QStringList& faults = {})
    {
        QObject::connect(page, &SetupPage::sent,
                         [this](const SettingsEditReport& r) { report = r; });
        QObject::connect(page, &SetupPage::valuesShown, [this] { ++shown; });
        REQUIRE(sim.start(QStringList{QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:0"),
                                      QStringLiteral("--state"), state} +
                          faults));
        REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
        REQUIRE(waitUntil([this] { return page->hasValues() && !page->isBusy(); }, 15000));
    }

    SetupSettingEditor* editor(const char* name)
    {
        SetupSettingEditor* e = page->editor(QString::fromLatin1(name));
        REQUIRE(e);
        return e;
    }

    // Sends (through `send`) and waits for the report and the read that follows it.
    void sendAndWait(const std::function<void()>& send)
    {
        report.reset();
        const int shownBefore = shown;
        send();
        REQUIRE(waitUntil(
            [&] { return report.has_value() && shown > shownBefore && !page->isBusy(); }, 20000));
    }

    RegisterMap stopAndDump()
    {
        f.window->disconnectLink();
        REQUIRE(sim.stop());
        return templateOf(MeterSimProcess::dump(state));
    }
};

void type(QWidget* w, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_0 + (c.unicode() - '0'), Qt::NoModifier,
                        QString(c));
        QApplication::sendEvent(w, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_0 + (c.unicode() - '0'), Qt::NoModifier,
                          QString(c));
        QApplication::sendEvent(w, &release);
    }
}

} // namespace

TEST_CASE("Setup tab: editors from the profile, send a PT ratio and a nameplate, read back, revert",
          "[gui][setup]")
{
    SetupFixture s;
    REQUIRE(s.f.window->tabs()->indexOf(s.page) >= 0);
    CHECK(s.page->groups().size() == 7);
    // Seven groups of editors still fit a small screen: they scroll.
    s.f.window->tabs()->setCurrentWidget(s.page);
    CHECK(s.f.window->minimumSizeHint().width() <= 800);
    CHECK(s.f.window->minimumSizeHint().height() <= 600);

    // Typed editors with the spec's ranges and choices.
    auto* ptPrimary = qobject_cast<QSpinBox*>(s.editor("PT_PRIMARY")->editor());
    REQUIRE(ptPrimary);
    CHECK(ptPrimary->minimum() == 1);
    CHECK(ptPrimary->maximum() == 1000000);
    CHECK(ptPrimary->value() == 120);
    auto* volts = qobject_cast<QComboBox*>(s.editor("VOLTS_MODE")->editor());
    REQUIRE(volts);
    CHECK(volts->count() == 4);
    CHECK(volts->itemText(1) == QStringLiteral("DELTA"));
    auto* ct = qobject_cast<QComboBox*>(s.editor("CT_SECONDARY")->editor());
    REQUIRE(ct);
    CHECK(ct->count() == 2);
    auto* owner = qobject_cast<QLineEdit*>(s.editor("NAMEPLATE_OWNER")->editor());
    REQUIRE(owner);
    CHECK(owner->maxLength() == 32);
    CHECK(qobject_cast<QLineEdit*>(s.editor("KWH_DELIVERED")->editor()));
    CHECK(s.page->changedSettings().isEmpty());

    s.editor("PT_PRIMARY")->setText(QStringLiteral("14400"));
    s.editor("PT_SECONDARY")->setText(QStringLiteral("100"));
    s.editor("NAMEPLATE_OWNER")->setText(QStringLiteral("City North Power"));
    CHECK(s.page->changedSettings() ==
          QStringList({QStringLiteral("PT_PRIMARY"), QStringLiteral("PT_SECONDARY"),
                       QStringLiteral("NAMEPLATE_OWNER")}));
    CHECK(s.editor("PT_PRIMARY")->label()->font().bold());
    CHECK(s.editor("PT_PRIMARY")->editor()->toolTip().contains(QStringLiteral("120 V")));
    CHECK_FALSE(s.editor("CT_PRIMARY")->label()->font().bold());

    s.sendAndWait([&] { s.page->sendAll(); });
    REQUIRE(s.report->results.size() == 3);
    for (const SettingWriteResult& r : s.report->results) {
        INFO(r.setting.toStdString());
        CHECK(r.outcome == SettingWriteOutcome::Verified);
    }
    // The read-back values are shown, no longer marked.
    CHECK(s.page->changedSettings().isEmpty());
    CHECK(s.editor("PT_PRIMARY")->text() == QStringLiteral("14400"));
    CHECK(s.editor("PT_PRIMARY")->meterValue() == SettingValue::integer(14400));
    CHECK(s.editor("NAMEPLATE_OWNER")->meterValue() ==
          SettingValue::text(QStringLiteral("City North Power")));
    CHECK_FALSE(s.editor("PT_PRIMARY")->label()->font().bold());
    CHECK(s.page->statusText().contains(QStringLiteral("read back")));
    CHECK(s.page->reportText().contains(
        QStringLiteral("PT_PRIMARY: 120 V → 14400 V: written and read back")));
    CHECK(s.f.window->logText().contains(QStringLiteral("PT_PRIMARY")));
    // The settings as they were are among the meter's backups, named in the report.
    const auto backups = listBackups(DataFolder(s.f.dataDir()), QStringLiteral("PC-0209A001-11"));
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().reason == QStringLiteral("setup"));
    CHECK(
        s.page->reportText().contains(QStringLiteral("Backup of the settings before the change")));
    CHECK(s.page->reportText().contains(QFileInfo(backups.first().path).fileName()));
    // And the change is in the meter's history: what, from, to, with which tool.
    const auto history =
        ChangeHistory::read(DataFolder(s.f.dataDir()), QStringLiteral("PC-0209A001-11"), 0);
    REQUIRE(history.size() == 3);
    CHECK(history.first().setting == QStringLiteral("PT_PRIMARY"));
    CHECK(history.first().from == QStringLiteral("120"));
    CHECK(history.first().to == QStringLiteral("14400"));
    CHECK(history.first().tool == QStringLiteral("Commissioner (Setup)"));

    // Revert: a group's, then all.
    s.editor("CT_PRIMARY")->setText(QStringLiteral("400"));
    CHECK(s.page->changedSettings() == QStringList{QStringLiteral("CT_PRIMARY")});
    CHECK(s.page->group(QStringLiteral("transformers"))->revertButton()->isEnabled());
    s.page->group(QStringLiteral("transformers"))->revertButton()->click();
    CHECK(s.editor("CT_PRIMARY")->text() == QStringLiteral("5"));
    s.editor("VOLTS_MODE")->setText(QStringLiteral("DELTA"));
    s.editor("NAMEPLATE_TAG1")->setText(QStringLiteral("Feeder 7"));
    CHECK(s.page->changedSettings().size() == 2);
    s.page->revertAll();
    CHECK(s.page->changedSettings().isEmpty());
    CHECK(s.editor("VOLTS_MODE")->text() == QStringLiteral("0"));
    CHECK(s.editor("NAMEPLATE_TAG1")->text().isEmpty());

    RegisterMap want = s.before;
    want[1000] = 0;
    want[1001] = 14400;
    want[1002] = 100;
    putAscii(&want, 1020, 16, "City North Power");
    const QStringList diff = differences(s.stopAndDump(), want);
    INFO(diff.join(QStringLiteral("; ")).toStdString());
    CHECK(diff.isEmpty());
}

TEST_CASE("Setup tab: values refused by the editors and by the meter, nothing written",
          "[gui][setup]")
{
    // This meter's firmware takes a narrower PT_SECONDARY than the spec: it refuses any write.
    SetupFixture s({QStringLiteral("--refuse-write"), QStringLiteral("1002")});

    // The spin box keeps to the spec's range and says why it did not take a typed value.
    auto* ptSecondary = qobject_cast<QSpinBox*>(s.editor("PT_SECONDARY")->editor());
    REQUIRE(ptSecondary);
    CHECK(ptSecondary->maximum() == 690);
    ptSecondary->setFocus();
    ptSecondary->selectAll();
    type(ptSecondary, QStringLiteral("700"));
    CHECK(ptSecondary->value() <= 690);
    SetupGroupEditor* transformers = s.page->group(QStringLiteral("transformers"));
    REQUIRE(transformers);
    CHECK(transformers->messageText().contains(
        QStringLiteral("PT_SECONDARY: 700 is above the maximum (1 to 690)")));
    s.page->revertAll();

    // An energy reading past 64 bits: named, and the whole send refused before anything goes out.
    s.editor("PT_PRIMARY")->setText(QStringLiteral("2400"));
    s.editor("KWH_DELIVERED")->setText(QStringLiteral("99999999999999999999"));
    CHECK(s.page->changedSettings().contains(QStringLiteral("KWH_DELIVERED")));
    CHECK(s.page->group(QStringLiteral("energy"))
              ->messageText()
              .contains(QStringLiteral("KWH_DELIVERED")));
    QString failure;
    QObject::connect(s.page, &SetupPage::failed, [&](const QString& why) { failure = why; });
    s.page->sendAll();
    CHECK_FALSE(s.page->isBusy());
    CHECK(failure.contains(QStringLiteral("Nothing was sent")));
    CHECK(failure.contains(
        QStringLiteral("KWH_DELIVERED: 99999999999999999999 is above the maximum")));
    CHECK(s.f.asker.asked.isEmpty()); // not even the energy question: the values come first
    s.page->revertAll();

    // The meter refuses PT_SECONDARY: it is named, and the nameplate after it is not written.
    s.editor("PT_SECONDARY")->setText(QStringLiteral("100"));
    s.editor("NAMEPLATE_TAG1")->setText(QStringLiteral("Feeder 7"));
    s.sendAndWait([&] { s.page->sendAll(); });
    REQUIRE(s.report->result(QStringLiteral("PT_SECONDARY")));
    CHECK(s.report->result(QStringLiteral("PT_SECONDARY"))->outcome ==
          SettingWriteOutcome::RefusedByMeter);
    CHECK(s.report->result(QStringLiteral("NAMEPLATE_TAG1"))->outcome ==
          SettingWriteOutcome::NotWritten);
    CHECK(s.page->statusText().contains(QStringLiteral("The meter refused PT_SECONDARY")));
    CHECK(s.page->statusText().contains(QStringLiteral("illegal data value")));
    // Still the person's values, still marked: nothing of them is on the meter.
    CHECK(s.page->changedSettings() ==
          QStringList({QStringLiteral("PT_SECONDARY"), QStringLiteral("NAMEPLATE_TAG1")}));
    CHECK(s.editor("PT_SECONDARY")->meterValue() == SettingValue::integer(120));

    const QStringList diff = differences(s.stopAndDump(), s.before);
    INFO(diff.join(QStringLiteral("; ")).toStdString());
    CHECK(diff.isEmpty());
}

TEST_CASE("Setup tab: an energy preset asks first; No writes nothing; a group's Send writes that "
          "group only",
          "[gui][setup]")
{
    SetupFixture s;
    const quint64 kwh = 123456789012345ULL;
    s.editor("KWH_DELIVERED")->setText(QString::number(kwh));
    s.editor("PT_PRIMARY")
        ->setText(QStringLiteral("480")); // another group's change: not sent below

    // Behind the tab's back the meter now counts 5 kWh: the question shows what the meter
    // holds when it is asked (read by the use case), not the tab's last read (0).
    {
        LinkSettings other;
        other.kind = LinkDescription::Kind::Tcp;
        other.host = s.sim.tcpHost();
        other.port = s.sim.tcpPort();
        auto client = MeterClientFactory::open(other);
        REQUIRE(client.ok());
        REQUIRE(client.value()->writeRegisters(1100, {0, 0, 0, 5000}).ok());
    }
    s.f.asker.answers = {false};
    s.page->group(QStringLiteral("energy"))->sendButton()->click();
    REQUIRE(waitUntil([&] { return !s.page->isBusy(); }, 10000));
    REQUIRE(s.f.asker.asked.size() == 1);
    CHECK(s.f.asker.asked.first().startsWith(QStringLiteral("Preset the energy readings?")));
    CHECK(s.f.asker.asked.first().contains(
        QStringLiteral("KWH_DELIVERED: 5.000 kWh → 123,456,789,012.345 kWh")));
    CHECK(s.page->statusText().contains(QStringLiteral("not confirmed")));
    CHECK(s.page->changedSettings().contains(QStringLiteral("KWH_DELIVERED")));
    // The meter still reads 5 kWh: read it again (the person's values stay).
    const int shownBefore = s.shown;
    s.page->readFromMeter();
    REQUIRE(waitUntil([&] { return s.shown > shownBefore && !s.page->isBusy(); }, 10000));
    CHECK(s.editor("KWH_DELIVERED")->meterValue() == SettingValue::unsigned64(5000));
    CHECK(s.editor("KWH_DELIVERED")->text() == QString::number(kwh));

    s.f.asker.answers = {true};
    s.sendAndWait([&] { s.page->group(QStringLiteral("energy"))->sendButton()->click(); });
    CHECK(s.f.asker.asked.size() == 2);
    REQUIRE(s.report->results.size() == 1);
    CHECK(s.report->results.first().outcome == SettingWriteOutcome::Verified);
    CHECK(s.editor("KWH_DELIVERED")->meterValue() == SettingValue::unsigned64(kwh));
    CHECK(s.page->changedSettings() == QStringList{QStringLiteral("PT_PRIMARY")});

    RegisterMap want = s.before;
    putU64(&want, 1100, kwh);
    const QStringList diff = differences(s.stopAndDump(), want);
    INFO(diff.join(QStringLiteral("; ")).toStdString());
    CHECK(diff.isEmpty());
}

TEST_CASE("Setup tab: a new unit ID, and the connection follows the meter there", "[gui][setup]")
{
    SetupFixture s;
    s.editor("COMM_UNIT_ID")->setText(QStringLiteral("9"));
    s.sendAndWait([&] { s.page->group(QStringLiteral("communications"))->sendButton()->click(); });
    REQUIRE(s.f.asker.asked.size() == 1);
    CHECK(
        s.f.asker.asked.first().startsWith(QStringLiteral("Change the communications settings?")));
    REQUIRE(s.report->comm.has_value());
    CHECK(s.report->comm->outcome == CommFollow::Outcome::FoundAtNew);
    CHECK(s.report->result(QStringLiteral("COMM_UNIT_ID"))->outcome ==
          SettingWriteOutcome::Verified);
    CHECK(s.page->changedSettings().isEmpty());
    CHECK(s.editor("COMM_UNIT_ID")->meterValue() == SettingValue::integer(9));
    CHECK(s.page->reportText().contains(QStringLiteral("now answers at unit 9")));
    CHECK(s.f.window->linkStatus().contains(QStringLiteral("unit 9")));

    // The window talks to unit 9 now: a refresh reads the meter there.
    bool shown = false;
    QObject::connect(s.f.window.get(), &MainWindow::meterShown, [&] { shown = true; });
    s.f.window->refresh();
    REQUIRE(waitUntil([&] { return shown; }, 10000));
    CHECK(s.f.window->isConnected());
    CHECK(s.f.window->linkStatus().contains(QStringLiteral("unit 9")));

    RegisterMap want = s.before;
    want[1150] = 9;
    const QStringList diff = differences(s.stopAndDump(), want);
    INFO(diff.join(QStringLiteral("; ")).toStdString());
    CHECK(diff.isEmpty());
}

TEST_CASE("Setup text: a meter not found at its new settings is told what was written and how to "
          "reach it",
          "[gui][setup]")
{
    const auto profiles = DeviceProfiles::load();
    REQUIRE(profiles);
    const DeviceProfile* profile = profiles.value().forDeviceType(7350);
    REQUIRE(profile);
    SettingsEditReport r;
    SettingWriteResult w;
    w.setting = QStringLiteral("COMM_UNIT_ID");
    w.before = SettingValue::integer(1);
    w.wanted = SettingValue::integer(9);
    w.outcome = SettingWriteOutcome::NotReadBack;
    r.results << w;
    CommFollow c;
    c.outcome = CommFollow::Outcome::NotFound;
    c.before = {1, 19200, 'E'};
    c.target = {9, 38400, 'E'};
    c.link = c.target;
    c.lineMatters = true;
    r.comm = c;
    const QString text = SetupText::commFollow(*profile, r);
    CHECK(text.contains(QStringLiteral("Written: COMM_UNIT_ID = 9.")));
    CHECK(text.contains(QStringLiteral("did not answer at unit 9, 38400 baud, even parity")));
    CHECK(text.contains(QStringLiteral("connect at unit 9, 38400 baud, even parity")));
}

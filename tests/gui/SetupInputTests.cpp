// The Setup tab's input as a person meets it (issue 21): the mouse wheel changes a value only in
// the field that has focus, a number typed outside its range stays as typed and marked with no
// Send until it is fixed, a value the meter refused is marked with one sentence, leaving with
// unsent changes asks first, and the status and values follow the meter after a send and after
// a restore elsewhere. Each meter is a metersim process.
#include "CatchCompat.h"
#include "GuiTestSupport.h"
#include "MeterClientFactory.h"
#include "MeterSimProcess.h"
#include "SetupGroupEditor.h"
#include "SetupPage.h"
#include "SetupSettingEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QWheelEvent>
#include <functional>
#include <optional>

using namespace guitest;
using namespace commissioner;
using namespace commissioner::gui;
using testsupport::MeterSimProcess;

namespace {

struct InputFixture
{
    GuiFixture f;
    QString state = f.dir.filePath(QStringLiteral("meter.json"));
    MeterSimProcess sim;
    SetupPage* page = f.window->setupPage();
    std::optional<SettingsEditReport> report;
    int shown = 0;

    explicit InputFixture(const QStringList& faults = {})
    {
        QObject::connect(page, &SetupPage::sent,
                         [this](const SettingsEditReport& r) { report = r; });
        QObject::connect(page, &SetupPage::valuesShown, [this] { ++shown; });
        REQUIRE(sim.start(QStringList{QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:0"),
                                      QStringLiteral("--state"), state} +
                          faults));
        REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
        REQUIRE(waitUntil([this] { return page->hasValues() && !page->isBusy(); }, 15000));
        f.window->tabs()->setCurrentWidget(page);
    }

    SetupSettingEditor* editor(const char* name)
    {
        SetupSettingEditor* e = page->editor(QString::fromLatin1(name));
        REQUIRE(e);
        return e;
    }

    QPushButton* sendAllButton()
    {
        auto* b = page->findChild<QPushButton*>(QStringLiteral("setupSendAll"));
        REQUIRE(b);
        return b;
    }

    // The window active and `w` the focus widget, as after a click on it.
    void focus(QWidget* w)
    {
        f.window->activateWindow();
        REQUIRE(waitUntil([this] { return f.window->isActiveWindow(); }, 5000));
        w->setFocus(Qt::MouseFocusReason);
        REQUIRE(waitUntil([w] { return w->hasFocus(); }, 5000));
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

    // Registers written to the meter by another tool, behind the tab's back.
    void writeBehindTheTab(int address, const Registers& values)
    {
        LinkSettings other;
        other.kind = LinkDescription::Kind::Tcp;
        other.host = sim.tcpHost();
        other.port = sim.tcpPort();
        auto client = MeterClientFactory::open(other);
        REQUIRE(client.ok());
        REQUIRE(client.value()->writeRegisters(address, values).ok());
    }
};

void type(QWidget* w, const QString& digits)
{
    for (const QChar c : digits) {
        const int key = Qt::Key_0 + (c.unicode() - '0');
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &press);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &release);
    }
}

void pressKey(QWidget* w, int key)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(w, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier);
    QApplication::sendEvent(w, &release);
}

// One notch of the wheel towards the person, over the middle of `w`, as sent by a test (a
// synthesized event goes to `w` only). True when `w` took it; not taken, the application hands
// a real wheel event on to the parents, and the scroll area moves the page.
bool wheelDown(QWidget* w)
{
    const QPointF at(w->width() / 2.0, w->height() / 2.0);
    QWheelEvent wheel(at, w->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &wheel);
    return wheel.isAccepted();
}

QColor background(SetupSettingEditor* e)
{
    return e->editor()->palette().color(QPalette::Base);
}

} // namespace

TEST_CASE("Setup tab: the mouse wheel changes a value only in the field that has focus; "
          "elsewhere it scrolls the page",
          "[gui][setup]")
{
    InputFixture s;
    auto* nominal = qobject_cast<QSpinBox*>(s.editor("PT_PRIMARY")->editor());
    auto* volts = qobject_cast<QComboBox*>(s.editor("VOLTS_MODE")->editor());
    auto* owner = qobject_cast<QLineEdit*>(s.editor("NAMEPLATE_OWNER")->editor());
    REQUIRE(nominal);
    REQUIRE(volts);
    REQUIRE(owner);
    CHECK(nominal->focusPolicy() == Qt::StrongFocus); // a click or Tab, never the wheel
    CHECK(volts->focusPolicy() == Qt::StrongFocus);

    // Scrolling over fields the person is not editing: the values stay, the page has the wheel.
    s.focus(owner);
    REQUIRE(nominal->value() == 120);
    REQUIRE(volts->currentIndex() == 0);
    CHECK_FALSE(wheelDown(nominal));
    CHECK(nominal->value() == 120);
    CHECK(nominal->text() == QStringLiteral("120"));
    CHECK_FALSE(wheelDown(volts));
    CHECK(volts->currentIndex() == 0);
    CHECK(s.page->changedSettings().isEmpty());
    CHECK(owner->hasFocus()); // the wheel took no focus either

    // In the field being edited the wheel turns the value.
    s.focus(nominal);
    CHECK(wheelDown(nominal));
    CHECK(nominal->value() == 119);
    CHECK(s.page->changedSettings() == QStringList{QStringLiteral("PT_PRIMARY")});
}

TEST_CASE("Setup tab: a number typed outside its range stays as typed, marked red, and Send "
          "waits until it is fixed",
          "[gui][setup]")
{
    InputFixture s;
    SetupSettingEditor* pt = s.editor("PT_PRIMARY");
    auto* spin = qobject_cast<QSpinBox*>(pt->editor());
    REQUIRE(spin);
    REQUIRE(spin->maximum() == 1000000);
    SetupGroupEditor* transformers = s.page->group(QStringLiteral("transformers"));
    REQUIRE(transformers);
    // A valid change elsewhere: Send all would have something to send.
    s.editor("NAMEPLATE_OWNER")->setText(QStringLiteral("City North Power"));
    CHECK(s.sendAllButton()->isEnabled());

    s.focus(spin);
    spin->selectAll();
    type(spin, QStringLiteral("2000000"));
    CHECK(spin->text() == QStringLiteral("2000000"));
    CHECK(pt->text() == QStringLiteral("2000000"));
    CHECK(pt->isMarkedInvalid());
    CHECK(spin->property("invalid").toBool());
    CHECK(background(pt) == SetupSettingEditor::invalidColour());
    CHECK(transformers->messageText().contains(QStringLiteral("2000000 is above the maximum")));
    CHECK_FALSE(transformers->sendButton()->isEnabled());
    CHECK_FALSE(s.sendAllButton()->isEnabled());

    // Still as typed after Enter, after leaving the field, after another tab and back.
    pressKey(spin, Qt::Key_Return);
    CHECK(spin->text() == QStringLiteral("2000000"));
    s.focus(s.editor("NAMEPLATE_OWNER")->editor());
    CHECK(spin->text() == QStringLiteral("2000000"));
    s.f.window->tabs()->setCurrentIndex(0);
    s.f.window->tabs()->setCurrentWidget(s.page);
    QCoreApplication::processEvents();
    CHECK(spin->text() == QStringLiteral("2000000"));
    CHECK(pt->isMarkedInvalid());
    CHECK_FALSE(s.sendAllButton()->isEnabled());

    // Fixed: no longer marked, Send is back, and it sends what is shown.
    s.focus(spin);
    spin->selectAll();
    type(spin, QStringLiteral("2400"));
    CHECK(spin->value() == 2400);
    CHECK_FALSE(pt->isMarkedInvalid());
    CHECK_FALSE(spin->property("invalid").toBool());
    CHECK(background(pt) != SetupSettingEditor::invalidColour());
    CHECK(transformers->messageText().isEmpty());
    CHECK(transformers->sendButton()->isEnabled());
    REQUIRE(s.sendAllButton()->isEnabled());
    s.sendAndWait([&] { s.sendAllButton()->click(); });
    REQUIRE(s.report->result(QStringLiteral("PT_PRIMARY")));
    CHECK(s.report->result(QStringLiteral("PT_PRIMARY"))->outcome == SettingWriteOutcome::Verified);
    CHECK(pt->meterValue() == SettingValue::integer(2400));
    CHECK(s.page->changedSettings().isEmpty());
}

TEST_CASE("Setup tab: a value the meter refused is marked red with one sentence until edited",
          "[gui][setup]")
{
    // This meter's firmware refuses any write of PT_SECONDARY (register 1002).
    InputFixture s({QStringLiteral("--refuse-write"), QStringLiteral("1002")});
    SetupSettingEditor* secondary = s.editor("PT_SECONDARY");
    SetupGroupEditor* transformers = s.page->group(QStringLiteral("transformers"));
    REQUIRE(transformers);
    secondary->setText(QStringLiteral("100"));
    CHECK(background(secondary) != SetupSettingEditor::invalidColour()); // changed, not wrong
    s.sendAndWait([&] { s.page->sendAll(); });
    REQUIRE(s.report->result(QStringLiteral("PT_SECONDARY")));
    REQUIRE(s.report->result(QStringLiteral("PT_SECONDARY"))->outcome ==
            SettingWriteOutcome::RefusedByMeter);

    const QString sentence = secondary->meterRefusal();
    CHECK(sentence.startsWith(QStringLiteral("The meter refused")));
    CHECK(sentence.contains(QStringLiteral("PT_SECONDARY")));
    CHECK(sentence.endsWith(QLatin1Char('.'))); // one sentence, on one line
    CHECK_FALSE(sentence.contains(QLatin1Char('\n')));
    CHECK(background(secondary) == SetupSettingEditor::invalidColour());
    CHECK(secondary->editor()->toolTip() == sentence);
    CHECK(transformers->messageText() == sentence);
    CHECK(secondary->text() == QStringLiteral("100")); // the person's value, to send again
    CHECK_FALSE(secondary->isMarkedInvalid());         // a value the setting takes: Send stays
    CHECK(transformers->sendButton()->isEnabled());

    secondary->setText(QStringLiteral("110"));
    CHECK(secondary->meterRefusal().isEmpty());
    CHECK(background(secondary) != SetupSettingEditor::invalidColour());
    CHECK(transformers->messageText().isEmpty());
}

TEST_CASE("Setup tab: leaving with unsent changes asks first, and No keeps them", "[gui][setup]")
{
    InputFixture s;
    CHECK_FALSE(s.page->hasUnsentChanges());
    CHECK(s.page->confirmDiscard()); // nothing to lose: nothing asked
    CHECK(s.f.asker.asked.isEmpty());

    s.editor("PT_PRIMARY")->setText(QStringLiteral("480"));
    CHECK(s.page->hasUnsentChanges());
    s.f.asker.answers = {false};
    CHECK_FALSE(s.page->confirmDiscard());
    REQUIRE(s.f.asker.asked.size() == 1);
    CHECK(s.f.asker.asked.first().startsWith(QStringLiteral("Discard the unsent changes?")));
    CHECK(s.f.asker.asked.first().contains(QStringLiteral("PT_PRIMARY")));
    CHECK(s.editor("PT_PRIMARY")->text() == QStringLiteral("480"));
    CHECK(s.page->changedSettings() == QStringList{QStringLiteral("PT_PRIMARY")});

    s.f.asker.answers = {true};
    CHECK(s.page->confirmDiscard());
    CHECK(s.f.asker.asked.size() == 2);
    CHECK(s.editor("PT_PRIMARY")->text() == QStringLiteral("120"));
    CHECK_FALSE(s.page->hasUnsentChanges());

    // Sent: nothing left to lose.
    s.editor("PT_PRIMARY")->setText(QStringLiteral("480"));
    s.sendAndWait([&] { s.page->sendAll(); });
    CHECK_FALSE(s.page->hasUnsentChanges());
    CHECK(s.page->confirmDiscard());
    CHECK(s.f.asker.asked.size() == 2);
}

TEST_CASE("Setup tab: after a send and after a restore elsewhere, the status and the values are "
          "the meter's",
          "[gui][setup]")
{
    InputFixture s;
    s.editor("PT_PRIMARY")->setText(QStringLiteral("14400"));
    s.sendAndWait([&] { s.page->sendAll(); });
    CHECK(s.page->statusText().contains(QStringLiteral("the meter holds the values shown")));

    // A template restore writes PT_PRIMARY = 4160: the window reloads the tab, which stops
    // claiming the old values at once and shows the meter's once read ("Reading…" clears).
    s.writeBehindTheTab(1000, {0, 4160});
    int shownBefore = s.shown;
    s.page->reload();
    CHECK_FALSE(s.page->statusText().contains(QStringLiteral("the meter holds the values shown")));
    CHECK(s.page->statusText().startsWith(QStringLiteral("Reading the meter's settings")));
    REQUIRE(waitUntil([&] { return s.shown > shownBefore && !s.page->isBusy(); }, 10000));
    CHECK(s.editor("PT_PRIMARY")->meterValue() == SettingValue::integer(4160));
    CHECK(s.editor("PT_PRIMARY")->text() == QStringLiteral("4160"));
    CHECK_FALSE(s.page->statusText().contains(QStringLiteral("Reading")));
    CHECK(s.page->statusText().startsWith(QStringLiteral("The meter's settings as read")));

    // A restore while a read is in flight: that read may be older than the restore, so the
    // reload reads again once it ends. Values typed and not sent stay.
    s.editor("NAMEPLATE_OWNER")->setText(QStringLiteral("Kept"));
    shownBefore = s.shown;
    s.page->readFromMeter();
    s.writeBehindTheTab(1000, {0, 6600});
    s.page->reload();
    REQUIRE(waitUntil([&] { return s.shown >= shownBefore + 2 && !s.page->isBusy(); }, 15000));
    CHECK(s.editor("PT_PRIMARY")->meterValue() == SettingValue::integer(6600));
    CHECK(s.editor("NAMEPLATE_OWNER")->text() == QStringLiteral("Kept"));
    CHECK(s.page->changedSettings() == QStringList{QStringLiteral("NAMEPLATE_OWNER")});
    CHECK(s.page->statusText().startsWith(QStringLiteral("The meter's settings as read")));
}

// What a technician reported about the desktop application, each checked the way they would
// see it: the log that follows, Enter and the Alt keys, the connection dialog after a failure,
// the window on a small screen, the templates table after a restore, a lost meter, the words
// for a downgrade, and Help.
#include "CatchCompat.h"
#include "ClockDialog.h"
#include "ConnectionDialog.h"
#include "GuiTestSupport.h"
#include "GuideDialog.h"
#include "MeterSimProcess.h"
#include "SettingsDialog.h"
#include "TemplatesPage.h"
#include "TestPackages.h"
#include "UpgradeFlow.h"
#include "UpgradeProgressDialog.h"
#include "UpgradeWizard.h"
#include "XmodemRecoveryDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTextBrowser>

using namespace guitest;
using namespace commissioner;
using namespace commissioner::gui;
using testsupport::MeterSimProcess;

namespace {

void pump(int ms)
{
    waitUntil([] { return false; }, ms);
}

QStringList simArgs(const QString& state, const QString& fw, const QStringList& extra = {})
{
    return QStringList{QStringLiteral("--tcp"),        QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--type"),       QStringLiteral("7350"),
                       QStringLiteral("--fw"),         fw,
                       QStringLiteral("--state"),      state,
                       QStringLiteral("--verify-ms"),  QStringLiteral("100"),
                       QStringLiteral("--install-ms"), QStringLiteral("300")} +
           extra;
}

// The Alt+letter shortcuts a person can reach in window as it is shown now, and which of
// them more than one control claims.
QStringList mnemonicClashes(QWidget* window)
{
    QMap<QString, QStringList> claims;
    const auto add = [&](const QString& text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            claims[key.toString()] << text;
    };
    const QList<QWidget*> all = window->findChildren<QWidget*>();
    for (QWidget* w : all) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(b->text());
        else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
            add(l->text());
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            add(g->title());
        else if (auto* t = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < t->count(); ++i)
                if (t->isTabVisible(i))
                    add(t->tabText(i));
        } else if (auto* m = qobject_cast<QMenuBar*>(w)) {
            for (QAction* a : m->actions())
                if (a->isVisible())
                    add(a->text());
        }
    }
    QStringList clashes;
    for (auto it = claims.cbegin(); it != claims.cend(); ++it)
        if (it.value().size() > 1)
            clashes << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(" | "));
    return clashes;
}

// Within one menu each letter opens one item.
QStringList menuClashes(QMenu* menu)
{
    QMap<QString, QStringList> claims;
    for (QAction* a : menu->actions()) {
        const QKeySequence key = QKeySequence::mnemonic(a->text());
        if (a->isVisible() && !key.isEmpty())
            claims[key.toString()] << a->text();
    }
    QStringList clashes;
    for (auto it = claims.cbegin(); it != claims.cend(); ++it)
        if (it.value().size() > 1)
            clashes << menu->title() + QStringLiteral(" ") + it.key() + QStringLiteral(": ") +
                           it.value().join(QStringLiteral(" | "));
    return clashes;
}

// Every tab of every tab widget of window in turn, checked as shown.
QStringList clashesOnEveryTab(QWidget* window, const QString& name)
{
    QStringList found;
    const auto check = [&](const QString& where) {
        pump(20);
        for (const QString& c : mnemonicClashes(window))
            found << name + QStringLiteral(" (") + where + QStringLiteral("): ") + c;
    };
    check(QStringLiteral("as opened"));
    for (QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
        if (tabs->window() != window)
            continue;
        const int keep = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            check(tabs->tabText(i));
        }
        tabs->setCurrentIndex(keep);
    }
    return found;
}

void pressEnter(QWidget* target)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(target, &release);
}

quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

TEST_CASE("the upgrade log keeps following its last line through an outage banner", "[gui][fixes]")
{
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    MeterSimProcess sim;
    // Silent for 12 s once 8000 bytes are in: longer than a request's retries, so the job pauses.
    REQUIRE(sim.start(simArgs(state, QStringLiteral("1.0.0"),
                              {QStringLiteral("--silence-at-offset"), QStringLiteral("8000"),
                               QStringLiteral("--silence-seconds"), QStringLiteral("12"),
                               QStringLiteral("--drop-replies"), QStringLiteral("5")})));
    const auto pkg = testsupport::makePackage(f.dir.path(), 7350, 1, 3, {2, 5, 0}, 30000, 51);
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
    UpgradeWizard* wizard = toConfirmPage(f, pkg.path, false);
    UpgradeProgressDialog* progress = startFromWizard(f, wizard);
    progress->resize(520, 380); // a small window: the log has more lines than it shows
    REQUIRE(waitUntil([&] { return progress->pausedShown(); }, 60000));
    QScrollBar* bar = progress->logView()->verticalScrollBar();
    REQUIRE(waitUntil([&] { return !progress->pausedShown(); }, 60000));
    REQUIRE(waitUntil([&] { return !progress->isRunning(); }, 120000));
    pump(100);
    INFO(progress->logText().toStdString());
    CHECK(progress->summaryText().contains(QStringLiteral("now runs firmware 2.5.0")));
    REQUIRE(bar->maximum() > 0); // there is something to scroll
    CHECK(bar->value() == bar->maximum());
}

TEST_CASE("Enter connects from any field of the connection dialog", "[gui][fixes]")
{
    GuiFixture f;
    struct Target
    {
        const char* name;
        ConnectionDialog::Tab tab;
        std::function<QWidget*(ConnectionDialog&)> find;
    };
    const auto button = [](const QString& text) {
        return [text](ConnectionDialog& d) -> QWidget* {
            for (QPushButton* b : d.findChildren<QPushButton*>())
                if (b->text() == text)
                    return b;
            return nullptr;
        };
    };
    const QList<Target> targets = {
        {"TCP host", ConnectionDialog::TcpTab,
         [](ConnectionDialog& d) -> QWidget* {
             const auto edits =
                 d.tabs()->widget(ConnectionDialog::TcpTab)->findChildren<QLineEdit*>();
             return edits.isEmpty() ? nullptr : edits.first();
         }},
        {"TCP port", ConnectionDialog::TcpTab,
         [](ConnectionDialog& d) -> QWidget* {
             const auto spins =
                 d.tabs()->widget(ConnectionDialog::TcpTab)->findChildren<QSpinBox*>();
             return spins.isEmpty() ? nullptr : spins.first();
         }},
        {"Refresh button", ConnectionDialog::SerialTab, button(ConnectionDialog::tr("Re&fresh"))},
        {"Scan button", ConnectionDialog::SerialTab,
         button(ConnectionDialog::tr("Scan th&e bus…"))},
        {"tab bar", ConnectionDialog::TcpTab,
         [](ConnectionDialog& d) -> QWidget* { return d.tabs()->tabBar(); }},
    };
    for (const Target& target : targets) {
        ConnectionDialog dialog(f.window.get());
        dialog.setCurrentTab(target.tab);
        dialog.show();
        pump(20);
        QWidget* w = target.find(dialog);
        INFO(target.name);
        REQUIRE(w);
        w->setFocus();
        pressEnter(w);
        pump(20);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK_FALSE(dialog.isVisible());
    }
}

TEST_CASE("each Alt shortcut opens one thing, in every window and menu", "[gui][fixes]")
{
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    MeterSimProcess sim;
    REQUIRE(sim.start(simArgs(state, QStringLiteral("1.0.0"))));
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort())); // the templates page has its groups then
    QStringList clashes = clashesOnEveryTab(f.window.get(), QStringLiteral("main window"));
    for (QAction* a : f.window->menuBar()->actions())
        if (a->menu())
            clashes << menuClashes(a->menu());

    {
        ConnectionDialog d(f.window.get());
        d.show();
        clashes << clashesOnEveryTab(&d, QStringLiteral("connection dialog"));
    }
    {
        SettingsDialog d(f.window->settings(), &f.asker, f.window.get());
        d.show();
        clashes << clashesOnEveryTab(&d, QStringLiteral("settings"));
    }
    {
        ClockDialog d(f.window->session(), f.dataDir(), std::nullopt, f.window.get());
        d.show();
        clashes << clashesOnEveryTab(&d, QStringLiteral("clock"));
    }
    {
        XmodemRecoveryDialog d(f.dataDir(), &f.asker, f.window.get());
        d.show();
        clashes << clashesOnEveryTab(&d, QStringLiteral("XMODEM recovery"));
    }
    {
        UpgradeProgressDialog d(&f.asker, f.window.get());
        d.show();
        clashes << clashesOnEveryTab(&d, QStringLiteral("upgrade progress"));
    }
    {
        GuideDialog d(f.window.get());
        d.show();
        clashes << clashesOnEveryTab(&d, QStringLiteral("guide"));
    }
    {
        const auto pkg = testsupport::makePackage(f.dir.path(), 7350, 1, 3, {2, 0, 0}, 4000, 52);
        UpgradeWizard* wizard = toConfirmPage(f, pkg.path, false);
        clashes << clashesOnEveryTab(wizard, QStringLiteral("wizard, confirm page"));
        wizard->back();
        clashes << clashesOnEveryTab(wizard, QStringLiteral("wizard, checks page"));
        wizard->back();
        clashes << clashesOnEveryTab(wizard, QStringLiteral("wizard, package page"));
        wizard->reject();
    }
    INFO(clashes.join(QLatin1Char('\n')).toStdString());
    CHECK(clashes.isEmpty());
}

TEST_CASE("the connection dialog shows every tab and keeps what was typed after a failure",
          "[gui][fixes]")
{
    GuiFixture f;
    {
        ConnectionDialog d(f.window.get());
        d.show();
        pump(50);
        QTabBar* bar = d.tabs()->tabBar();
        for (int i = 0; i < bar->count(); ++i) {
            INFO(bar->tabText(i).toStdString());
            CHECK(bar->rect().contains(bar->tabRect(i)));
        }
        CHECK(d.width() >= bar->sizeHint().width());
    }

    const quint16 port = closedPort();
    REQUIRE(port != 0);
    bool failed = false;
    QObject::connect(f.window.get(), &MainWindow::connectFailed, f.window.get(),
                     [&] { failed = true; });
    QTimer::singleShot(0, f.window.get(), [&] {
        auto* d = f.window->findChild<ConnectionDialog*>();
        if (!d)
            return; // the wait below fails
        ConnectionChoice c;
        c.settings.kind = LinkDescription::Kind::Tcp;
        c.settings.host = QStringLiteral("127.0.0.1");
        c.settings.port = port;
        c.settings.unitId = 17;
        d->setChoice(c);
        d->accept();
    });
    f.window->openConnectionDialog();
    REQUIRE(waitUntil([&] { return failed; }, 15000));
    REQUIRE(waitUntil([&] { return !f.window->isConnected(); }, 5000));

    std::optional<ConnectionChoice> shown;
    int tab = -1;
    QTimer::singleShot(0, f.window.get(), [&] {
        auto* d = f.window->findChild<ConnectionDialog*>();
        if (!d)
            return; // shown stays empty: the check below fails
        shown = d->choice();
        tab = d->tabs()->currentIndex();
        d->reject();
    });
    f.window->openConnectionDialog();
    REQUIRE(shown.has_value());
    CHECK(tab == ConnectionDialog::TcpTab);
    CHECK(shown->settings.host == QStringLiteral("127.0.0.1"));
    CHECK(shown->settings.port == port);
    CHECK(shown->settings.unitId == 17);
}

TEST_CASE("a TCP connect that times out says where nothing answered", "[gui][fixes]")
{
    GuiFixture f;
    SilentPort unreachable(SilentPort::Mode::Unreachable);
    REQUIRE(unreachable.ok());
    ConnectionChoice c;
    c.settings.kind = LinkDescription::Kind::Tcp;
    c.settings.host = QStringLiteral("127.0.0.1");
    c.settings.port = unreachable.port();
    QString why;
    QObject::connect(f.window.get(), &MainWindow::connectFailed, f.window.get(),
                     [&](const QString& w) { why = w; });
    f.window->connectTo(c);
    REQUIRE(waitUntil([&] { return !why.isEmpty(); }, 15000));
    const QString where = QStringLiteral("127.0.0.1:%1").arg(unreachable.port());
    INFO(why.toStdString());
    CHECK(why.startsWith(QStringLiteral("No answer from ") + where));
    CHECK_FALSE(why.contains(QStringLiteral("in progress")));
    REQUIRE(f.asker.messages.size() == 1);
    CHECK(f.asker.messages.first().contains(QStringLiteral("No answer from ") + where));
}

TEST_CASE("the main window fits 800x600 with the Templates tab open", "[gui][fixes]")
{
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    MeterSimProcess sim;
    REQUIRE(sim.start(simArgs(state, QStringLiteral("1.0.0"))));
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
    f.window->tabs()->setCurrentWidget(f.window->templatesPage());
    pump(100);
    const QSize min = f.window->minimumSizeHint().expandedTo(f.window->minimumSize());
    INFO("minimum " << min.width() << "x" << min.height());
    QStringList pages; // which page asks for the room, when it is too much
    for (int i = 0; i < f.window->tabs()->count(); ++i) {
        const QSize page = f.window->tabs()->widget(i)->minimumSizeHint();
        pages << QStringLiteral("%1 %2x%3")
                     .arg(f.window->tabs()->tabText(i))
                     .arg(page.width())
                     .arg(page.height());
    }
    INFO(pages.join(QStringLiteral(", ")).toStdString());
    CHECK(min.width() <= 800);
    CHECK(min.height() <= 600);
    f.window->resize(800, 600);
    pump(100);
    CHECK(f.window->width() <= 800);
    CHECK(f.window->height() <= 600);
}

TEST_CASE("the templates table is read again after a restore, and cleared by a failed compare",
          "[gui][fixes]")
{
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    MeterSimProcess sim;
    REQUIRE(sim.start(simArgs(state, QStringLiteral("1.0.0"))));
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
    TemplatesPage* page = f.window->templatesPage();
    int compared = 0;
    QObject::connect(page, &TemplatesPage::compared, [&] { ++compared; });
    QStringList failures;
    QObject::connect(page, &TemplatesPage::failed, [&](const QString& why) { failures << why; });

    // A template of this meter with another PT primary.
    const QString path = f.dir.filePath(QStringLiteral("site.json"));
    bool saved = false;
    QObject::connect(page, &TemplatesPage::saved, [&] { saved = true; });
    page->saveTo(path);
    REQUIRE(waitUntil([&] { return saved; }, 10000));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject settings = doc.value(QStringLiteral("settings")).toObject();
    QJsonObject pt = settings.value(QStringLiteral("PT_PRIMARY")).toObject();
    pt.insert(QStringLiteral("value"), 13800);
    settings.insert(QStringLiteral("PT_PRIMARY"), pt);
    doc.insert(QStringLiteral("settings"), settings);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(doc).toJson());
    file.close();

    const auto changedRows = [&] {
        int n = 0;
        for (int r = 0; r < page->table()->rowCount(); ++r)
            if (page->table()->item(r, 0)->text().startsWith(QStringLiteral("≠")))
                ++n;
        return n;
    };
    page->setFile(path);
    page->compare();
    REQUIRE(waitUntil([&] { return compared == 1; }, 10000));
    CHECK(changedRows() == 1);

    f.asker.answers = {true};
    page->restore();
    REQUIRE(waitUntil([&] { return compared == 2; }, 20000)); // read again by itself
    INFO(page->statusText().toStdString());
    CHECK(page->table()->rowCount() > 0);
    CHECK(changedRows() == 0);
    CHECK(page->statusText().contains(QStringLiteral("Restored and read back.")));
    CHECK(page->statusText().contains(QStringLiteral("match")));

    // A compare that fails leaves no table behind its message.
    const QString broken = f.dir.filePath(QStringLiteral("broken.json"));
    QFile b(broken);
    REQUIRE(b.open(QIODevice::WriteOnly));
    b.write("{ not json");
    b.close();
    page->setFile(broken);
    page->compare();
    REQUIRE(waitUntil([&] { return failures.size() == 1; }, 10000));
    CHECK(page->table()->rowCount() == 0);
    CHECK(page->statusText() == failures.first());
}

TEST_CASE("a lost meter shows as not connected, and as connected when it answers again",
          "[gui][fixes]")
{
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    MeterSimProcess sim;
    REQUIRE(sim.start(simArgs(state, QStringLiteral("1.0.0"))));
    const quint16 port = sim.tcpPort();
    REQUIRE(f.connectTcp(sim.tcpHost(), port));
    REQUIRE(waitUntil(
        [&] { return f.window->linkStatus().startsWith(QStringLiteral("Connected")); }, 5000));

    sim.kill9(); // the meter is gone: power, cable, whatever
    REQUIRE(waitUntil(
        [&] { return f.window->linkStatus().startsWith(QStringLiteral("Not connected")); }, 20000));
    CHECK(f.window->linkStatus().contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    CHECK(f.window->logText().contains(QStringLiteral("Lost the meter")));

    REQUIRE(sim.start(simArgs(state, QStringLiteral("1.0.0"))
                          .replaceInStrings(QStringLiteral("127.0.0.1:0"),
                                            QStringLiteral("127.0.0.1:%1").arg(port))));
    REQUIRE(waitUntil(
        [&] { return f.window->linkStatus().startsWith(QStringLiteral("Connected")); }, 20000));
}

TEST_CASE("a downgrade is called a downgrade from the wizard to the progress dialog",
          "[gui][fixes]")
{
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    MeterSimProcess sim;
    REQUIRE(sim.start(simArgs(state, QStringLiteral("2.0.0"))));
    const auto pkg = testsupport::makePackage(f.dir.path(), 7350, 1, 3, {1, 5, 0}, 8000, 53);
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
    UpgradeWizard* wizard = toConfirmPage(f, pkg.path, true);
    CHECK(wizard->windowTitle().startsWith(QStringLiteral("Downgrade")));
    CHECK(wizard->buttonText(QWizard::FinishButton).contains(QStringLiteral("downgrade")));
    INFO(wizard->confirmText().toStdString());
    CHECK(wizard->confirmText().startsWith(QStringLiteral("Downgrade meter")));
    CHECK(wizard->confirmText().contains(QStringLiteral("older 1.5.0")));
    UpgradeProgressDialog* progress = startFromWizard(f, wizard);
    CHECK(progress->headline().startsWith(QStringLiteral("Downgrading")));
    CHECK(f.window->logText().contains(QStringLiteral("Downgrade of")));
    REQUIRE(waitUntil([&] { return !progress->isRunning(); }, 60000));
    CHECK(progress->summaryText().contains(QStringLiteral("now runs firmware 1.5.0")));
}

TEST_CASE("Help opens the technician's guide, with its screenshots", "[gui][fixes]")
{
    GuiFixture f;
    REQUIRE(f.window->guideAction());
    CHECK(f.window->guideAction()->shortcut() == QKeySequence(QKeySequence::HelpContents));
    f.window->guideAction()->trigger();
    pump(50);
    GuideDialog* guide = f.window->guideDialog();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK(guide->hasGuide());
    CHECK(guide->title().contains(QStringLiteral("technician's guide")));
    const QString text = guide->browser()->toPlainText();
    CHECK(text.contains(QStringLiteral("Upgrade the firmware")));
    // The pictures the guide shows are there too, where its links point.
    CHECK(text.contains(QChar::ObjectReplacementCharacter)); // images in the text
    CHECK_FALSE(QImage(QStringLiteral(":/guide/screenshots/main-window.png")).isNull());
}

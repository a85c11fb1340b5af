#include "MainWindow.h"

#include "Asker.h"
#include "DemoMeter.h"
#include "GuiLogging.h"
#include "GuiText.h"
#include "GuideDialog.h"
#include "LinkSession.h"
#include "LogFollow.h"
#include "MeterPanel.h"
#include "SetupPage.h"
#include "TemplatesPage.h"
#include "UpgradeFlow.h"
#include "UpgradeProgressDialog.h"
#include "UpgradeWizard.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <utility>

namespace commissioner::gui {

MainWindow::MainWindow(const AppSettings& settings, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_ownAsker(std::make_unique<DialogAsker>()),
      m_asker(m_ownAsker.get())
{
    setWindowTitle(tr("Commissioner"));
    m_tabs = new QTabWidget;
    auto* overview = new QWidget;
    auto* h = new QHBoxLayout(overview);
    m_meterPanel = new MeterPanel;
    m_live = new LiveReadingsPanel;
    h->addWidget(m_meterPanel, 3);
    auto* liveColumn = new QVBoxLayout;
    liveColumn->addWidget(m_live);
    liveColumn->addStretch();
    h->addLayout(liveColumn, 2);
    auto* scroll = new QScrollArea;
    scroll->setWidget(overview);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Alt+M, Alt+T, Alt+C and Alt+H open the menus: the tabs take other letters.
    m_tabs->addTab(scroll, tr("M&eter"));
    m_setup = new SetupPage(&m_settings, m_asker);
    m_tabs->addTab(m_setup, tr("Set&up"));
    m_templates = new TemplatesPage(&m_settings, m_asker);
    m_tabs->addTab(m_templates, tr("Tem&plates"));
    setCentralWidget(m_tabs);

    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setObjectName(QStringLiteral("mainLog"));
    m_log->setMaximumBlockCount(5000);
    followEnd(m_log);
    auto* dock = new QDockWidget(tr("Log"));
    dock->setObjectName(QStringLiteral("logDock"));
    dock->setWidget(m_log);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // About eight lines of log at first, in text units so it scales with the font.
    resizeDocks({dock}, {fontMetrics().height() * 8}, Qt::Vertical);

    m_linkLabel = new QLabel(tr("Not connected"));
    statusBar()->addWidget(m_linkLabel, 1);

    m_flow = new UpgradeFlow(this, &m_settings, m_asker);
    // Every tab shows the model's meter, and none goes on showing one that is gone.
    m_meterPanel->observe(&m_model);
    m_templates->observe(&m_model);
    connect(&m_model, &ConnectedMeter::meterChanged, this, [this](const MeterSnapshot& s) {
        m_setup->setMeter(s);
        m_flow->setMeter(s);
    });
    connect(&m_model, &ConnectedMeter::cleared, this, [this] { m_setup->setMeter(std::nullopt); });
    connect(m_meterPanel, &MeterPanel::recoverRequested, this, &MainWindow::offerRecovery);
    connect(m_flow, &UpgradeFlow::logLine, this, &MainWindow::appendLog);
    connect(m_templates, &TemplatesPage::logLine, this, &MainWindow::appendLog);
    connect(m_setup, &SetupPage::logLine, this, &MainWindow::appendLog);
    connect(m_meterPanel, &MeterPanel::upgradeWith, this,
            [this](const QString& path) { m_flow->openWizard(path); });
    buildMenus();
    updateActions();
    resize(1000, 720);
}

MainWindow::~MainWindow()
{
    m_flow->setSession(nullptr);
    m_templates->setSession(nullptr);
    m_setup->setSession(nullptr);
    m_session.reset();
}

void MainWindow::setAsker(Asker* asker)
{
    m_asker = asker;
    m_flow->setAsker(asker);
    m_templates->setAsker(asker);
    m_setup->setAsker(asker);
}

QString MainWindow::logText() const
{
    return m_log->toPlainText();
}

QString MainWindow::linkStatus() const
{
    return m_linkLabel->text();
}

void MainWindow::appendLog(const QString& text)
{
    m_log->appendPlainText(
        QStringLiteral("%1  %2").arg(QTime::currentTime().toString(Qt::ISODate), text));
    qCInfo(lcGui).noquote() << text;
}

void MainWindow::startDemo()
{
    ConnectionChoice c;
    c.demo = true;
    connectTo(c);
}

void MainWindow::connectTo(const ConnectionChoice& choice)
{
    // Unsent changes on the Setup tab are lost with this link: ask first.
    if (!m_setup->confirmDiscard())
        return;
    disconnectLink();
    m_restoreAfterConnect.clear();
    m_choice = choice;
    if (choice.demo && !useDemoMeter())
        return; // connectTo runs again once the demo meter is ready
    LinkSettings s = m_choice.settings;
    if (s.kind != LinkDescription::Kind::Modem)
        s.retry = m_settings.retryPolicy();

    m_session = std::make_unique<LinkSession>();
    LinkWorker* w = m_session->worker();
    // The session is the context of every connection: what it still has queued goes with it.
    LinkSession* session = m_session.get();
    connectWorker(w, session);
    m_flow->setSession(m_session.get());
    m_templates->setSession(m_session.get());
    m_setup->setSession(m_session.get());
    m_firstRead = true;
    m_linkLabel->setText(tr("Connecting to %1…").arg(m_choice.label()));
    appendLog(tr("Connecting to %1…").arg(m_choice.label()));
    m_session->post([w, s] { w->open(s); });
    updateActions();
}

bool MainWindow::useDemoMeter()
{
    if (!m_demo) {
        m_demo = std::make_unique<DemoMeter>();
        connect(m_demo.get(), &DemoMeter::failed, this, [this](const QString& why) {
            appendLog(tr("The demo meter could not start: %1").arg(why));
            Q_EMIT connectFailed(why);
        });
    }
    if (!m_demo->isReady()) {
        appendLog(tr("Starting the demo meter…"));
        connect(
            m_demo.get(), &DemoMeter::ready, this,
            [this] {
                if (m_choice.demo && !m_session)
                    connectTo(m_choice);
            },
            Qt::SingleShotConnection);
        m_demo->start();
        return false;
    }
    m_choice.settings.kind = LinkDescription::Kind::Tcp;
    m_choice.settings.host = m_demo->host();
    m_choice.settings.port = m_demo->port();
    m_choice.settings.unitId = 1;
    return true;
}

void MainWindow::connectWorker(LinkWorker* w, LinkSession* session)
{
    connect(w, &LinkWorker::opened, session,
            [this](const QString& summary, const LinkWarnings& warnings) {
                onOpened(summary, warnings);
            });
    connect(w, &LinkWorker::openFailed, session,
            [this, session](const LinkError& e) { onOpenFailed(session, e); });
    connect(w, &LinkWorker::meterRead, session, [this](const MeterSnapshot& s) { onMeterRead(s); });
    connect(w, &LinkWorker::requestFailed, session,
            [this](LinkOperation op, const LinkError& e) { onRequestFailed(op, e); });
    connect(w, &LinkWorker::measurementsRead, session,
            [this](const Measurements& values) { onMeasurements(values); });
    connect(w, &LinkWorker::requestRefused, session,
            [this](LinkOperation, LinkRefusal reason) { appendLog(GuiText::refusal(reason)); });
    connect(w, &LinkWorker::newerFirmwareFound, session,
            [this](const QVector<AvailableFirmware>& found) {
                m_meterPanel->showNewerFirmware(found, m_settings.packageDir);
            });
    connect(w, &LinkWorker::upgradeStarted, session, [this] {
        m_live->showUnavailable(tr("Paused while the upgrade runs."));
        m_upgrade->setEnabled(false);
        m_meterPanel->setRecoverEnabled(false);
    });
    connect(w, &LinkWorker::linkMoved, session,
            [this](const LinkDescription& link) { onLinkMoved(link); });
    connectWrites(w, session);
}

void MainWindow::connectWrites(LinkWorker* w, LinkSession* session)
{
    // Before the pages' own connections (made later, in connectTo): they see the model written.
    connect(w, &LinkWorker::settingsWritten, session,
            [this] { m_model.markWritten(MeterWrite::Settings); });
    connect(w, &LinkWorker::templateRestored, session,
            [this](const QString&, const TemplateRestoreOutcome& outcome) {
                if (outcome.backupPath.isEmpty())
                    return; // nothing was written
                m_model.markWritten(MeterWrite::Restore);
                m_setup->reload(); // the Setup tab shows the restored values, not the old ones
            });
    connect(w, &LinkWorker::clockSet, session, [this] { m_model.markWritten(MeterWrite::Clock); });
    connect(w, &LinkWorker::upgradeFinished, session, [this] {
        m_meterPanel->setRecoverEnabled(true);
        m_model.markWritten(MeterWrite::Upgrade); // the worker reads the meter again next
    });
}

void MainWindow::onOpenFailed(LinkSession* session, const LinkError& e)
{
    const QString why = GuiText::linkError(e, m_choice.settings.describe().endpoint);
    const bool modem = m_choice.settings.kind == LinkDescription::Kind::Modem;
    appendLog(tr("Could not connect: %1").arg(why));
    m_linkLabel->setText(tr("Not connected"));
    m_asker->warn(
        this, tr("Could not connect"),
        modem ? tr("The call could not be made: %1\n\nCheck the phone number, the modem's init "
                   "string, the cable to the modem and the telephone line.")
                    .arg(why)
              : tr("%1\n\n%2").arg(m_choice.label(), why));
    // Not from inside the session's own signal: once it is delivered, and only if the person
    // has not connected elsewhere meanwhile.
    QMetaObject::invokeMethod(
        this,
        [this, session] {
            if (m_session.get() == session)
                disconnectLink();
        },
        Qt::QueuedConnection);
    Q_EMIT connectFailed(why);
}

void MainWindow::disconnectLink()
{
    // The question about unsent changes is the Disconnect action's (MainWindowMenus), not
    // this: connectTo, a failed open and the destructor call this too.
    if (!m_session)
        return;
    m_flow->setSession(nullptr);
    m_templates->setSession(nullptr);
    m_setup->setSession(nullptr);
    m_session.reset(); // never waits: the worker ends on its own thread, the client with it
    m_summary.clear();
    m_lost = false;
    m_readAgain = false;
    m_liveRefused = false;
    m_model.clear(); // the Meter, Setup and Templates tabs show no meter
    m_meterPanel->setRecoverEnabled(true);
    m_live->clear();
    m_linkLabel->setText(tr("Not connected"));
    appendLog(tr("Disconnected."));
    updateActions();
    Q_EMIT disconnected();
}

void MainWindow::refresh()
{
    if (!m_session)
        return;
    LinkWorker* w = m_session->worker();
    m_session->post([w] { w->refresh(); });
}

void MainWindow::onOpened(const QString& summary, const LinkWarnings& warnings)
{
    RecentConnections::remember(m_choice);
    m_model.setLink(m_choice.settings.describe());
    m_summary = summary;
    showConnected();
    appendLog(tr("Connected: %1").arg(summary));
    for (const LinkWarning& warning : warnings)
        appendLog(tr("Warning: %1").arg(GuiText::linkWarning(warning)));
    Q_EMIT connected(summary);
}

void MainWindow::onMeterRead(MeterSnapshot s)
{
    const bool first = std::exchange(m_firstRead, false);
    // Back after a loss, the meter may need recovery as on connect (power lost mid-transfer).
    const bool again = std::exchange(m_readAgain, false);
    if (m_lost)
        showConnected(); // back: the status says connected again
    m_model.setMeter(s); // the tabs observe it
    updateActions();
    if (m_flow->isRunning())
        m_upgrade->setEnabled(false);
    LinkWorker* w = m_session->worker();
    const bool normal = s.identity.mode == DeviceMode::Normal && s.state != RecoveryState::Busy;
    m_session->post([w, normal] { w->setLiveReadings(normal); });
    if (!normal)
        m_live->showUnavailable(tr("No readings: the meter is not in normal mode."));
    const QString packageDir = m_settings.packageDir;
    const QString keys = m_settings.keysDir();
    const MeterIdentity id = s.identity;
    m_session->post([w, packageDir, id, keys] { w->findNewerFirmware(packageDir, id, keys); });
    if (first) {
        appendLog(tr("Meter %1 %2, firmware %3, %4.")
                      .arg(s.identity.modelName, s.identity.serialNumber,
                           s.identity.firmware.toString(), GuiText::recoveryState(s.state)));
        if (s.identity.activeEvents)
            appendLog(tr("Active events: %1").arg(GuiText::events(s.identity.activeEvents)));
    }
    Q_EMIT meterShown(s);
    // The prompt last: it may open a modal question.
    if (first && !m_restoreAfterConnect.isEmpty() && s.identity.mode == DeviceMode::Normal) {
        // Back from an XMODEM recovery at factory settings: its backup, through the usual restore.
        // Only if the meter that answers is the one recovered (the use case checks it).
        const QString path = std::exchange(m_restoreAfterConnect, QString());
        m_tabs->setCurrentWidget(m_templates);
        m_templates->offerRestore(path, m_restoreMeter);
    } else if (first || again) {
        m_flow->offerRecovery(s);
    }
}

void MainWindow::offerRecovery()
{
    if (m_meter)
        m_flow->offerRecovery(*m_meter);
}

void MainWindow::onRequestFailed(LinkOperation op, const LinkError& e)
{
    const QString why = GuiText::linkError(e, m_choice.settings.describe().endpoint);
    switch (op) {
    case LinkOperation::Live:
        if (m_meter && m_meter->identity.mode == DeviceMode::Normal)
            m_live->showUnavailable(tr("No reading: %1").arg(why));
        if (e.isTransient())
            showLost(e);
        else
            onLiveRefused();
        break;
    case LinkOperation::Identify:
        appendLog(tr("The meter could not be read: %1").arg(why));
        if (e.isTransient())
            showLost(e);
        else
            m_linkLabel->setText(tr("Connected, but the meter could not be read"));
        break;
    default:
        break;
    }
}

void MainWindow::showLost(const LinkError& e)
{
    // Silence, a dropped socket, a port gone: whatever the link still holds open, the
    // person is not connected to the meter any more. The worker goes on trying.
    if (!m_lost && !m_firstRead)
        appendLog(tr("Lost the meter: %1")
                      .arg(GuiText::linkError(e, m_choice.settings.describe().endpoint)));
    m_lost = true;
    m_linkLabel->setText(tr("Not connected: no answer from %1").arg(m_choice.label()));
}

void MainWindow::showConnected()
{
    m_lost = false;
    m_linkLabel->setText(m_choice.demo ? tr("Connected to the demo meter (%1)").arg(m_summary)
                                       : tr("Connected: %1").arg(m_summary));
}

void MainWindow::onLiveRefused()
{
    // The meter answered, refusing the readings: it is back after a loss, or no longer in
    // normal mode (a single-bank meter whose transfer another tool began). Its identity says
    // which; read once, not on every refused reading.
    if (m_lost)
        meterAnswersAgain();
    else if (!m_liveRefused && m_model.isNormal())
        refresh(); // shows the mode; the Recover button offers recovery, no prompt
    m_liveRefused = true;
}

void MainWindow::meterAnswersAgain()
{
    appendLog(tr("The meter answers again."));
    showConnected();
    // It may be back otherwise: in upgrade mode after losing power mid-transfer, with other
    // firmware, or another meter at the address. Read as on connect, without waiting for F5.
    m_readAgain = true;
    refresh();
}

void MainWindow::onMeasurements(const Measurements& values)
{
    m_liveRefused = false;
    if (m_lost)
        meterAnswersAgain();
    m_live->showReadings(values);
}

void MainWindow::onLinkMoved(const LinkDescription& link)
{
    // The meter took new comm settings and the link followed it: a reconnect, the recent
    // connections, the connection dialog and the status bar go there too.
    const ConnectionChoice was = m_choice;
    m_choice.settings.unitId = link.unitId;
    if (m_choice.settings.kind == LinkDescription::Kind::Serial) {
        m_choice.settings.baudRate = link.baudRate;
        m_choice.settings.parity = link.parity;
    }
    if (!m_choice.demo)
        RecentConnections::moved(was, m_choice);
    // The dialog offers what was typed last: where the meter answers now, not where it did.
    if (m_typed && m_typed->sameAs(was))
        m_typed = m_choice;
    m_model.setLink(link);
    m_summary = link.summary();
    showConnected();
    appendLog(tr("The connection now talks to the meter at %1.").arg(m_summary));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Closing the window loses unsent Setup changes as a disconnect does: ask first.
    if (!m_setup->confirmDiscard()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace commissioner::gui

// MainWindow's menus and tool bar, and the dialogs they open.
#include "Asker.h"
#include "ClockDialog.h"
#include "ConnectionDialog.h"
#include "GuideDialog.h"
#include "HistoryDialog.h"
#include "LibraryVersions.h"
#include "LinkSession.h"
#include "MainWindow.h"
#include "ReportDialog.h"
#include "SettingsDialog.h"
#include "SetupPage.h"
#include "UpgradeFlow.h"
#include "XmodemRecoveryDialog.h"
#include "package/SodiumVersion.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>

namespace commissioner::gui {

void MainWindow::buildMenus()
{
    QMenu* link = menuBar()->addMenu(tr("&Connection"));
    QAction* connectAction =
        link->addAction(tr("&Connect…"), this, &MainWindow::openConnectionDialog);
    connectAction->setShortcut(QKeySequence::Open);
    link->addAction(tr("&Demo meter"), this, &MainWindow::startDemo);
    m_disconnect = link->addAction(tr("D&isconnect"), this, [this] {
        if (m_setup->confirmDiscard()) // unsent Setup changes go with the link
            disconnectLink();
    });
    link->addSeparator();
    link->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows)
        ->setShortcut(QKeySequence::Quit);

    QMenu* meter = menuBar()->addMenu(tr("&Meter"));
    m_refresh = meter->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_upgrade = meter->addAction(tr("&Upgrade firmware…"), this, &MainWindow::openUpgradeWizard);
    m_upgrade->setShortcut(Qt::CTRL | Qt::Key_U);
    m_clock = meter->addAction(tr("&Clock…"), this, &MainWindow::openClock);
    meter->addSeparator();
    // Letters no other item of this menu claims (R, U, C): H and P.
    m_history = meter->addAction(tr("&History…"), this, &MainWindow::openHistory);
    m_history->setObjectName(QStringLiteral("actionHistory"));
    m_report = meter->addAction(tr("Re&port…"), this, &MainWindow::openReport);
    m_report->setObjectName(QStringLiteral("actionReport"));

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&XMODEM recovery…"), this, &MainWindow::openXmodemRecovery);
    tools->addAction(tr("&Settings…"), this, &MainWindow::openSettings)
        ->setShortcut(QKeySequence::Preferences);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_guideAction = help->addAction(tr("&Guide"), this, &MainWindow::showGuide);
    m_guideAction->setObjectName(QStringLiteral("actionGuide"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Commissioner"), this, [this] {
        // The versions a bug report needs: this tool's and those of the libraries it runs with.
        QMessageBox::about(
            this, tr("About Commissioner"),
            tr("<h3>Commissioner %1</h3><p>Commissioning tool for Modbus power meters.</p>")
                    .arg(QStringLiteral(COMMISSIONER_VERSION)) +
                QStringLiteral("<p>%1<br>%2<br>%3</p>")
                    .arg(tr("Qt %1 (built with Qt %2)")
                             .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
                             .toHtmlEscaped(),
                         tr("libmodbus %1 (built with %2)")
                             .arg(libmodbusRuntimeVersion(), libmodbusBuildVersion())
                             .toHtmlEscaped(),
                         tr("libsodium %1").arg(libsodiumVersion()).toHtmlEscaped()));
    });

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(connectAction);
    bar->addAction(m_disconnect);
    bar->addAction(m_refresh);
    bar->addAction(m_upgrade);
}

void MainWindow::updateActions()
{
    const bool on = m_session != nullptr;
    m_disconnect->setEnabled(on);
    m_refresh->setEnabled(on);
    m_upgrade->setEnabled(on && m_meter.has_value());
    // The clock is in the template block: NORMAL mode only.
    const bool normal = on && m_meter && m_meter->identity.mode == DeviceMode::Normal;
    m_clock->setEnabled(normal);
    // As the clock: the meter the window shows, its settings readable for the report.
    m_history->setEnabled(normal);
    m_report->setEnabled(normal);
}

void MainWindow::openConnectionDialog()
{
    ConnectionDialog dialog(this);
    // What was typed last time, even when that connection failed (a mistyped address is
    // corrected, not typed again).
    if (m_typed)
        dialog.setChoice(*m_typed);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_typed = dialog.choice();
    connectTo(*m_typed);
}

void MainWindow::showGuide()
{
    if (!m_guide) {
        m_guide = new GuideDialog(this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::openUpgradeWizard()
{
    if (!m_flow->openWizard())
        appendLog(tr("Connect to a meter first."));
}

void MainWindow::openClock()
{
    if (!m_session)
        return;
    // Bound to the meter the window shows: a meter swapped on the line is not set.
    std::optional<MeterBinding> meter;
    if (m_meter)
        meter = MeterBinding::of(m_meter->identity);
    ClockDialog dialog(m_session.get(), m_settings.dataDir, meter, this);
    connect(&dialog, &ClockDialog::clockSet, this, [this](const QString& backup) {
        appendLog(tr("Meter clock set from this computer's clock (backup %1).")
                      .arg(QDir::toNativeSeparators(backup)));
    });
    connect(&dialog, &ClockDialog::clockShown, this, [this](const QDateTime& meter, qint64 offset) {
        appendLog(tr("Meter clock: %1 (%2 s from this computer).")
                      .arg(meter.toString(Qt::ISODate))
                      .arg(offset));
    });
    dialog.exec();
}

void MainWindow::openHistory()
{
    if (!m_session || !m_meter)
        return;
    HistoryDialog dialog(m_session.get(), m_settings.dataDir, m_meter->identity, this);
    dialog.exec();
}

void MainWindow::openReport()
{
    if (!m_session || !m_meter)
        return;
    ReportDialog dialog(m_session.get(), m_settings.dataDir, m_meter->identity, m_asker, this);
    connect(&dialog, &ReportDialog::reportWritten, this,
            [this](const QString&, const QString& outcome) { appendLog(outcome); });
    connect(&dialog, &ReportDialog::reportFailed, this, [this](const QString& why) {
        appendLog(tr("The commissioning report was not written: %1").arg(why));
    });
    dialog.exec();
}

void MainWindow::openXmodemRecovery()
{
    XmodemRecoveryDialog dialog(m_settings.dataDir, m_asker, this);
    MeterBinding recovered;
    connect(&dialog, &XmodemRecoveryDialog::meterIdentified, this,
            [this, &recovered](const MeterIdentity& m) {
                recovered = MeterBinding::of(m);
                appendLog(tr("XMODEM recovery: %1 %2 installed firmware %3.")
                              .arg(m.modelName, m.serialNumber, m.firmware.toString()));
            });
    connect(&dialog, &XmodemRecoveryDialog::connectRequested, this,
            [this, &recovered](const ConnectionChoice& choice, const QString& backup) {
                connectTo(choice);
                m_restoreAfterConnect = backup; // after connectTo, which clears it
                m_restoreMeter = recovered;
            });
    dialog.exec();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_asker, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings = dialog.settings();
    m_settings.save();
    appendLog(tr("Settings saved."));
    if (m_meter)
        onMeterRead(*m_meter);
}

} // namespace commissioner::gui

#pragma once

#include "AppSettings.h"
#include "ConnectedMeter.h"
#include "ConnectionChoice.h"
#include "GuideDialog.h" // QPointer needs the whole type
#include "LinkWorker.h"
#include "usecases/MeterBinding.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>
#include <optional>

class QAction;
class QCloseEvent;
class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace commissioner::gui {

class Asker;
class DemoMeter;
class LinkSession;
class LiveReadingsPanel;
class MeterPanel;
class SetupPage;
class TemplatesPage;
class UpgradeFlow;

// Single-device mode: one meter at a time, its identity, state and live values, the
// upgrade and recovery flows, the templates page, and a log of what happened.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Tests give their own asker; the window does not own it.
    void setAsker(Asker* asker);

    void connectTo(const ConnectionChoice& choice);
    bool isConnected() const { return m_session != nullptr; }
    LinkSession* session() const { return m_session.get(); } // for dialogs that post to the worker
    const std::optional<MeterSnapshot>& meter() const { return m_model.meter(); }
    // The connected meter as every tab sees it.
    const ConnectedMeter* meterModel() const { return &m_model; }
    const AppSettings& settings() const { return m_settings; }

    MeterPanel* meterPanel() const { return m_meterPanel; }
    LiveReadingsPanel* livePanel() const { return m_live; }
    TemplatesPage* templatesPage() const { return m_templates; }
    SetupPage* setupPage() const { return m_setup; }
    UpgradeFlow* upgradeFlow() const { return m_flow; }
    QTabWidget* tabs() const { return m_tabs; }
    QString logText() const;
    void appendLog(const QString& text);
    QString linkStatus() const; // the status bar's connection text
    QAction* guideAction() const { return m_guideAction; }
    GuideDialog* guideDialog() const { return m_guide; }

public Q_SLOTS:
    void openConnectionDialog();
    void startDemo();
    void disconnectLink();
    void refresh();
    void openUpgradeWizard();
    void openSettings();
    void openClock();
    void openHistory(); // the recorded changes of the meter on the link
    void openReport();  // its commissioning report, PDF or HTML
    void openXmodemRecovery();
    void showGuide();

Q_SIGNALS:
    void connected(const QString& summary);
    void connectFailed(const QString& why);
    void meterShown(const commissioner::MeterSnapshot& meter);
    void disconnected();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    // Points m_choice at the demo meter; false while it starts (connectTo runs again then).
    bool useDemoMeter();
    // The window's own connections to the worker's signals, in the session's context.
    void connectWorker(LinkWorker* w, LinkSession* session);
    void onOpenFailed(LinkSession* session, const LinkError& e);
    void onOpened(const QString& summary, const LinkWarnings& warnings);
    // Each write to the meter tells the model (ConnectedMeter::written).
    void connectWrites(LinkWorker* w, LinkSession* session);
    void onMeterRead(MeterSnapshot s);
    void onRequestFailed(LinkOperation op, const LinkError& e);
    void onLiveRefused();
    void meterAnswersAgain();
    void offerRecovery(); // the Meter tab's Recover…
    void onMeasurements(const Measurements& values);
    void onLinkMoved(const LinkDescription& link);
    void showLost(const LinkError& e);
    void showConnected();
    void updateActions();

    AppSettings m_settings;
    std::unique_ptr<Asker> m_ownAsker;
    Asker* m_asker;
    std::unique_ptr<LinkSession> m_session;
    std::unique_ptr<DemoMeter> m_demo;
    ConnectionChoice m_choice;
    std::optional<ConnectionChoice>
        m_typed;         // the connection dialog's last choice, kept after a failure
    QString m_summary;   // of the open link
    bool m_lost = false; // the open link's meter stopped answering
    bool m_firstRead = false;
    bool m_readAgain = false;   // the identity read after the meter answered again: offer recovery
    bool m_liveRefused = false; // the meter refused its readings (read again once, not each time)
    ConnectedMeter m_model;
    // The model's meter, under the name the menus' code reads it by.
    const std::optional<MeterSnapshot>& m_meter = m_model.meter();
    QString m_restoreAfterConnect; // a backup to offer once the recovered meter is read
    MeterBinding m_restoreMeter;   // ...the meter recovered, which must be the one answering

    QTabWidget* m_tabs;
    MeterPanel* m_meterPanel;
    LiveReadingsPanel* m_live;
    TemplatesPage* m_templates;
    SetupPage* m_setup;
    QPlainTextEdit* m_log;
    QLabel* m_linkLabel;
    UpgradeFlow* m_flow;
    QAction* m_disconnect = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_upgrade = nullptr;
    QAction* m_clock = nullptr;
    QAction* m_history = nullptr;
    QAction* m_report = nullptr;
    QAction* m_guideAction = nullptr;
    QPointer<GuideDialog> m_guide;
};

} // namespace commissioner::gui

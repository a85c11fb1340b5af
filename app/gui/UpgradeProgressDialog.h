#pragma once

#include "settings/TemplateRestore.h"
#include "upgrade/UpgradeTypes.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace commissioner::gui {

class Asker;

// The running upgrade: bar, percent, rate, ETA, stage, comm efficiency, and the log (the
// retries the technician wants to see) growing live. Abort asks first. At the end, the
// summary with links to Upgrade.log and the backup, and the template restore's report.
class UpgradeProgressDialog : public QDialog
{
    Q_OBJECT
public:
    UpgradeProgressDialog(Asker* asker, QWidget* parent = nullptr);

    void setHeadline(const QString& text);
    void showStarted(const QString& logPath);
    void showStage(UpgradeStage stage);
    void showProgress(const UpgradeProgress& p);
    void appendLog(const UpgradeLogEntry& entry);
    void showPaused(bool paused, qint64 limitMs);
    void showResult(const UpgradeResult& r, const QString& logPath);
    void showRestoreStarted(const QString& path);
    void showRestoreReport(const QString& path, const RestoreReport& r);
    void showRestoreFailed(const QString& why);

    bool isRunning() const { return m_running; }
    QString logText() const;
    QString summaryText() const;
    QString headline() const;
    bool pausedShown() const; // the "meter is not answering" banner
    QPlainTextEdit* logView() const { return m_log; }
    int percent() const;

public Q_SLOTS:
    void requestAbort(); // Abort's slot: asks, then emits abortRequested

Q_SIGNALS:
    void abortRequested();

protected:
    void reject() override;

private:
    Asker* m_asker;
    bool m_running = true;
    bool m_aborting = false;
    QLabel* m_headline;
    QLabel* m_stage;
    QProgressBar* m_bar;
    QLabel* m_numbers;
    QLabel* m_paused;
    QPlainTextEdit* m_log;
    QLabel* m_summary;
    QLabel* m_links;
    QLabel* m_restore;
    QPushButton* m_abort;
    QPushButton* m_close;
};

} // namespace commissioner::gui

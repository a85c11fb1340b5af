#pragma once

#include "ConnectionChoice.h"
#include "XmodemWorker.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace commissioner::gui {

class Asker;

// Tools > XMODEM recovery: for a meter that answers no Modbus. Pick the serial port and a
// package (checked at once), Start, power-cycle the meter; the package goes to its
// bootloader, then the meter is identified at its factory settings (19200 8E1 unit 1) and
// the dialog offers to connect to it and to restore its latest template backup. All the
// serial work runs on an XmodemWorker on its own thread (the XmodemRecovery use case).
class XmodemRecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Outcome
    {
        None,
        Installed,
        Refused,
        NoBootloader,
        Cancelled,
        Failed
    };

    XmodemRecoveryDialog(const QString& dataDir, Asker* asker, QWidget* parent = nullptr);
    // Cancels what runs and lets the thread end on its own: the GUI thread never waits for
    // it. The worker and the thread delete themselves once it has ended.
    ~XmodemRecoveryDialog() override;

    void setPort(const QString& device);
    void setPackage(const QString& path); // checks it at once
    void setAllowUnsigned(bool allow);
    void setStartWaitMs(int ms) { m_startWaitMs = ms; }

    bool packageReady() const;
    Outcome outcome() const { return m_outcome; }
    const std::optional<MeterIdentity>& meter() const { return m_meter; }
    QString statusText() const;
    QString resultText() const;
    QString packageText() const;

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void packageChecked(bool usable);
    void finished(commissioner::gui::XmodemRecoveryDialog::Outcome outcome);
    void meterIdentified(const commissioner::MeterIdentity& meter);
    // The person chose to connect; backupPath: the backup to offer for restore, or empty.
    void connectRequested(const commissioner::gui::ConnectionChoice& choice,
                          const QString& backupPath);

protected:
    void reject() override;

private:
    QFormLayout* buildPortAndPackage();
    QDialogButtonBox* buildButtons();
    void connectControls();
    void startWorker(); // moves the worker to its thread, wires its signals, starts the thread
    void choosePackage();
    void onPackageChecked(const LoadedPackage& package);
    void onRecovered(const XmodemRecoveryResult& result, const BackupOffer& offer);
    void onSendFailed(const XmodemSendFailure& failure);
    void onIdentified(const MeterIdentity& meter, const LinkSettings& factory,
                      const BackupOffer& offer);
    void finish(Outcome outcome, const QString& text);
    void setRunning(bool running);
    void updateStart();
    QString port() const;

    QString m_dataDir;
    Asker* m_asker;
    QThread* m_thread; // not owned once the dialog goes: deletes itself when it has ended
    XmodemWorker* m_worker;
    std::optional<LoadedPackage> m_package;
    std::optional<MeterIdentity> m_meter;
    Outcome m_outcome = Outcome::None;
    bool m_running = false;
    int m_startWaitMs = 60000;
    QString m_device;

    QComboBox* m_port;
    QLineEdit* m_file;
    QPushButton* m_choose;
    QLabel* m_packageInfo;
    QCheckBox* m_allowUnsigned;
    QLabel* m_status;
    QProgressBar* m_progress;
    QLabel* m_result;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QPushButton* m_close;
};

} // namespace commissioner::gui

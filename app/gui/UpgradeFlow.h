#pragma once

#include "AppSettings.h"
#include "LinkWorker.h"
#include "UpgradeProgressDialog.h"
#include "UpgradeWizard.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QWidget;

namespace commissioner::gui {

class Asker;
class LinkSession;

// The upgrade and recovery conversations: the wizard, the progress dialog, the recovery
// prompt on connect, and the restore offer when a meter comes back at factory settings.
// It asks (through the Asker) and shows; the worker reads, plans and runs the job.
class UpgradeFlow : public QObject
{
    Q_OBJECT
public:
    UpgradeFlow(QWidget* window, const AppSettings* settings, Asker* asker);

    void setAsker(Asker* asker) { m_asker = asker; }
    void setSession(LinkSession* session); // nullptr when disconnected
    void setMeter(const MeterSnapshot& meter) { m_meter = meter; }

    UpgradeWizard* openWizard(const QString& packagePath = QString());
    // On connect: a meter that needs recovery or holds a pending image brings up the prompt.
    void offerRecovery(const MeterSnapshot& meter);
    void startUpgrade(const LoadedPackage& package, const UpgradeOptions& options, bool recovery);

    bool isRunning() const { return m_running; }
    UpgradeWizard* wizard() const { return m_wizard; }
    UpgradeProgressDialog* progressDialog() const { return m_progress; }

Q_SIGNALS:
    void logLine(const QString& text);
    void upgradeFinished(const commissioner::UpgradeResult& result);
    void restoreFinished(const commissioner::RestoreReport& report);
    void recoveryDeclined();

private:
    void connectPackages(LinkWorker* w, LinkSession* session);
    void connectUpgrade(LinkWorker* w, LinkSession* session);
    void connectRestore(LinkWorker* w, LinkSession* session);
    void onPackageFound(const QByteArray& sha, const QString& path, const QString& origin,
                        int journalAllowUnsigned);
    void askForRecoveryPackage();
    void onRecoveryPackage(const LoadedPackage& p);
    void onFinished(const UpgradeResult& r, const QString& logPath);
    void offerRestore(const UpgradeResult& r);
    void onBackupOffered(const BackupOffer& offer);

    QWidget* m_window;
    const AppSettings* m_settings;
    Asker* m_asker;
    LinkSession* m_session = nullptr;
    std::optional<MeterSnapshot> m_meter;
    QPointer<UpgradeWizard> m_wizard;
    QPointer<UpgradeProgressDialog> m_progress;
    bool m_running = false;
    // recovery in progress
    bool m_recovering = false;
    QString m_recoveryPath;
    int m_journalAllowUnsigned = -1;
    bool m_offering = false; // the worker is choosing the backup to offer
    QString m_restorePath;
    QStringList m_lostSettings; // what the meter came back without
    QList<QMetaObject::Connection> m_connections;
};

} // namespace commissioner::gui

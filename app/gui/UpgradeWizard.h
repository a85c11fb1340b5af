#pragma once

#include "AppSettings.h"
#include "LinkWorker.h"

#include <QPointer>
#include <QWizard>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace commissioner::gui {

class Asker;
class LinkSession;

// Choosing a .UPG, seeing what it is and whether it fits, the checks with their reasons
// (planned on the link's worker), and the confirmation with the backup's place. It only
// shows and asks: the worker reads the package and plans, the job decides what to send.
class UpgradeWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        PackagePage,
        ChecksPage,
        ConfirmPage
    };

    UpgradeWizard(LinkSession* session, const AppSettings& settings, Asker* asker,
                  const MeterSnapshot& meter, QWidget* parent = nullptr);

    void setPackagePath(const QString& path); // loads it on the worker
    bool packageReady() const { return m_package.has_value(); }
    bool planReady() const { return m_plan.has_value(); }
    const std::optional<UpgradePlan>& plan() const { return m_plan; }
    QCheckBox* allowUnsignedBox() const { return m_allowUnsigned; }
    QCheckBox* allowDowngradeBox() const { return m_allowDowngrade; }
    UpgradeOptions options() const;
    QString packageText() const;
    QString findingsText() const;
    QString confirmText() const;

public Q_SLOTS:
    void browse();

Q_SIGNALS:
    void upgradeRequested(const commissioner::LoadedPackage& package,
                          const commissioner::UpgradeOptions& options);
    void packageShown();
    void planShown();

protected:
    void initializePage(int id) override;
    void done(int result) override;

private:
    QWizardPage* buildPackagePage();
    QWizardPage* buildChecksPage();
    QWizardPage* buildConfirmPage();
    void onPackageLoaded(const LoadedPackage& p);
    void onPackageFailed(const PackageError& e);
    void onPlanned(const UpgradePlan& plan);
    void replan();
    bool takePlanReply(); // true for the answer to the latest plan request
    void refreshComplete();
    void updateWords(); // upgrade, reinstall or downgrade, as the chosen package makes it

    QPointer<LinkSession>
        m_session; // null once the link is gone (the flow closes this wizard then)
    AppSettings m_settings;
    Asker* m_asker;
    MeterSnapshot m_meter;
    QString m_pendingPath;
    int m_plansAwaited = 0; // plan requests posted and not yet answered
    std::optional<LoadedPackage> m_package;
    std::optional<UpgradePlan> m_plan;

    QLineEdit* m_path = nullptr;
    QLabel* m_packageInfo = nullptr;
    QLabel* m_planStatus = nullptr;
    QListWidget* m_findings = nullptr;
    QCheckBox* m_allowUnsigned = nullptr;
    QCheckBox* m_allowDowngrade = nullptr;
    QLabel* m_confirm = nullptr;
    QWizardPage* m_pages[3] = {};
};

} // namespace commissioner::gui

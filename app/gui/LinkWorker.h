#pragma once

#include "BusScanner.h"
#include "LinkWarning.h"
#include "meter/LinkError.h"
#include "meter/LinkSettings.h"
#include "meter/Measurements.h"
#include "meter/MeterIdentity.h"
#include "meter/MeterQueries.h"
#include "package/Package.h"
#include "package/PackageError.h"
#include "settings/SettingsEdit.h"
#include "settings/TemplateDiff.h"
#include "settings/TemplateError.h"
#include "settings/TemplateFile.h"
#include "settings/TemplateRestore.h"
#include "store/DataFolder.h"
#include "store/SiteDetails.h"
#include "upgrade/RecoveryState.h"
#include "upgrade/UpgradeImage.h"
#include "upgrade/UpgradePlan.h"
#include "upgrade/UpgradeState.h"
#include "upgrade/UpgradeTypes.h"
#include "usecases/BackupOffer.h"
#include "usecases/HistoryUseCase.h"
#include "usecases/ReportUseCase.h"
#include "usecases/SettingsEditUseCase.h"
#include "usecases/TemplateRestoreUseCase.h"

#include <QDateTime>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QVector>
#include <QWaitCondition>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace commissioner {

class MeterClient;
class UpgradeRun;

// A package read and checked on the worker, ready for planUpgrade/startUpgrade.
struct LoadedPackage
{
    QString path;
    UpgradeImage image;
    SignatureCheck signature;
};

// A newer firmware for the connected meter, found in a package folder.
struct AvailableFirmware
{
    QString path;
    FirmwareVersion version;
    SignatureState signature = SignatureState::Unsigned;
};

struct TemplateComparison
{
    QString path;
    TemplateFile file;
    QVector<DiffRow> rows;
};

// Which request a failure belongs to, so a view knows which of its questions it answers.
enum class LinkOperation
{
    Open,
    Identify,
    Live,
    Plan,
    Upgrade,
    TemplateSave,
    TemplateCompare,
    TemplateRestore,
    Scan,
    FindPackage,
    Clock,
    Report
};

// Why the worker would not even try a request: nothing was sent to the meter.
enum class LinkRefusal
{
    UpgradeRunning, // the upgrade job owns the meter until it ends (its mode, its next block)
};

// One open link to one meter, on its own QThread. It creates and owns the MeterClient (a
// libmodbus context is not thread safe, so it is made and used only on this thread) and
// runs every request: identify on connect, live readings each second, upgrade jobs driven
// by single-shot timers (never a blocking loop, so a cancel or another request gets in
// between two steps), template save/compare/restore and bus scans.
//
// The GUI calls the slots only through queued connections or QMetaObject::invokeMethod with
// Qt::QueuedConnection, and hears back through signals carrying plain values. The exceptions
// are requestCancel() and requestClose(), which only set atomic flags and are safe from any
// thread.
class LinkWorker : public QObject
{
    Q_OBJECT
public:
    explicit LinkWorker(QObject* parent = nullptr);
    ~LinkWorker() override;

    // Any thread: the running upgrade finishes as Cancelled between two requests (the meter
    // keeps what it stored), a bus scan stops between two probes.
    void requestCancel();
    // Any thread: the link is being given up (the person disconnected or closed). On top of
    // requestCancel(), a dial, a connect or a retry pause in progress ends at once, and every
    // later request of this worker ends as Cancelled; the worker only waits to be deleted.
    void requestClose();
    // Any thread: the person's answer to the question the worker waits on (restoreQuestion,
    // settingsQuestion): one at a time, this worker's thread waits for it.
    void answerQuestion(bool yes);

    static void registerTypes();
    static constexpr int LiveIntervalMs = 1000;

public Q_SLOTS:
    void open(const commissioner::LinkSettings& settings);
    void close();
    void refresh(); // runIdentify: meterRead, or requestFailed(Identify)
    void setLiveReadings(bool on);

    void loadPackage(const QString& path, const QString& keysDir);
    void planUpgrade(const commissioner::UpgradeImage& image,
                     const commissioner::UpgradeOptions& options);
    // options.expected names the meter the person confirmed; without it nothing starts.
    // `tool` names the front end in the meter's history.
    void startUpgrade(const commissioner::UpgradeImage& image,
                      const commissioner::UpgradeOptions& options, const QString& dataDir,
                      const QString& tool);
    void cancelUpgrade();

    // Looks for the package of a pending image (journal, data folder, extraDirs).
    void findPackage(const QString& dataDir, const commissioner::MeterIdentity& meter,
                     const QByteArray& imageSha256, const QStringList& extraDirs);
    // Newer firmware for this meter among the .upg files of packageDir.
    void findNewerFirmware(const QString& packageDir, const commissioner::MeterIdentity& meter,
                           const QString& keysDir);

    void saveTemplate(const QString& path, const QString& dataDir);
    void compareTemplate(const QString& path, const QString& dataDir);
    // The template-restore use case (bind, plan, ask, back up, write, read back, record).
    // Its question comes as restoreQuestion; the worker waits for answerRestoreQuestion (or
    // requestClose, a no) before it writes anything. Ends with templateRestored, or
    // templateFailed when it was refused before anything was written.
    void restoreTemplate(const commissioner::TemplateRestoreRequest& request,
                         const QString& dataDir);
    // The restore offered when an upgrade or a recovery brought `meter` back at factory
    // settings: chooses the backup here, off the GUI thread (backupToOffer: `handedPath` only
    // when it is this meter's), says which (backupOffered), then restores it as
    // restoreTemplate does with request.path set to it. An empty offer ends there.
    void restoreOfferedBackup(const commissioner::MeterIdentity& meter, const QString& handedPath,
                              const commissioner::TemplateRestoreRequest& request,
                              const QString& dataDir);

    // The meter's clock (CLOCK_UTC): read it; or set it from this computer's clock, then read
    // it back. Both answer clockRead or clockFailed.
    void readClock();
    void syncClock(const QString& dataDir, const std::optional<MeterBinding>& meter);

    // Needs no open link: the scan opens the serial device itself.
    void scanBus(const commissioner::BusScanOptions& options);

    // The Setup tab. readSettings: every template setting as the meter holds it
    // (settingsRead). writeSettings: the values checked against the meter's profile (none bad,
    // or settingsRejected and nothing sent), the meter's template saved among its backups
    // (or settingsFailed and nothing sent), written with a read-back each, COMM_* last and
    // followed (applySettingsEdit), recorded in the meter's history (settingsWritten, and
    // linkMoved when the link now points at other comm settings), then every setting read
    // again (settingsRead, or settingsFailed). requestId comes back with each answer. The
    // use case asks (settingsQuestion, answered with answerQuestion) after it has read what
    // the meter holds, so the question shows the meter's values, not the tab's last read.
    void readSettings(int requestId, const QString& dataDir);
    void writeSettings(int requestId, const commissioner::TemplateValues& values,
                       const std::optional<commissioner::MeterBinding>& meter,
                       const QString& dataDir);

    // History and report (LinkWorkerReport.cpp); requestId comes back with each answer.
    // readHistory: one meter's recorded changes (runHistory), a file read kept off the GUI
    // thread; needs no link (historyRead).
    void readHistory(int requestId, const QString& dataDir, const QString& serial, int deviceType);
    // The site and customer kept for this meter (siteDetailsLoaded).
    void loadSiteDetails(int requestId, const QString& dataDir,
                         const commissioner::MeterBinding& meter);
    // The report use case (profiles, identity checked against request.meter, settings,
    // readings, upgrade, backup, changes): reportGathered, with request.site and
    // request.customer kept for the meter read; or reportFailed; requestFailed(Report) without
    // a link, requestRefused(Report) while an upgrade runs.
    void gatherReportData(int requestId, const QString& dataDir,
                          const commissioner::ReportRequest& request);

Q_SIGNALS:
    void opened(const QString& summary, const commissioner::LinkWarnings& warnings);
    void openFailed(const commissioner::LinkError& error);
    void closed();
    void meterRead(const commissioner::MeterSnapshot& snapshot);
    void requestFailed(commissioner::LinkOperation operation, const commissioner::LinkError& error);
    // Template, plan, clock and scan requests while an upgrade job runs: refused, not queued.
    void requestRefused(commissioner::LinkOperation operation, commissioner::LinkRefusal reason);
    void measurementsRead(const commissioner::Measurements& values);

    void packageLoaded(const commissioner::LoadedPackage& package);
    void packageFailed(const commissioner::PackageError& error);
    void upgradePlanned(const commissioner::UpgradePlan& plan);
    void upgradeStarted(const QString& logPath);
    void upgradeStage(commissioner::UpgradeStage stage);
    void upgradeProgress(const commissioner::UpgradeProgress& progress);
    void upgradeLog(const commissioner::UpgradeLogEntry& entry);
    void upgradePaused(bool paused, qint64 limitMs);
    void upgradeFinished(const commissioner::UpgradeResult& result, const QString& logPath);

    // path empty: none found. journalAllowUnsigned: -1 no journal for this image, else what
    // the person chose when the interrupted upgrade started.
    void packageFound(const QByteArray& imageSha256, const QString& path, const QString& origin,
                      int journalAllowUnsigned);
    void newerFirmwareFound(const QVector<commissioner::AvailableFirmware>& found);

    void templateSaved(const QString& path);
    void templateCompared(const commissioner::TemplateComparison& comparison);
    void restoreQuestion(const commissioner::TemplateRestoreQuestion& question);
    void settingsQuestion(int requestId, const commissioner::SettingsEditQuestion& question);
    // Before restoreOfferedBackup's question: the backup it offers (path empty: none).
    void backupOffered(const commissioner::BackupOffer& offer);
    void templateRestored(const QString& path, const commissioner::TemplateRestoreOutcome& outcome);
    void templateFailed(commissioner::LinkOperation operation,
                        const commissioner::TemplateError& error);

    // offsetSeconds: the meter's clock minus this computer's, when it was read.
    void clockRead(const QDateTime& meter, qint64 offsetSeconds);
    void clockFailed(const commissioner::TemplateError& error);
    // The clock was set (clockRead follows); backupPath: the meter's settings saved before.
    void clockSet(const QString& backupPath);

    void scanProgress(const commissioner::BusScanProgress& progress);
    void scanFound(const commissioner::FoundMeter& meter);
    void scanFinished(const commissioner::BusScanResult& result);

    void settingsRead(int requestId, const commissioner::TemplateValues& values);
    // backupPath: the template as it was before the change (backups/SERIAL/...-setup.json).
    void settingsWritten(int requestId, const commissioner::SettingsEditReport& report,
                         const QString& backupPath);
    void settingsRejected(int requestId, const QVector<commissioner::SettingInputError>& errors);
    void settingsFailed(int requestId, const commissioner::TemplateError& error);
    // The client talks to the meter at other comm settings now (it followed a COMM_* change).
    void linkMoved(const commissioner::LinkDescription& link);

    void historyRead(int requestId, const commissioner::HistoryRead& history);
    void siteDetailsLoaded(int requestId, const commissioner::SiteDetails& details);
    // siteDetailsError: why the site and customer could not be kept; empty when they were.
    void reportGathered(int requestId, const commissioner::CommissioningReportData& data,
                        const QString& siteDetailsError);
    void reportFailed(int requestId, const commissioner::ReportFailure& failure);

private:
    class JobObserver;
    bool requireClient(LinkOperation operation);
    // False (and requestRefused) while a job runs: it alone talks to the meter then.
    bool requireNoJob(LinkOperation operation);
    void readLive();
    void stepUpgrade();
    void endUpgrade();
    bool requireClockAccess();
    void emitClock();
    // The meter's identity and profile for a Setup request; settingsFailed when there is none.
    bool setupTarget(int requestId, const QString& dataDir, MeterIdentity* id,
                     DeviceProfile* profile);

    std::unique_ptr<MeterClient> m_client;
    std::unique_ptr<UpgradeRun> m_job;
    std::unique_ptr<JobObserver> m_observer;
    QTimer* m_liveTimer = nullptr;
    bool m_liveWanted = false;
    bool m_liveInFlight = false;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_closing{false}; // the client's cancel flag: set once, never cleared
    // The answer to the question the worker waits for.
    QMutex m_answerMutex;
    QWaitCondition m_answerReady;
    std::optional<bool> m_answer;
    // Emits the question (ask), then waits on this thread for answerQuestion; no when closing.
    bool waitForAnswer(const std::function<void()>& ask);
};

} // namespace commissioner

Q_DECLARE_METATYPE(commissioner::LinkSettings)
Q_DECLARE_METATYPE(commissioner::LinkError)
Q_DECLARE_METATYPE(commissioner::LinkWarnings)
Q_DECLARE_METATYPE(commissioner::MeterIdentity)
Q_DECLARE_METATYPE(commissioner::Measurements)
Q_DECLARE_METATYPE(commissioner::UpgradeRegisters)
Q_DECLARE_METATYPE(commissioner::RecoveryState)
Q_DECLARE_METATYPE(commissioner::MeterSnapshot)
Q_DECLARE_METATYPE(commissioner::LinkOperation)
Q_DECLARE_METATYPE(commissioner::LinkRefusal)
Q_DECLARE_METATYPE(commissioner::LoadedPackage)
Q_DECLARE_METATYPE(commissioner::PackageError)
Q_DECLARE_METATYPE(commissioner::UpgradeImage)
Q_DECLARE_METATYPE(commissioner::UpgradeOptions)
Q_DECLARE_METATYPE(commissioner::UpgradePlan)
Q_DECLARE_METATYPE(commissioner::UpgradeStage)
Q_DECLARE_METATYPE(commissioner::UpgradeProgress)
Q_DECLARE_METATYPE(commissioner::UpgradeLogEntry)
Q_DECLARE_METATYPE(commissioner::UpgradeResult)
Q_DECLARE_METATYPE(commissioner::AvailableFirmware)
Q_DECLARE_METATYPE(commissioner::TemplateComparison)
Q_DECLARE_METATYPE(commissioner::RestoreReport)
Q_DECLARE_METATYPE(commissioner::TemplateRestoreRequest)
Q_DECLARE_METATYPE(commissioner::TemplateRestoreQuestion)
Q_DECLARE_METATYPE(commissioner::SettingsEditQuestion)
Q_DECLARE_METATYPE(commissioner::TemplateRestoreOutcome)
Q_DECLARE_METATYPE(commissioner::BackupOffer)
Q_DECLARE_METATYPE(commissioner::TemplateError)
Q_DECLARE_METATYPE(commissioner::BusScanOptions)
Q_DECLARE_METATYPE(commissioner::BusScanProgress)
Q_DECLARE_METATYPE(commissioner::FoundMeter)
Q_DECLARE_METATYPE(commissioner::BusScanResult)
Q_DECLARE_METATYPE(commissioner::TemplateValues)
Q_DECLARE_METATYPE(commissioner::SettingsEditReport)
Q_DECLARE_METATYPE(commissioner::SettingInputError)
Q_DECLARE_METATYPE(commissioner::LinkDescription)
Q_DECLARE_METATYPE(commissioner::HistoryRead)
Q_DECLARE_METATYPE(commissioner::SiteDetails)
Q_DECLARE_METATYPE(commissioner::CommissioningReportData)
Q_DECLARE_METATYPE(commissioner::ReportFailure)

#include "LinkWorker.h"

#include "MeterClientFactory.h"
#include "meter/MeterClock.h"
#include "meter/MeterQueries.h"
#include "package/KeyRing.h"
#include "package/PackageFinder.h"
#include "settings/TemplateBackup.h"
#include "settings/TemplateIo.h"
#include "store/ChangeHistory.h"
#include "upgrade/UpgradeJournal.h"
#include "usecases/BackupOffer.h"
#include "usecases/ClockSetUseCase.h"
#include "usecases/IdentifyUseCase.h"
#include "usecases/SettingsEditUseCase.h"
#include "usecases/UpgradeUseCase.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcLinkWorker, "commissioner.link")

namespace commissioner {

// The job's observer, called on the worker thread: turns each call into a signal.
class LinkWorker::JobObserver : public UpgradeObserver
{
public:
    explicit JobObserver(LinkWorker* worker) : m_worker(worker) {}
    void onStage(UpgradeStage stage) override { Q_EMIT m_worker->upgradeStage(stage); }
    void onProgress(const UpgradeProgress& progress) override
    {
        Q_EMIT m_worker->upgradeProgress(progress);
    }
    void onLog(const UpgradeLogEntry& entry) override { Q_EMIT m_worker->upgradeLog(entry); }
    void onPaused(bool paused, qint64 limitMs) override
    {
        Q_EMIT m_worker->upgradePaused(paused, limitMs);
    }

private:
    LinkWorker* m_worker;
};

namespace {

KeyRing keyRing(const QString& keysDir)
{
    KeyRing ring = KeyRing::builtIn();
    if (!keysDir.isEmpty() && QFileInfo(keysDir).isDir())
        ring.addFolder(keysDir);
    return ring;
}

} // namespace

LinkWorker::LinkWorker(QObject* parent) : QObject(parent)
{
    registerTypes();
    m_liveTimer = new QTimer(this); // a child: it moves with the worker to its thread
    m_liveTimer->setInterval(LiveIntervalMs);
    connect(m_liveTimer, &QTimer::timeout, this, &LinkWorker::readLive);
}

LinkWorker::~LinkWorker()
{
    // The job holds a reference to the client: it goes first.
    m_job.reset();
    m_client.reset();
}

void LinkWorker::registerTypes()
{
    static const bool done = [] {
        qRegisterMetaType<LinkSettings>();
        qRegisterMetaType<LinkError>();
        qRegisterMetaType<LinkWarnings>();
        qRegisterMetaType<MeterIdentity>();
        qRegisterMetaType<Measurements>();
        qRegisterMetaType<UpgradeRegisters>();
        qRegisterMetaType<RecoveryState>();
        qRegisterMetaType<MeterSnapshot>();
        qRegisterMetaType<LinkOperation>();
        qRegisterMetaType<LinkRefusal>();
        qRegisterMetaType<LoadedPackage>();
        qRegisterMetaType<PackageError>();
        qRegisterMetaType<UpgradeImage>();
        qRegisterMetaType<UpgradeOptions>();
        qRegisterMetaType<UpgradePlan>();
        qRegisterMetaType<UpgradeStage>();
        qRegisterMetaType<UpgradeProgress>();
        qRegisterMetaType<UpgradeLogEntry>();
        qRegisterMetaType<UpgradeResult>();
        qRegisterMetaType<AvailableFirmware>();
        qRegisterMetaType<QVector<AvailableFirmware>>();
        qRegisterMetaType<TemplateComparison>();
        qRegisterMetaType<RestoreReport>();
        qRegisterMetaType<TemplateRestoreRequest>();
        qRegisterMetaType<TemplateRestoreQuestion>();
        qRegisterMetaType<SettingsEditQuestion>();
        qRegisterMetaType<TemplateRestoreOutcome>();
        qRegisterMetaType<BackupOffer>();
        qRegisterMetaType<TemplateError>();
        qRegisterMetaType<BusScanOptions>();
        qRegisterMetaType<BusScanProgress>();
        qRegisterMetaType<FoundMeter>();
        qRegisterMetaType<BusScanResult>();
        qRegisterMetaType<TemplateValues>();
        qRegisterMetaType<SettingsEditReport>();
        qRegisterMetaType<SettingInputError>();
        qRegisterMetaType<QVector<SettingInputError>>();
        qRegisterMetaType<LinkDescription>();
        qRegisterMetaType<HistoryRead>();
        qRegisterMetaType<SiteDetails>();
        qRegisterMetaType<CommissioningReportData>();
        qRegisterMetaType<ReportFailure>();
        return true;
    }();
    Q_UNUSED(done);
}

void LinkWorker::requestCancel()
{
    m_cancel = true;
}

void LinkWorker::requestClose()
{
    m_closing = true;
    m_cancel = true;
    QMutexLocker lock(&m_answerMutex);
    m_answerReady.wakeAll(); // a restore question is answered no
}

bool LinkWorker::requireNoJob(LinkOperation operation)
{
    if (!m_job)
        return true;
    qCInfo(lcLinkWorker) << "refused while an upgrade runs: operation" << int(operation);
    Q_EMIT requestRefused(operation, LinkRefusal::UpgradeRunning);
    return false;
}

bool LinkWorker::requireClient(LinkOperation operation)
{
    if (m_client)
        return true;
    LinkError e;
    e.kind = LinkErrorKind::NotConnected;
    e.detail = QStringLiteral("no link is open");
    Q_EMIT requestFailed(operation, e);
    return false;
}

void LinkWorker::open(const LinkSettings& settings)
{
    close();
    LinkWarnings warnings;
    auto client = MeterClientFactory::open(settings, &warnings, &m_closing);
    if (!client) {
        qCInfo(lcLinkWorker) << "open failed:" << describeForLog(client.error());
        Q_EMIT openFailed(client.error());
        return;
    }
    m_client = std::move(client).value();
    const QString summary = m_client->description().summary();
    qCInfo(lcLinkWorker) << "opened" << summary;
    Q_EMIT opened(summary, warnings);
    refresh();
}

void LinkWorker::close()
{
    m_liveTimer->stop();
    m_liveWanted = false;
    if (m_job) {
        m_job->cancel();
        m_job.reset();
        m_observer.reset();
    }
    if (m_client) {
        m_client.reset();
        Q_EMIT closed();
    }
}

void LinkWorker::refresh()
{
    if (!requireClient(LinkOperation::Identify))
        return;
    // The same reads and decisions as the command line's identify and status.
    const IdentifyOutcome found = runIdentify(*m_client);
    if (const auto& error = found.identityError ? found.identityError : found.upgradeError) {
        Q_EMIT requestFailed(LinkOperation::Identify, *error);
        return;
    }
    // The views tell the state apart from the snapshot; these two facts go to the log.
    if (!found.mapSupported)
        qCWarning(lcLinkWorker) << "register map version" << found.snapshot.identity.mapVersion
                                << "is not the supported version" << regs::MapVersionSupported;
    if (found.needsRecover)
        qCInfo(lcLinkWorker) << "unfinished firmware transfer:"
                             << recoveryStateId(found.snapshot.state);
    Q_EMIT meterRead(found.snapshot);
}

void LinkWorker::setLiveReadings(bool on)
{
    m_liveWanted = on;
    if (on && !m_job && m_client) {
        m_liveTimer->start();
        readLive();
    } else if (!on) {
        m_liveTimer->stop();
    }
}

void LinkWorker::readLive()
{
    // Paused while a job runs: the job owns the link's time then.
    if (m_job || !m_client || m_liveInFlight)
        return;
    m_liveInFlight = true;
    const auto values = readMeasurements(*m_client);
    m_liveInFlight = false;
    if (values)
        Q_EMIT measurementsRead(values.value());
    else
        Q_EMIT requestFailed(LinkOperation::Live, values.error());
}

void LinkWorker::loadPackage(const QString& path, const QString& keysDir)
{
    const auto package = Package::readFile(path);
    if (!package) {
        Q_EMIT packageFailed(package.error());
        return;
    }
    LoadedPackage loaded;
    loaded.path = path;
    loaded.signature = package.value().checkSignature(keyRing(keysDir));
    loaded.image = upgradeImageFrom(package.value(), loaded.signature);
    Q_EMIT packageLoaded(loaded);
}

void LinkWorker::planUpgrade(const UpgradeImage& image, const UpgradeOptions& options)
{
    if (!requireClient(LinkOperation::Plan) || !requireNoJob(LinkOperation::Plan))
        return;
    const auto plan = commissioner::planUpgrade(*m_client, image, options);
    if (!plan) {
        Q_EMIT requestFailed(LinkOperation::Plan, plan.error());
        return;
    }
    Q_EMIT upgradePlanned(plan.value());
}

void LinkWorker::startUpgrade(const UpgradeImage& image, const UpgradeOptions& options,
                              const QString& dataDir, const QString& tool)
{
    if (!requireClient(LinkOperation::Upgrade))
        return;
    if (m_job || !options.expected) {
        LinkError e;
        e.kind = LinkErrorKind::InvalidArgument;
        e.detail = m_job ? QStringLiteral("an upgrade is already running on this link")
                         : QStringLiteral("the upgrade names no meter to bind to");
        Q_EMIT requestFailed(LinkOperation::Upgrade, e);
        return;
    }
    m_cancel = m_closing.load();
    m_liveTimer->stop();
    const DataFolder folder(dataDir);
    m_observer = std::make_unique<JobObserver>(this);
    m_job = std::make_unique<UpgradeRun>(*m_client, image, folder, options, *options.expected, tool,
                                         m_observer.get());
    Q_EMIT upgradeStarted(m_job->upgradeLogPath());
    QTimer::singleShot(0, this, &LinkWorker::stepUpgrade);
}

void LinkWorker::cancelUpgrade()
{
    m_cancel = true;
    if (m_job)
        m_job->cancel();
}

void LinkWorker::stepUpgrade()
{
    if (!m_job)
        return;
    if (m_cancel)
        m_job->cancel();
    const UpgradeJob::Step step = m_job->step();
    if (step.finished || m_job->finished()) {
        endUpgrade();
        return;
    }
    // One step at a time, back through the event loop: queued requests run in between.
    QTimer::singleShot(step.delayMs, this, &LinkWorker::stepUpgrade);
}

void LinkWorker::endUpgrade()
{
    const UpgradeResult result = m_job->result();
    const QString logPath = m_job->upgradeLogPath();
    m_job.reset();
    m_observer.reset();
    m_cancel = m_closing.load();
    Q_EMIT upgradeFinished(result, logPath);
    refresh();
    if (m_liveWanted)
        setLiveReadings(true);
}

void LinkWorker::findPackage(const QString& dataDir, const MeterIdentity& meter,
                             const QByteArray& imageSha256, const QStringList& extraDirs)
{
    const DataFolder folder(dataDir);
    // Only a package that fits the meter (device type, hardware range) is offered.
    const auto found = findPackageForMeter(folder, meter, imageSha256, extraDirs).found;
    const auto journal = UpgradeJournal::load(folder, meter.serialNumber, meter.deviceType);
    const int allowUnsigned =
        journal && journal->payloadSha256 == imageSha256 ? (journal->allowUnsigned ? 1 : 0) : -1;
    if (found)
        Q_EMIT packageFound(imageSha256, found->path, found->origin, allowUnsigned);
    else
        Q_EMIT packageFound(imageSha256, QString(), QString(), allowUnsigned);
}

void LinkWorker::restoreOfferedBackup(const MeterIdentity& meter, const QString& handedPath,
                                      const TemplateRestoreRequest& request, const QString& dataDir)
{
    const BackupOffer offer = backupToOffer(DataFolder(dataDir), meter, handedPath);
    Q_EMIT backupOffered(offer); // queued before the restore's question: the GUI knows the path
    if (offer.path.isEmpty())
        return;
    TemplateRestoreRequest offered = request;
    offered.path = offer.path;
    restoreTemplate(offered, dataDir);
}

void LinkWorker::findNewerFirmware(const QString& packageDir, const MeterIdentity& meter,
                                   const QString& keysDir)
{
    QVector<AvailableFirmware> found;
    if (!packageDir.isEmpty()) {
        const KeyRing ring = keyRing(keysDir);
        const QDir dir(packageDir);
        const QStringList names = dir.entryList({QStringLiteral("*.upg"), QStringLiteral("*.UPG")},
                                                QDir::Files | QDir::Readable, QDir::Name);
        for (const QString& name : names) {
            const auto package = Package::readFile(dir.filePath(name));
            if (!package)
                continue;
            const Package& p = package.value();
            if (p.deviceType() != meter.deviceType || meter.hwRevision < p.hwMin() ||
                meter.hwRevision > p.hwMax())
                continue;
            if (!(meter.firmware < p.version()))
                continue;
            found.append({dir.filePath(name), p.version(), p.checkSignature(ring).state});
        }
        std::sort(found.begin(), found.end(),
                  [](const AvailableFirmware& a, const AvailableFirmware& b) {
                      return b.version < a.version;
                  });
    }
    Q_EMIT newerFirmwareFound(found);
}

void LinkWorker::scanBus(const BusScanOptions& options)
{
    // The scan opens the port itself: not while a job of this worker uses it.
    if (!requireNoJob(LinkOperation::Scan))
        return;
    m_cancel = m_closing.load();
    BusScanner scanner(options);
    scanner.setCancelFlag(&m_cancel);
    scanner.setProgressCallback([this](const BusScanProgress& p) { Q_EMIT scanProgress(p); });
    scanner.setFoundCallback([this](const FoundMeter& m) { Q_EMIT scanFound(m); });
    const BusScanResult result = scanner.run();
    m_cancel = m_closing.load();
    Q_EMIT scanFinished(result);
}

} // namespace commissioner

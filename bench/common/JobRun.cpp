#include "JobRun.h"

#include "MeterClientFactory.h"
#include "ThreadCpu.h"
#include "store/DataFolder.h"
#include "upgrade/UpgradeHooksFactory.h"
#include "upgrade/UpgradeJob.h"

#include <QElapsedTimer>

namespace bench {

using namespace commissioner;

namespace {

// Times the transfer stage from outside and cancels at a chosen offset.
class TimingObserver : public UpgradeObserver
{
public:
    explicit TimingObserver(qint64 cancelAt) : m_cancelAt(cancelAt) {}
    UpgradeJob* job = nullptr;
    QElapsedTimer transferClock;
    double transferSeconds = 0;
    double transferCpu = 0;
    double cpuMark = 0;
    qint64 startBytes = -1;
    qint64 endBytes = 0;

    void onStage(UpgradeStage stage) override
    {
        if (stage == UpgradeStage::Transferring && !transferClock.isValid()) {
            transferClock.start();
            cpuMark = threadCpuSeconds();
            m_transferring = true;
        } else if (m_transferring && stage != UpgradeStage::Transferring) {
            // Verifying (done), WaitingForLink or Finished (interrupted): the clock stops here,
            // and an outage's wait is not counted as transfer time.
            transferSeconds += transferClock.nsecsElapsed() / 1e9;
            transferCpu += threadCpuSeconds() - cpuMark;
            m_transferring = false;
        } else if (!m_transferring && stage == UpgradeStage::Transferring) {
            transferClock.restart();
            cpuMark = threadCpuSeconds();
            m_transferring = true;
        }
    }
    void onProgress(const UpgradeProgress& p) override
    {
        if (p.stage == UpgradeStage::Transferring && startBytes < 0)
            startBytes = p.bytesDone;
        endBytes = std::max(endBytes, p.bytesDone);
        if (m_cancelAt >= 0 && p.bytesDone >= m_cancelAt && job)
            job->cancel();
    }

private:
    qint64 m_cancelAt;
    bool m_transferring = false;
};

} // namespace

JobFigures runUpgradeJob(const UpgradeImage& image, const JobRunOptions& o)
{
    JobFigures f;
    QElapsedTimer total;
    total.start();
    auto opened = MeterClientFactory::open(o.link);
    if (!opened) {
        f.outcomeName = QStringLiteral("link not opened");
        return f;
    }
    std::unique_ptr<MeterClient> client = std::move(opened.value());
    DataFolder folder(o.dataDir);
    UpgradeOptions options;
    options.allowUnsigned = true;
    options.reconnectIntervalMs = o.reconnectIntervalMs;
    options.outageWaitMs = o.outageWaitMs;
    TimingObserver observer(o.cancelAtBytes);
    UpgradeJob job(*client, image, folder, options, makeUpgradeHooks(folder), &observer);
    observer.job = &job;
    const UpgradeResult r = job.runToEnd();
    f.totalSeconds = total.nsecsElapsed() / 1e9;
    f.outcome = r.outcome;
    f.outcomeName = upgradeOutcomeName(r.outcome);
    f.transferSeconds = observer.transferSeconds;
    f.transferCpuSeconds = observer.transferCpu;
    f.transferBytes = observer.startBytes >= 0 ? observer.endBytes - observer.startBytes : 0;
    f.bytesSent = r.bytesSent;
    f.retries = job.progress().retries;
    f.resumed = r.resumed;
    f.resumedFrom = r.resumedFrom;
    return f;
}

} // namespace bench

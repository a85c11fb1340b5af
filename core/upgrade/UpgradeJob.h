#pragma once

#include "meter/MeterClient.h"
#include "store/DataFolder.h"
#include "upgrade/UpgradeBudget.h"
#include "upgrade/UpgradeImage.h"
#include "upgrade/UpgradeJournal.h"
#include "upgrade/UpgradePolicy.h"
#include "upgrade/UpgradeState.h"
#include "upgrade/UpgradeTypes.h"

#include <QElapsedTimer>
#include <atomic>
#include <memory>
#include <optional>

namespace commissioner {

// The firmware upgrade of one meter (device-protocol.md section 5) as a state machine driven
// one step at a time; a step makes at most a few requests. The driver (the CLI's loop or a
// link worker's timer) calls step() again after the delay it returns, so cancel, pause and
// progress fall out of it and nothing ever blocks a GUI thread.
//
// Resuming needs no special path: BEGIN with the same image keeps what the meter stored, and
// every transfer continues from the meter's own NEXT_OFFSET. After any loss of the link the
// job re-reads the meter's state and picks up from there.
class UpgradeJob
{
public:
    UpgradeJob(MeterClient& client, UpgradeImage image, DataFolder folder, UpgradeOptions options,
               UpgradeHooks hooks, UpgradeObserver* observer = nullptr);
    ~UpgradeJob();

    struct Step
    {
        bool finished = false;
        int delayMs = 0; // before the next step
    };
    Step step();
    // Runs to the end on this thread, sleeping between steps (the CLI's way).
    UpgradeResult runToEnd();

    // Thread-safe: the next step finishes the job as Cancelled, between two requests.
    void cancel() { m_cancel = true; }
    bool finished() const { return m_state == State::Finished; }
    const UpgradeResult& result() const { return m_result; }
    const UpgradeProgress& progress() const { return m_progress; }
    QString upgradeLogPath() const;

private:
    enum class State
    {
        Identify,
        Preflight,
        Backup,
        Journal,
        Descriptor,
        Begin,
        ReadOffset,
        Transfer,
        Commit,
        PollVerify,
        WaitInstall,
        Confirm,
        Resync,
        Outage,
        WaitBusy, // before the checks: the meter is verifying or installing an earlier image
        Finished
    };

    Step doIdentify();
    Step doPreflight();
    Step doBackup();
    Step doJournal();
    Step doDescriptor();
    Step doBegin();
    Step doReadOffset();
    Step doTransfer();
    Step doCommit();
    Step doPollVerify();
    Step doWaitInstall();
    Step doConfirm();
    Step doResync();
    Step doOutage();
    Step doWaitBusy();

    // Executors of the policy's decisions (UpgradePolicy.h).
    void describeMeter(const MeterIdentity& m);
    void noteTransferStart(quint32 next);
    Step blockAccepted(int length, bool complete);
    Step blockRefused(const upgradepolicy::BlockAction& action, const LinkError& error);
    // What the job knows of itself, as the policy takes it.
    upgradepolicy::JobFacts facts() const;

    Step linkFailure(const LinkError& error, State retryFrom);
    Step finish(UpgradeOutcome outcome, const QString& why = QString());
    Step go(State next, int delayMs = 0);
    void setStage(UpgradeStage stage);
    void log(const QString& event, const QString& text, const QJsonObject& fields = {});
    void countRecord();
    void reportProgress(bool force = false);
    void saveJournalStage(const QString& stage);
    bool isOurImage(const UpgradeRegisters& u) const;
    // Every identity read after the first must be the meter the job started with.
    bool isOurMeter(const MeterIdentity& m) const;
    Step wrongMeter(const MeterIdentity& m);
    Step offSpec(const QString& reg, qint64 value);
    Step stuck(const QString& status, qint64 waitedMs);
    // The budget ran out before a request to `reg`: stop, resumable, naming the limit.
    Step outOfBudget(int reg);
    Step outOfBudget(int reg, BudgetLimit limit); // the policy named the limit
    qint64 waitLimitMs() const;                   // INSTALL_SECONDS plus the margin

    Result<MeterIdentity, LinkError> probeIdentity();
    // Where the link was lost, as the outage policy takes it.
    static upgradepolicy::LostIn lostIn(State state);
    void setQuiet(bool quiet);

    MeterClient& m_client;
    UpgradeImage m_image;
    DataFolder m_folder;
    UpgradeOptions m_options;
    UpgradeHooks m_hooks;
    std::unique_ptr<UpgradeLog> m_log;
    std::unique_ptr<UpgradeObserver> m_logObserver;
    std::unique_ptr<UpgradeObserver> m_journalObserver; // reads m_journal when the job finishes
    // Told of every stage, log line, progress and pause: the log files and the journal first,
    // then the front end's observer when there is one.
    QVector<UpgradeObserver*> m_observers;
    template <typename Call> void notify(const Call& call)
    {
        for (UpgradeObserver* o : m_observers)
            call(*o);
    }

    State m_state = State::Identify;
    State m_resumeState = State::Resync;
    std::atomic<bool> m_cancel{false};
    UpgradeResult m_result;
    UpgradeProgress m_progress;
    UpgradeRegisters m_upgrade;
    std::optional<UpgradeJournal> m_journal;
    UpgradeBudget m_budget;

    quint32 m_offset = 0;
    bool m_offsetKnown = false;
    quint32 m_acknowledged = 0; // since the meter took our image in this job (OffsetObservation)
    int m_commits = 0;
    bool m_haveIdentity = false; // m_result.before holds the meter the job started with
    bool m_prepared = false;     // checks, backup and journal done: writing is allowed
    int m_refusals = 0;          // data writes refused in a row at m_refusedOffset
    quint32 m_refusedOffset = 0;
    QElapsedTimer m_verifyClock;
    QElapsedTimer m_busyClock;
    QString m_strangerSerial; // a meter at the factory settings that is not ours (logged once)
    int m_lastDecile = 0;
    qint64 m_sent = 0;     // attempts
    qint64 m_answered = 0; // attempts that got any answer
    QElapsedTimer m_clock;
    QElapsedTimer m_transferClock;
    quint32 m_transferStartOffset = 0;
    qint64 m_lastProgressMs = -1;
    QElapsedTimer m_outageClock;
    bool m_inOutage = false;
    bool m_quiet = false; // verify and install: silence is expected, not a comms fault
    RetryPolicy m_loudPolicy;
    QElapsedTimer m_installClock;
    qint64 m_installLimitMs = 0;
};

} // namespace commissioner

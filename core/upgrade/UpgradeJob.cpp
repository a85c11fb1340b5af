#include "upgrade/UpgradeJob.h"

#include "base/Logging.h"
#include "base/PrintableText.h"
#include "meter/MeterQueries.h"
#include "settings/CommSettings.h"
#include "upgrade/UpgradeJobDetail.h"
#include "upgrade/UpgradeJournalObserver.h"
#include "upgrade/UpgradeLogObserver.h"
#include "upgrade/UpgradePlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QThread>
#include <algorithm>

namespace commissioner {

namespace upgradejob {

QString percentText(double v)
{
    return QString::number(v * 100.0, 'f', 1) + QLatin1Char('%');
}

QString elapsedText(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 60)
        return QStringLiteral("%1 s").arg(s);
    return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60);
}

} // namespace upgradejob

using namespace upgradejob;

UpgradeJob::UpgradeJob(MeterClient& client, UpgradeImage image, DataFolder folder,
                       UpgradeOptions options, UpgradeHooks hooks, UpgradeObserver* observer)
    : m_client(client), m_image(std::move(image)), m_folder(std::move(folder)), m_options(options),
      m_hooks(std::move(hooks)), m_budget(m_options.limits, m_image.payload.size())
{
    m_log = std::make_unique<UpgradeLog>(m_folder.upgradeLogPath(), m_folder.upgradeJsonLogPath());
    m_logObserver = std::make_unique<UpgradeLogObserver>(*m_log);
    m_journalObserver = std::make_unique<UpgradeJournalObserver>(m_folder, m_journal);
    m_observers << m_logObserver.get() << m_journalObserver.get();
    if (observer)
        m_observers << observer;
    m_progress.bytesTotal = m_image.payload.size();
    m_clock.start();

    // Every retry is ours and each one is a line of the retry log.
    m_client.setRetryObserver([this](int k, int n, const LinkError& why, const RequestRecord&) {
        if (m_quiet)
            return;
        ++m_progress.retries;
        const bool silent = why.kind != LinkErrorKind::BadResponse;
        log(QStringLiteral("retry"),
            QStringLiteral("%1... resending (%2 of %3)")
                .arg(silent ? QStringLiteral("No response") : QStringLiteral("Bad response"))
                .arg(k)
                .arg(n),
            {{QStringLiteral("retry"), k},
             {QStringLiteral("of"), n},
             {QStringLiteral("reason"), linkErrorKindName(why.kind)},
             {QStringLiteral("register"), why.address},
             {QStringLiteral("detail"), describeForLog(why)}});
    });

    const QDateTime now = QDateTime::currentDateTime();
    const LinkDescription link = m_client.description();
    // Runs follow each other in one file: a rule between them, as people scroll it.
    log(QStringLiteral("start"), QString(60, QLatin1Char('-')));
    log(QStringLiteral("start"),
        QStringLiteral("Upgrade started at %1").arg(UpgradeLog::longTime(now)),
        {{QStringLiteral("tool_version"), QStringLiteral(COMMISSIONER_VERSION)}});
    log(QStringLiteral("start"), QStringLiteral("Software Version (Build): Commissioner %1")
                                     .arg(QStringLiteral(COMMISSIONER_VERSION)));
    log(QStringLiteral("start"),
        QStringLiteral("Firmware Version = %1V%2")
            .arg(m_image.deviceType)
            .arg(m_image.version.toString()),
        {{QStringLiteral("package_version"), m_image.version.toString()},
         {QStringLiteral("device_type"), m_image.deviceType}});
    log(QStringLiteral("start"),
        QStringLiteral("Firmware dated %1")
            .arg(QLocale(QLocale::English)
                     .toString(m_image.buildTime.toUTC(),
                               QStringLiteral("ddd MMM d HH:mm:ss yyyy 'UTC'"))),
        {{QStringLiteral("build_time"), m_image.buildTime.toUTC().toString(Qt::ISODate)}});
    log(QStringLiteral("start"), QStringLiteral("Package = %1").arg(m_image.sourcePath),
        {{QStringLiteral("payload_sha256"), QString::fromLatin1(m_image.payloadSha256.toHex())},
         {QStringLiteral("payload_size"), m_image.payload.size()}});
    log(QStringLiteral("start"), QStringLiteral("Link = %1").arg(link.summary()),
        {{QStringLiteral("link"), link.summary()}});
}

UpgradeJob::~UpgradeJob()
{
    m_client.setRetryObserver({});
}

QString UpgradeJob::upgradeLogPath() const
{
    return m_log->textPath();
}

UpgradeJob::Step UpgradeJob::step()
{
    if (m_state == State::Finished)
        return {true, 0};
    if (m_cancel) {
        return finish(
            UpgradeOutcome::Cancelled,
            QStringLiteral(
                "cancelled by the user; the meter holds %1 of %2 bytes and can be resumed")
                .arg(m_offset)
                .arg(m_image.payload.size()));
    }
    if (!m_budget.checkDeadline(m_clock.elapsed()))
        return outOfBudget(0);
    switch (m_state) {
    case State::Identify:
        return doIdentify();
    case State::Preflight:
        return doPreflight();
    case State::Backup:
        return doBackup();
    case State::Journal:
        return doJournal();
    case State::Descriptor:
        return doDescriptor();
    case State::Begin:
        return doBegin();
    case State::ReadOffset:
        return doReadOffset();
    case State::Transfer:
        return doTransfer();
    case State::Commit:
        return doCommit();
    case State::PollVerify:
        return doPollVerify();
    case State::WaitInstall:
        return doWaitInstall();
    case State::Confirm:
        return doConfirm();
    case State::Resync:
        return doResync();
    case State::Outage:
        return doOutage();
    case State::WaitBusy:
        return doWaitBusy();
    case State::Finished:
        break;
    }
    return {true, 0};
}

UpgradeResult UpgradeJob::runToEnd()
{
    for (;;) {
        const Step s = step();
        if (s.finished)
            return m_result;
        if (s.delayMs > 0)
            QThread::msleep(s.delayMs);
    }
}

// ---- bookkeeping ---------------------------------------------------------------------------

UpgradeJob::Step UpgradeJob::finish(UpgradeOutcome outcome, const QString& why)
{
    setQuiet(false);
    m_result.outcome = outcome;
    m_result.elapsedMs = m_clock.elapsed();
    m_state = State::Finished;
    const QString when = UpgradeLog::longTime(QDateTime::currentDateTime());
    const QJsonObject fields{{QStringLiteral("outcome"), upgradeOutcomeName(outcome)},
                             {QStringLiteral("elapsed_ms"), m_result.elapsedMs},
                             {QStringLiteral("bytes_sent"), m_result.bytesSent},
                             {QStringLiteral("comm_efficiency"), m_progress.commEfficiency},
                             {QStringLiteral("reason"), why}};
    if (outcome == UpgradeOutcome::Succeeded) {
        log(QStringLiteral("result"),
            QStringLiteral("Upgrade completed at %1 (took %2)")
                .arg(when, elapsedText(m_result.elapsedMs)),
            fields);
    } else {
        if (outcome == UpgradeOutcome::LinkLost)
            log(QStringLiteral("result"), QStringLiteral("No response... aborting"));
        log(QStringLiteral("result"),
            QStringLiteral("Upgrade failed at %1: %2 (after %3)")
                .arg(when, why, elapsedText(m_result.elapsedMs)),
            fields);
    }
    notify([&](UpgradeObserver& o) { o.onFinished(m_result); }); // the journal's last word too
    m_log->close();
    setStage(UpgradeStage::Finished);
    return {true, 0};
}

UpgradeJob::Step UpgradeJob::go(State next, int delayMs)
{
    m_state = next;
    return {false, delayMs};
}

void UpgradeJob::setStage(UpgradeStage stage)
{
    if (m_progress.stage == stage)
        return;
    m_progress.stage = stage;
    notify([&](UpgradeObserver& o) {
        o.onStage(stage);
        o.onProgress(m_progress);
    });
}

void UpgradeJob::log(const QString& event, const QString& text, const QJsonObject& fields)
{
    if (text.isEmpty())
        return;
    const UpgradeLogEntry entry{QDateTime::currentDateTime(), event, text, fields};
    qCInfo(lcUpgrade).noquote() << text;
    notify([&](UpgradeObserver& o) { o.onLog(entry); });
}

void UpgradeJob::countRecord()
{
    if (m_quiet)
        return; // a meter that is busy hashing or installing is not a comms fault
    const RequestRecord rec = m_client.lastRecord();
    for (const AttemptRecord& a : rec.attempts) {
        ++m_sent;
        if (a.ok || a.error.kind == LinkErrorKind::Exception)
            ++m_answered;
    }
    m_progress.commEfficiency = m_sent > 0 ? double(m_answered) / double(m_sent) : 1.0;
}

void UpgradeJob::reportProgress(bool force)
{
    const qint64 total = m_image.payload.size();
    const qint64 nowMs = m_transferClock.isValid() ? m_transferClock.elapsed() : 0;
    const int decile = int(qint64(m_offset) * 10 / std::max<qint64>(1, total));
    const bool observerDue = force || m_lastProgressMs < 0 || nowMs - m_lastProgressMs >= 50;
    if (!observerDue && decile == m_lastDecile)
        return; // nothing to say for this block: keep the per-block cost low
    const qint64 moved = qint64(m_offset) - qint64(m_transferStartOffset);
    if (nowMs > 0 && moved > 0) {
        m_progress.bytesPerSecond = double(moved) * 1000.0 / double(nowMs);
        m_progress.etaSeconds = int(double(total - m_offset) / m_progress.bytesPerSecond);
    }
    while (m_lastDecile < decile && m_lastDecile < 10) {
        ++m_lastDecile;
        log(QStringLiteral("progress"), QStringLiteral("%1% completed").arg(m_lastDecile * 10),
            {{QStringLiteral("percent"), m_lastDecile * 10},
             {QStringLiteral("offset"), qint64(m_offset)},
             {QStringLiteral("bytes_per_second"), m_progress.bytesPerSecond}});
        log(QStringLiteral("progress"),
            QStringLiteral("Comm efficiency = %1").arg(percentText(m_progress.commEfficiency)),
            {{QStringLiteral("comm_efficiency"), m_progress.commEfficiency}});
    }
    // Observers get at most ~20 updates a second: enough for a bar, cheap for a GUI.
    if (observerDue) {
        m_lastProgressMs = nowMs;
        notify([&](UpgradeObserver& o) { o.onProgress(m_progress); });
    }
}

void UpgradeJob::saveJournalStage(const QString& stage)
{
    if (m_journal)
        m_journal->saveStage(m_folder, stage);
}

void UpgradeJob::setQuiet(bool quiet)
{
    if (quiet == m_quiet)
        return;
    m_quiet = quiet;
    if (quiet) {
        // Probes while the meter hashes or installs: one attempt each, no retries.
        m_loudPolicy = m_client.retryPolicy();
        RetryPolicy p = m_loudPolicy;
        p.retries = 0;
        m_client.setRetryPolicy(p);
    } else {
        m_client.setRetryPolicy(m_loudPolicy);
    }
}

bool UpgradeJob::isOurMeter(const MeterIdentity& m) const
{
    return !m_haveIdentity || (m.serialNumber == m_result.before.serialNumber &&
                               m.deviceType == m_result.before.deviceType);
}

UpgradeJob::Step UpgradeJob::wrongMeter(const MeterIdentity& m)
{
    m_result.stranger = m;
    // Once BEGIN went out, "nothing was written" would be false: the address took it, and it
    // may be the same meter now reporting another serial number.
    m_result.strangerAfterWrites = m_budget.used(BudgetLimit::Begins) > 0 || m_commits > 0;
    return finish(UpgradeOutcome::WrongMeter,
                  QStringLiteral("another meter answers (serial number %1, type %2), not the one "
                                 "the upgrade started on (serial number %3, type %4); nothing is "
                                 "written to it")
                      .arg(printableText(m.serialNumber))
                      .arg(m.deviceType)
                      .arg(printableText(m_result.before.serialNumber))
                      .arg(m_result.before.deviceType));
}

UpgradeJob::Step UpgradeJob::offSpec(const QString& reg, qint64 value)
{
    m_result.offSpecRegister = reg;
    m_result.offSpecValue = value;
    return finish(UpgradeOutcome::MeterOffSpec,
                  QStringLiteral("the meter reports %1 = %2, which the protocol does not allow; "
                                 "nothing more is written")
                      .arg(reg)
                      .arg(value));
}

UpgradeJob::Step UpgradeJob::stuck(const QString& status, qint64 waitedMs)
{
    m_result.stuckStatus = status;
    m_result.stuckSeconds = int(waitedMs / 1000);
    return finish(UpgradeOutcome::MeterStuck,
                  QStringLiteral("the meter stayed %1 for %2 (INSTALL_SECONDS %3 plus %4 s of "
                                 "margin); it keeps the image and can be resumed")
                      .arg(status, elapsedText(waitedMs))
                      .arg(m_upgrade.installSeconds)
                      .arg(m_options.installMarginMs / 1000));
}

qint64 UpgradeJob::waitLimitMs() const
{
    return upgradepolicy::installWaitLimitMs(m_upgrade.installSeconds, m_budget,
                                             m_options.installMarginMs);
}

UpgradeJob::Step UpgradeJob::outOfBudget(int reg)
{
    return outOfBudget(reg, m_budget.exhausted());
}

UpgradeJob::Step UpgradeJob::outOfBudget(int reg, BudgetLimit limit)
{
    const BudgetCount spent = m_budget.count(limit);
    m_result.budgetLimit = limit;
    m_result.budgetUsed = spent.used;
    m_result.budgetAllowed = spent.allowed;
    m_result.budgetRegister = reg;
    m_result.budgetOffset = m_offset;
    return finish(UpgradeOutcome::OutOfBudget,
                  QStringLiteral("the job spent its limit of %1 (%2 of %3) before a request to "
                                 "register %4; the meter holds %5 of %6 bytes and can be resumed")
                      .arg(budgetLimitName(limit))
                      .arg(m_result.budgetUsed)
                      .arg(m_result.budgetAllowed)
                      .arg(reg)
                      .arg(m_offset)
                      .arg(m_image.payload.size()));
}

bool UpgradeJob::isOurImage(const UpgradeRegisters& u) const
{
    return upgradepolicy::holdsImage(u, facts().image);
}

upgradepolicy::JobFacts UpgradeJob::facts() const
{
    upgradepolicy::JobFacts f;
    f.image.sha256 = m_image.payloadSha256;
    f.image.size = m_image.payload.size();
    f.image.version = m_image.version;
    f.image.deviceType = m_image.deviceType;
    f.prepared = m_prepared;
    f.commits = m_commits;
    f.begins = m_budget.count(BudgetLimit::Begins);
    f.commitBudget = m_budget.count(BudgetLimit::Commits);
    f.refusals = m_budget.count(BudgetLimit::Refusals);
    return f;
}

} // namespace commissioner

#pragma once

#include <QString>
#include <QtGlobal>

namespace commissioner {

// What one upgrade job may spend, whatever the meter does. Every state draws on the same
// budget and no success refills it: a meter that alternates an accepted block with a refusal,
// acknowledges blocks it does not keep, or sends NEXT_OFFSET back to 0 still ends the job.
struct UpgradeLimits
{
    // Payload bytes written, repeats included: this many times the image, plus a few blocks.
    int bytesFactor = 3;
    qint64 bytesSlack = 16 * 240;
    int refusals = 32;   // exceptions answered to data writes, in the whole job
    int linkLosses = 32; // times the link was lost (an outage counts once, however long)
    int begins = 4;      // BEGIN requests (the first and three more after the meter lost the image)
    int commits = 3;     // COMMIT requests (again after a power loss, not forever)
    // The longest INSTALL_SECONDS the tool waits for; a meter that says more is waited for
    // this long (the spec's register allows about 18 h).
    int maxInstallSeconds = 3600;
    qint64 deadlineMs = 8LL * 3600 * 1000; // the whole job, outages included
};

enum class BudgetLimit
{
    None,
    Bytes,
    Refusals,
    LinkLosses,
    Begins,
    Commits,
    Deadline,
};
// "bytes sent", "refused data writes", ... (English, for the log and --json).
QString budgetLimitName(BudgetLimit limit);

// One limit of the job's budget, as values: what was spent and what may be.
struct BudgetCount
{
    qint64 used = 0;
    qint64 allowed = 0;
    bool allows(qint64 n = 1) const { return used + n <= allowed; }
};

class UpgradeBudget
{
public:
    UpgradeBudget(const UpgradeLimits& limits, qint64 imageSize);

    // Each spends one (or n) of its kind; false, and exhausted() names it, when that would go
    // over the limit: the request must not be sent.
    bool spendBytes(qint64 n);
    bool spendRefusal();
    bool spendLinkLoss();
    bool spendBegin();
    bool spendCommit();
    bool checkDeadline(qint64 elapsedMs);
    // Whether n more of its kind could be spent, spending nothing: for a request that leads
    // to a limited one (the descriptor to its BEGIN). False, and exhausted() names the limit,
    // when they could not.
    bool require(BudgetLimit limit, qint64 n = 1);

    BudgetLimit exhausted() const { return m_exhausted; }
    qint64 used(BudgetLimit limit) const;
    qint64 allowed(BudgetLimit limit) const;
    BudgetCount count(BudgetLimit limit) const { return {used(limit), allowed(limit)}; }
    int installWaitSeconds(int meterSays) const;
    const UpgradeLimits& limits() const { return m_limits; }

private:
    bool spend(BudgetLimit limit, qint64* used, qint64 n);

    UpgradeLimits m_limits;
    qint64 m_bytesAllowed = 0;
    qint64 m_bytes = 0;
    qint64 m_refusals = 0;
    qint64 m_linkLosses = 0;
    qint64 m_begins = 0;
    qint64 m_commits = 0;
    qint64 m_elapsedMs = 0;
    BudgetLimit m_exhausted = BudgetLimit::None;
};

} // namespace commissioner

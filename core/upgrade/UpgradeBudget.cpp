#include "upgrade/UpgradeBudget.h"

#include <algorithm>

namespace commissioner {

QString budgetLimitName(BudgetLimit limit)
{
    switch (limit) {
    case BudgetLimit::None:
        return QStringLiteral("none");
    case BudgetLimit::Bytes:
        return QStringLiteral("bytes sent");
    case BudgetLimit::Refusals:
        return QStringLiteral("refused data writes");
    case BudgetLimit::LinkLosses:
        return QStringLiteral("losses of the link");
    case BudgetLimit::Begins:
        return QStringLiteral("BEGIN requests");
    case BudgetLimit::Commits:
        return QStringLiteral("COMMIT requests");
    case BudgetLimit::Deadline:
        return QStringLiteral("time (ms)");
    }
    return QString();
}

UpgradeBudget::UpgradeBudget(const UpgradeLimits& limits, qint64 imageSize) : m_limits(limits)
{
    m_bytesAllowed = std::max<qint64>(1, limits.bytesFactor) * std::max<qint64>(0, imageSize) +
                     std::max<qint64>(0, limits.bytesSlack);
}

bool UpgradeBudget::spend(BudgetLimit limit, qint64* used, qint64 n)
{
    if (m_exhausted != BudgetLimit::None)
        return false;
    if (!BudgetCount{*used, allowed(limit)}.allows(n)) {
        m_exhausted = limit;
        return false;
    }
    *used += n;
    return true;
}

bool UpgradeBudget::spendBytes(qint64 n)
{
    return spend(BudgetLimit::Bytes, &m_bytes, n);
}

bool UpgradeBudget::spendRefusal()
{
    return spend(BudgetLimit::Refusals, &m_refusals, 1);
}

bool UpgradeBudget::spendLinkLoss()
{
    return spend(BudgetLimit::LinkLosses, &m_linkLosses, 1);
}

bool UpgradeBudget::spendBegin()
{
    return spend(BudgetLimit::Begins, &m_begins, 1);
}

bool UpgradeBudget::spendCommit()
{
    return spend(BudgetLimit::Commits, &m_commits, 1);
}

bool UpgradeBudget::checkDeadline(qint64 elapsedMs)
{
    if (m_exhausted != BudgetLimit::None)
        return false;
    m_elapsedMs = elapsedMs;
    if (m_limits.deadlineMs > 0 && elapsedMs > m_limits.deadlineMs) {
        m_exhausted = BudgetLimit::Deadline;
        return false;
    }
    return true;
}

bool UpgradeBudget::require(BudgetLimit limit, qint64 n)
{
    if (m_exhausted != BudgetLimit::None)
        return false;
    if (!count(limit).allows(n)) {
        m_exhausted = limit;
        return false;
    }
    return true;
}

qint64 UpgradeBudget::used(BudgetLimit limit) const
{
    switch (limit) {
    case BudgetLimit::Bytes:
        return m_bytes;
    case BudgetLimit::Refusals:
        return m_refusals;
    case BudgetLimit::LinkLosses:
        return m_linkLosses;
    case BudgetLimit::Begins:
        return m_begins;
    case BudgetLimit::Commits:
        return m_commits;
    case BudgetLimit::Deadline:
        return m_elapsedMs;
    case BudgetLimit::None:
        break;
    }
    return 0;
}

qint64 UpgradeBudget::allowed(BudgetLimit limit) const
{
    switch (limit) {
    case BudgetLimit::Bytes:
        return m_bytesAllowed;
    case BudgetLimit::Refusals:
        return m_limits.refusals;
    case BudgetLimit::LinkLosses:
        return m_limits.linkLosses;
    case BudgetLimit::Begins:
        return m_limits.begins;
    case BudgetLimit::Commits:
        return m_limits.commits;
    case BudgetLimit::Deadline:
        return m_limits.deadlineMs;
    case BudgetLimit::None:
        break;
    }
    return 0;
}

int UpgradeBudget::installWaitSeconds(int meterSays) const
{
    return std::clamp(meterSays, 0, std::max(0, m_limits.maxInstallSeconds));
}

} // namespace commissioner

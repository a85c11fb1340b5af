#include "upgrade/UpgradeJournalObserver.h"

namespace commissioner {

UpgradeJournalObserver::UpgradeJournalObserver(DataFolder folder,
                                               const std::optional<UpgradeJournal>& journal)
    : m_folder(std::move(folder)), m_journal(journal)
{
}

void UpgradeJournalObserver::onFinished(const UpgradeResult& result)
{
    if (result.outcome == UpgradeOutcome::Succeeded) {
        UpgradeJournal::remove(m_folder, result.before.serialNumber, result.before.deviceType);
        return;
    }
    if (!m_journal)
        return;
    UpgradeJournal j = *m_journal; // the job's copy stays as it was
    j.saveStage(m_folder,
                result.resumable() ? QStringLiteral("interrupted") : QStringLiteral("failed"));
}

} // namespace commissioner

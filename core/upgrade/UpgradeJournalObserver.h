#pragma once

#include "store/DataFolder.h"
#include "upgrade/UpgradeJournal.h"
#include "upgrade/UpgradeTypes.h"

#include <optional>

namespace commissioner {

// The journal's last word, as an observer of the job: removed after a success, otherwise
// saved at stage "interrupted" (resumable) or "failed". Its first write, before BEGIN, stays
// in the job: the job stops when it cannot be written.
class UpgradeJournalObserver : public UpgradeObserver
{
public:
    // `journal` is the job's own, as it stands when the job finishes.
    UpgradeJournalObserver(DataFolder folder, const std::optional<UpgradeJournal>& journal);
    void onFinished(const UpgradeResult& result) override;

private:
    DataFolder m_folder;
    const std::optional<UpgradeJournal>& m_journal;
};

} // namespace commissioner

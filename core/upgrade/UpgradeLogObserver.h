#pragma once

#include "upgrade/UpgradeLog.h"
#include "upgrade/UpgradeTypes.h"

namespace commissioner {

// Upgrade.log and upgrade.jsonl as one observer of the job among others (the front end's
// progress dialog or terminal): the job says what happened, each observer keeps its part.
class UpgradeLogObserver : public UpgradeObserver
{
public:
    explicit UpgradeLogObserver(UpgradeLog& log) : m_log(log) {}
    void onLog(const UpgradeLogEntry& entry) override { m_log.append(entry); }

private:
    UpgradeLog& m_log;
};

} // namespace commissioner

#pragma once

#include "meter/LinkSettings.h"
#include "upgrade/UpgradeImage.h"
#include "upgrade/UpgradeTypes.h"

#include <QString>

namespace bench {

// What one run of the product's UpgradeJob did, timed from outside the job.
struct JobFigures
{
    commissioner::UpgradeOutcome outcome = commissioner::UpgradeOutcome::MeterError;
    QString outcomeName;
    double transferSeconds = 0; // first block written .. last block answered (stage Transferring)
    qint64 transferBytes = 0;   // payload moved in that time (NEXT_OFFSET progress)
    double transferCpuSeconds = 0; // this thread's CPU time in that time
    double totalSeconds = 0;       // the whole upgrade: identify .. confirmed
    qint64 bytesSent = 0;          // the job's own count, repeats included
    int retries = 0;
    bool resumed = false;
    quint32 resumedFrom = 0;
    double rate() const { return transferSeconds > 0 ? transferBytes / transferSeconds : 0; }
};

struct JobRunOptions
{
    commissioner::LinkSettings link;
    QString dataDir;           // the job's DataFolder (journal, logs, package copy, backups)
    qint64 cancelAtBytes = -1; // cancel the job once this much is stored (the tool "killed")
    int reconnectIntervalMs = 200;
    int outageWaitMs = 60000;
};

// Runs UpgradeJob::runToEnd() on this thread, the CLI's way (MeterClientFactory, makeUpgradeHooks).
JobFigures runUpgradeJob(const commissioner::UpgradeImage& image, const JobRunOptions& options);

} // namespace bench

#pragma once

#include "meter/MeterBinding.h"
#include "meter/MeterClient.h"
#include "store/DataFolder.h"
#include "upgrade/UpgradeImage.h"
#include "upgrade/UpgradeJob.h"
#include "upgrade/UpgradePlan.h"
#include "upgrade/UpgradeTypes.h"

#include <QString>
#include <memory>

namespace commissioner {

// The firmware upgrade, and the recovery that finishes one, as one use case for both front
// ends. It comes in two halves with the person's question between them, because the desktop
// asks on a wizard page, not from inside a call:
//   1. planUpgrade (upgrade/UpgradePlan.h) reads the meter and runs every check; it writes
//      nothing. The front end shows the plan and asks.
//   2. UpgradeRun: the job bound to the meter the person confirmed (its first identity read
//      must be that meter, and every later one the same), a verified backup on disk before
//      the first block (the job's hooks), stepped by the front end's loop (a CLI loop or a
//      worker's timer); when the new firmware is confirmed, the change is recorded in the
//      meter's history.
class UpgradeRun
{
public:
    // `tool` names the front end in the history ("commissioner-cli upgrade", ...).
    UpgradeRun(MeterClient& client, UpgradeImage image, const DataFolder& folder,
               UpgradeOptions options, const MeterBinding& confirmed, QString tool,
               UpgradeObserver* observer = nullptr);

    UpgradeJob::Step step();
    // Runs to the end on this thread, sleeping between steps (the CLI's way).
    UpgradeResult runToEnd();
    // Thread-safe: the next step ends the run as Cancelled, between two requests.
    void cancel() { m_job->cancel(); }
    bool finished() const { return m_job->finished(); }
    const UpgradeResult& result() const { return m_job->result(); }
    QString upgradeLogPath() const { return m_job->upgradeLogPath(); }
    // Why the firmware change could not be added to the history; empty when it was (or when
    // there was nothing to record).
    const QString& historyError() const { return m_historyError; }

private:
    void record();

    DataFolder m_folder;
    QString m_tool;
    std::unique_ptr<UpgradeJob> m_job;
    bool m_recorded = false;
    QString m_historyError;
};

// The options of a recovery with `image`: finishing the meter's own pending image (the same
// payload as the one it holds) goes to the version that upgrade was already going to, older
// or not; the "unsigned allowed" the journal recorded holds for the payload it was given for.
// Any other package is checked like an upgrade. `allowDowngrade` and `allowUnsigned` are what the
// person asked for now.
struct RecoveryChoice
{
    bool ownPendingImage = false;        // image is the meter's pending one
    bool journalAllowedUnsigned = false; // the journal allowed this payload unsigned
};
RecoveryChoice recoveryChoiceFor(const MeterIdentity& meter, const UpgradeRegisters& upgrade,
                                 bool hasPendingImage, const UpgradeImage& image,
                                 const DataFolder& folder);
UpgradeOptions recoveryOptions(const RecoveryChoice& choice, bool allowDowngrade,
                               bool allowUnsigned);

} // namespace commissioner

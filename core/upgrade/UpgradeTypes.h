#pragma once

#include "base/Result.h"
#include "meter/LinkError.h"
#include "meter/MeterBinding.h"
#include "meter/MeterIdentity.h"
#include "upgrade/Preflight.h"
#include "upgrade/UpgradeBudget.h"
#include "upgrade/UpgradeLog.h"

#include <QString>
#include <QVector>
#include <functional>
#include <optional>

namespace commissioner {

class MeterClient;

enum class UpgradeStage
{
    Connecting,
    Checking,  // preflight
    BackingUp, // template backup
    Preparing, // package copy, journal, descriptor, BEGIN
    Transferring,
    Verifying,  // COMMIT sent, the meter hashes the image
    Installing, // the meter is silent while it installs
    Confirming, // the new version is read back
    WaitingForLink,
    Finished,
};
QString upgradeStageName(UpgradeStage stage);

enum class UpgradeOutcome
{
    Succeeded,
    PreflightRefused, // nothing was written
    BackupFailed,     // nothing was written
    StorageFailed,    // journal or package copy could not be written; nothing was written
    MeterRejected,    // BEGIN refused: meterStatus says why (16, 17, 19)
    VerifyFailed,     // the meter's SHA-256 check failed, image discarded
    LinkLost,         // the meter stayed silent past the outage wait; resumable
    Cancelled,        // stopped by the person between two requests; resumable
    WrongVersion,     // the meter came back with another version than the package's
    MeterError,       // an exception the protocol does not expect (see lastError)
    WrongMeter,       // another meter answered (serial number or device type differ); resumable
    MeterRefusing,    // the meter kept refusing the data block at refusedOffset; resumable
    MeterStuck,       // the meter stayed verifying or installing past its own limit; resumable
    MeterOffSpec,     // the meter reported a value the spec does not allow (offSpecRegister)
    OutOfBudget,      // the job spent one of its limits (budgetLimit); resumable
    NoSerialNumber,   // the meter reports an empty serial number; nothing was written
};
QString upgradeOutcomeName(UpgradeOutcome outcome);

struct UpgradeOptions
{
    bool allowUnsigned = false;
    bool allowDowngrade = false;
    int outageWaitMs = 5 * 60 * 1000; // how long a silent meter pauses the job before it fails
    int installMarginMs = 30000;      // beyond INSTALL_SECONDS
    int reconnectIntervalMs = 1000;
    int verifyPollMs = 200;
    // A meter that refuses the same data block this many times in a row (with backoff between
    // tries) ends the job: it is not going to take it.
    int maxBlockRefusals = 8;
    int refusalBackoffMs = 250; // doubled after each refusal, at most 2 s
    // A single-bank meter that restarted during the upgrade comes back at its factory
    // communication settings (unit 1, 19200 baud 8E1): look for it there too.
    bool tryFactoryCommSettings = true;
    // The meter the person confirmed (from the plan they saw): the job's first identity read
    // must be this meter, or nothing is written. Unset: the meter the job first finds.
    std::optional<MeterBinding> expected;
    UpgradeLimits limits; // the one budget of the whole job
};

struct UpgradeProgress
{
    UpgradeStage stage = UpgradeStage::Connecting;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    double bytesPerSecond = 0;
    int etaSeconds = -1;
    double commEfficiency = 1.0; // answered / sent
    int retries = 0;
    int percent() const { return bytesTotal > 0 ? int(bytesDone * 100 / bytesTotal) : 0; }
};

struct UpgradeResult
{
    UpgradeOutcome outcome = UpgradeOutcome::MeterError;
    LinkError lastError;
    int meterStatus = 0; // UPG_STATUS when the meter rejected or failed the image
    QVector<PreflightFinding> findings;
    MeterIdentity before;
    MeterIdentity after;
    QString backupPath;
    bool resumed = false;
    quint32 resumedFrom = 0;
    bool settingsReset = false;     // the meter came back without some of its settings
    QStringList settingsLost;       // ...those that read otherwise than in the backup
    bool commSettingsReset = false; // ...and now answers at unit 1 (19200 8E1 on serial)
    qint64 elapsedMs = 0;
    qint64 bytesSent = 0;             // payload bytes written in this run, repeats included
    MeterIdentity stranger;           // WrongMeter: the meter that answered instead
    bool strangerAfterWrites = false; // ...after BEGIN had gone to this address
    quint32 refusedOffset = 0;        // MeterRefusing: the block the meter kept refusing
    int refusals = 0;                 // ...and how many times in a row
    int stuckSeconds = 0;             // MeterStuck: how long the job waited
    QString stuckStatus;              // ...in which UPG_STATUS ("VERIFYING", "INSTALLING")
    QString offSpecRegister;          // MeterOffSpec: "UPG_STATUS", "DEVICE_MODE", "MAX_BLOCK", ...
    qint64 offSpecValue = 0;          // ...and the value it held
    BudgetLimit budgetLimit = BudgetLimit::None; // OutOfBudget: the limit spent
    qint64 budgetUsed = 0;                       // ...what was spent of it
    qint64 budgetAllowed = 0;                    // ...of what the job may spend
    int budgetRegister = 0;   // ...the register of the request that would have gone over
    quint32 budgetOffset = 0; // ...and the byte of the image the meter holds
    bool resumable() const
    {
        return outcome == UpgradeOutcome::LinkLost || outcome == UpgradeOutcome::Cancelled ||
               outcome == UpgradeOutcome::WrongMeter || outcome == UpgradeOutcome::MeterRefusing ||
               outcome == UpgradeOutcome::MeterStuck || outcome == UpgradeOutcome::OutOfBudget;
    }
};

// Told of everything a progress view or log shows. Called on the job's thread.
class UpgradeObserver
{
public:
    virtual ~UpgradeObserver() = default;
    virtual void onStage(UpgradeStage) {}
    virtual void onProgress(const UpgradeProgress&) {}
    virtual void onLog(const UpgradeLogEntry&) {}
    virtual void onPaused(bool /*paused*/, qint64 /*limitMs*/) {}
    // Once, when the result is final (after its last log line, before the Finished stage).
    virtual void onFinished(const UpgradeResult&) {}
};

// Why a hook failed, in English for the log.
struct HookError
{
    QString text;
};

// What the job borrows from the template layer, so that it stays independent of how
// templates are stored.
struct UpgradeHooks
{
    // Reads every template setting and writes the backup file durably; returns its path.
    std::function<Result<QString, HookError>(MeterClient&, const MeterIdentity&)> backup;
    // After the upgrade: the settings that read otherwise than in the backup at backupPath
    // (settingsLostSince); empty when nothing was lost.
    std::function<QStringList(MeterClient&, const MeterIdentity&, const QString& backupPath)>
        settingsLost;
    // The newest earlier backup of this meter, for when none can be taken now.
    std::function<QString(const QString& serial, int deviceType)> latestBackup;
};

} // namespace commissioner

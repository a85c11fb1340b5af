#pragma once

#include "base/Version.h"
#include "meter/MeterBinding.h"
#include "meter/MeterIdentity.h"
#include "upgrade/UpgradeBudget.h"
#include "upgrade/UpgradeState.h"

#include <QByteArray>
#include <QString>
#include <optional>

// The upgrade job's decisions as pure functions: what was read from the meter and what the job
// knows of itself go in, the next step comes out. No I/O, no logging, no clock: the job's do*
// functions read the meter, call these and perform the step (log, next state, finish), so each
// rule can be tested from a table of observations.
namespace commissioner::upgradepolicy {

// ---- what the policy is told ----------------------------------------------------------------

// The image the job sends.
struct ImageFacts
{
    QByteArray sha256;
    qint64 size = 0;
    FirmwareVersion version;
    int deviceType = 0;
};

// What the job knows of itself, whatever the meter says.
struct JobFacts
{
    ImageFacts image;
    bool prepared = false; // checks, backup and journal done: writing is allowed
    int commits = 0;       // COMMITs this job sent
    BudgetCount begins;
    BudgetCount commitBudget;
    BudgetCount refusals;
};

// How a request was answered.
enum class Reply
{
    Ok,
    Exception, // the meter answered with a Modbus exception
    Lost,      // no usable answer: silence, a garbled reply, a closed link
};

// A register holding a value the protocol does not allow: the job stops and names it.
struct OffSpec
{
    QString reg; // "UPG_STATUS", "DEVICE_MODE", "MAX_BLOCK", "NEXT_OFFSET"
    qint64 value = 0;
};

// The meter holds (or receives) the image the job sends: same SHA-256, same size.
bool holdsImage(const UpgradeRegisters& upgrade, const ImageFacts& image);
// The meter runs `version` in NORMAL mode: after COMMIT, the upgrade took.
bool runsVersion(const MeterIdentity& meter, const FirmwareVersion& version);

// ---- Identify: who answered -----------------------------------------------------------------

struct IdentifyObservation
{
    MeterIdentity meter;
    bool haveIdentity = false;            // the job already identified its meter...
    MeterBinding before;                  // ...this one
    std::optional<MeterBinding> expected; // the meter the person confirmed, if any
};

enum class IdentifyStep
{
    WrongMeter,        // identified before, and this is another meter
    NotConfirmedMeter, // the first read is not the meter the person confirmed
    NoSerialNumber,    // the first read has no serial number
    FirstSeen,         // the job's meter, identified for the first time: describe it
    SeenAgain,         // the job's meter again (after waiting out a busy meter)
};

IdentifyStep decideIdentify(const IdentifyObservation& o);

// ---- BEGIN and COMMIT: before sending -------------------------------------------------------

enum class SendStep
{
    Identify,    // the job is not prepared: back to the checks
    OutOfBudget, // no request of this kind is left: stop, naming the limit
    Send,
};

struct SendAction
{
    SendStep step = SendStep::Send;
    BudgetLimit limit = BudgetLimit::None; // OutOfBudget
};

// Before the descriptor (which leads to a BEGIN) and before BEGIN itself.
SendAction decideBegin(const JobFacts& job);
// Before COMMIT.
SendAction decideCommit(const JobFacts& job);

// ---- Resync: the meter's state after a loss of the link or an unexpected status -------------

struct ResyncObservation
{
    MeterIdentity meter; // DEVICE_MODE (and its raw value), the running firmware
    UpgradeRegisters upgrade;
    JobFacts job;
};

enum class ResyncStep
{
    Identify,           // not prepared: nothing is written before the checks
    StopOffSpec,        // DEVICE_MODE or UPG_STATUS off spec
    PollVerify,         // the meter hashes the image
    WaitInstall,        // the meter installs it
    FinishVerifyFailed, // our COMMIT's SHA-256 check failed
    ReadOffset,         // the meter receives our image: go on from NEXT_OFFSET
    Confirm,            // after COMMIT the meter runs the package's version
    FinishWrongVersion, // after COMMIT the meter is DONE with another version
    Begin,              // the meter does not hold our image: descriptor and BEGIN again
};

struct ResyncAction
{
    ResyncStep step = ResyncStep::Begin;
    OffSpec offSpec;              // StopOffSpec
    bool statusDisagrees = false; // Confirm: UPG_STATUS reads other than DONE (worth a line)
};

ResyncAction decideResync(const ResyncObservation& o);

// ---- ReadOffset: NEXT_OFFSET read back during the transfer ---------------------------------

struct OffsetObservation
{
    UpgradeRegisters upgrade;
    ImageFacts image;
    bool offsetKnown = false; // NEXT_OFFSET was read since the transfer (re)started...
    quint32 offset = 0;       // ...and the job expects the meter there
    // The highest OFFSET + LENGTH the meter answered normally since it took our image in this
    // job (BlockAction::acknowledged): NEXT_OFFSET is never below it while it receives it.
    quint32 acknowledged = 0;
};

enum class OffsetStep
{
    StopOffSpec, // UPG_STATUS, MAX_BLOCK or NEXT_OFFSET off spec (past the image, or behind
                 // what the meter acknowledged)
    Resync,      // not receiving our image
    Transfer,    // the next block from NEXT_OFFSET
    Commit,      // the whole image is stored
};

// What the read says about the transfer, for the log.
enum class OffsetNews
{
    Same,       // where the job expected
    FreshStart, // first read, at 0
    Resumed,    // first read, past 0: an earlier run's blocks are kept
    Moved,      // not where the job expected: ahead, off the block grid, or behind an earlier
                // read (never behind what the meter acknowledged)
};

struct OffsetAction
{
    OffsetStep step = OffsetStep::Transfer;
    OffSpec offSpec; // StopOffSpec
    OffsetNews news = OffsetNews::Same;
    quint32 next = 0; // Transfer, Commit: where the transfer goes on
};

OffsetAction decideOffsetRead(const OffsetObservation& o);

// ---- Transfer: the answer to a data-block write ---------------------------------------------

struct BlockObservation
{
    Reply reply = Reply::Ok;
    quint32 offset = 0; // where the block was written
    int length = 0;     // its bytes
    qint64 imageSize = 0;
    int refusalsInRow = 0;     // exceptions in a row before this write...
    quint32 refusedOffset = 0; // ...all to the block at this offset
    BudgetCount refusals;      // exceptions to data writes in the whole job
    int maxBlockRefusals = 8;  // UpgradeOptions
    int refusalBackoffMs = 250;
    quint32 acknowledged = 0; // OffsetObservation::acknowledged before this write
};

enum class BlockStep
{
    NextBlock,    // accepted; more of the image to send
    Commit,       // accepted; the image is complete
    ReadOffset,   // refused: read NEXT_OFFSET after backoffMs
    StopRefusing, // refused the same block too many times in a row
    OutOfBudget,  // refused, and no refusal is left in the job's budget
    LinkLost,     // no answer: the outage path
};

struct BlockAction
{
    BlockStep step = BlockStep::NextBlock;
    int refusalsInRow = 0;                 // the run after this write: 0 once a block is accepted
    int backoffMs = 0;                     // ReadOffset
    BudgetLimit limit = BudgetLimit::None; // OutOfBudget
    quint32 acknowledged = 0;              // after this write: raised only by a normal answer
};

BlockAction decideBlockWritten(const BlockObservation& o);

// ---- PollVerify: UPG_STATUS after COMMIT -----------------------------------------------------

struct VerifyObservation
{
    Reply reply = Reply::Ok;
    UpgradeRegisters upgrade; // when the reply is Ok
    qint64 waitedMs = 0;      // since the first poll after COMMIT
    qint64 limitMs = 0;       // INSTALL_SECONDS (up to the tool's ceiling) plus the margin
    ImageFacts image;
};

enum class VerifyStep
{
    PollAgain,          // still verifying (or refusing to answer while it does)
    Stuck,              // verifying past the meter's own limit
    WaitInstall,        // installing, or silent because it installs
    Confirm,            // DONE
    FinishVerifyFailed, // the SHA-256 check failed
    Commit,             // RECEIVING our whole image: COMMIT again
    ReadOffset,         // RECEIVING, not complete
    Resync,             // anything else
};

VerifyStep decidePollVerify(const VerifyObservation& o);

// ---- Confirm: the identity read back after the install -------------------------------------

struct ConfirmObservation
{
    MeterIdentity meter;
    bool haveIdentity = false; // the job identified its meter...
    MeterBinding before;       // ...this one
    FirmwareVersion version;   // the package's
};

enum class ConfirmStep
{
    WrongMeter,         // another meter answers
    StopOffSpec,        // DEVICE_MODE off spec
    FinishWrongVersion, // not the package's version in NORMAL mode
    Confirmed,          // the upgrade took
};

struct ConfirmAction
{
    ConfirmStep step = ConfirmStep::Confirmed;
    OffSpec offSpec; // StopOffSpec
};

ConfirmAction decideConfirm(const ConfirmObservation& o);

// ---- the waits: time comes in as values (what was waited, what may be) ----------------------

// How long the meter may hash or install: INSTALL_SECONDS as it reports it, up to the tool's
// ceiling (UpgradeBudget::installWaitSeconds; the register allows about 18 h), at least 1 s,
// plus the margin.
qint64 installWaitLimitMs(int installSeconds, const UpgradeBudget& budget, qint64 marginMs);

// The meter hashes or installs an image: it answers settings reads with exception 06 and may
// restart, so the checks wait it out (WaitBusy).
bool meterBusy(const UpgradeRegisters& upgrade);

// ---- Outage: the link is lost, the job keeps trying for a while ----------------------------

// Where the link was lost, which says where the job goes on once the meter answers.
enum class LostIn
{
    Checks,  // identifying the meter, or waiting out a busy one: the checks have not passed
    Confirm, // reading the identity after the install
    Upgrade, // anywhere else: the meter's state decides (Resync)
};

enum class OutageStep
{
    GiveUp,     // waited past the limit: stop, resumable
    Probe,      // time is left: open the link again and ask who answers
    KeepTrying, // no answer yet: try again after the reconnect interval
    WrongMeter, // another meter answers
    Identify,   // the meter is back: start from the checks
    Confirm,    // the meter is back: read its identity again
    Resync,     // the meter is back: read its state and go on from there
};

// Before trying: only the time waited decides.
OutageStep decideOutageWait(qint64 waitedMs, qint64 limitMs);

struct OutageProbe
{
    bool answered = false; // the link reopened and an identity was read...
    bool ourMeter = true;  // ...of the meter the job started with (or none identified yet)
    LostIn lostIn = LostIn::Upgrade;
};

// After trying: who answered, if anyone.
OutageStep decideOutageProbe(const OutageProbe& o);

// ---- WaitInstall: the meter installs the image and may stay silent ---------------------------

struct InstallObservation
{
    bool identified = false; // an identity was read...
    bool ourMeter = true;    // ...of the job's meter (the registers are read only then)
    bool answered = false;   // UPG_STATUS was read too...
    UpgStatus status = UpgStatus::Installing; // ...and says this
    qint64 waitedMs = 0;                      // since the install wait began
    qint64 limitMs = 0;                       // installWaitLimitMs when it began
};

enum class InstallStep
{
    WrongMeter, // another meter answers
    PollAgain,  // still installing, or silent, within the limit
    Stuck,      // answering INSTALLING past the limit
    Confirm,    // DONE
    Resync,     // any other status: the meter's state decides
    LinkLost,   // silent past the limit: the outage path
};

InstallStep decideWaitInstall(const InstallObservation& o);

// ---- WaitBusy: before the checks, the meter finishes an earlier image -----------------------

struct BusyObservation
{
    bool answered = false;              // identity and UPG_STATUS read...
    bool ourMeter = true;               // ...of the job's meter...
    UpgStatus status = UpgStatus::Idle; // ...which says this
    qint64 waitedMs = 0;                // since the busy wait began
    qint64 installLimitMs = 0;          // installWaitLimitMs, as known before this read
};

enum class BusyStep
{
    WrongMeter, // another meter answers
    PollAgain,  // still VERIFYING or INSTALLING, within the limit: ask again after the poll
    Stuck,      // still busy past the limit
    Identify,   // finished: identify and check it afresh
    TryAgain,   // no answer, within the limit: reconnect after the interval
    LinkLost,   // no answer past the limit: the outage path
};

BusyStep decideWaitBusy(const BusyObservation& o);

// ---- Preflight: whether an earlier run's journal speaks for this one -----------------------

struct JournalObservation
{
    bool haveJournal = false; // a journal of this meter was found...
    QByteArray journalSha256; // ...for the image with this SHA-256
    UpgradeRegisters upgrade; // what the meter holds
    MeterIdentity meter;      // what it runs
    ImageFacts image;
};

enum class JournalChoice
{
    None,      // no journal of this package: a fresh backup and journal
    SetAside,  // a journal of this package, but the meter does not hold its image (worth a line)
    Reuse,     // the meter holds the journal's image: its backup and permissions carry on
    Completed, // reused, and the meter already runs the package: confirm, write nothing
};

JournalChoice decideJournal(const JournalObservation& o);

} // namespace commissioner::upgradepolicy

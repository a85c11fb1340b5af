// The upgrade job's decisions (core/upgrade/UpgradePolicy.h) from tables: what was read from
// the meter and what the job knows of itself in, the next step out. Every branch of each
// decision has a row; the row's text says which rule it holds.
#include "CatchCompat.h"
#include "PolicyRows.h"
#include "upgrade/UpgradePolicy.h"

#include <string>
#include <vector>

using namespace commissioner;
using namespace commissioner::upgradepolicy;

using namespace policyrows;

namespace {

MeterIdentity meterNamed(const char* serial, int deviceType)
{
    MeterIdentity m = meter(DeviceMode::Normal, kOld);
    m.serialNumber = QString::fromLatin1(serial);
    m.deviceType = deviceType;
    return m;
}

std::string text(const QString& s)
{
    return s.toStdString();
}

// A data block of `length` bytes written at `offset` of the image (kSize bytes), answered with
// `reply`; the refusals before it and the job's limits at BlockObservation's defaults.
BlockObservation blockWritten(Reply reply, quint32 offset, int length)
{
    BlockObservation o;
    o.reply = reply;
    o.offset = offset;
    o.length = length;
    o.imageSize = kSize;
    return o;
}

} // namespace

TEST_CASE("the image and version tests the rules share", "[upgrade][policy]")
{
    CHECK(holdsImage(transferRegs(UpgStatus::Receiving, true), image()));
    CHECK_FALSE(holdsImage(transferRegs(UpgStatus::Receiving, false), image()));
    UpgradeRegisters sameHashOtherSize = transferRegs(UpgStatus::Receiving, true);
    sameHashOtherSize.imageSize = 4560;
    CHECK_FALSE(holdsImage(sameHashOtherSize, image()));

    CHECK(runsVersion(meter(DeviceMode::Normal, kPackage), kPackage));
    CHECK_FALSE(runsVersion(meter(DeviceMode::Upgrade, kPackage), kPackage));
    CHECK_FALSE(runsVersion(meter(DeviceMode::Normal, kOld), kPackage));
}

TEST_CASE("resync: what to do with the state the meter came back in", "[upgrade][policy]")
{
    struct Row
    {
        const char* what;
        ResyncObservation seen;
        ResyncStep step;
        const char* offSpecRegister; // StopOffSpec
        qint64 offSpecValue;
        bool statusDisagrees; // Confirm
    };
    const auto seen = [](bool prepared, int commits, const MeterIdentity& m,
                         const UpgradeRegisters& u) {
        return ResyncObservation{m, u, job(prepared, commits)};
    };
    const MeterIdentity normalOld = meter(DeviceMode::Normal, kOld);
    const MeterIdentity normalNew = meter(DeviceMode::Normal, kPackage);
    const MeterIdentity upgrading = meter(DeviceMode::Upgrade, kOld);
    const MeterIdentity mode9 = meter(DeviceMode::Unknown, kOld, 9);
    const std::vector<Row> rows = {
        {"not prepared: back to the checks, whatever the meter holds",
         seen(false, 0, upgrading, transferRegs(UpgStatus::Receiving, true, 2400)),
         ResyncStep::Identify, "", 0, false},
        {"not prepared comes before an unknown DEVICE_MODE",
         seen(false, 0, mode9, transferRegs(UpgStatus::Idle, false)), ResyncStep::Identify, "", 0,
         false},
        {"DEVICE_MODE unknown while RECEIVING our image stops before any block",
         seen(true, 0, mode9, transferRegs(UpgStatus::Receiving, true, 2400)),
         ResyncStep::StopOffSpec, "DEVICE_MODE", 9, false},
        {"DEVICE_MODE unknown while VERIFYING after our COMMIT",
         seen(true, 1, mode9, transferRegs(UpgStatus::Verifying, true, 4800)),
         ResyncStep::StopOffSpec, "DEVICE_MODE", 9, false},
        {"DEVICE_MODE unknown with DONE after our COMMIT",
         seen(true, 1, mode9, transferRegs(UpgStatus::Done, true, 4800)), ResyncStep::StopOffSpec,
         "DEVICE_MODE", 9, false},
        {"VERIFYING after our COMMIT: poll it",
         seen(true, 1, upgrading, transferRegs(UpgStatus::Verifying, true, 4800)),
         ResyncStep::PollVerify, "", 0, false},
        {"VERIFYING before our COMMIT (an earlier run's image): poll it",
         seen(true, 0, upgrading, transferRegs(UpgStatus::Verifying, true, 4800)),
         ResyncStep::PollVerify, "", 0, false},
        {"INSTALLING: wait for it",
         seen(true, 1, upgrading, transferRegs(UpgStatus::Installing, true, 4800)),
         ResyncStep::WaitInstall, "", 0, false},
        {"VERIFY_FAILED before our COMMIT is an earlier attempt's: BEGIN again",
         seen(true, 0, upgrading, transferRegs(UpgStatus::VerifyFailed, true, 4800)),
         ResyncStep::Begin, "", 0, false},
        {"VERIFY_FAILED after our COMMIT: the image failed its check",
         seen(true, 1, upgrading, transferRegs(UpgStatus::VerifyFailed, true, 4800)),
         ResyncStep::FinishVerifyFailed, "", 0, false},
        {"VERIFY_FAILED after our COMMIT, even running the package's version",
         seen(true, 1, normalNew, transferRegs(UpgStatus::VerifyFailed, true, 4800)),
         ResyncStep::FinishVerifyFailed, "", 0, false},
        {"RECEIVING our image: go on from NEXT_OFFSET",
         seen(true, 0, upgrading, transferRegs(UpgStatus::Receiving, true, 2400)),
         ResyncStep::ReadOffset, "", 0, false},
        {"RECEIVING our image after our COMMIT (the COMMIT was lost): NEXT_OFFSET decides",
         seen(true, 1, upgrading, transferRegs(UpgStatus::Receiving, true, 4800)),
         ResyncStep::ReadOffset, "", 0, false},
        {"RECEIVING another image: BEGIN ours",
         seen(true, 0, upgrading, transferRegs(UpgStatus::Receiving, false, 2400)),
         ResyncStep::Begin, "", 0, false},
        {"DONE after our COMMIT, running the package's version in NORMAL mode: confirm",
         seen(true, 1, normalNew, transferRegs(UpgStatus::Done, true, 4800)), ResyncStep::Confirm,
         "", 0, false},
        {"IDLE after our COMMIT, running the package's version: confirm, noting the status",
         seen(true, 1, normalNew, transferRegs(UpgStatus::Idle, false)), ResyncStep::Confirm, "", 0,
         true},
        {"RECEIVING another image after our COMMIT, running the package's version: confirm",
         seen(true, 2, normalNew, transferRegs(UpgStatus::Receiving, false, 240)),
         ResyncStep::Confirm, "", 0, true},
        {"UPG_STATUS unknown after our COMMIT, running the package's version: confirm",
         seen(true, 1, normalNew, transferRegs(UpgStatus::Unknown, false, 0, 7)),
         ResyncStep::Confirm, "", 0, true},
        {"DONE with another version after COMMIT is WrongVersion, never BEGIN",
         seen(true, 1, meter(DeviceMode::Normal, kOther),
              transferRegs(UpgStatus::Done, true, 4800)),
         ResyncStep::FinishWrongVersion, "", 0, false},
        {"DONE with the old version after COMMIT is WrongVersion, never BEGIN",
         seen(true, 3, normalOld, transferRegs(UpgStatus::Done, true, 4800)),
         ResyncStep::FinishWrongVersion, "", 0, false},
        {"DONE with the package's version in UPGRADE mode after COMMIT is WrongVersion",
         seen(true, 1, meter(DeviceMode::Upgrade, kPackage),
              transferRegs(UpgStatus::Done, true, 4800)),
         ResyncStep::FinishWrongVersion, "", 0, false},
        {"DONE before our COMMIT (an earlier upgrade's): BEGIN ours",
         seen(true, 0, normalOld, transferRegs(UpgStatus::Done, false)), ResyncStep::Begin, "", 0,
         false},
        {"UPG_STATUS unknown -> off spec",
         seen(true, 0, upgrading, transferRegs(UpgStatus::Unknown, false, 0, 7)),
         ResyncStep::StopOffSpec, "UPG_STATUS", 7, false},
        {"UPG_STATUS unknown after our COMMIT, not running the package's version -> off spec",
         seen(true, 1, normalOld, transferRegs(UpgStatus::Unknown, true, 0, 200)),
         ResyncStep::StopOffSpec, "UPG_STATUS", 200, false},
        {"IDLE (the image was aborted or lost): BEGIN again",
         seen(true, 0, normalOld, transferRegs(UpgStatus::Idle, false)), ResyncStep::Begin, "", 0,
         false},
        {"IDLE after our COMMIT, old version (the meter lost the image): BEGIN again",
         seen(true, 1, normalOld, transferRegs(UpgStatus::Idle, false)), ResyncStep::Begin, "", 0,
         false},
        {"REJECTED_EVENTS_ACTIVE from an earlier BEGIN: BEGIN again",
         seen(true, 0, normalOld, transferRegs(UpgStatus::RejectedEventsActive, false)),
         ResyncStep::Begin, "", 0, false},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const ResyncAction a = decideResync(row.seen);
        CHECK(a.step == row.step);
        if (row.step == ResyncStep::StopOffSpec) {
            CHECK(text(a.offSpec.reg) == row.offSpecRegister);
            CHECK(a.offSpec.value == row.offSpecValue);
        }
        if (row.step == ResyncStep::Confirm)
            CHECK(a.statusDisagrees == row.statusDisagrees);
    }
}

TEST_CASE("resync leaves the BEGIN budget to the step before the descriptor", "[upgrade][policy]")
{
    // The meter lost our image: resync says BEGIN; with every BEGIN spent, the next decision
    // stops before the descriptor is written.
    ResyncObservation seen{meter(DeviceMode::Normal, kOld), transferRegs(UpgStatus::Idle, false),
                           job(true, 0)};
    seen.job.begins = {4, 4};
    CHECK(decideResync(seen).step == ResyncStep::Begin);
    const SendAction next = decideBegin(seen.job);
    CHECK(next.step == SendStep::OutOfBudget);
    CHECK(next.limit == BudgetLimit::Begins);

    // IDLE on the old firmware after every COMMIT was spent (issue 20, item 2): no BEGIN
    // erases the meter again for an image that could never be committed.
    ResyncObservation spent{meter(DeviceMode::Normal, kOld), transferRegs(UpgStatus::Idle, false),
                            job(true, 3)};
    spent.job.begins = {1, 4};
    spent.job.commitBudget = {3, 3};
    CHECK(decideResync(spent).step == ResyncStep::Begin);
    const SendAction stop = decideBegin(spent.job);
    CHECK(stop.step == SendStep::OutOfBudget);
    CHECK(stop.limit == BudgetLimit::Commits);
}

TEST_CASE("identify: only the meter the job is for goes on to the checks", "[upgrade][policy]")
{
    struct Row
    {
        const char* what;
        IdentifyObservation seen;
        IdentifyStep step;
    };
    const MeterBinding sn1{QStringLiteral("SN-1"), 7350};
    const std::vector<Row> rows = {
        {"first read, nothing confirmed",
         {meterNamed("SN-1", 7350), false, {}, std::nullopt},
         IdentifyStep::FirstSeen},
        {"first read, the confirmed meter",
         {meterNamed("SN-1", 7350), false, {}, sn1},
         IdentifyStep::FirstSeen},
        {"first read, another serial number than confirmed",
         {meterNamed("SN-2", 7350), false, {}, sn1},
         IdentifyStep::NotConfirmedMeter},
        {"first read, another device type than confirmed",
         {meterNamed("SN-1", 7330), false, {}, sn1},
         IdentifyStep::NotConfirmedMeter},
        {"first read, no serial number",
         {meterNamed("", 7350), false, {}, std::nullopt},
         IdentifyStep::NoSerialNumber},
        {"first read, a blank serial number",
         {meterNamed("   ", 7350), false, {}, std::nullopt},
         IdentifyStep::NoSerialNumber},
        {"first read, no serial number though it matches an empty confirmation",
         {meterNamed("", 7350), false, {}, MeterBinding{QString(), 7350}},
         IdentifyStep::NoSerialNumber},
        {"again, the same meter",
         {meterNamed("SN-1", 7350), true, sn1, sn1},
         IdentifyStep::SeenAgain},
        {"again, another serial number",
         {meterNamed("SN-2", 7350), true, sn1, std::nullopt},
         IdentifyStep::WrongMeter},
        {"again, another device type",
         {meterNamed("SN-1", 7330), true, sn1, std::nullopt},
         IdentifyStep::WrongMeter},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        CHECK(decideIdentify(row.seen) == row.step);
    }
}

TEST_CASE("BEGIN and COMMIT: counted before they are sent", "[upgrade][policy]")
{
    struct Row
    {
        const char* what;
        bool prepared;
        BudgetCount begins;
        BudgetCount commits;
        SendStep beginStep;
        SendStep commitStep;
        BudgetLimit beginLimit = BudgetLimit::Begins; // OutOfBudget before BEGIN: which limit
    };
    const std::vector<Row> rows = {
        {"prepared, nothing spent", true, {0, 4}, {0, 3}, SendStep::Send, SendStep::Send},
        {"prepared, the last of each left", true, {3, 4}, {2, 3}, SendStep::Send, SendStep::Send},
        {"BEGIN count exhausted", true, {4, 4}, {0, 3}, SendStep::OutOfBudget, SendStep::Send},
        {"COMMIT count exhausted: no BEGIN either, it would erase for nothing",
         true,
         {1, 4},
         {3, 3},
         SendStep::OutOfBudget,
         SendStep::OutOfBudget,
         BudgetLimit::Commits},
        {"no BEGIN allowed at all",
         true,
         {0, 0},
         {0, 0},
         SendStep::OutOfBudget,
         SendStep::OutOfBudget},
        {"not prepared: no BEGIN, whatever the budget",
         false,
         {4, 4},
         {0, 3},
         SendStep::Identify,
         SendStep::Send},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        JobFacts j = job(row.prepared, 0);
        j.begins = row.begins;
        j.commitBudget = row.commits;
        const SendAction begin = decideBegin(j);
        CHECK(begin.step == row.beginStep);
        if (begin.step == SendStep::OutOfBudget)
            CHECK(begin.limit == row.beginLimit);
        const SendAction commit = decideCommit(j);
        CHECK(commit.step == row.commitStep);
        if (commit.step == SendStep::OutOfBudget)
            CHECK(commit.limit == BudgetLimit::Commits);
    }
}

TEST_CASE("NEXT_OFFSET read back: where the transfer goes on", "[upgrade][policy]")
{
    struct Row
    {
        const char* what;
        UpgradeRegisters read;
        bool offsetKnown;
        quint32 expected;
        quint32 acknowledged; // the highest OFFSET + LENGTH answered normally in this job
        OffsetStep step;
        OffsetNews news;     // Transfer, Commit
        quint32 next;        // Transfer, Commit
        const char* offSpec; // StopOffSpec
        qint64 offSpecValue; // StopOffSpec
    };
    using S = UpgStatus;
    const std::vector<Row> rows = {
        {"UPG_STATUS unknown", transferRegs(S::Unknown, true, 2400, 9), true, 2400, 2400,
         OffsetStep::StopOffSpec, OffsetNews::Same, 0, "UPG_STATUS", 9},
        {"IDLE: the meter dropped the image", transferRegs(S::Idle, false), true, 2400, 2400,
         OffsetStep::Resync, OffsetNews::Same, 0, "", 0},
        {"RECEIVING another image, below what ours had acknowledged",
         transferRegs(S::Receiving, false, 240), true, 2400, 2400, OffsetStep::Resync,
         OffsetNews::Same, 0, "", 0},
        {"VERIFYING", transferRegs(S::Verifying, true, 4800), true, 4800, 4800, OffsetStep::Resync,
         OffsetNews::Same, 0, "", 0},
        {"MAX_BLOCK is checked only while receiving our image",
         transferRegs(S::Idle, false, 0, -2, 0), true, 2400, 2400, OffsetStep::Resync,
         OffsetNews::Same, 0, "", 0},
        {"MAX_BLOCK 0 would never move on", transferRegs(S::Receiving, true, 2400, -2, 0), true,
         2400, 2400, OffsetStep::StopOffSpec, OffsetNews::Same, 0, "MAX_BLOCK", 0},
        {"MAX_BLOCK over 240 cannot fit a write", transferRegs(S::Receiving, true, 2400, -2, 250),
         true, 2400, 2400, OffsetStep::StopOffSpec, OffsetNews::Same, 0, "MAX_BLOCK", 250},
        {"MAX_BLOCK odd", transferRegs(S::Receiving, true, 2400, -2, 17), true, 2400, 2400,
         OffsetStep::StopOffSpec, OffsetNews::Same, 0, "MAX_BLOCK", 17},
        {"NEXT_OFFSET past the image", transferRegs(S::Receiving, true, 4801), true, 2400, 2400,
         OffsetStep::StopOffSpec, OffsetNews::Same, 0, "NEXT_OFFSET", 4801},
        {"first read at 0: a fresh transfer", transferRegs(S::Receiving, true, 0), false, 0, 0,
         OffsetStep::Transfer, OffsetNews::FreshStart, 0, "", 0},
        {"first read past 0: an earlier run's blocks are kept",
         transferRegs(S::Receiving, true, 2400), false, 0, 0, OffsetStep::Transfer,
         OffsetNews::Resumed, 2400, "", 0},
        {"first read: the whole image is stored", transferRegs(S::Receiving, true, 4800), false, 0,
         0, OffsetStep::Commit, OffsetNews::Resumed, 4800, "", 0},
        {"where the job expected, equal to what was acknowledged",
         transferRegs(S::Receiving, true, 2400), true, 2400, 2400, OffsetStep::Transfer,
         OffsetNews::Same, 2400, "", 0},
        {"behind what the meter acknowledged: it lost stored blocks",
         transferRegs(S::Receiving, true, 1200), true, 2400, 2400, OffsetStep::StopOffSpec,
         OffsetNews::Same, 0, "NEXT_OFFSET", 1200},
        {"one byte behind what the meter acknowledged", transferRegs(S::Receiving, true, 2399),
         true, 2400, 2400, OffsetStep::StopOffSpec, OffsetNews::Same, 0, "NEXT_OFFSET", 2399},
        {"back to 0 while receiving our image", transferRegs(S::Receiving, true, 0), true, 2400,
         2400, OffsetStep::StopOffSpec, OffsetNews::Same, 0, "NEXT_OFFSET", 0},
        {"back to 0 with the whole image acknowledged", transferRegs(S::Receiving, true, 0), true,
         4800, 4800, OffsetStep::StopOffSpec, OffsetNews::Same, 0, "NEXT_OFFSET", 0},
        {"behind a read, never behind an acknowledgement (an earlier run's blocks)",
         transferRegs(S::Receiving, true, 1200), true, 2400, 0, OffsetStep::Transfer,
         OffsetNews::Moved, 1200, "", 0},
        {"ahead of what was acknowledged", transferRegs(S::Receiving, true, 3600), true, 2400, 2400,
         OffsetStep::Transfer, OffsetNews::Moved, 3600, "", 0},
        {"ahead and off the 240-byte grid (another MAX_BLOCK)",
         transferRegs(S::Receiving, true, 2500), true, 2400, 2400, OffsetStep::Transfer,
         OffsetNews::Moved, 2500, "", 0},
        {"ahead to the end", transferRegs(S::Receiving, true, 4800), true, 4560, 4560,
         OffsetStep::Commit, OffsetNews::Moved, 4800, "", 0},
        {"at the end, as expected", transferRegs(S::Receiving, true, 4800), true, 4800, 4800,
         OffsetStep::Commit, OffsetNews::Same, 4800, "", 0},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const OffsetAction a =
            decideOffsetRead({row.read, image(), row.offsetKnown, row.expected, row.acknowledged});
        CHECK(a.step == row.step);
        if (row.step == OffsetStep::StopOffSpec) {
            CHECK(text(a.offSpec.reg) == row.offSpec);
            CHECK(a.offSpec.value == row.offSpecValue);
        }
        if (row.step == OffsetStep::Transfer || row.step == OffsetStep::Commit) {
            CHECK(a.news == row.news);
            CHECK(a.next == row.next);
        }
    }
}

TEST_CASE("only a normal answer to a data write raises what the meter acknowledged",
          "[upgrade][policy]")
{
    struct Row
    {
        const char* what;
        Reply reply;
        quint32 offset;
        int length;
        quint32 before;
        quint32 after;
    };
    const std::vector<Row> rows = {
        {"stored: past the block", Reply::Ok, 2400, 240, 2400, 2640},
        {"a short last block", Reply::Ok, 4700, 100, 4700, 4800},
        {"a repeat of stored bytes: no lower", Reply::Ok, 1200, 240, 2400, 2400},
        {"a block past what was acknowledged (after a lost reply)", Reply::Ok, 2640, 240, 2400,
         2880},
        {"refused: unchanged", Reply::Exception, 2400, 240, 2400, 2400},
        {"reply lost: unchanged, the meter may not have stored it", Reply::Lost, 2400, 240, 2400,
         2400},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        BlockObservation o = blockWritten(row.reply, row.offset, row.length);
        o.refusals = {0, 32};
        o.acknowledged = row.before;
        CHECK(decideBlockWritten(o).acknowledged == row.after);
    }
}

TEST_CASE("a write whose reply was lost acknowledges nothing: NEXT_OFFSET there goes on",
          "[upgrade][policy]")
{
    // The block at 2400 goes out and its reply is lost; the meter did not store it, and after
    // the outage NEXT_OFFSET reads 2400 again.
    BlockObservation o = blockWritten(Reply::Lost, 2400, 240);
    o.refusals = {0, 32};
    o.acknowledged = 2400;
    const BlockAction lost = decideBlockWritten(o);
    REQUIRE(lost.step == BlockStep::LinkLost);
    const OffsetAction a = decideOffsetRead(
        {transferRegs(UpgStatus::Receiving, true, 2400), image(), true, 2400, lost.acknowledged});
    CHECK(a.step == OffsetStep::Transfer);
    CHECK(a.news == OffsetNews::Same);
    CHECK(a.next == 2400);
    // Had the same write been answered, that NEXT_OFFSET would be a meter that lost it.
    o.reply = Reply::Ok;
    const OffsetAction acked =
        decideOffsetRead({transferRegs(UpgStatus::Receiving, true, 2400), image(), true, 2640,
                          decideBlockWritten(o).acknowledged});
    CHECK(acked.step == OffsetStep::StopOffSpec);
    CHECK(text(acked.offSpec.reg) == "NEXT_OFFSET");
    CHECK(acked.offSpec.value == 2400);
}

TEST_CASE("a data-block write answered: the next step and the run of refusals", "[upgrade][policy]")
{
    struct Row
    {
        const char* what;
        Reply reply;
        quint32 offset;
        int length;
        int refusalsInRow;
        quint32 refusedOffset;
        BudgetCount refusals;
        int maxBlockRefusals;
        int backoffMs;
        BlockStep step;
        int runAfter;
        int backoffAfter; // ReadOffset
    };
    const BudgetCount fresh{0, 32};
    const std::vector<Row> rows = {
        {"accepted, more to send", Reply::Ok, 2400, 240, 0, 0, fresh, 8, 250, BlockStep::NextBlock,
         0, 0},
        {"accepted, the last block", Reply::Ok, 4560, 240, 0, 0, fresh, 8, 250, BlockStep::Commit,
         0, 0},
        {"accepted, a short last block", Reply::Ok, 4700, 100, 0, 0, fresh, 8, 250,
         BlockStep::Commit, 0, 0},
        {"accepted after refusals: the run ends", Reply::Ok, 2400, 240, 3, 2400, fresh, 8, 250,
         BlockStep::NextBlock, 0, 0},
        {"link lost: the outage path, the run kept", Reply::Lost, 2400, 240, 3, 2400, fresh, 8, 250,
         BlockStep::LinkLost, 3, 0},
        {"first refusal: read NEXT_OFFSET after the backoff", Reply::Exception, 2400, 240, 0, 0,
         fresh, 8, 250, BlockStep::ReadOffset, 1, 250},
        {"second refusal of the same block: twice the backoff", Reply::Exception, 2400, 240, 1,
         2400, fresh, 8, 250, BlockStep::ReadOffset, 2, 500},
        {"fourth refusal of the same block", Reply::Exception, 2400, 240, 3, 2400, fresh, 8, 250,
         BlockStep::ReadOffset, 4, 2000},
        {"fifth refusal: the backoff stays at 2 s", Reply::Exception, 2400, 240, 4, 2400, fresh, 8,
         250, BlockStep::ReadOffset, 5, 2000},
        {"a refusal of another block starts a new run", Reply::Exception, 2640, 240, 5, 2400, fresh,
         8, 250, BlockStep::ReadOffset, 1, 250},
        {"a refused offset with no run is a new run", Reply::Exception, 2400, 240, 0, 2400, fresh,
         8, 250, BlockStep::ReadOffset, 1, 250},
        {"a negative backoff counts as none", Reply::Exception, 2400, 240, 1, 2400, fresh, 8, -5,
         BlockStep::ReadOffset, 2, 0},
        {"the same block refused maxBlockRefusals times in a row", Reply::Exception, 2400, 240, 7,
         2400, fresh, 8, 250, BlockStep::StopRefusing, 8, 0},
        {"maxBlockRefusals 0 counts as 1", Reply::Exception, 2400, 240, 0, 0, fresh, 0, 250,
         BlockStep::StopRefusing, 1, 0},
        {"the job's refusals spent, on a first refusal",
         Reply::Exception,
         2400,
         240,
         0,
         0,
         {32, 32},
         8,
         250,
         BlockStep::OutOfBudget,
         1,
         0},
        {"the job's refusals spent before the run's limit",
         Reply::Exception,
         2400,
         240,
         7,
         2400,
         {32, 32},
         8,
         250,
         BlockStep::OutOfBudget,
         8,
         0},
        {"the last refusal of the job's budget",
         Reply::Exception,
         2400,
         240,
         0,
         0,
         {31, 32},
         8,
         250,
         BlockStep::ReadOffset,
         1,
         250},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        BlockObservation o = blockWritten(row.reply, row.offset, row.length);
        o.refusalsInRow = row.refusalsInRow;
        o.refusedOffset = row.refusedOffset;
        o.refusals = row.refusals;
        o.maxBlockRefusals = row.maxBlockRefusals;
        o.refusalBackoffMs = row.backoffMs;
        const BlockAction a = decideBlockWritten(o);
        CHECK(a.step == row.step);
        CHECK(a.refusalsInRow == row.runAfter);
        if (row.step == BlockStep::ReadOffset)
            CHECK(a.backoffMs == row.backoffAfter);
        if (row.step == BlockStep::OutOfBudget)
            CHECK(a.limit == BudgetLimit::Refusals);
    }
}

TEST_CASE("polling UPG_STATUS after COMMIT", "[upgrade][policy]")
{
    struct Row
    {
        const char* what;
        Reply reply;
        UpgradeRegisters read;
        qint64 waitedMs;
        VerifyStep step;
    };
    using S = UpgStatus;
    const qint64 limit = 90000;
    const std::vector<Row> rows = {
        {"silent: the meter installs (or lost power)", Reply::Lost,
         transferRegs(S::Verifying, true), 0, VerifyStep::WaitInstall},
        {"silent past the limit: still the install wait", Reply::Lost,
         transferRegs(S::Verifying, true), limit + 1, VerifyStep::WaitInstall},
        {"an exception while it hashes: ask again", Reply::Exception,
         transferRegs(S::Verifying, true), 0, VerifyStep::PollAgain},
        {"exceptions past the limit: stuck", Reply::Exception, transferRegs(S::Verifying, true),
         limit + 1, VerifyStep::Stuck},
        {"VERIFYING: ask again", Reply::Ok, transferRegs(S::Verifying, true), 1000,
         VerifyStep::PollAgain},
        {"VERIFYING at the limit: ask again", Reply::Ok, transferRegs(S::Verifying, true), limit,
         VerifyStep::PollAgain},
        {"VERIFYING past the limit: stuck", Reply::Ok, transferRegs(S::Verifying, true), limit + 1,
         VerifyStep::Stuck},
        {"INSTALLING", Reply::Ok, transferRegs(S::Installing, true), limit + 1,
         VerifyStep::WaitInstall},
        {"DONE", Reply::Ok, transferRegs(S::Done, true, 4800), 1000, VerifyStep::Confirm},
        {"VERIFY_FAILED", Reply::Ok, transferRegs(S::VerifyFailed, true, 4800), 1000,
         VerifyStep::FinishVerifyFailed},
        {"RECEIVING our whole image: COMMIT again", Reply::Ok,
         transferRegs(S::Receiving, true, 4800), 1000, VerifyStep::Commit},
        {"RECEIVING our image, not all of it", Reply::Ok, transferRegs(S::Receiving, true, 2400),
         1000, VerifyStep::ReadOffset},
        {"RECEIVING another image", Reply::Ok, transferRegs(S::Receiving, false, 9600), 1000,
         VerifyStep::ReadOffset},
        {"IDLE: the identity block decides", Reply::Ok, transferRegs(S::Idle, false), 1000,
         VerifyStep::Resync},
        {"UPG_STATUS unknown: the identity block decides, never BEGIN", Reply::Ok,
         transferRegs(S::Unknown, true, 4800, 7), 1000, VerifyStep::Resync},
        {"REJECTED_EVENTS_ACTIVE", Reply::Ok, transferRegs(S::RejectedEventsActive, false), 1000,
         VerifyStep::Resync},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        CHECK(decidePollVerify({row.reply, row.read, row.waitedMs, limit, image()}) == row.step);
    }
}

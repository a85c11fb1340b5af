#include "upgrade/UpgradePolicy.h"

#include <algorithm>

namespace commissioner::upgradepolicy {

namespace {

ResyncAction resync(ResyncStep step)
{
    ResyncAction a;
    a.step = step;
    return a;
}

ResyncAction resyncOffSpec(const QString& reg, qint64 value)
{
    ResyncAction a;
    a.step = ResyncStep::StopOffSpec;
    a.offSpec = {reg, value};
    return a;
}

SendAction send(SendStep step, BudgetLimit limit = BudgetLimit::None)
{
    SendAction a;
    a.step = step;
    a.limit = limit;
    return a;
}

} // namespace

bool holdsImage(const UpgradeRegisters& upgrade, const ImageFacts& image)
{
    return upgrade.imageSha256 == image.sha256 && qint64(upgrade.imageSize) == image.size;
}

bool runsVersion(const MeterIdentity& meter, const FirmwareVersion& version)
{
    return meter.mode == DeviceMode::Normal && meter.firmware == version;
}

IdentifyStep decideIdentify(const IdentifyObservation& o)
{
    // Identified again (after waiting out a busy meter): it must still be the same meter.
    if (o.haveIdentity && !o.before.matches(o.meter))
        return IdentifyStep::WrongMeter;
    // The first read must be the meter the person confirmed: a meter swapped in between the
    // plan and the start (or another at the same address) gets nothing.
    if (!o.haveIdentity && o.expected && !o.expected->matches(o.meter))
        return IdentifyStep::NotConfirmedMeter;
    // Backups, journal and history are kept by serial number: without one they could be
    // another meter's.
    if (!o.haveIdentity && !hasSerialNumber(o.meter))
        return IdentifyStep::NoSerialNumber;
    return o.haveIdentity ? IdentifyStep::SeenAgain : IdentifyStep::FirstSeen;
}

SendAction decideBegin(const JobFacts& job)
{
    // Never written before checks, backup and journal.
    if (!job.prepared)
        return send(SendStep::Identify);
    // A descriptor leads to a BEGIN: none is written when no BEGIN is left to send.
    if (!job.begins.allows())
        return send(SendStep::OutOfBudget, BudgetLimit::Begins);
    // A BEGIN that no COMMIT may follow would erase a single-bank meter for nothing.
    if (!job.commitBudget.allows())
        return send(SendStep::OutOfBudget, BudgetLimit::Commits);
    return send(SendStep::Send);
}

SendAction decideCommit(const JobFacts& job)
{
    // COMMIT again after a power loss, not forever.
    if (!job.commitBudget.allows())
        return send(SendStep::OutOfBudget, BudgetLimit::Commits);
    return send(SendStep::Send);
}

ResyncAction decideResync(const ResyncObservation& o)
{
    const UpgradeRegisters& u = o.upgrade;
    const JobFacts& job = o.job;
    if (!job.prepared)
        return resync(ResyncStep::Identify); // nothing is written before checks, backup and journal
    // A mode the spec does not list stops the job before anything else is sent, even with
    // our image half received.
    if (o.meter.mode == DeviceMode::Unknown)
        return resyncOffSpec(QStringLiteral("DEVICE_MODE"), o.meter.rawMode);
    switch (u.status) {
    case UpgStatus::Verifying:
        return resync(ResyncStep::PollVerify);
    case UpgStatus::Installing:
        return resync(ResyncStep::WaitInstall);
    case UpgStatus::VerifyFailed:
        if (job.commits == 0)
            break; // an earlier attempt's result: BEGIN again
        return resync(ResyncStep::FinishVerifyFailed);
    case UpgStatus::Receiving:
        if (holdsImage(u, job.image))
            return resync(ResyncStep::ReadOffset);
        break;
    default:
        break;
    }
    // After COMMIT the running firmware is what counts: a meter that runs the package's version
    // in NORMAL mode has installed it, whatever its UPG_STATUS reads.
    if (job.commits > 0 && runsVersion(o.meter, job.image.version)) {
        ResyncAction a = resync(ResyncStep::Confirm);
        a.statusDisagrees = u.status != UpgStatus::Done;
        return a;
    }
    if (u.status == UpgStatus::Unknown)
        return resyncOffSpec(QStringLiteral("UPG_STATUS"), u.rawStatus);
    // Committed, DONE, and yet not running the package's version: a BEGIN now would erase a
    // single-bank meter again for nothing. What it runs is the answer.
    if (job.commits > 0 && u.status == UpgStatus::Done)
        return resync(ResyncStep::FinishWrongVersion);
    // The meter does not hold our image (it was aborted, or lost): start the transfer again,
    // as long as the budget has a BEGIN left (decideBegin, before the descriptor).
    return resync(ResyncStep::Begin);
}

OffsetAction decideOffsetRead(const OffsetObservation& o)
{
    const UpgradeRegisters& u = o.upgrade;
    OffsetAction a;
    if (u.status == UpgStatus::Unknown) {
        a.step = OffsetStep::StopOffSpec;
        a.offSpec = {QStringLiteral("UPG_STATUS"), u.rawStatus};
        return a;
    }
    if (u.status != UpgStatus::Receiving || !holdsImage(u, o.image)) {
        a.step = OffsetStep::Resync;
        return a;
    }
    // Checked on every read, not only before BEGIN: a block size of 0 would never move on, and
    // one over 240 cannot fit a Modbus write.
    if (!isValidMaxBlock(u.maxBlock)) {
        a.step = OffsetStep::StopOffSpec;
        a.offSpec = {QStringLiteral("MAX_BLOCK"), u.maxBlock};
        return a;
    }
    const quint32 next = u.nextOffset;
    if (qint64(next) > o.image.size) {
        a.step = OffsetStep::StopOffSpec;
        a.offSpec = {QStringLiteral("NEXT_OFFSET"), next};
        return a;
    }
    // NEXT_OFFSET goes back only with the image (BEGIN of another, ABORT, VERIFY_FAILED):
    // below what the meter acknowledged while it receives ours, it lost blocks it said it
    // stored, and would again.
    if (next < o.acknowledged) {
        a.step = OffsetStep::StopOffSpec;
        a.offSpec = {QStringLiteral("NEXT_OFFSET"), next};
        return a;
    }
    // Otherwise it is where the transfer goes on, ahead or off the block grid too (a repeat is
    // allowed, and the meter's MAX_BLOCK may differ): the budget bounds a meter that moves it.
    if (!o.offsetKnown)
        a.news = next == 0 ? OffsetNews::FreshStart : OffsetNews::Resumed;
    else
        a.news = next != o.offset ? OffsetNews::Moved : OffsetNews::Same;
    a.next = next;
    a.step = next >= quint32(o.image.size) ? OffsetStep::Commit : OffsetStep::Transfer;
    return a;
}

BlockAction decideBlockWritten(const BlockObservation& o)
{
    BlockAction a;
    a.refusalsInRow = o.refusalsInRow;
    a.acknowledged = o.acknowledged;
    switch (o.reply) {
    case Reply::Ok:
        // Stored now, or already (a repeat): either way NEXT_OFFSET is past this block. A lost
        // reply says nothing of the kind.
        a.acknowledged = std::max(o.acknowledged, o.offset + quint32(o.length));
        a.refusalsInRow = 0;
        a.step = o.offset + quint32(o.length) >= quint32(o.imageSize) ? BlockStep::Commit
                                                                      : BlockStep::NextBlock;
        return a;
    case Reply::Lost:
        a.step = BlockStep::LinkLost;
        return a;
    case Reply::Exception:
        break;
    }
    // The spec's rule: any exception on a data write, read NEXT_OFFSET, go on from there.
    // A meter that refuses the same block again and again (busy, or a NEXT_OFFSET that is
    // off) gets more time between tries, and a limit.
    a.refusalsInRow = o.refusalsInRow > 0 && o.offset == o.refusedOffset ? o.refusalsInRow + 1 : 1;
    // Refusals are counted over the whole job, and no accepted block refills them: a meter
    // that alternates an accepted block with a refusal still ends the job.
    if (!o.refusals.allows()) {
        a.step = BlockStep::OutOfBudget;
        a.limit = BudgetLimit::Refusals;
        return a;
    }
    if (a.refusalsInRow >= std::max(1, o.maxBlockRefusals)) {
        a.step = BlockStep::StopRefusing;
        return a;
    }
    a.step = BlockStep::ReadOffset;
    a.backoffMs = int(
        std::min<qint64>(qint64(std::max(0, o.refusalBackoffMs)) << (a.refusalsInRow - 1), 2000));
    return a;
}

VerifyStep decidePollVerify(const VerifyObservation& o)
{
    const bool overdue = o.waitedMs > o.limitMs;
    switch (o.reply) {
    case Reply::Lost:
        return VerifyStep::WaitInstall; // silent: the meter is installing (or lost power)
    case Reply::Exception:
        return overdue ? VerifyStep::Stuck : VerifyStep::PollAgain;
    case Reply::Ok:
        break;
    }
    const UpgradeRegisters& u = o.upgrade;
    switch (u.status) {
    case UpgStatus::Verifying:
        return overdue ? VerifyStep::Stuck : VerifyStep::PollAgain;
    case UpgStatus::Installing:
        return VerifyStep::WaitInstall;
    case UpgStatus::Done:
        return VerifyStep::Confirm;
    case UpgStatus::VerifyFailed:
        return VerifyStep::FinishVerifyFailed;
    case UpgStatus::Receiving:
        // The whole image already stored (the meter lost power while verifying): the spec's
        // next step is COMMIT again, with no descriptor and no BEGIN.
        if (holdsImage(u, o.image) && u.nextOffset >= u.imageSize)
            return VerifyStep::Commit;
        return VerifyStep::ReadOffset;
    default:
        // Anything else (an unknown status among them): the identity block and the running
        // firmware decide, never a new BEGIN over a complete image.
        return VerifyStep::Resync;
    }
}

ConfirmAction decideConfirm(const ConfirmObservation& o)
{
    ConfirmAction a; // Confirmed
    if (o.haveIdentity && !o.before.matches(o.meter))
        a.step = ConfirmStep::WrongMeter;
    else if (o.meter.mode == DeviceMode::Unknown) // never taken as NORMAL
        a = {ConfirmStep::StopOffSpec, {QStringLiteral("DEVICE_MODE"), o.meter.rawMode}};
    else if (!runsVersion(o.meter, o.version))
        a.step = ConfirmStep::FinishWrongVersion;
    return a;
}

qint64 installWaitLimitMs(int installSeconds, const UpgradeBudget& budget, qint64 marginMs)
{
    return qint64(std::max(1, budget.installWaitSeconds(installSeconds))) * 1000 + marginMs;
}

bool meterBusy(const UpgradeRegisters& upgrade)
{
    return upgrade.status == UpgStatus::Verifying || upgrade.status == UpgStatus::Installing;
}

OutageStep decideOutageWait(qint64 waitedMs, qint64 limitMs)
{
    // Past the limit the meter keeps what it stored: the job stops, and can be resumed.
    return waitedMs > limitMs ? OutageStep::GiveUp : OutageStep::Probe;
}

OutageStep decideOutageProbe(const OutageProbe& o)
{
    if (!o.answered)
        return OutageStep::KeepTrying;
    if (!o.ourMeter)
        return OutageStep::WrongMeter;
    switch (o.lostIn) {
    case LostIn::Checks:
        return OutageStep::Identify; // the checks have not passed yet: start from them
    case LostIn::Confirm:
        return OutageStep::Confirm;
    case LostIn::Upgrade:
        break;
    }
    return OutageStep::Resync;
}

InstallStep decideWaitInstall(const InstallObservation& o)
{
    if (o.identified && !o.ourMeter)
        return InstallStep::WrongMeter;
    const bool overdue = o.waitedMs > o.limitMs;
    if (o.identified && o.answered) {
        // Answering but still installing: the limit holds all the same.
        if (o.status == UpgStatus::Installing)
            return overdue ? InstallStep::Stuck : InstallStep::PollAgain;
        return o.status == UpgStatus::Done ? InstallStep::Confirm : InstallStep::Resync;
    }
    // Silence is expected while it installs, up to the limit.
    return overdue ? InstallStep::LinkLost : InstallStep::PollAgain;
}

BusyStep decideWaitBusy(const BusyObservation& o)
{
    // Verifying and then installing: twice the meter's own limit, and the margin.
    const bool overdue = o.waitedMs > 2 * o.installLimitMs;
    if (o.answered) {
        if (!o.ourMeter)
            return BusyStep::WrongMeter;
        if (o.status == UpgStatus::Verifying || o.status == UpgStatus::Installing)
            return overdue ? BusyStep::Stuck : BusyStep::PollAgain;
        return BusyStep::Identify;
    }
    return overdue ? BusyStep::LinkLost : BusyStep::TryAgain;
}

JournalChoice decideJournal(const JournalObservation& o)
{
    const UpgradeRegisters& u = o.upgrade;
    if (!o.haveJournal || o.journalSha256 != o.image.sha256)
        return JournalChoice::None;
    // A journal speaks for this run only while the meter holds its image (receiving, stored or
    // installed): after a refused BEGIN or an ABORT its backup is old, and a fresh one is taken.
    const bool meterHoldsImage =
        holdsImage(u, o.image) && (u.status == UpgStatus::Receiving || u.status == UpgStatus::Done);
    if (!meterHoldsImage)
        return JournalChoice::SetAside;
    // The tool went away after COMMIT and the meter finished on its own.
    if (u.status == UpgStatus::Done && runsVersion(o.meter, o.image.version))
        return JournalChoice::Completed;
    return JournalChoice::Reuse;
}

} // namespace commissioner::upgradepolicy

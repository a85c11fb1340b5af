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
    // The meter's NEXT_OFFSET is where the transfer goes on, wherever it points within the
    // image: the budget bounds a meter that keeps moving it.
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
    switch (o.reply) {
    case Reply::Ok:
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

} // namespace commissioner::upgradepolicy

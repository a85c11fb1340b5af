#include "base/Logging.h"
#include "base/PrintableText.h"
#include "meter/MeterQueries.h"
#include "settings/CommSettings.h"
#include "upgrade/UpgradeJob.h"
#include "upgrade/UpgradeJobDetail.h"
#include "upgrade/UpgradePlan.h"

#include <QDateTime>
#include <QJsonArray>
#include <QThread>
#include <algorithm>

namespace commissioner {

using namespace upgradejob;
using namespace upgradepolicy;

// The transfer and what follows it: descriptor, BEGIN, the blocks from NEXT_OFFSET, COMMIT,
// verification, installation and the confirmation of the new version.

// ---- the transfer --------------------------------------------------------------------------

UpgradeJob::Step UpgradeJob::doDescriptor()
{
    setStage(UpgradeStage::Preparing);
    // A descriptor leads to a BEGIN: the same decision as before BEGIN itself.
    const SendAction a = decideBegin(facts());
    if (a.step == SendStep::Identify)
        return go(State::Identify);
    if (a.step == SendStep::OutOfBudget)
        return outOfBudget(regs::UpgCommand, a.limit);
    const Registers d =
        encodeDescriptor(quint32(m_image.payload.size()), m_image.payloadSha256, m_image.deviceType,
                         m_image.hwMin, m_image.hwMax, m_image.version);
    const auto r = m_client.writeRegisters(regs::DescriptorStart, d);
    countRecord();
    if (!r) {
        if (r.error().kind == LinkErrorKind::Exception) {
            m_result.lastError = r.error();
            return finish(UpgradeOutcome::MeterError,
                          QStringLiteral("the meter refused the image descriptor: %1")
                              .arg(describeForLog(r.error())));
        }
        return linkFailure(r.error(), State::Resync);
    }
    return go(State::Begin);
}

UpgradeJob::Step UpgradeJob::doBegin()
{
    const SendAction a = decideBegin(facts());
    if (a.step == SendStep::Identify)
        return go(State::Identify);
    if (a.step == SendStep::OutOfBudget)
        return outOfBudget(regs::UpgCommand, a.limit);
    if (!m_budget.spendBegin()) // the policy allowed it: only a guard
        return outOfBudget(regs::UpgCommand);
    const auto r = m_client.writeRegister(regs::UpgCommand, quint16(UpgCommand::Begin));
    countRecord();
    if (!r) {
        if (r.error().kind != LinkErrorKind::Exception)
            return linkFailure(r.error(), State::Resync);
        m_result.lastError = r.error();
        const auto up = readUpgradeRegisters(m_client);
        countRecord();
        if (up)
            m_result.meterStatus = up.value().rawStatus;
        return finish(UpgradeOutcome::MeterRejected,
                      QStringLiteral("the meter refused BEGIN: %1 (UPG_STATUS %2)")
                          .arg(describeForLog(r.error()), upgStatusName(m_result.meterStatus)));
    }
    return go(State::ReadOffset);
}

UpgradeJob::Step UpgradeJob::doReadOffset()
{
    setQuiet(false);
    const auto up = readUpgradeRegisters(m_client);
    countRecord();
    if (!up)
        return linkFailure(up.error(), State::Resync);
    m_upgrade = up.value();
    const OffsetAction a =
        decideOffsetRead({m_upgrade, facts().image, m_offsetKnown, m_offset, m_acknowledged});
    switch (a.step) {
    case OffsetStep::StopOffSpec:
        if (a.offSpec.reg == QLatin1String("NEXT_OFFSET") && a.offSpec.value < m_acknowledged)
            log(QStringLiteral("resync"),
                QStringLiteral("NEXT_OFFSET reads %1, below the %2 bytes the meter acknowledged")
                    .arg(m_upgrade.nextOffset)
                    .arg(m_acknowledged),
                {{QStringLiteral("offset"), qint64(m_upgrade.nextOffset)},
                 {QStringLiteral("acknowledged"), qint64(m_acknowledged)}});
        return offSpec(a.offSpec.reg, a.offSpec.value);
    case OffsetStep::Resync:
        return go(State::Resync);
    case OffsetStep::Transfer:
    case OffsetStep::Commit:
        break;
    }
    const quint32 next = a.next;
    switch (a.news) {
    case OffsetNews::FreshStart:
    case OffsetNews::Resumed:
        noteTransferStart(next);
        break;
    case OffsetNews::Moved:
        log(QStringLiteral("resync"),
            QStringLiteral("Meter stored %1 bytes; continuing from there").arg(next),
            {{QStringLiteral("offset"), qint64(next)},
             {QStringLiteral("expected"), qint64(m_offset)}});
        break;
    case OffsetNews::Same:
        break;
    }
    m_offset = next;
    m_progress.bytesDone = m_offset;
    return go(a.step == OffsetStep::Commit ? State::Commit : State::Transfer);
}

void UpgradeJob::noteTransferStart(quint32 next)
{
    m_offsetKnown = true;
    m_transferStartOffset = next;
    m_transferClock.start();
    if (next == 0)
        log(QStringLiteral("step"),
            m_result.before.banks >= 2
                ? QStringLiteral("Transfer started (image goes to the spare bank)")
                : QStringLiteral("Flash memory cleared"));
    if (next > 0) {
        m_result.resumed = true;
        m_result.resumedFrom = next;
        log(QStringLiteral("resume"),
            QStringLiteral("Device already in download state: resuming at byte %1 of %2 (%3%)")
                .arg(next)
                .arg(m_image.payload.size())
                .arg(qint64(next) * 100 / std::max(1, int(m_image.payload.size()))),
            {{QStringLiteral("offset"), qint64(next)}});
    }
    log(QStringLiteral("step"), QStringLiteral("Proceeding with firmware download"));
    m_lastDecile = int(qint64(next) * 10 / std::max(1, int(m_image.payload.size())));
}

UpgradeJob::Step UpgradeJob::doTransfer()
{
    setStage(UpgradeStage::Transferring);
    const int size = m_image.payload.size();
    const int length = std::min<int>(m_upgrade.maxBlock, size - int(m_offset));
    if (!m_budget.spendBytes(length))
        return outOfBudget(regs::DataWindow);
    const Registers block =
        encodeDataBlock(m_offset, m_image.payload.constData() + m_offset, length);
    const auto r = m_client.writeRegisters(regs::DataWindow, block);
    countRecord();
    BlockObservation o;
    o.reply = replyOf(r);
    o.offset = m_offset;
    o.length = length;
    o.imageSize = size;
    o.refusalsInRow = m_refusals;
    o.refusedOffset = m_refusedOffset;
    o.refusals = m_budget.count(BudgetLimit::Refusals);
    o.maxBlockRefusals = m_options.maxBlockRefusals;
    o.refusalBackoffMs = m_options.refusalBackoffMs;
    o.acknowledged = m_acknowledged;
    const BlockAction a = decideBlockWritten(o);
    m_refusals = a.refusalsInRow;
    m_acknowledged = a.acknowledged;
    switch (a.step) {
    case BlockStep::NextBlock:
    case BlockStep::Commit:
        return blockAccepted(length, a.step == BlockStep::Commit);
    case BlockStep::LinkLost:
        return linkFailure(r.error(), State::Resync);
    case BlockStep::ReadOffset:
    case BlockStep::StopRefusing:
    case BlockStep::OutOfBudget:
        break;
    }
    return blockRefused(a, r.error());
}

UpgradeJob::Step UpgradeJob::blockAccepted(int length, bool complete)
{
    m_offset += quint32(length);
    m_result.bytesSent += length;
    m_progress.bytesDone = m_offset;
    reportProgress();
    if (complete) {
        saveJournalStage(QStringLiteral("commit"));
        return go(State::Commit);
    }
    return go(State::Transfer);
}

UpgradeJob::Step UpgradeJob::blockRefused(const BlockAction& a, const LinkError& error)
{
    m_refusedOffset = m_offset;
    m_result.lastError = error;
    if (a.step == BlockStep::OutOfBudget)
        return outOfBudget(regs::DataWindow, a.limit);
    if (!m_budget.spendRefusal()) // the policy allowed it: only a guard
        return outOfBudget(regs::DataWindow);
    if (a.step == BlockStep::StopRefusing) {
        m_result.refusedOffset = m_offset;
        m_result.refusals = m_refusals;
        return finish(UpgradeOutcome::MeterRefusing,
                      QStringLiteral("the meter keeps refusing the block at byte %1 (%2, "
                                     "%3 times in a row); it holds %1 of %4 bytes and "
                                     "can be resumed")
                          .arg(m_offset)
                          .arg(describeForLog(error))
                          .arg(m_refusals)
                          .arg(m_image.payload.size()));
    }
    log(QStringLiteral("resync"),
        QStringLiteral("Block at %1 answered %2; reading NEXT_OFFSET in %3 ms (refusal %4 "
                       "of %5)")
            .arg(m_offset)
            .arg(describeForLog(error))
            .arg(a.backoffMs)
            .arg(m_refusals)
            .arg(m_options.maxBlockRefusals),
        {{QStringLiteral("offset"), qint64(m_offset)},
         {QStringLiteral("exception"), error.exceptionCode},
         {QStringLiteral("refusals"), m_refusals},
         {QStringLiteral("backoff_ms"), a.backoffMs}});
    return go(State::ReadOffset, a.backoffMs);
}

// ---- commit, verify, install, confirm ------------------------------------------------------

UpgradeJob::Step UpgradeJob::doCommit()
{
    setStage(UpgradeStage::Verifying);
    setQuiet(true);
    const SendAction a = decideCommit(facts());
    if (a.step == SendStep::OutOfBudget)
        return outOfBudget(regs::UpgCommand, a.limit);
    if (!m_budget.spendCommit()) // the policy allowed it: only a guard
        return outOfBudget(regs::UpgCommand);
    ++m_commits;
    reportProgress(true);
    log(QStringLiteral("step"), QStringLiteral("Download complete; committing the image"));
    m_verifyClock.invalidate();
    const auto r = m_client.writeRegister(regs::UpgCommand, quint16(UpgCommand::Commit));
    countRecord();
    if (!r)
        log(QStringLiteral("step"),
            QStringLiteral("COMMIT answered: %1; reading the meter's status")
                .arg(describeForLog(r.error())));
    // Whatever COMMIT answered (a lost reply, a retry that met VERIFYING or the install's
    // silence), the meter's status says where things stand.
    return go(State::PollVerify, m_options.verifyPollMs);
}

UpgradeJob::Step UpgradeJob::doPollVerify()
{
    setStage(UpgradeStage::Verifying);
    if (!m_verifyClock.isValid())
        m_verifyClock.start();
    const auto up = readUpgradeRegisters(m_client);
    countRecord();
    if (up)
        m_upgrade = up.value();
    // The limit after the read: INSTALL_SECONDS as the meter reports it now.
    const VerifyObservation o{replyOf(up), m_upgrade, m_verifyClock.elapsed(), waitLimitMs(),
                              facts().image};
    switch (decidePollVerify(o)) {
    case VerifyStep::PollAgain:
        return go(State::PollVerify, m_options.verifyPollMs);
    case VerifyStep::Stuck:
        return stuck(QStringLiteral("VERIFYING"), m_verifyClock.elapsed());
    case VerifyStep::WaitInstall:
        return go(State::WaitInstall);
    case VerifyStep::Confirm:
        return go(State::Confirm);
    case VerifyStep::FinishVerifyFailed:
        m_result.meterStatus = m_upgrade.rawStatus;
        return finish(
            UpgradeOutcome::VerifyFailed,
            QStringLiteral(
                "the meter's SHA-256 check of the image failed; the image was discarded"));
    case VerifyStep::Commit:
        return go(State::Commit);
    case VerifyStep::ReadOffset:
        return go(State::ReadOffset);
    case VerifyStep::Resync:
        break;
    }
    return go(State::Resync);
}

UpgradeJob::Step UpgradeJob::doWaitInstall()
{
    if (!m_installClock.isValid()) {
        setStage(UpgradeStage::Installing);
        m_installClock.start();
        m_installLimitMs = waitLimitMs();
        log(QStringLiteral("step"),
            QStringLiteral("Installing; the meter may stay silent for up to %1 s")
                .arg(m_upgrade.installSeconds),
            {{QStringLiteral("install_seconds"), m_upgrade.installSeconds}});
    }
    // A restarting meter drops its connections: open the link again before asking.
    (void)m_client.reconnect();
    const auto id = probeIdentity();
    InstallObservation o;
    o.identified = bool(id);
    o.ourMeter = !id || isOurMeter(id.value());
    if (o.identified && o.ourMeter) {
        const auto up = readUpgradeRegisters(m_client);
        countRecord();
        if (up) {
            m_upgrade = up.value();
            o.answered = true;
            o.status = m_upgrade.status;
        }
    }
    o.waitedMs = m_installClock.elapsed();
    o.limitMs = m_installLimitMs;
    switch (decideWaitInstall(o)) {
    case InstallStep::WrongMeter:
        return wrongMeter(id.value());
    case InstallStep::PollAgain:
        break;
    case InstallStep::Stuck:
        return stuck(QStringLiteral("INSTALLING"), o.waitedMs);
    case InstallStep::Confirm:
        m_installClock.invalidate();
        return go(State::Confirm);
    case InstallStep::Resync:
        m_installClock.invalidate();
        return go(State::Resync);
    case InstallStep::LinkLost:
        m_installClock.invalidate();
        return linkFailure(id ? LinkError{} : id.error(), State::Resync);
    }
    return go(State::WaitInstall, m_options.reconnectIntervalMs);
}

UpgradeJob::Step UpgradeJob::doConfirm()
{
    setStage(UpgradeStage::Confirming);
    setQuiet(false);
    const auto id = readIdentity(m_client);
    countRecord();
    if (!id)
        return linkFailure(id.error(), State::Confirm);
    const ConfirmAction a = decideConfirm(
        {id.value(), m_haveIdentity, MeterBinding::of(m_result.before), m_image.version});
    if (a.step == ConfirmStep::WrongMeter)
        return wrongMeter(id.value());
    m_result.after = id.value();
    if (a.step == ConfirmStep::StopOffSpec)
        return offSpec(a.offSpec.reg, a.offSpec.value);
    if (m_result.commSettingsReset) {
        const LinkDescription now = m_client.description();
        log(QStringLiteral("settings"),
            QStringLiteral("The meter now answers at its factory communication settings: unit %1%2")
                .arg(now.unitId)
                .arg(now.kind == LinkDescription::Kind::Serial ? QStringLiteral(", %1 baud 8%2%3")
                                                                     .arg(now.baudRate)
                                                                     .arg(QLatin1Char(now.parity))
                                                                     .arg(now.stopBits)
                                                               : QString()),
            {{QStringLiteral("comm_settings_reset"), true},
             {QStringLiteral("unit_id"), now.unitId}});
    }
    if (a.step == ConfirmStep::FinishWrongVersion)
        return finish(UpgradeOutcome::WrongVersion,
                      QStringLiteral("the meter runs %1 in %2 mode, not %3")
                          .arg(m_result.after.firmware.toString(), deviceModeName(m_result.after),
                               m_image.version.toString()));
    log(QStringLiteral("step"),
        QStringLiteral("New firmware confirmed: %1").arg(m_result.after.firmware.toString()),
        {{QStringLiteral("firmware"), m_result.after.firmware.toString()}});
    if (m_hooks.settingsLost) {
        m_result.settingsLost = m_hooks.settingsLost(m_client, m_result.after, m_result.backupPath);
        m_result.settingsReset = !m_result.settingsLost.isEmpty();
        countRecord();
        if (m_result.settingsReset)
            log(QStringLiteral("settings"),
                QStringLiteral("The meter came back without %1 setting(s) it held (%2); restore "
                               "the backup %3")
                    .arg(m_result.settingsLost.size())
                    .arg(m_result.settingsLost.join(QStringLiteral(", ")), m_result.backupPath),
                {{QStringLiteral("settings_reset"), true},
                 {QStringLiteral("settings_lost"),
                  QJsonArray::fromStringList(m_result.settingsLost)},
                 {QStringLiteral("backup"), m_result.backupPath}});
    }
    return finish(UpgradeOutcome::Succeeded);
}

} // namespace commissioner

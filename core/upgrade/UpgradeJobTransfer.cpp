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

// The transfer and what follows it: descriptor, BEGIN, the blocks from NEXT_OFFSET, COMMIT,
// verification, installation and the confirmation of the new version.

// ---- the transfer --------------------------------------------------------------------------

UpgradeJob::Step UpgradeJob::doDescriptor()
{
    setStage(UpgradeStage::Preparing);
    if (!m_prepared)
        return go(State::Identify); // never written before checks, backup and journal
    // A descriptor leads to a BEGIN: none is written when no BEGIN is left to send.
    if (!m_budget.require(BudgetLimit::Begins))
        return outOfBudget(regs::UpgCommand);
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
    if (!m_prepared)
        return go(State::Identify);
    if (!m_budget.spendBegin())
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
    if (m_upgrade.status == UpgStatus::Unknown)
        return offSpec(QStringLiteral("UPG_STATUS"), m_upgrade.rawStatus);
    if (m_upgrade.status != UpgStatus::Receiving || !isOurImage(m_upgrade))
        return go(State::Resync);
    // Checked on every read, not only before BEGIN: a block size of 0 would never move on, and
    // one over 240 cannot fit a Modbus write.
    if (!isValidMaxBlock(m_upgrade.maxBlock))
        return offSpec(QStringLiteral("MAX_BLOCK"), m_upgrade.maxBlock);
    const quint32 next = m_upgrade.nextOffset;
    if (qint64(next) > m_image.payload.size())
        return offSpec(QStringLiteral("NEXT_OFFSET"), next);
    if (!m_offsetKnown) {
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
    } else if (next != m_offset) {
        log(QStringLiteral("resync"),
            QStringLiteral("Meter stored %1 bytes; continuing from there").arg(next),
            {{QStringLiteral("offset"), qint64(next)},
             {QStringLiteral("expected"), qint64(m_offset)}});
    }
    m_offset = next;
    m_progress.bytesDone = m_offset;
    return go(m_offset >= quint32(m_image.payload.size()) ? State::Commit : State::Transfer);
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
    if (!r) {
        if (r.error().kind == LinkErrorKind::Exception) {
            // The spec's rule: any exception on a data write, read NEXT_OFFSET, go on from there.
            // A meter that refuses the same block again and again (busy, or a NEXT_OFFSET that
            // is off) gets more time between tries, and a limit.
            if (m_refusals > 0 && m_offset == m_refusedOffset) {
                ++m_refusals;
            } else {
                m_refusals = 1;
                m_refusedOffset = m_offset;
            }
            m_result.lastError = r.error();
            if (!m_budget.spendRefusal())
                return outOfBudget(regs::DataWindow);
            if (m_refusals >= std::max(1, m_options.maxBlockRefusals)) {
                m_result.refusedOffset = m_offset;
                m_result.refusals = m_refusals;
                return finish(UpgradeOutcome::MeterRefusing,
                              QStringLiteral("the meter keeps refusing the block at byte %1 (%2, "
                                             "%3 times in a row); it holds %1 of %4 bytes and "
                                             "can be resumed")
                                  .arg(m_offset)
                                  .arg(describeForLog(r.error()))
                                  .arg(m_refusals)
                                  .arg(size));
            }
            const int backoff = int(std::min<qint64>(
                qint64(std::max(0, m_options.refusalBackoffMs)) << (m_refusals - 1), 2000));
            log(QStringLiteral("resync"),
                QStringLiteral("Block at %1 answered %2; reading NEXT_OFFSET in %3 ms (refusal %4 "
                               "of %5)")
                    .arg(m_offset)
                    .arg(describeForLog(r.error()))
                    .arg(backoff)
                    .arg(m_refusals)
                    .arg(m_options.maxBlockRefusals),
                {{QStringLiteral("offset"), qint64(m_offset)},
                 {QStringLiteral("exception"), r.error().exceptionCode},
                 {QStringLiteral("refusals"), m_refusals},
                 {QStringLiteral("backoff_ms"), backoff}});
            return go(State::ReadOffset, backoff);
        }
        return linkFailure(r.error(), State::Resync);
    }
    m_refusals = 0;
    m_offset += quint32(length);
    m_result.bytesSent += length;
    m_progress.bytesDone = m_offset;
    reportProgress();
    if (m_offset >= quint32(size)) {
        saveJournalStage(QStringLiteral("commit"));
        return go(State::Commit);
    }
    return go(State::Transfer);
}

// ---- commit, verify, install, confirm ------------------------------------------------------

UpgradeJob::Step UpgradeJob::doCommit()
{
    setStage(UpgradeStage::Verifying);
    setQuiet(true);
    if (!m_budget.spendCommit())
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
    if (!up) {
        if (up.error().kind != LinkErrorKind::Exception)
            return go(State::WaitInstall); // silent: the meter is installing (or lost power)
        if (m_verifyClock.elapsed() > waitLimitMs())
            return stuck(QStringLiteral("VERIFYING"), m_verifyClock.elapsed());
        return go(State::PollVerify, m_options.verifyPollMs);
    }
    m_upgrade = up.value();
    switch (m_upgrade.status) {
    case UpgStatus::Verifying:
        if (m_verifyClock.elapsed() > waitLimitMs())
            return stuck(QStringLiteral("VERIFYING"), m_verifyClock.elapsed());
        return go(State::PollVerify, m_options.verifyPollMs);
    case UpgStatus::Installing:
        return go(State::WaitInstall);
    case UpgStatus::Done:
        return go(State::Confirm);
    case UpgStatus::VerifyFailed:
        m_result.meterStatus = m_upgrade.rawStatus;
        return finish(
            UpgradeOutcome::VerifyFailed,
            QStringLiteral(
                "the meter's SHA-256 check of the image failed; the image was discarded"));
    case UpgStatus::Receiving:
        if (isOurImage(m_upgrade) && m_upgrade.nextOffset >= m_upgrade.imageSize)
            return go(State::Commit);
        return go(State::ReadOffset);
    default:
        // Anything else (an unknown status among them): the identity block and the running
        // firmware decide, never a new BEGIN over a complete image.
        return go(State::Resync);
    }
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
    if (id) {
        if (!isOurMeter(id.value()))
            return wrongMeter(id.value());
        const auto up = readUpgradeRegisters(m_client);
        countRecord();
        if (up) {
            m_upgrade = up.value();
            if (m_upgrade.status == UpgStatus::Installing) {
                // Answering but still installing: the limit holds all the same.
                if (m_installClock.elapsed() > m_installLimitMs)
                    return stuck(QStringLiteral("INSTALLING"), m_installClock.elapsed());
                return go(State::WaitInstall, m_options.reconnectIntervalMs);
            }
            m_installClock.invalidate();
            if (m_upgrade.status == UpgStatus::Done)
                return go(State::Confirm);
            return go(State::Resync);
        }
    }
    if (m_installClock.elapsed() > m_installLimitMs) {
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
    if (!isOurMeter(id.value()))
        return wrongMeter(id.value());
    m_result.after = id.value();
    if (m_result.after.mode == DeviceMode::Unknown)
        return offSpec(QStringLiteral("DEVICE_MODE"), m_result.after.rawMode);
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
    if (m_result.after.mode != DeviceMode::Normal || m_result.after.firmware != m_image.version)
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

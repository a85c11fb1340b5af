#include "upgrade/UpgradeJob.h"

#include "base/Logging.h"
#include "base/PrintableText.h"
#include "meter/MeterQueries.h"
#include "settings/CommSettings.h"
#include "upgrade/UpgradePlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QThread>
#include <algorithm>

namespace commissioner {

namespace {
constexpr int kMaxCommits = 3;  // COMMIT again after a power loss, but not forever
constexpr int kMaxRebegins = 3; // the meter lost our image: start it again, a few times

QString percentText(double v)
{
    return QString::number(v * 100.0, 'f', 1) + QLatin1Char('%');
}

QString elapsedText(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 60)
        return QStringLiteral("%1 s").arg(s);
    return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60);
}
} // namespace

UpgradeJob::UpgradeJob(MeterClient& client, UpgradeImage image, DataFolder folder,
                       UpgradeOptions options, UpgradeHooks hooks, UpgradeObserver* observer)
    : m_client(client), m_image(std::move(image)), m_folder(std::move(folder)), m_options(options),
      m_hooks(std::move(hooks)), m_observer(observer)
{
    m_log = std::make_unique<UpgradeLog>(m_folder.upgradeLogPath(), m_folder.upgradeJsonLogPath());
    m_progress.bytesTotal = m_image.payload.size();
    m_clock.start();

    // Every retry is ours and each one is a line of the retry log.
    m_client.setRetryObserver([this](int k, int n, const LinkError& why, const RequestRecord&) {
        if (m_quiet)
            return;
        ++m_progress.retries;
        const bool silent = why.kind != LinkErrorKind::BadResponse;
        log(QStringLiteral("retry"),
            QStringLiteral("%1... resending (%2 of %3)")
                .arg(silent ? QStringLiteral("No response") : QStringLiteral("Bad response"))
                .arg(k)
                .arg(n),
            {{QStringLiteral("retry"), k},
             {QStringLiteral("of"), n},
             {QStringLiteral("reason"), linkErrorKindName(why.kind)},
             {QStringLiteral("register"), why.address},
             {QStringLiteral("detail"), describeForLog(why)}});
    });

    const QDateTime now = QDateTime::currentDateTime();
    const LinkDescription link = m_client.description();
    // Runs follow each other in one file: a rule between them, as people scroll it.
    log(QStringLiteral("start"), QString(60, QLatin1Char('-')));
    log(QStringLiteral("start"),
        QStringLiteral("Upgrade started at %1").arg(UpgradeLog::longTime(now)),
        {{QStringLiteral("tool_version"), QStringLiteral(COMMISSIONER_VERSION)}});
    log(QStringLiteral("start"), QStringLiteral("Software Version (Build): Commissioner %1")
                                     .arg(QStringLiteral(COMMISSIONER_VERSION)));
    log(QStringLiteral("start"),
        QStringLiteral("Firmware Version = %1V%2")
            .arg(m_image.deviceType)
            .arg(m_image.version.toString()),
        {{QStringLiteral("package_version"), m_image.version.toString()},
         {QStringLiteral("device_type"), m_image.deviceType}});
    log(QStringLiteral("start"),
        QStringLiteral("Firmware dated %1")
            .arg(QLocale(QLocale::English)
                     .toString(m_image.buildTime.toUTC(),
                               QStringLiteral("ddd MMM d HH:mm:ss yyyy 'UTC'"))),
        {{QStringLiteral("build_time"), m_image.buildTime.toUTC().toString(Qt::ISODate)}});
    log(QStringLiteral("start"), QStringLiteral("Package = %1").arg(m_image.sourcePath),
        {{QStringLiteral("payload_sha256"), QString::fromLatin1(m_image.payloadSha256.toHex())},
         {QStringLiteral("payload_size"), m_image.payload.size()}});
    log(QStringLiteral("start"), QStringLiteral("Link = %1").arg(link.summary()),
        {{QStringLiteral("link"), link.summary()}});
}

UpgradeJob::~UpgradeJob()
{
    m_client.setRetryObserver({});
}

QString UpgradeJob::upgradeLogPath() const
{
    return m_log->textPath();
}

UpgradeJob::Step UpgradeJob::step()
{
    if (m_state == State::Finished)
        return {true, 0};
    if (m_cancel) {
        return finish(
            UpgradeOutcome::Cancelled,
            QStringLiteral(
                "cancelled by the user; the meter holds %1 of %2 bytes and can be resumed")
                .arg(m_offset)
                .arg(m_image.payload.size()));
    }
    switch (m_state) {
    case State::Identify:
        return doIdentify();
    case State::Preflight:
        return doPreflight();
    case State::Backup:
        return doBackup();
    case State::Journal:
        return doJournal();
    case State::Descriptor:
        return doDescriptor();
    case State::Begin:
        return doBegin();
    case State::ReadOffset:
        return doReadOffset();
    case State::Transfer:
        return doTransfer();
    case State::Commit:
        return doCommit();
    case State::PollVerify:
        return doPollVerify();
    case State::WaitInstall:
        return doWaitInstall();
    case State::Confirm:
        return doConfirm();
    case State::Resync:
        return doResync();
    case State::Outage:
        return doOutage();
    case State::WaitBusy:
        return doWaitBusy();
    case State::Finished:
        break;
    }
    return {true, 0};
}

UpgradeResult UpgradeJob::runToEnd()
{
    for (;;) {
        const Step s = step();
        if (s.finished)
            return m_result;
        if (s.delayMs > 0)
            QThread::msleep(s.delayMs);
    }
}

// ---- connecting and checking ---------------------------------------------------------------

UpgradeJob::Step UpgradeJob::doIdentify()
{
    setStage(UpgradeStage::Connecting);
    const auto id = readIdentity(m_client);
    countRecord();
    if (!id)
        return linkFailure(id.error(), State::Identify);
    const auto up = readUpgradeRegisters(m_client);
    countRecord();
    if (!up)
        return linkFailure(up.error(), State::Identify);
    // Identified again (after waiting out a busy meter): it must still be the same meter.
    if (m_haveIdentity && !isOurMeter(id.value()))
        return wrongMeter(id.value());
    const bool first = !m_haveIdentity;
    m_haveIdentity = true;
    m_result.before = id.value();
    m_upgrade = up.value();
    if (!first)
        return go(State::Preflight);
    const MeterIdentity& m = id.value();
    log(QStringLiteral("device"),
        QStringLiteral("Device Name = %1").arg(printableText(m.modelName)),
        {{QStringLiteral("model"), m.modelName}});
    log(QStringLiteral("device"),
        QStringLiteral("Device Type = %1, hardware revision %2")
            .arg(m.deviceType)
            .arg(m.hwRevision),
        {{QStringLiteral("device_type"), m.deviceType},
         {QStringLiteral("hw_revision"), m.hwRevision}});
    log(QStringLiteral("device"),
        QStringLiteral("Device Serial Number = %1").arg(printableText(m.serialNumber)),
        {{QStringLiteral("serial_number"), m.serialNumber}});
    log(QStringLiteral("device"),
        QStringLiteral("Device Unit ID = %1").arg(m_client.description().unitId),
        {{QStringLiteral("unit_id"), m_client.description().unitId}});
    if (m_client.description().baudRate > 0)
        log(QStringLiteral("device"),
            QStringLiteral("Device BaudRate = %1").arg(m_client.description().baudRate),
            {{QStringLiteral("baud_rate"), m_client.description().baudRate}});
    log(QStringLiteral("device"),
        QStringLiteral("Device firmware = %1, mode %2, %3 flash bank(s)")
            .arg(m.firmware.toString(), deviceModeName(m))
            .arg(m.banks),
        {{QStringLiteral("firmware"), m.firmware.toString()},
         {QStringLiteral("mode"), deviceModeName(m)},
         {QStringLiteral("banks"), m.banks}});
    return go(State::Preflight);
}

UpgradeJob::Step UpgradeJob::doPreflight()
{
    setStage(UpgradeStage::Checking);
    // A meter still verifying or installing an earlier image answers settings reads with
    // exception 06 and may restart: wait it out, then identify and check it afresh.
    if (m_upgrade.status == UpgStatus::Verifying || m_upgrade.status == UpgStatus::Installing) {
        log(QStringLiteral("check"),
            QStringLiteral("The meter is busy (UPG_STATUS %1): waiting for it to finish before the "
                           "checks")
                .arg(upgStatusName(m_upgrade.rawStatus)),
            {{QStringLiteral("status"), m_upgrade.rawStatus}});
        return go(State::WaitBusy);
    }
    m_journal = UpgradeJournal::load(m_folder, m_result.before.serialNumber);
    const bool journalForThisImage = m_journal && m_journal->payloadSha256 == m_image.payloadSha256;

    // The tool went away after COMMIT and the meter finished on its own: confirm, write nothing.
    if (journalForThisImage && m_upgrade.status == UpgStatus::Done &&
        runsNewFirmware(m_result.before)) {
        log(QStringLiteral("resume"),
            QStringLiteral("The meter already runs %1: the interrupted upgrade completed")
                .arg(m_image.version.toString()));
        m_result.backupPath = m_journal->backupPath;
        m_commits = 1;
        return go(State::Confirm);
    }

    // What the person allowed when this transfer started still holds for its resume.
    const PreflightInput in = preflightInputFor(
        m_result.before, m_upgrade, m_image,
        m_options.allowUnsigned || (journalForThisImage && m_journal->allowUnsigned),
        m_options.allowDowngrade || (journalForThisImage && m_journal->allowDowngrade));
    m_result.findings = runPreflight(in);

    for (const PreflightFinding& f : m_result.findings)
        log(QStringLiteral("check"),
            QStringLiteral("%1: %2").arg(f.blocking ? QStringLiteral("Refused")
                                                    : QStringLiteral("Note"),
                                         describeFindingForLog(f)),
            {{QStringLiteral("blocking"), f.blocking}, {QStringLiteral("code"), int(f.code)}});
    if (!preflightPasses(m_result.findings))
        return finish(UpgradeOutcome::PreflightRefused,
                      QStringLiteral("checks refused the package"));
    log(QStringLiteral("check"), QStringLiteral("Checks passed"));
    if (!journalForThisImage)
        m_journal.reset();
    return go(State::Backup);
}

UpgradeJob::Step UpgradeJob::doBackup()
{
    setStage(UpgradeStage::BackingUp);
    if (m_journal && !m_journal->backupPath.isEmpty()) {
        // The backup taken before the first BEGIN is the one that holds the settings.
        m_result.backupPath = m_journal->backupPath;
        log(QStringLiteral("backup"),
            QStringLiteral("Template backup kept from the interrupted upgrade: %1")
                .arg(m_result.backupPath),
            {{QStringLiteral("backup"), m_result.backupPath}});
        return go(State::Journal);
    }
    if (m_result.before.mode != DeviceMode::Normal) {
        if (m_hooks.latestBackup)
            m_result.backupPath = m_hooks.latestBackup(m_result.before.serialNumber);
        log(QStringLiteral("backup"),
            m_result.backupPath.isEmpty()
                ? QStringLiteral("Device already in download state: settings cannot be read, no "
                                 "earlier backup found")
                : QStringLiteral("Device already in download state: settings cannot be read; "
                                 "latest backup is %1")
                      .arg(m_result.backupPath),
            {{QStringLiteral("backup"), m_result.backupPath}});
        return go(State::Journal);
    }
    if (!m_hooks.backup)
        return finish(UpgradeOutcome::BackupFailed, QStringLiteral("no template backup available"));
    const auto saved = m_hooks.backup(m_client, m_result.before);
    countRecord();
    if (!saved)
        return finish(UpgradeOutcome::BackupFailed,
                      QStringLiteral("template backup failed: %1").arg(saved.error().text));
    m_result.backupPath = saved.value();
    log(QStringLiteral("backup"),
        QStringLiteral("Template backup saved to %1").arg(m_result.backupPath),
        {{QStringLiteral("backup"), m_result.backupPath}});
    return go(State::Journal);
}

UpgradeJob::Step UpgradeJob::doJournal()
{
    setStage(UpgradeStage::Preparing);
    QString error;
    const QString copy = keepPackageCopy(m_folder, m_image.fileBytes, m_image.fileSha256, &error);
    if (copy.isEmpty())
        return finish(UpgradeOutcome::StorageFailed,
                      QStringLiteral("cannot keep a copy of the package: %1").arg(error));
    UpgradeJournal j = m_journal.value_or(UpgradeJournal{});
    if (!m_journal)
        j.startedAt = QDateTime::currentDateTimeUtc();
    j.serialNumber = m_result.before.serialNumber;
    j.deviceType = m_result.before.deviceType;
    j.payloadSha256 = m_image.payloadSha256;
    j.packageSha256 = m_image.fileSha256;
    j.packageCopyPath = copy;
    j.packageOriginalPath = m_image.sourcePath;
    j.backupPath = m_result.backupPath;
    j.targetVersion = m_image.version.toString();
    j.allowUnsigned = j.allowUnsigned || m_options.allowUnsigned;
    j.allowDowngrade = j.allowDowngrade || m_options.allowDowngrade;
    j.stage = QStringLiteral("begin");
    j.updatedAt = QDateTime::currentDateTimeUtc();
    j.toolVersion = QStringLiteral(COMMISSIONER_VERSION);
    if (!j.save(m_folder, &error))
        return finish(UpgradeOutcome::StorageFailed,
                      QStringLiteral("cannot write the upgrade journal: %1").arg(error));
    m_journal = j;
    m_prepared = true;
    log(QStringLiteral("journal"),
        QStringLiteral("Journal written to %1").arg(m_folder.journalPath(j.serialNumber)),
        {{QStringLiteral("journal"), m_folder.journalPath(j.serialNumber)},
         {QStringLiteral("package_copy"), copy}});
    return go(State::Descriptor);
}

// ---- the transfer --------------------------------------------------------------------------

UpgradeJob::Step UpgradeJob::doDescriptor()
{
    setStage(UpgradeStage::Preparing);
    if (!m_prepared)
        return go(State::Identify); // never written before checks, backup and journal
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
    if (++m_commits > kMaxCommits)
        return finish(UpgradeOutcome::MeterError, QStringLiteral("the meter does not take COMMIT"));
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

// ---- losing and finding the meter ----------------------------------------------------------

UpgradeJob::Step UpgradeJob::doResync()
{
    const auto id = readIdentity(m_client);
    countRecord();
    if (!id)
        return linkFailure(id.error(), State::Resync);
    if (!isOurMeter(id.value()))
        return wrongMeter(id.value());
    const auto up = readUpgradeRegisters(m_client);
    countRecord();
    if (!up)
        return linkFailure(up.error(), State::Resync);
    m_upgrade = up.value();
    if (!m_prepared)
        return go(State::Identify); // nothing is written before checks, backup and journal
    const MeterIdentity& m = id.value();
    switch (m_upgrade.status) {
    case UpgStatus::Verifying:
        return go(State::PollVerify, m_options.verifyPollMs);
    case UpgStatus::Installing:
        return go(State::WaitInstall);
    case UpgStatus::VerifyFailed:
        if (m_commits == 0)
            break; // an earlier attempt's result: BEGIN again
        m_result.meterStatus = m_upgrade.rawStatus;
        return finish(UpgradeOutcome::VerifyFailed,
                      QStringLiteral("the meter's SHA-256 check of the image failed"));
    case UpgStatus::Receiving:
        if (isOurImage(m_upgrade))
            return go(State::ReadOffset);
        break;
    default:
        break;
    }
    // After COMMIT the running firmware is what counts: a meter that runs the package's version
    // in NORMAL mode has installed it, whatever its UPG_STATUS reads.
    if (m_commits > 0 && runsNewFirmware(m)) {
        if (m_upgrade.status != UpgStatus::Done)
            log(QStringLiteral("resync"),
                QStringLiteral("UPG_STATUS reads %1, but the meter runs %2 in NORMAL mode")
                    .arg(upgStatusName(m_upgrade.rawStatus), m_image.version.toString()),
                {{QStringLiteral("status"), m_upgrade.rawStatus}});
        return go(State::Confirm);
    }
    if (m.mode == DeviceMode::Unknown)
        return offSpec(QStringLiteral("DEVICE_MODE"), m.rawMode);
    if (m_upgrade.status == UpgStatus::Unknown)
        return offSpec(QStringLiteral("UPG_STATUS"), m_upgrade.rawStatus);
    // The meter does not hold our image (it was aborted, or lost): start the transfer again.
    if (++m_rebegins > kMaxRebegins)
        return finish(UpgradeOutcome::MeterError,
                      QStringLiteral("the meter keeps losing the image (UPG_STATUS %1)")
                          .arg(upgStatusName(m_upgrade.rawStatus)));
    log(QStringLiteral("resync"),
        QStringLiteral(
            "The meter does not hold this image (UPG_STATUS %1); starting the transfer again")
            .arg(upgStatusName(m_upgrade.rawStatus)));
    m_offsetKnown = false;
    return go(State::Descriptor);
}

UpgradeJob::Step UpgradeJob::linkFailure(const LinkError& error, State retryFrom)
{
    setQuiet(false);
    m_result.lastError = error;
    m_resumeState = retryFrom;
    if (!m_inOutage) {
        m_inOutage = true;
        m_outageClock.start();
        setStage(UpgradeStage::WaitingForLink);
        log(QStringLiteral("pause"),
            QStringLiteral("Communication lost (%1); waiting up to %2 s for the meter")
                .arg(describeForLog(error))
                .arg(m_options.outageWaitMs / 1000),
            {{QStringLiteral("reason"), linkErrorKindName(error.kind)},
             {QStringLiteral("wait_limit_s"), m_options.outageWaitMs / 1000}});
        if (m_observer)
            m_observer->onPaused(true, m_options.outageWaitMs);
    }
    return go(State::Outage, m_options.reconnectIntervalMs);
}

UpgradeJob::Step UpgradeJob::doOutage()
{
    if (m_outageClock.elapsed() > m_options.outageWaitMs) {
        return finish(
            UpgradeOutcome::LinkLost,
            QStringLiteral("no response for %1; the meter holds %2 of %3 bytes and can be resumed")
                .arg(elapsedText(m_outageClock.elapsed()))
                .arg(m_offset)
                .arg(m_image.payload.size()));
    }
    const auto reopened = m_client.reconnect();
    if (!reopened)
        return go(State::Outage, m_options.reconnectIntervalMs);
    const auto id = probeIdentity();
    if (!id)
        return go(State::Outage, m_options.reconnectIntervalMs);
    if (m_haveIdentity && !isOurMeter(id.value()))
        return wrongMeter(id.value());
    m_inOutage = false;
    log(QStringLiteral("resume"),
        QStringLiteral("Communication restored after %1 of waiting")
            .arg(elapsedText(m_outageClock.elapsed())),
        {{QStringLiteral("outage_ms"), m_outageClock.elapsed()}});
    if (m_observer)
        m_observer->onPaused(false, 0);
    switch (m_resumeState) {
    case State::Identify:
    case State::WaitBusy:
        return go(State::Identify); // the checks have not passed yet: start from them
    case State::Confirm:
        return go(State::Confirm);
    default:
        return go(State::Resync);
    }
}

UpgradeJob::Step UpgradeJob::doWaitBusy()
{
    setStage(UpgradeStage::Checking);
    setQuiet(true);
    if (!m_busyClock.isValid())
        m_busyClock.start();
    // Verifying and then installing: twice the meter's own limit, and the margin.
    const qint64 limit = 2 * waitLimitMs();
    (void)m_client.reconnect();
    const auto id = readIdentity(m_client);
    countRecord();
    const auto up =
        id ? readUpgradeRegisters(m_client) : Result<UpgradeRegisters, LinkError>(id.error());
    countRecord();
    if (id && up) {
        if (!isOurMeter(id.value()))
            return wrongMeter(id.value());
        m_upgrade = up.value();
        if (m_upgrade.status == UpgStatus::Verifying || m_upgrade.status == UpgStatus::Installing) {
            if (m_busyClock.elapsed() > limit)
                return stuck(upgStatusName(m_upgrade.rawStatus), m_busyClock.elapsed());
            return go(State::WaitBusy, m_options.verifyPollMs);
        }
        log(QStringLiteral("check"),
            QStringLiteral("The meter finished (UPG_STATUS %1) after %2")
                .arg(upgStatusName(m_upgrade.rawStatus), elapsedText(m_busyClock.elapsed())));
        m_busyClock.invalidate();
        setQuiet(false);
        return go(State::Identify);
    }
    if (m_busyClock.elapsed() > limit) {
        m_busyClock.invalidate();
        return linkFailure(id ? up.error() : id.error(), State::Identify);
    }
    return go(State::WaitBusy, m_options.reconnectIntervalMs);
}

// ---- bookkeeping ---------------------------------------------------------------------------

UpgradeJob::Step UpgradeJob::finish(UpgradeOutcome outcome, const QString& why)
{
    setQuiet(false);
    m_result.outcome = outcome;
    m_result.elapsedMs = m_clock.elapsed();
    m_state = State::Finished;
    const QString when = UpgradeLog::longTime(QDateTime::currentDateTime());
    const QJsonObject fields{{QStringLiteral("outcome"), upgradeOutcomeName(outcome)},
                             {QStringLiteral("elapsed_ms"), m_result.elapsedMs},
                             {QStringLiteral("bytes_sent"), m_result.bytesSent},
                             {QStringLiteral("comm_efficiency"), m_progress.commEfficiency},
                             {QStringLiteral("reason"), why}};
    if (outcome == UpgradeOutcome::Succeeded) {
        UpgradeJournal::remove(m_folder, m_result.before.serialNumber);
        log(QStringLiteral("result"),
            QStringLiteral("Upgrade completed at %1 (took %2)")
                .arg(when, elapsedText(m_result.elapsedMs)),
            fields);
    } else {
        if (m_journal)
            saveJournalStage(m_result.resumable() ? QStringLiteral("interrupted")
                                                  : QStringLiteral("failed"));
        if (outcome == UpgradeOutcome::LinkLost)
            log(QStringLiteral("result"), QStringLiteral("No response... aborting"));
        log(QStringLiteral("result"),
            QStringLiteral("Upgrade failed at %1: %2 (after %3)")
                .arg(when, why, elapsedText(m_result.elapsedMs)),
            fields);
    }
    m_log->close();
    setStage(UpgradeStage::Finished);
    return {true, 0};
}

UpgradeJob::Step UpgradeJob::go(State next, int delayMs)
{
    m_state = next;
    return {false, delayMs};
}

void UpgradeJob::setStage(UpgradeStage stage)
{
    if (m_progress.stage == stage)
        return;
    m_progress.stage = stage;
    if (m_observer) {
        m_observer->onStage(stage);
        m_observer->onProgress(m_progress);
    }
}

void UpgradeJob::log(const QString& event, const QString& text, const QJsonObject& fields)
{
    if (text.isEmpty())
        return;
    const UpgradeLogEntry entry{QDateTime::currentDateTime(), event, text, fields};
    m_log->append(entry);
    qCInfo(lcUpgrade).noquote() << text;
    if (m_observer)
        m_observer->onLog(entry);
}

void UpgradeJob::countRecord()
{
    if (m_quiet)
        return; // a meter that is busy hashing or installing is not a comms fault
    const RequestRecord rec = m_client.lastRecord();
    for (const AttemptRecord& a : rec.attempts) {
        ++m_sent;
        if (a.ok || a.error.kind == LinkErrorKind::Exception)
            ++m_answered;
    }
    m_progress.commEfficiency = m_sent > 0 ? double(m_answered) / double(m_sent) : 1.0;
}

void UpgradeJob::reportProgress(bool force)
{
    const qint64 total = m_image.payload.size();
    const qint64 nowMs = m_transferClock.isValid() ? m_transferClock.elapsed() : 0;
    const int decile = int(qint64(m_offset) * 10 / std::max<qint64>(1, total));
    const bool observerDue =
        m_observer && (force || m_lastProgressMs < 0 || nowMs - m_lastProgressMs >= 50);
    if (!observerDue && decile == m_lastDecile)
        return; // nothing to say for this block: keep the per-block cost low
    const qint64 moved = qint64(m_offset) - qint64(m_transferStartOffset);
    if (nowMs > 0 && moved > 0) {
        m_progress.bytesPerSecond = double(moved) * 1000.0 / double(nowMs);
        m_progress.etaSeconds = int(double(total - m_offset) / m_progress.bytesPerSecond);
    }
    while (m_lastDecile < decile && m_lastDecile < 10) {
        ++m_lastDecile;
        log(QStringLiteral("progress"), QStringLiteral("%1% completed").arg(m_lastDecile * 10),
            {{QStringLiteral("percent"), m_lastDecile * 10},
             {QStringLiteral("offset"), qint64(m_offset)},
             {QStringLiteral("bytes_per_second"), m_progress.bytesPerSecond}});
        log(QStringLiteral("progress"),
            QStringLiteral("Comm efficiency = %1").arg(percentText(m_progress.commEfficiency)),
            {{QStringLiteral("comm_efficiency"), m_progress.commEfficiency}});
    }
    // Observers get at most ~20 updates a second: enough for a bar, cheap for a GUI.
    if (observerDue) {
        m_lastProgressMs = nowMs;
        m_observer->onProgress(m_progress);
    }
}

void UpgradeJob::saveJournalStage(const QString& stage)
{
    if (!m_journal)
        return;
    m_journal->stage = stage;
    m_journal->updatedAt = QDateTime::currentDateTimeUtc();
    m_journal->save(m_folder);
}

Result<MeterIdentity, LinkError> UpgradeJob::probeIdentity()
{
    auto id = readIdentity(m_client);
    countRecord();
    // Only a meter already identified can be recognised at other settings.
    if (id || !m_haveIdentity || !m_options.tryFactoryCommSettings || m_result.commSettingsReset)
        return id;
    // Where the meter answers at its factory settings: its profile says (COMM_* defaults).
    const auto profiles = DeviceProfiles::load(m_folder);
    const DeviceProfile* profile =
        profiles ? profiles->forDeviceType(m_result.before.deviceType) : nullptr;
    const auto factory = profile ? factoryCommSettings(*profile) : std::nullopt;
    if (!factory)
        return id;
    const LinkDescription was = m_client.description();
    const bool serial = was.kind == LinkDescription::Kind::Serial;
    const bool atDefaults =
        was.unitId == factory->unitId &&
        (!serial || (was.baudRate == factory->baudRate && was.parity == factory->parity));
    if (atDefaults ||
        !m_client.setCommSettings(factory->unitId, serial ? factory->baudRate : was.baudRate,
                                  serial ? factory->parity : was.parity))
        return id;
    (void)m_client.reconnect();
    auto alt = readIdentity(m_client);
    countRecord();
    if (alt && isOurMeter(alt.value())) {
        m_result.commSettingsReset = true;
        log(QStringLiteral("settings"),
            QStringLiteral("The meter answers at its factory communication settings: it restarted "
                           "during the upgrade"),
            {{QStringLiteral("comm_settings_reset"), true}});
        return alt;
    }
    if (alt && m_strangerSerial != alt.value().serialNumber) {
        // Another meter on the bus sits at the factory settings: it is left alone.
        m_strangerSerial = alt.value().serialNumber;
        m_result.stranger = alt.value();
        log(QStringLiteral("settings"),
            QStringLiteral("A meter with serial number %1 (type %2) answers at the factory "
                           "communication settings; it is not the meter being upgraded (%3) and "
                           "is left alone")
                .arg(printableText(alt.value().serialNumber))
                .arg(alt.value().deviceType)
                .arg(printableText(m_result.before.serialNumber)),
            {{QStringLiteral("stranger_serial_number"), alt.value().serialNumber},
             {QStringLiteral("stranger_device_type"), alt.value().deviceType}});
    }
    m_client.setCommSettings(was.unitId, was.baudRate, was.parity);
    (void)m_client.reconnect();
    return id;
}

void UpgradeJob::setQuiet(bool quiet)
{
    if (quiet == m_quiet)
        return;
    m_quiet = quiet;
    if (quiet) {
        // Probes while the meter hashes or installs: one attempt each, no retries.
        m_loudPolicy = m_client.retryPolicy();
        RetryPolicy p = m_loudPolicy;
        p.retries = 0;
        m_client.setRetryPolicy(p);
    } else {
        m_client.setRetryPolicy(m_loudPolicy);
    }
}

bool UpgradeJob::isOurMeter(const MeterIdentity& m) const
{
    return !m_haveIdentity || (m.serialNumber == m_result.before.serialNumber &&
                               m.deviceType == m_result.before.deviceType);
}

UpgradeJob::Step UpgradeJob::wrongMeter(const MeterIdentity& m)
{
    m_result.stranger = m;
    return finish(UpgradeOutcome::WrongMeter,
                  QStringLiteral("another meter answers (serial number %1, type %2), not the one "
                                 "the upgrade started on (serial number %3, type %4); nothing is "
                                 "written to it")
                      .arg(printableText(m.serialNumber))
                      .arg(m.deviceType)
                      .arg(printableText(m_result.before.serialNumber))
                      .arg(m_result.before.deviceType));
}

UpgradeJob::Step UpgradeJob::offSpec(const QString& reg, qint64 value)
{
    m_result.offSpecRegister = reg;
    m_result.offSpecValue = value;
    return finish(UpgradeOutcome::MeterOffSpec,
                  QStringLiteral("the meter reports %1 = %2, which the protocol does not allow; "
                                 "nothing more is written")
                      .arg(reg)
                      .arg(value));
}

UpgradeJob::Step UpgradeJob::stuck(const QString& status, qint64 waitedMs)
{
    m_result.stuckStatus = status;
    m_result.stuckSeconds = int(waitedMs / 1000);
    return finish(UpgradeOutcome::MeterStuck,
                  QStringLiteral("the meter stayed %1 for %2 (INSTALL_SECONDS %3 plus %4 s of "
                                 "margin); it keeps the image and can be resumed")
                      .arg(status, elapsedText(waitedMs))
                      .arg(m_upgrade.installSeconds)
                      .arg(m_options.installMarginMs / 1000));
}

qint64 UpgradeJob::waitLimitMs() const
{
    return qint64(std::max(1, m_upgrade.installSeconds)) * 1000 + m_options.installMarginMs;
}

bool UpgradeJob::runsNewFirmware(const MeterIdentity& m) const
{
    return m.mode == DeviceMode::Normal && m.firmware == m_image.version;
}

bool UpgradeJob::isOurImage(const UpgradeRegisters& u) const
{
    return u.imageSha256 == m_image.payloadSha256 && qint64(u.imageSize) == m_image.payload.size();
}

} // namespace commissioner

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

// The job's first states: who the meter is, whether the package fits it, the backup and
// the journal that must be on disk before anything is written.

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
    const IdentifyStep next = decideIdentify(
        {id.value(), m_haveIdentity, MeterBinding::of(m_result.before), m_options.expected});
    switch (next) {
    case IdentifyStep::WrongMeter:
        return wrongMeter(id.value());
    case IdentifyStep::NotConfirmedMeter:
        // Named as the meter the job is for: the one the person confirmed.
        m_result.before.serialNumber = m_options.expected->serialNumber;
        m_result.before.deviceType = m_options.expected->deviceType;
        return wrongMeter(id.value());
    case IdentifyStep::NoSerialNumber:
        return finish(UpgradeOutcome::NoSerialNumber,
                      QStringLiteral("the meter reports no serial number; nothing is written to "
                                     "it"));
    case IdentifyStep::FirstSeen:
    case IdentifyStep::SeenAgain:
        break;
    }
    m_haveIdentity = true;
    m_result.before = id.value();
    m_upgrade = up.value();
    if (next == IdentifyStep::FirstSeen)
        describeMeter(id.value());
    return go(State::Preflight);
}

void UpgradeJob::describeMeter(const MeterIdentity& m)
{
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
}

UpgradeJob::Step UpgradeJob::doPreflight()
{
    setStage(UpgradeStage::Checking);
    // A meter still verifying or installing an earlier image answers settings reads with
    // exception 06 and may restart: wait it out, then identify and check it afresh.
    if (meterBusy(m_upgrade)) {
        log(QStringLiteral("check"),
            QStringLiteral("The meter is busy (UPG_STATUS %1): waiting for it to finish before the "
                           "checks")
                .arg(upgStatusName(m_upgrade.rawStatus)),
            {{QStringLiteral("status"), m_upgrade.rawStatus}});
        return go(State::WaitBusy);
    }
    m_journal =
        UpgradeJournal::load(m_folder, m_result.before.serialNumber, m_result.before.deviceType);
    // The journal speaks for this run only while the meter holds its image (decideJournal).
    const JournalChoice journal =
        decideJournal({m_journal.has_value(), m_journal ? m_journal->payloadSha256 : QByteArray(),
                       m_upgrade, m_result.before, facts().image});
    const bool journalForThisImage =
        journal == JournalChoice::Reuse || journal == JournalChoice::Completed;
    if (journal == JournalChoice::SetAside)
        log(QStringLiteral("check"),
            QStringLiteral("The journal of an earlier run of this package is set aside: the meter "
                           "does not hold its image (UPG_STATUS %1)")
                .arg(upgStatusName(m_upgrade.rawStatus)));

    // The tool went away after COMMIT and the meter finished on its own: confirm, write nothing.
    if (journal == JournalChoice::Completed) {
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
            m_result.backupPath =
                m_hooks.latestBackup(m_result.before.serialNumber, m_result.before.deviceType);
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
        QStringLiteral("Journal written to %1")
            .arg(m_folder.journalPath(j.serialNumber, j.deviceType)),
        {{QStringLiteral("journal"), m_folder.journalPath(j.serialNumber, j.deviceType)},
         {QStringLiteral("package_copy"), copy}});
    // The whole image already stored (power lost while verifying or installing): the spec's
    // next step is COMMIT again, with no descriptor and no BEGIN.
    if (m_upgrade.status == UpgStatus::Receiving && isOurImage(m_upgrade) &&
        qint64(m_upgrade.nextOffset) == m_image.payload.size()) {
        m_offset = m_upgrade.nextOffset;
        m_progress.bytesDone = m_offset;
        log(QStringLiteral("resume"),
            QStringLiteral("The meter holds the whole image: committing it again"),
            {{QStringLiteral("offset"), qint64(m_offset)}});
        return go(State::Commit);
    }
    return go(State::Descriptor);
}

UpgradeJob::Step UpgradeJob::doWaitBusy()
{
    setStage(UpgradeStage::Checking);
    setQuiet(true);
    if (!m_busyClock.isValid())
        m_busyClock.start();
    // The limit as known before this read (decideWaitBusy allows twice it).
    const qint64 installLimit = waitLimitMs();
    (void)m_client.reconnect();
    const auto id = readIdentity(m_client);
    countRecord();
    const auto up =
        id ? readUpgradeRegisters(m_client) : Result<UpgradeRegisters, LinkError>(id.error());
    countRecord();
    BusyObservation o;
    o.answered = id && up;
    o.ourMeter = !o.answered || isOurMeter(id.value());
    if (o.answered && o.ourMeter) {
        m_upgrade = up.value();
        o.status = m_upgrade.status;
    }
    o.waitedMs = m_busyClock.elapsed();
    o.installLimitMs = installLimit;
    switch (decideWaitBusy(o)) {
    case BusyStep::WrongMeter:
        return wrongMeter(id.value());
    case BusyStep::PollAgain:
        return go(State::WaitBusy, m_options.verifyPollMs);
    case BusyStep::Stuck:
        return stuck(upgStatusName(m_upgrade.rawStatus), o.waitedMs);
    case BusyStep::Identify:
        log(QStringLiteral("check"),
            QStringLiteral("The meter finished (UPG_STATUS %1) after %2")
                .arg(upgStatusName(m_upgrade.rawStatus), elapsedText(m_busyClock.elapsed())));
        m_busyClock.invalidate();
        setQuiet(false);
        return go(State::Identify);
    case BusyStep::LinkLost:
        m_busyClock.invalidate();
        return linkFailure(id ? up.error() : id.error(), State::Identify);
    case BusyStep::TryAgain:
        break;
    }
    return go(State::WaitBusy, m_options.reconnectIntervalMs);
}

} // namespace commissioner

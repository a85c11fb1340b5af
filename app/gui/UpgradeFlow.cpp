#include "UpgradeFlow.h"

#include "Asker.h"
#include "GuiLogging.h"
#include "GuiText.h"
#include "LinkSession.h"
#include "UpgradeProgressDialog.h"
#include "UpgradeWizard.h"
#include "VersionChange.h"
#include "usecases/UpgradeUseCase.h"

#include <QDir>
#include <QFileInfo>
#include <QWidget>

namespace commissioner::gui {

UpgradeFlow::UpgradeFlow(QWidget* window, const AppSettings* settings, Asker* asker)
    : QObject(window), m_window(window), m_settings(settings), m_asker(asker)
{
}

void UpgradeFlow::setSession(LinkSession* session)
{
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_session = session;
    m_recovering = false;
    m_offering = false;
    m_restorePath.clear();
    if (m_wizard)
        m_wizard->close(); // it was checking against the link that is gone
    if (m_running && m_progress) {
        UpgradeResult r;
        r.outcome = UpgradeOutcome::LinkLost;
        m_progress->showResult(r, DataFolder(m_settings->dataDir).upgradeLogPath());
    }
    m_running = false;
    if (!session)
        return;
    LinkWorker* w = session->worker();
    // The session as context: a signal still queued when it goes is dropped with it.
    connectPackages(w, session);
    connectUpgrade(w, session);
    connectRestore(w, session);
}

// The recovery's package: found by the journal's hash, or chosen and loaded.
void UpgradeFlow::connectPackages(LinkWorker* w, LinkSession* session)
{
    m_connections << connect(
        w, &LinkWorker::packageFound, session,
        [this](const QByteArray& sha, const QString& path, const QString& origin, int unsignedOk) {
            onPackageFound(sha, path, origin, unsignedOk);
        });
    m_connections << connect(w, &LinkWorker::packageLoaded, session,
                             [this](const LoadedPackage& p) { onRecoveryPackage(p); });
    m_connections << connect(w, &LinkWorker::packageFailed, session, [this](const PackageError& e) {
        if (!m_recovering || m_recoveryPath.isEmpty())
            return;
        m_recoveryPath.clear();
        m_asker->warn(m_window, tr("Recovery"),
                      tr("This file cannot be used: %1").arg(GuiText::packageError(e)));
        askForRecoveryPackage();
    });
}

// The running upgrade, shown in the progress dialog.
void UpgradeFlow::connectUpgrade(LinkWorker* w, LinkSession* session)
{
    m_connections << connect(w, &LinkWorker::upgradeStarted, session,
                             [this](const QString& logPath) {
                                 if (m_progress)
                                     m_progress->showStarted(logPath);
                             });
    m_connections << connect(w, &LinkWorker::upgradeStage, session, [this](UpgradeStage s) {
        if (m_progress)
            m_progress->showStage(s);
    });
    m_connections << connect(w, &LinkWorker::upgradeProgress, session,
                             [this](const UpgradeProgress& p) {
                                 if (m_progress)
                                     m_progress->showProgress(p);
                             });
    m_connections << connect(w, &LinkWorker::upgradeLog, session, [this](const UpgradeLogEntry& e) {
        if (m_progress)
            m_progress->appendLog(e);
    });
    m_connections << connect(w, &LinkWorker::upgradePaused, session,
                             [this](bool paused, qint64 limit) {
                                 if (m_progress)
                                     m_progress->showPaused(paused, limit);
                             });
    m_connections << connect(
        w, &LinkWorker::upgradeFinished, session,
        [this](const UpgradeResult& r, const QString& logPath) { onFinished(r, logPath); });
    m_connections << connect(w, &LinkWorker::requestFailed, session,
                             [this](LinkOperation op, const LinkError& e) {
                                 if (op == LinkOperation::Upgrade && m_running) {
                                     m_running = false;
                                     if (m_progress)
                                         m_progress->showRestoreFailed(GuiText::linkError(e));
                                 }
                             });
}

// The restore offered when the meter came back without some of its settings.
void UpgradeFlow::connectRestore(LinkWorker* w, LinkSession* session)
{
    m_connections << connect(w, &LinkWorker::backupOffered, session,
                             [this](const BackupOffer& offer) { onBackupOffered(offer); });
    m_connections << connect(w, &LinkWorker::restoreQuestion, session,
                             [this, w, session](const TemplateRestoreQuestion& q) {
                                 if (q.path != m_restorePath)
                                     return;
                                 QWidget* parent =
                                     m_progress ? static_cast<QWidget*>(m_progress) : m_window;
                                 const bool yes = m_asker->question(
                                     parent, tr("Restore the settings?"),
                                     tr("The meter came back without %n of its "
                                        "settings.",
                                        nullptr, int(m_lostSettings.size())) +
                                         QStringLiteral("\n\n") + GuiText::restoreQuestion(q));
                                 // Disconnected while the question was open: the worker was told no
                                 // and may be gone.
                                 if (m_session != session)
                                     return;
                                 if (yes && m_progress)
                                     m_progress->showRestoreStarted(q.path);
                                 w->answerQuestion(yes); // thread-safe: the worker waits for it
                             });
    m_connections << connect(w, &LinkWorker::templateRestored, session,
                             [this](const QString& path, const TemplateRestoreOutcome& r) {
                                 if (path != m_restorePath)
                                     return;
                                 m_restorePath.clear();
                                 if (r.backupPath.isEmpty()) // declined, or nothing to write
                                     return;
                                 if (m_progress)
                                     m_progress->showRestoreReport(path, r.report);
                                 Q_EMIT logLine(r.report.verified()
                                                    ? tr("Settings restored from %1.").arg(path)
                                                    : GuiText::restoreStatus(r));
                                 Q_EMIT restoreFinished(r.report);
                             });
    m_connections << connect(
        w, &LinkWorker::templateFailed, session, [this](LinkOperation op, const TemplateError& e) {
            if (op != LinkOperation::TemplateRestore || m_restorePath.isEmpty())
                return;
            m_restorePath.clear();
            if (m_progress)
                m_progress->showRestoreFailed(GuiText::templateError(e));
            Q_EMIT logLine(tr("Settings not restored: %1").arg(GuiText::templateError(e)));
            Q_EMIT restoreFinished(RestoreReport{});
        });
}

UpgradeWizard* UpgradeFlow::openWizard(const QString& packagePath)
{
    if (!m_session || !m_meter || m_running)
        return nullptr;
    if (m_wizard)
        m_wizard->close();
    m_wizard = new UpgradeWizard(m_session, *m_settings, m_asker, *m_meter, m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &UpgradeWizard::upgradeRequested, this,
            [this](const LoadedPackage& p, const UpgradeOptions& o) { startUpgrade(p, o, false); });
    m_wizard->open();
    if (!packagePath.isEmpty())
        m_wizard->setPackagePath(packagePath);
    return m_wizard;
}

void UpgradeFlow::offerRecovery(const MeterSnapshot& meter)
{
    m_meter = meter;
    if (!m_session || m_running || m_recovering)
        return;
    if (!needsRecovery(meter.state) && !hasPendingImage(meter.state))
        return;
    const UpgradeRegisters& u = meter.upgrade;
    const MeterIdentity& m = meter.identity;
    QString text;
    if (hasPendingImage(meter.state) && m.mode != DeviceMode::Normal)
        text = tr("This meter (%1) is in upgrade mode with %2 of %3 of firmware %4. It does not "
                  "measure until the "
                  "firmware is installed.\n\nRecover now?")
                   .arg(m.serialNumber, GuiText::bytes(u.nextOffset), GuiText::bytes(u.imageSize),
                        u.imageVersion.toString());
    else if (hasPendingImage(meter.state) &&
             versionChange(m.firmware, u.imageVersion) == VersionChange::Downgrade)
        text = tr("An interrupted downgrade of this meter (%1) to the older firmware %2 waits in "
                  "its spare bank: %3 of %4 received. The meter goes on measuring with firmware "
                  "%5.\n\nFinish the downgrade now?")
                   .arg(m.serialNumber, u.imageVersion.toString(), GuiText::bytes(u.nextOffset),
                        GuiText::bytes(u.imageSize), m.firmware.toString());
    else if (hasPendingImage(meter.state))
        text =
            tr("An interrupted upgrade of this meter (%1) to firmware %2 waits in its spare bank: "
               "%3 of %4 "
               "received. The meter goes on measuring with firmware %5.\n\nFinish the upgrade now?")
                .arg(m.serialNumber, u.imageVersion.toString(), GuiText::bytes(u.nextOffset),
                     GuiText::bytes(u.imageSize), m.firmware.toString());
    else
        text = tr("This meter (%1) has no firmware to run: %2.\n\nInstall firmware now?")
                   .arg(m.serialNumber, GuiText::recoveryState(meter.state));
    Q_EMIT logLine(
        tr("Meter %1 needs recovery: %2").arg(m.serialNumber, GuiText::recoveryState(meter.state)));
    if (!m_asker->question(m_window, tr("Firmware recovery"), text)) {
        Q_EMIT logLine(tr("Recovery postponed."));
        Q_EMIT recoveryDeclined();
        return;
    }
    m_recovering = true;
    m_recoveryPath.clear();
    m_journalAllowUnsigned = -1;
    if (hasPendingImage(meter.state) && u.imageSha256.size() == 32) {
        LinkWorker* w = m_session->worker();
        const QString dataDir = m_settings->dataDir;
        const MeterIdentity identity = m;
        const QByteArray sha = u.imageSha256;
        QStringList extra;
        if (!m_settings->packageDir.isEmpty())
            extra << m_settings->packageDir;
        m_session->post(
            [w, dataDir, identity, sha, extra] { w->findPackage(dataDir, identity, sha, extra); });
    } else {
        askForRecoveryPackage();
    }
}

void UpgradeFlow::onPackageFound(const QByteArray& sha, const QString& path, const QString& origin,
                                 int journalAllowUnsigned)
{
    if (!m_recovering || !m_meter || sha != m_meter->upgrade.imageSha256)
        return;
    m_journalAllowUnsigned = journalAllowUnsigned;
    if (path.isEmpty()) {
        Q_EMIT logLine(tr("The package of the meter's pending image was not found in the data or "
                          "package folder."));
        askForRecoveryPackage();
        return;
    }
    Q_EMIT logLine(tr("Found the package of the pending image: %1 (%2)").arg(path, origin));
    m_recoveryPath = path;
    LinkWorker* w = m_session->worker();
    const QString keys = m_settings->keysDir();
    m_session->post([w, path, keys] { w->loadPackage(path, keys); });
}

void UpgradeFlow::askForRecoveryPackage()
{
    const QString path = m_asker->openFile(
        m_window, tr("Choose the firmware package (.UPG) for the recovery"), m_settings->packageDir,
        tr("Firmware packages (*.upg *.UPG);;All files (*)"));
    if (path.isEmpty()) {
        m_recovering = false;
        Q_EMIT logLine(tr("Recovery postponed: no package chosen."));
        Q_EMIT recoveryDeclined();
        return;
    }
    m_recoveryPath = path;
    LinkWorker* w = m_session->worker();
    const QString keys = m_settings->keysDir();
    m_session->post([w, path, keys] { w->loadPackage(path, keys); });
}

void UpgradeFlow::onRecoveryPackage(const LoadedPackage& p)
{
    if (!m_recovering || p.path != m_recoveryPath)
        return;
    m_recoveryPath.clear();
    m_recovering = false;
    const QString name = QFileInfo(p.path).fileName();
    // A signature that does not verify is never used: no question, no job.
    if (p.signature.state == SignatureState::UnknownKey ||
        p.signature.state == SignatureState::BadSignature) {
        const QString why = GuiText::signature(p.signature.state, p.signature.keyName);
        m_asker->warn(m_window, tr("Recovery"),
                      tr("The package %1 cannot be used: %2.\n\nNothing was sent to the meter.")
                          .arg(name, why));
        Q_EMIT logLine(tr("Recovery postponed: %1 refused (%2).").arg(name, why));
        Q_EMIT recoveryDeclined();
        return;
    }
    // The pending image's own package: its payload is the image the meter (and the journal)
    // hold. Only then were the choices already made, when that upgrade started; the rule
    // itself is core's (recoveryOptions), as on the command line.
    const QByteArray pending = m_meter ? m_meter->upgrade.imageSha256 : QByteArray();
    RecoveryChoice choice;
    choice.ownPendingImage = pending.size() == 32 && p.image.payloadSha256 == pending &&
                             qint64(m_meter->upgrade.imageSize) == p.image.payload.size();
    choice.journalAllowedUnsigned = choice.ownPendingImage && m_journalAllowUnsigned == 1;
    bool unsignedAllowedNow = false;
    if (p.signature.state == SignatureState::Unsigned && !choice.journalAllowedUnsigned) {
        if (!m_asker->question(
                m_window, tr("Unsigned package"),
                tr("The package %1 is not signed. Use it anyway? Only do so if you trust where it "
                   "came from.")
                    .arg(name))) {
            Q_EMIT logLine(tr("Recovery postponed: the unsigned package %1 was not allowed. "
                              "Nothing was sent to the "
                              "meter.")
                               .arg(name));
            Q_EMIT recoveryDeclined();
            return;
        }
        unsignedAllowedNow = true;
    }
    UpgradeOptions options = recoveryOptions(choice, false, unsignedAllowedNow);
    options.outageWaitMs = m_settings->outageWaitSeconds * 1000;
    startUpgrade(p, options, true);
}

void UpgradeFlow::startUpgrade(const LoadedPackage& package, const UpgradeOptions& options,
                               bool recovery)
{
    if (!m_session || m_running)
        return;
    m_running = true;
    if (m_progress)
        m_progress->deleteLater();
    m_progress = new UpgradeProgressDialog(m_asker, m_window);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    const QString serial = m_meter ? m_meter->identity.serialNumber : QString();
    const QString version = package.image.version.toString();
    const VersionChange change =
        m_meter ? versionChange(m_meter->identity.firmware, package.image.version)
                : VersionChange::Upgrade;
    QString headline;
    if (recovery)
        headline = change == VersionChange::Downgrade
                       ? tr("Recovering %1 with the older firmware %2").arg(serial, version)
                       : tr("Recovering %1 with firmware %2").arg(serial, version);
    else if (change == VersionChange::Downgrade)
        headline = tr("Downgrading %1 from firmware %2 to the older %3")
                       .arg(serial, m_meter->identity.firmware.toString(), version);
    else if (change == VersionChange::Reinstall)
        headline = tr("Reinstalling firmware %2 on %1").arg(serial, version);
    else
        headline = tr("Upgrading %1 to firmware %2").arg(serial, version);
    m_progress->setHeadline(headline);
    LinkSession* session = m_session;
    connect(m_progress, &UpgradeProgressDialog::abortRequested, this, [this, session] {
        if (m_session != session)
            return;
        Q_EMIT logLine(tr("Abort requested; stopping after the current request."));
        session->cancel(); // atomic: seen between two requests even while a step runs
        LinkWorker* w = session->worker();
        session->post([w] { w->cancelUpgrade(); });
    });
    m_progress->open();
    Q_EMIT logLine(change == VersionChange::Downgrade
                       ? tr("Downgrade of %1 to the older firmware %2 started (%3).")
                             .arg(serial, version, QFileInfo(package.path).fileName())
                       : tr("Upgrade of %1 to %2 started (%3).")
                             .arg(serial, version, QFileInfo(package.path).fileName()));
    LinkWorker* w = m_session->worker();
    const UpgradeImage image = package.image;
    const QString dataDir = m_settings->dataDir;
    UpgradeOptions bound = options;
    // A recovery is bound to the meter the person saw in its question; an upgrade to the one
    // its wizard's confirm page named (set there).
    if (!bound.expected && m_meter)
        bound.expected = MeterBinding::of(m_meter->identity);
    const QString tool = recovery ? QStringLiteral("Commissioner (recovery)")
                                  : QStringLiteral("Commissioner (upgrade)");
    m_session->post(
        [w, image, bound, dataDir, tool] { w->startUpgrade(image, bound, dataDir, tool); });
}

void UpgradeFlow::onFinished(const UpgradeResult& r, const QString& logPath)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_progress)
        m_progress->showResult(r, logPath);
    Q_EMIT logLine(GuiText::outcome(r));
    Q_EMIT upgradeFinished(r);
    if (r.outcome == UpgradeOutcome::Succeeded && r.settingsReset)
        offerRestore(r);
}

void UpgradeFlow::offerRestore(const UpgradeResult& r)
{
    // The worker chooses the backup (backupToOffer reads the data folder: not on this
    // thread), names it (backupOffered), then the use case asks (restoreQuestion), naming
    // what changes, before anything is written.
    m_offering = true;
    m_lostSettings = r.settingsLost;
    TemplateRestoreRequest request;
    request.meter = MeterBinding::of(r.after); // the meter the upgrade confirmed
    request.afterSettingsLoss = true;
    request.tool = QStringLiteral("Commissioner (restore after upgrade)");
    LinkWorker* w = m_session->worker();
    const MeterIdentity meter = r.after;
    const QString handed = r.backupPath;
    const QString dataDir = m_settings->dataDir;
    m_session->post([w, meter, handed, request, dataDir] {
        w->restoreOfferedBackup(meter, handed, request, dataDir);
    });
}

void UpgradeFlow::onBackupOffered(const BackupOffer& offer)
{
    if (!m_offering)
        return;
    m_offering = false;
    if (!offer.refusedPath.isEmpty())
        Q_EMIT logLine(
            tr("The backup %1 is not of this meter: it is not offered.").arg(offer.refusedPath));
    if (offer.path.isEmpty()) {
        m_asker->inform(m_progress ? static_cast<QWidget*>(m_progress) : m_window,
                        tr("Factory settings"),
                        tr("The meter came back with its factory settings and no backup of it was "
                           "found. Restore "
                           "its template from a saved file (Templates page) or set it by hand."));
        return;
    }
    m_restorePath = offer.path; // the restore's question follows
}

} // namespace commissioner::gui

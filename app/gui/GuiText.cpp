#include "GuiText.h"

#include "LinkWorker.h"
#include "UpgradeText.h"
#include "base/PrintableText.h"
#include "meter/MeterIdentity.h"
#include "meter/RegisterMap.h"

#include <cerrno>

namespace commissioner::gui {

QString GuiText::linkError(const LinkError& e)
{
    return linkError(e, QString());
}

QString GuiText::linkError(const LinkError& e, const QString& endpoint)
{
    // A TCP connect that timed out reaches us as EINPROGRESS (libmodbus gives up on the
    // pending connect) or ETIMEDOUT: nothing answered there, which is not "in progress".
    if (e.kind == LinkErrorKind::NotConnected &&
        (e.sysErrno == EINPROGRESS || e.sysErrno == ETIMEDOUT)) {
        // The value's detail is "ENDPOINT: OS message" when no endpoint is given.
        const QString where = !endpoint.isEmpty() ? endpoint
                              : e.detail.contains(QLatin1String(": "))
                                  ? e.detail.section(QStringLiteral(": "), 0, -2)
                                  : QString();
        return where.isEmpty()
                   ? tr("No answer: nothing accepted the connection in time.")
                   : tr("No answer from %1: nothing accepted the connection in time.").arg(where);
    }
    switch (e.kind) {
    case LinkErrorKind::Timeout:
        return tr("The meter did not answer in time.");
    case LinkErrorKind::LinkDown:
        return tr("The connection was lost (cable, gateway or port gone).");
    case LinkErrorKind::NotConnected:
        return e.detail.isEmpty() ? tr("The connection could not be opened.")
                                  : tr("The connection could not be opened: %1").arg(e.detail);
    case LinkErrorKind::Exception:
        switch (e.exceptionCode) {
        case 1:
            return tr("The meter refused the request (illegal function).");
        case 2:
            return tr("The meter has no register at address %1 in this mode.").arg(e.address);
        case 3:
            return tr("The meter refused the value (illegal data value).");
        case 4:
            return tr("The meter reported a device failure.");
        case 6:
            return tr("The meter is busy; try again in a moment.");
        default:
            return tr("The meter answered with exception %1.").arg(e.exceptionCode);
        }
    case LinkErrorKind::BadResponse:
        return tr("The meter's answer was garbled (check wiring and settings).");
    case LinkErrorKind::InvalidArgument:
        return tr("The request could not be sent: %1").arg(e.detail);
    case LinkErrorKind::Cancelled:
        return tr("Stopped.");
    }
    return QString();
}

QString GuiText::refusal(LinkRefusal r)
{
    switch (r) {
    case LinkRefusal::UpgradeRunning:
        return tr("Not now: a firmware upgrade is running on this meter. Nothing was sent; try "
                  "again when it has "
                  "ended.");
    }
    return QString();
}

QString GuiText::linkWarning(const LinkWarning& w)
{
    switch (w.kind) {
    case LinkWarningKind::Rs485ModeRefused:
        return tr("The port would not switch to RS-485 mode; the adapter may do it by itself.");
    }
    return QString();
}

QString GuiText::packageError(const PackageError& e)
{
    switch (e.rule) {
    case PackageRule::FileUnreadable:
        return tr("The file cannot be read: %1").arg(e.osError);
    case PackageRule::BadMagic:
        return tr("This is not a firmware package (.UPG).");
    case PackageRule::UnknownFormatVersion:
        return tr("The package format version %1 is not one this tool reads.").arg(e.actual);
    case PackageRule::HeaderCrcMismatch:
    case PackageRule::PayloadCrcMismatch:
    case PackageRule::PayloadSha256Mismatch:
        return tr("The package is damaged: a checksum does not match (%1).")
            .arg(packageErrorRuleText(e));
    case PackageRule::TruncatedHeader:
    case PackageRule::TruncatedNotes:
    case PackageRule::TruncatedPayload:
    case PackageRule::TruncatedSignature:
        return tr("The package is incomplete (%1). Copy it again.").arg(packageErrorRuleText(e));
    default:
        return tr("The package breaks a format rule: %1").arg(packageErrorRuleText(e));
    }
}

QString GuiText::finding(const PreflightFinding& f)
{
    using Code = PreflightFinding::Code;
    switch (f.code) {
    case Code::MapVersionUnknown:
        return tr("The meter's register map version %1 is not supported.").arg(f.actual);
    case Code::SignatureUnsigned:
        return tr("The package is not signed. Tick \"Allow an unsigned package\" only if you trust "
                  "where it "
                  "came from.");
    case Code::SignatureUnsignedAllowed:
        return tr("The package is not signed (allowed).");
    case Code::SignatureUnknownKey:
        return tr("The package is signed with a key this tool does not trust.");
    case Code::SignatureBad:
        return tr("The package's signature does not verify: it was changed after signing.");
    case Code::DeviceTypeMismatch:
        return tr("The package is for device type %1; this meter is type %2.")
            .arg(f.expected)
            .arg(f.actual);
    case Code::HwRevisionOutOfRange:
        return tr("The meter's hardware revision %1 is outside the package's range %2 to %3.")
            .arg(f.actual)
            .arg(f.expected)
            .arg(f.expected2);
    case Code::EventsActive:
        return tr("The meter has active events (%1): clear them first.").arg(events(int(f.actual)));
    case Code::SiteWiringFaultOnly:
        return tr("A site wiring fault is active; it does not block an upgrade.");
    case Code::ImageTooLarge:
        return tr("The image is %1; this meter takes at most %2.")
            .arg(bytes(f.actual), bytes(f.expected));
    case Code::SameVersion:
        return tr("The meter already runs this version. Tick \"Allow the same or an older "
                  "version\" to install "
                  "it again.");
    case Code::Downgrade:
        return tr("The package is older than the meter's firmware. Tick \"Allow the same or an "
                  "older version\" "
                  "to go back.");
    case Code::VersionChangeAllowed:
        return tr("Same or older version (allowed).");
    case Code::MaxBlockInvalid:
        return tr("The meter reports a block size of %1 bytes, which the protocol does not allow.")
            .arg(f.actual);
    case Code::MeterBusy:
        return tr("The meter is verifying or installing an image; the upgrade waits for it.");
    case Code::ResumeAvailable:
        return tr("The meter already holds %1 of %2 of this image: the transfer resumes there.")
            .arg(bytes(f.actual), bytes(f.expected));
    case Code::MeterInUpgradeMode:
        return tr("The meter is in upgrade mode: its settings cannot be read for a backup.");
    case Code::DeviceModeUnknown:
        return tr("The meter reports DEVICE_MODE %1, a mode this tool does not know. Nothing is "
                  "written.")
            .arg(f.actual);
    case Code::UpgStatusUnknown:
        return tr("The meter reports UPG_STATUS %1, a status this tool does not know. Nothing is "
                  "written.")
            .arg(f.actual);
    }
    return QString();
}

QString GuiText::recoveryState(RecoveryState s)
{
    switch (s) {
    case RecoveryState::Normal:
        return tr("Normal: running its firmware, nothing pending");
    case RecoveryState::NormalTransferPending:
        return tr("Normal, with an interrupted transfer waiting in the spare bank");
    case RecoveryState::NormalImageComplete:
        return tr("Normal, with a whole image stored but never installed");
    case RecoveryState::UpgradeModePartial:
        return tr("Upgrade mode with part of an image: needs recovery");
    case RecoveryState::UpgradeModeComplete:
        return tr("Upgrade mode with the whole image stored: needs recovery (install again)");
    case RecoveryState::UpgradeModeEmpty:
        return tr("Upgrade mode with no image: needs a new transfer");
    case RecoveryState::NoFirmware:
        return tr("No firmware: needs a new transfer");
    case RecoveryState::Busy:
        return tr("Verifying or installing an image right now");
    case RecoveryState::Unknown:
        return tr(
            "Reports a mode or upgrade status this tool does not know: nothing is written to it");
    }
    return QString();
}

QString GuiText::stage(UpgradeStage s)
{
    switch (s) {
    case UpgradeStage::Connecting:
        return tr("Connecting");
    case UpgradeStage::Checking:
        return tr("Checking");
    case UpgradeStage::BackingUp:
        return tr("Backing up the settings");
    case UpgradeStage::Preparing:
        return tr("Preparing");
    case UpgradeStage::Transferring:
        return tr("Transferring");
    case UpgradeStage::Verifying:
        return tr("Meter verifying the image");
    case UpgradeStage::Installing:
        return tr("Meter installing (it stays silent)");
    case UpgradeStage::Confirming:
        return tr("Confirming the new version");
    case UpgradeStage::WaitingForLink:
        return tr("Waiting for the meter to answer again");
    case UpgradeStage::Finished:
        return tr("Finished");
    }
    return QString();
}

QString GuiText::outcome(const UpgradeResult& r)
{
    switch (r.outcome) {
    case UpgradeOutcome::Succeeded:
        return tr("Upgrade done: %1 now runs firmware %2.")
            .arg(r.after.serialNumber, r.after.firmware.toString());
    case UpgradeOutcome::PreflightRefused:
        return tr("The checks refused the upgrade. Nothing was written.");
    case UpgradeOutcome::BackupFailed:
        return tr("The settings could not be backed up, so nothing was written to the meter.");
    case UpgradeOutcome::StorageFailed:
        return tr(
            "The data folder could not be written (journal or package copy). Nothing was written.");
    case UpgradeOutcome::MeterRejected:
        return tr("The meter refused the image: %1.").arg(upgStatus(r.meterStatus));
    case UpgradeOutcome::VerifyFailed:
        return tr("The meter's check of the image failed; it discarded it. Try the upgrade again.");
    case UpgradeOutcome::LinkLost:
        return tr(
            "The meter stopped answering. It keeps what it received: connect again and the upgrade "
            "resumes from there.");
    case UpgradeOutcome::Cancelled:
        return tr("Upgrade stopped. The meter keeps what it received: connect again to resume.");
    case UpgradeOutcome::WrongVersion:
        return tr("The meter came back with firmware %1, not the package's version.")
            .arg(r.after.firmware.toString());
    case UpgradeOutcome::MeterError:
        return tr("The meter answered unexpectedly: %1").arg(linkError(r.lastError));
    case UpgradeOutcome::WrongMeter:
        if (r.strangerAfterWrites)
            return tr("After the upgrade of %3 had begun, the meter at this address answered as "
                      "serial number %1, type %2. Blocks were sent to this address: it is "
                      "another meter, or %3 reporting another identity. Check the cable, the "
                      "bus and the unit ID before going on.")
                .arg(printableText(r.stranger.serialNumber))
                .arg(r.stranger.deviceType)
                .arg(printableText(r.before.serialNumber));
        return tr("Another meter answered (serial number %1, type %2) instead of %3. Nothing was "
                  "written to it. "
                  "Check the cable, the bus and the unit ID, then connect to %3 again to resume.")
            .arg(printableText(r.stranger.serialNumber))
            .arg(r.stranger.deviceType)
            .arg(printableText(r.before.serialNumber));
    case UpgradeOutcome::MeterRefusing:
        return tr("The meter refused the block at byte %1 %2 times in a row (%3). It keeps what it "
                  "received: "
                  "connect again to resume.")
            .arg(r.refusedOffset)
            .arg(r.refusals)
            .arg(linkError(r.lastError));
    case UpgradeOutcome::MeterStuck:
        return tr("The meter stayed %1 for %2 s, longer than it says it needs. It keeps the image: "
                  "connect again "
                  "to resume.")
            .arg(r.stuckStatus)
            .arg(r.stuckSeconds);
    case UpgradeOutcome::NoSerialNumber:
        return tr("The meter reports no serial number, so its backups and journal could not be "
                  "told from another meter's. Nothing was written to it.");
    case UpgradeOutcome::OutOfBudget:
        return tr("The upgrade stopped at its limit of %1 (%2 of %3) before a request to register "
                  "%4. The meter keeps the first %5 bytes of the image: connect again to resume.")
            .arg(app::UpgradeText::budgetLimit(r.budgetLimit))
            .arg(r.budgetUsed)
            .arg(r.budgetAllowed)
            .arg(r.budgetRegister)
            .arg(r.budgetOffset);
    case UpgradeOutcome::MeterOffSpec:
        return tr("The meter reports %1 = %2, a value the protocol does not allow. Nothing more "
                  "was written to "
                  "it.")
            .arg(r.offSpecRegister)
            .arg(r.offSpecValue);
    }
    return QString();
}

QString GuiText::signature(SignatureState s, const QString& keyName)
{
    switch (s) {
    case SignatureState::Unsigned:
        return tr("Not signed");
    case SignatureState::Verified:
        return tr("Signed by %1 (verified)").arg(keyName);
    case SignatureState::UnknownKey:
        return tr("Signed with a key this tool does not trust");
    case SignatureState::BadSignature:
        return tr("Signature does NOT verify: the file was changed");
    }
    return QString();
}

QString GuiText::mode(DeviceMode m)
{
    switch (m) {
    case DeviceMode::Normal:
        return tr("Normal");
    case DeviceMode::Upgrade:
        return tr("Upgrade (bootloader)");
    case DeviceMode::NoFirmware:
        return tr("No firmware (bootloader)");
    case DeviceMode::Unknown:
        return tr("Unknown (not in the register map)");
    }
    return QString();
}

QString GuiText::events(int activeEvents)
{
    QStringList parts;
    if (activeEvents & 1)
        parts << tr("critical event (blocks upgrades)");
    if (activeEvents & 2)
        parts << tr("warning event (blocks upgrades)");
    if (activeEvents & 4)
        parts << tr("site wiring fault (does not block upgrades)");
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
}

QString GuiText::upgStatus(int raw)
{
    switch (raw) {
    case 0:
        return tr("idle");
    case 1:
        return tr("receiving");
    case 2:
        return tr("verifying");
    case 3:
        return tr("installing");
    case 4:
        return tr("done");
    case 16:
        return tr("rejected: incompatible image");
    case 17:
        return tr("rejected: events active");
    case 18:
        return tr("image check failed");
    case 19:
        return tr("rejected: image too large");
    default:
        return tr("status %1").arg(raw);
    }
}

QString GuiText::bytes(qint64 n)
{
    if (n >= 1024 * 1024)
        return tr("%1 MiB").arg(double(n) / (1024 * 1024), 0, 'f', 2);
    if (n >= 10 * 1024)
        return tr("%1 KiB").arg(double(n) / 1024, 0, 'f', 1);
    return tr("%n byte(s)", nullptr, int(n));
}

QString GuiText::rate(double bps)
{
    if (bps >= 1024)
        return tr("%1 KiB/s").arg(bps / 1024, 0, 'f', 1);
    return tr("%1 B/s").arg(bps, 0, 'f', 0);
}

QString GuiText::duration(int seconds)
{
    if (seconds < 0)
        return tr("unknown");
    if (seconds >= 3600)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    if (seconds >= 60)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 s").arg(seconds);
}

} // namespace commissioner::gui

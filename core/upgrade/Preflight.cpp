#include "upgrade/Preflight.h"

namespace commissioner {

using Code = PreflightFinding::Code;

QVector<PreflightFinding> runPreflight(const PreflightInput& in)
{
    QVector<PreflightFinding> f;
    auto add = [&](Code code, bool blocking, qint64 actual = 0, qint64 expected = 0,
                   qint64 expected2 = 0) {
        f.push_back({code, blocking, actual, expected, expected2});
    };

    const MeterIdentity& id = in.identity;
    if (id.mapVersion != regs::MapVersionSupported)
        add(Code::MapVersionUnknown, true, id.mapVersion, regs::MapVersionSupported);

    switch (in.signature) {
    case PreflightInput::Signature::Verified:
        break;
    case PreflightInput::Signature::Unsigned:
        add(in.allowUnsigned ? Code::SignatureUnsignedAllowed : Code::SignatureUnsigned,
            !in.allowUnsigned);
        break;
    case PreflightInput::Signature::UnknownKey:
        add(Code::SignatureUnknownKey, true);
        break;
    case PreflightInput::Signature::Bad:
        add(Code::SignatureBad, true);
        break;
    }

    // A meter that reports what the spec does not list is not guessed at.
    if (id.mode == DeviceMode::Unknown)
        add(Code::DeviceModeUnknown, true, id.rawMode);
    if (in.upgrade.status == UpgStatus::Unknown)
        add(Code::UpgStatusUnknown, true, in.upgrade.rawStatus);
    if (in.packageDeviceType != id.deviceType)
        add(Code::DeviceTypeMismatch, true, id.deviceType, in.packageDeviceType);
    if (id.hwRevision < in.packageHwMin || id.hwRevision > in.packageHwMax)
        add(Code::HwRevisionOutOfRange, true, id.hwRevision, in.packageHwMin, in.packageHwMax);

    if (id.activeEvents & events::BlockingMask)
        add(Code::EventsActive, true, id.activeEvents);
    else if (id.activeEvents & events::SiteWiringFault)
        add(Code::SiteWiringFaultOnly, false, id.activeEvents);

    const qint64 capacity = qint64(in.upgrade.flashCapacityKib) * 1024;
    if (in.payloadSize > capacity)
        add(Code::ImageTooLarge, true, in.payloadSize, capacity);

    const int mb = in.upgrade.maxBlock;
    if (!isValidMaxBlock(mb))
        add(Code::MaxBlockInvalid, true, mb);

    if (in.upgrade.status == UpgStatus::Verifying || in.upgrade.status == UpgStatus::Installing)
        add(Code::MeterBusy, false, in.upgrade.rawStatus); // the job waits it out

    // A meter without running firmware (0.0.0, upgrade or no-firmware mode) has no version
    // to go down from.
    const bool hasFirmware = id.mode == DeviceMode::Normal && !id.firmware.isZero();
    if (hasFirmware && !(id.firmware < in.packageVersion)) {
        const bool same = id.firmware == in.packageVersion;
        if (in.allowDowngrade)
            add(Code::VersionChangeAllowed, false);
        else
            add(same ? Code::SameVersion : Code::Downgrade, true);
    }

    const bool sameImage = in.upgrade.imageSha256 == in.payloadSha256 &&
                           qint64(in.upgrade.imageSize) == in.payloadSize;
    if (sameImage && in.upgrade.status == UpgStatus::Receiving && in.upgrade.nextOffset > 0)
        add(Code::ResumeAvailable, false, in.upgrade.nextOffset, in.payloadSize);
    if (id.mode == DeviceMode::Upgrade || id.mode == DeviceMode::NoFirmware)
        add(Code::MeterInUpgradeMode, false, id.rawMode);
    return f;
}

bool preflightPasses(const QVector<PreflightFinding>& findings)
{
    for (const auto& f : findings)
        if (f.blocking)
            return false;
    return true;
}

QString describeFindingForLog(const PreflightFinding& f)
{
    switch (f.code) {
    case Code::MapVersionUnknown:
        return QStringLiteral("register map version %1 is not supported").arg(f.actual);
    case Code::SignatureUnsigned:
        return QStringLiteral("package is unsigned (use --allow-unsigned to accept it)");
    case Code::SignatureUnsignedAllowed:
        return QStringLiteral("package is unsigned (allowed)");
    case Code::SignatureUnknownKey:
        return QStringLiteral("package is signed by a key that is not trusted");
    case Code::SignatureBad:
        return QStringLiteral("package signature does not verify");
    case Code::DeviceTypeMismatch:
        return QStringLiteral("package is for device type %1, meter is %2")
            .arg(f.expected)
            .arg(f.actual);
    case Code::HwRevisionOutOfRange:
        return QStringLiteral("meter hardware revision %1 is outside the package's %2..%3")
            .arg(f.actual)
            .arg(f.expected)
            .arg(f.expected2);
    case Code::EventsActive:
        return QStringLiteral("critical or warning events are active (ACTIVE_EVENTS 0x%1)")
            .arg(f.actual, 4, 16, QLatin1Char('0'));
    case Code::SiteWiringFaultOnly:
        return QStringLiteral("site wiring fault active (does not block an upgrade)");
    case Code::ImageTooLarge:
        return QStringLiteral("image is %1 bytes, the meter takes at most %2")
            .arg(f.actual)
            .arg(f.expected);
    case Code::SameVersion:
        return QStringLiteral(
            "meter already runs this version (use --allow-downgrade to reinstall)");
    case Code::Downgrade:
        return QStringLiteral("package is older than the running firmware (use --allow-downgrade)");
    case Code::VersionChangeAllowed:
        return QStringLiteral("same or older version (allowed)");
    case Code::MaxBlockInvalid:
        return QStringLiteral("meter reports MAX_BLOCK %1, outside 16-240 or odd").arg(f.actual);
    case Code::MeterBusy:
        return QStringLiteral("meter is verifying or installing an image");
    case Code::ResumeAvailable:
        return QStringLiteral("meter holds %1 of %2 bytes of this image: resuming")
            .arg(f.actual)
            .arg(f.expected);
    case Code::MeterInUpgradeMode:
        return QStringLiteral("meter is in upgrade mode: its settings cannot be read");
    case Code::DeviceModeUnknown:
        return QStringLiteral("meter reports DEVICE_MODE %1, a mode this tool does not know")
            .arg(f.actual);
    case Code::UpgStatusUnknown:
        return QStringLiteral("meter reports UPG_STATUS %1, a status this tool does not know")
            .arg(f.actual);
    }
    return QStringLiteral("finding");
}

} // namespace commissioner

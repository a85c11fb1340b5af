#include "upgrade/RecoveryState.h"

namespace commissioner {

RecoveryState classifyRecovery(const MeterIdentity& id, const UpgradeRegisters& u)
{
    if (id.mode == DeviceMode::Unknown || u.status == UpgStatus::Unknown)
        return RecoveryState::Unknown;
    if (u.status == UpgStatus::Verifying || u.status == UpgStatus::Installing)
        return RecoveryState::Busy;
    const bool receiving = u.status == UpgStatus::Receiving && u.imageSize > 0;
    const bool complete = receiving && u.nextOffset >= u.imageSize;
    switch (id.mode) {
    case DeviceMode::Normal:
        if (receiving)
            return complete ? RecoveryState::NormalImageComplete
                            : RecoveryState::NormalTransferPending;
        return RecoveryState::Normal;
    case DeviceMode::Upgrade:
        if (receiving)
            return complete ? RecoveryState::UpgradeModeComplete
                            : RecoveryState::UpgradeModePartial;
        return RecoveryState::UpgradeModeEmpty;
    case DeviceMode::NoFirmware:
        if (receiving)
            return complete ? RecoveryState::UpgradeModeComplete
                            : RecoveryState::UpgradeModePartial;
        return RecoveryState::NoFirmware;
    case DeviceMode::Unknown:
        break;
    }
    return RecoveryState::Unknown;
}

bool needsRecovery(RecoveryState s)
{
    return s == RecoveryState::UpgradeModePartial || s == RecoveryState::UpgradeModeComplete ||
           s == RecoveryState::UpgradeModeEmpty || s == RecoveryState::NoFirmware;
}

bool hasPendingImage(RecoveryState s)
{
    return s == RecoveryState::NormalTransferPending || s == RecoveryState::NormalImageComplete ||
           s == RecoveryState::UpgradeModePartial || s == RecoveryState::UpgradeModeComplete;
}

QString recoveryStateId(RecoveryState s)
{
    switch (s) {
    case RecoveryState::Normal:
        return QStringLiteral("normal");
    case RecoveryState::NormalTransferPending:
        return QStringLiteral("normal-transfer-pending");
    case RecoveryState::NormalImageComplete:
        return QStringLiteral("normal-image-complete");
    case RecoveryState::UpgradeModePartial:
        return QStringLiteral("upgrade-mode-partial");
    case RecoveryState::UpgradeModeComplete:
        return QStringLiteral("upgrade-mode-complete");
    case RecoveryState::UpgradeModeEmpty:
        return QStringLiteral("upgrade-mode-empty");
    case RecoveryState::NoFirmware:
        return QStringLiteral("no-firmware");
    case RecoveryState::Busy:
        return QStringLiteral("busy");
    case RecoveryState::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}

} // namespace commissioner

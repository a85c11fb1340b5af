#include "Registers.h"

namespace metersim {

const char* modeName(DeviceMode mode)
{
    switch (mode) {
    case DeviceMode::Normal:
        return "normal";
    case DeviceMode::Upgrade:
        return "upgrade";
    case DeviceMode::NoFirmware:
        return "no-firmware";
    }
    return "unknown";
}

const char* statusName(UpgStatus status)
{
    switch (status) {
    case UpgStatus::Idle:
        return "IDLE";
    case UpgStatus::Receiving:
        return "RECEIVING";
    case UpgStatus::Verifying:
        return "VERIFYING";
    case UpgStatus::Installing:
        return "INSTALLING";
    case UpgStatus::Done:
        return "DONE";
    case UpgStatus::RejectedIncompatible:
        return "REJECTED_INCOMPATIBLE";
    case UpgStatus::RejectedEventsActive:
        return "REJECTED_EVENTS_ACTIVE";
    case UpgStatus::VerifyFailed:
        return "VERIFY_FAILED";
    case UpgStatus::RejectedTooLarge:
        return "REJECTED_TOO_LARGE";
    }
    return "UNKNOWN";
}

} // namespace metersim

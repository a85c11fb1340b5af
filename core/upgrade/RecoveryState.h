#pragma once

#include "meter/MeterIdentity.h"
#include "upgrade/UpgradeState.h"

namespace commissioner {

// What a meter needs, told apart on every connect from the identity block and the upgrade
// registers (device-protocol.md sections 2 and 5).
enum class RecoveryState
{
    Normal,                // running firmware, nothing pending
    NormalTransferPending, // dual-bank: an interrupted transfer waits in the spare bank
    NormalImageComplete,   // dual-bank: the whole image is stored (power lost verifying or
                           // installing): COMMIT again
    UpgradeModePartial,    // single-bank in the bootloader with part of an image
    UpgradeModeComplete,   // single-bank in the bootloader with the whole image: COMMIT again
    UpgradeModeEmpty,      // in the bootloader, nothing stored (after VERIFY_FAILED, say)
    NoFirmware,            // in the bootloader with nothing to run: a new transfer is needed
    Busy,                  // verifying or installing right now
    Unknown,               // DEVICE_MODE or UPG_STATUS holds a value the spec does not list:
                           // nothing is written to such a meter
};

RecoveryState classifyRecovery(const MeterIdentity& identity, const UpgradeRegisters& upgrade);
bool needsRecovery(RecoveryState state);      // the meter cannot do its job until it is recovered
bool hasPendingImage(RecoveryState state);    // part or all of an image waits on the meter
QString recoveryStateId(RecoveryState state); // "upgrade-mode-partial", ...

} // namespace commissioner

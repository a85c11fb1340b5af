#include "RecoveryText.h"

#include "CliText.h"

namespace commissioner::cli {

QString recoveryStateText(RecoveryState s)
{
    switch (s) {
    case RecoveryState::Normal:
        return CliText::tr("normal: running its firmware, no transfer pending");
    case RecoveryState::NormalTransferPending:
        return CliText::tr("normal, with an interrupted transfer waiting in the spare bank");
    case RecoveryState::NormalImageComplete:
        return CliText::tr(
            "normal, with a whole image stored that was never installed (commit it again)");
    case RecoveryState::UpgradeModePartial:
        return CliText::tr(
            "in upgrade mode with part of an image: needs recovery (resume the transfer)");
    case RecoveryState::UpgradeModeComplete:
        return CliText::tr(
            "in upgrade mode with the whole image stored: needs recovery (commit again)");
    case RecoveryState::UpgradeModeEmpty:
        return CliText::tr("in upgrade mode with no image stored: needs a new transfer");
    case RecoveryState::NoFirmware:
        return CliText::tr("no firmware: needs a new transfer");
    case RecoveryState::Busy:
        return CliText::tr("verifying or installing an image right now");
    case RecoveryState::Unknown:
        return CliText::tr(
            "reports a mode or upgrade status this tool does not know: nothing is written to it");
    }
    return QString();
}

} // namespace commissioner::cli

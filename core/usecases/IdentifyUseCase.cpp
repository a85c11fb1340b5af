#include "usecases/IdentifyUseCase.h"

#include "meter/RegisterMap.h"
#include "upgrade/RecoveryState.h"

namespace commissioner {

IdentifyOutcome runIdentify(MeterClient& client)
{
    IdentifyOutcome out;
    const auto id = readIdentity(client);
    if (!id) {
        out.identityError = id.error();
        return out;
    }
    out.snapshot.identity = id.value();
    out.mapSupported = id->mapVersion == regs::MapVersionSupported;
    const auto up = readUpgradeRegisters(client);
    if (!up) {
        out.upgradeError = up.error();
        out.snapshot.state = RecoveryState::Unknown;
        return out;
    }
    out.snapshot.upgrade = up.value();
    out.snapshot.state = classifyRecovery(out.snapshot.identity, out.snapshot.upgrade);
    out.needsRecover = needsRecovery(out.snapshot.state) || hasPendingImage(out.snapshot.state);
    return out;
}

} // namespace commissioner

#pragma once

#include "meter/LinkError.h"
#include "meter/MeterClient.h"
#include "meter/MeterQueries.h"

#include <optional>

namespace commissioner {

// What every connect reads and decides, the same for `identify`, `status` and the desktop's
// connect: the identity block, then the transfer registers (9000-9030), classified. Nothing is
// written to the meter.
struct IdentifyOutcome
{
    // The identity block could not be read: nothing else was asked, nothing else is known.
    std::optional<LinkError> identityError;
    // The transfer registers could not be read (the identity was): snapshot.upgrade is empty
    // and snapshot.state Unknown, never taken as NORMAL.
    std::optional<LinkError> upgradeError;
    MeterSnapshot snapshot;
    // REGISTER_MAP_VERSION is the one this tool implements (regs::MapVersionSupported).
    bool mapSupported = false;
    // An interrupted upgrade left something to finish: part or all of an image waits on the
    // meter, or it sits in its bootloader. `recover` finishes it.
    bool needsRecover = false;

    bool identified() const { return !identityError; }
    bool upgradeRead() const { return !identityError && !upgradeError; }
};

IdentifyOutcome runIdentify(MeterClient& client);

} // namespace commissioner

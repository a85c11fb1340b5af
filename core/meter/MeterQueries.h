#pragma once

#include "meter/Measurements.h"
#include "meter/MeterClient.h"
#include "meter/MeterIdentity.h"
#include "upgrade/RecoveryState.h"
#include "upgrade/UpgradeState.h"

namespace commissioner {

// What every connect reads: who the meter is, its transfer registers, and what it needs.
struct MeterSnapshot
{
    MeterIdentity identity;
    UpgradeRegisters upgrade;
    RecoveryState state = RecoveryState::Normal;
};

// The reads every command starts with, each a single request.
Result<MeterIdentity, LinkError> readIdentity(MeterClient& client);
Result<Measurements, LinkError> readMeasurements(MeterClient& client);
Result<UpgradeRegisters, LinkError> readUpgradeRegisters(MeterClient& client);
// Identity block and upgrade registers (two requests), classified.
Result<MeterSnapshot, LinkError> readSnapshot(MeterClient& client);

} // namespace commissioner

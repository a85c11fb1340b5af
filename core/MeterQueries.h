#pragma once

#include "MeterClient.h"
#include "MeterIdentity.h"
#include "Measurements.h"
#include "UpgradeState.h"

namespace commissioner {

// The reads every command starts with, each a single request.
Result<MeterIdentity, LinkError> readIdentity(MeterClient& client);
Result<Measurements, LinkError> readMeasurements(MeterClient& client);
Result<UpgradeRegisters, LinkError> readUpgradeRegisters(MeterClient& client);

} // namespace commissioner

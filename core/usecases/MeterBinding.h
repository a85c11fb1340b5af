#pragma once

#include "base/Result.h"
#include "meter/MeterBinding.h"
#include "meter/MeterClient.h"
#include "meter/MeterIdentity.h"
#include "settings/DeviceProfile.h"
#include "settings/TemplateError.h"
#include "store/DataFolder.h"

#include <QString>
#include <optional>

namespace commissioner {

// The meter a use case works on, as read at its start.
struct BoundMeter
{
    MeterIdentity identity;
    DeviceProfile profile; // the meter's (compiled-in profiles plus the data folder's)
};

// Every writing use case's first step: reads the identity, checks it against `expected`
// (WrongMeter), needs NORMAL mode (MeterNotNormal: the template block and the clock answer
// nothing else) and the meter's device profile (UnknownDeviceType).
Result<BoundMeter, TemplateError> bindMeter(MeterClient& client,
                                            const std::optional<MeterBinding>& expected,
                                            const DataFolder& folder);

// WrongMeter naming both meters, when `found` is not the bound meter; nullopt when it is (or
// when the job is bound to no meter in particular).
std::optional<TemplateError> checkBinding(const std::optional<MeterBinding>& expected,
                                          const MeterIdentity& found);

} // namespace commissioner

#pragma once

#include "base/Result.h"
#include "meter/MeterClient.h"
#include "meter/MeterIdentity.h"
#include "settings/DeviceProfile.h"
#include "settings/RawSettings.h"
#include "store/DataFolder.h"
#include "usecases/TemplateReadSteps.h"

namespace commissioner {

// Reading the meter's settings, the same for `config show` and the Setup tab: load the
// profiles -> identify (NORMAL mode, a known device type) -> read the whole template block,
// checked. Nothing is written to the meter.
struct SettingsRead
{
    MeterIdentity meter;
    DeviceProfile profile;
    // As checked: the settings that keep their rules, the ones that break them, the registers.
    CheckedTemplate checked;
    // Every setting of the profile as the meter holds it, decoded whether or not it keeps its
    // rule: what a front end shows (a meter text made safe for the screen by the front end).
    TemplateValues values;
};

// The profiles already loaded, so that a front end names a bad profile before it opens a link.
Result<SettingsRead, TemplateFailure> runSettingsRead(MeterClient& client,
                                                      const DeviceProfiles& profiles);
// The whole sequence: the data folder's profiles (LoadProfiles), then the above.
Result<SettingsRead, TemplateFailure> runSettingsRead(MeterClient& client,
                                                      const DataFolder& folder);

} // namespace commissioner

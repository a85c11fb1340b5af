#pragma once

#include "base/Result.h"
#include "meter/MeterClient.h"
#include "meter/MeterIdentity.h"
#include "settings/DeviceProfile.h"
#include "settings/TemplateError.h"

#include <optional>

namespace commissioner {

// The steps of a template save or compare. A failure names the step it stopped at, so that a
// front end says what it was doing ("reading the settings", "saving"...).
enum class TemplateStep
{
    LoadProfiles, // the compiled-in device profiles plus the data folder's
    LoadFile,     // the template file (compare)
    Identify,     // the meter's identity block (a link error)
    CheckMode,    // the meter is not in NORMAL mode (MeterNotNormal)
    FindProfile,  // no profile knows the meter's device type (UnknownDeviceType)
    ReadSettings, // the meter's template block
    WriteFile,    // the template file (save)
};

struct TemplateFailure
{
    TemplateStep step = TemplateStep::LoadProfiles;
    TemplateError error;
    std::optional<MeterIdentity> meter; // once the meter was identified
};

// The meter a template is read from: identified, in NORMAL mode, with its device profile.
struct TemplateMeter
{
    MeterIdentity identity;
    DeviceProfile profile;
};

// Reads the identity, needs NORMAL mode (the template block answers nothing else) and the
// meter's profile. bindMeter adds the serial number and the binding a writing job needs.
Result<TemplateMeter, TemplateFailure> identifyTemplateMeter(MeterClient& client,
                                                             const DeviceProfiles& profiles);

} // namespace commissioner

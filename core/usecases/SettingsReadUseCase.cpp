#include "usecases/SettingsReadUseCase.h"

#include "base/Logging.h"
#include "settings/TemplateIo.h"

namespace commissioner {

Result<SettingsRead, TemplateFailure> runSettingsRead(MeterClient& client,
                                                      const DeviceProfiles& profiles)
{
    const auto meter = identifyTemplateMeter(client, profiles);
    if (!meter)
        return meter.error();
    const auto read = readCheckedTemplate(client, meter->profile);
    if (!read)
        return TemplateFailure{TemplateStep::ReadSettings, read.error(), meter->identity};
    SettingsRead out;
    out.meter = meter->identity;
    out.profile = meter->profile;
    out.checked = read.value();
    // Decoded from the registers read, as readTemplate decodes them: one read, both views.
    for (const SettingDef& def : out.profile.settings())
        out.values.insert(def.name, decodeSetting(def, out.checked.registers.value(def.name), 0));
    if (!out.checked.invalid.isEmpty())
        qCInfo(lcTemplate) << "settings that break their rule, read as held:"
                           << out.checked.invalid.keys();
    return out;
}

Result<SettingsRead, TemplateFailure> runSettingsRead(MeterClient& client, const DataFolder& folder)
{
    const auto profiles = DeviceProfiles::load(folder);
    if (!profiles)
        return TemplateFailure{TemplateStep::LoadProfiles, profiles.error(), {}};
    return runSettingsRead(client, profiles.value());
}

} // namespace commissioner

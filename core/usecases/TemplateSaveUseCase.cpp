#include "usecases/TemplateSaveUseCase.h"

#include "settings/TemplateBackup.h"
#include "settings/TemplateFile.h"

namespace commissioner {

Result<TemplateSaved, TemplateFailure>
runTemplateSave(MeterClient& client, const DataFolder& folder, const TemplateSaveRequest& request)
{
    const auto profiles = DeviceProfiles::load(folder);
    if (!profiles)
        return TemplateFailure{TemplateStep::LoadProfiles, profiles.error(), {}};
    const auto meter = identifyTemplateMeter(client, profiles.value());
    if (!meter)
        return meter.error();
    const MeterIdentity& id = meter->identity;
    // The checked read keeps a value that breaks its rule exactly (bytes included), flagged.
    const auto read = readCheckedTemplate(client, meter->profile);
    if (!read)
        return TemplateFailure{TemplateStep::ReadSettings, read.error(), id};
    const TemplateFile file = TemplateFile::fromMeter(id, read.value(), request.reason);
    if (auto saved = saveTemplateFile(request.path, file, meter->profile); !saved)
        return TemplateFailure{TemplateStep::WriteFile, saved.error(), id};
    TemplateSaved out;
    out.path = request.path;
    out.meter = id;
    out.read = read.value();
    out.factoryDefault =
        out.read.invalid.isEmpty() && looksFactoryDefault(out.read.valid, meter->profile);
    return out;
}

} // namespace commissioner

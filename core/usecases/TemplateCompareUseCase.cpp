#include "usecases/TemplateCompareUseCase.h"

#include "settings/TemplateIo.h"

namespace commissioner {

Result<TemplateCompareFile, TemplateFailure> loadCompareFile(const DataFolder& folder,
                                                             const QString& path)
{
    const auto profiles = DeviceProfiles::load(folder);
    if (!profiles)
        return TemplateFailure{TemplateStep::LoadProfiles, profiles.error(), {}};
    auto file = loadTemplateFile(path, profiles.value());
    if (!file)
        return TemplateFailure{TemplateStep::LoadFile, file.error(), {}};
    // Loading refuses a file whose device type no profile knows: the profile is there.
    const DeviceProfile* profile = profiles->forDeviceType(file->deviceType);
    return TemplateCompareFile{path, std::move(file).value(), *profile};
}

Result<TemplateCompared, TemplateFailure>
compareWithMeter(MeterClient& client, const DataFolder& folder, const TemplateCompareFile& file)
{
    const auto profiles = DeviceProfiles::load(folder); // loaded once, then cached
    if (!profiles)
        return TemplateFailure{TemplateStep::LoadProfiles, profiles.error(), {}};
    const auto meter = identifyTemplateMeter(client, profiles.value());
    if (!meter)
        return meter.error();
    const auto values = readTemplate(client, meter->profile);
    if (!values)
        return TemplateFailure{TemplateStep::ReadSettings, values.error(), meter->identity};
    TemplateCompared out;
    out.left = file;
    out.meter = meter->identity;
    out.rows = compareTemplates(file.profile, file.file.settings, meter->profile, values.value());
    return out;
}

TemplateCompared compareFiles(const TemplateCompareFile& left, const TemplateCompareFile& right)
{
    TemplateCompared out;
    out.left = left;
    out.rightFile = right;
    out.rows =
        compareTemplates(left.profile, left.file.settings, right.profile, right.file.settings);
    return out;
}

Result<TemplateCompared, TemplateFailure> runTemplateCompare(MeterClient& client,
                                                             const DataFolder& folder,
                                                             const TemplateCompareRequest& request)
{
    const auto file = loadCompareFile(folder, request.path);
    if (!file)
        return file.error();
    return compareWithMeter(client, folder, file.value());
}

} // namespace commissioner

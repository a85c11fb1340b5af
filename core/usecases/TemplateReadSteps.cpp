#include "usecases/TemplateReadSteps.h"

#include "meter/MeterQueries.h"

namespace commissioner {

Result<TemplateMeter, TemplateFailure> identifyTemplateMeter(MeterClient& client,
                                                             const DeviceProfiles& profiles)
{
    const auto id = readIdentity(client);
    if (!id)
        return TemplateFailure{TemplateStep::Identify, TemplateError::fromLink(id.error()), {}};
    TemplateError e;
    if (id->mode != DeviceMode::Normal) {
        e.kind = TemplateErrorKind::MeterNotNormal;
        e.value = deviceModeName(id.value());
        return TemplateFailure{TemplateStep::CheckMode, e, id.value()};
    }
    const DeviceProfile* profile = profiles.forDeviceType(id->deviceType);
    if (!profile) {
        e.kind = TemplateErrorKind::UnknownDeviceType;
        e.value = QString::number(id->deviceType);
        return TemplateFailure{TemplateStep::FindProfile, e, id.value()};
    }
    return TemplateMeter{id.value(), *profile};
}

} // namespace commissioner

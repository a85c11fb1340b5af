#include "usecases/MeterBinding.h"

#include "base/PrintableText.h"
#include "usecases/TemplateReadSteps.h"

namespace commissioner {

std::optional<TemplateError> checkBinding(const std::optional<MeterBinding>& expected,
                                          const MeterIdentity& found)
{
    if (!expected || expected->matches(found))
        return std::nullopt;
    TemplateError e;
    e.kind = TemplateErrorKind::WrongMeter;
    e.value = printableText(found.serialNumber);
    e.rule = printableText(expected->serialNumber);
    e.detail = QStringLiteral("device type %1, expected %2")
                   .arg(found.deviceType)
                   .arg(expected->deviceType);
    return e;
}

Result<BoundMeter, TemplateError> bindMeter(MeterClient& client,
                                            const std::optional<MeterBinding>& expected,
                                            const DataFolder& folder)
{
    // Loaded first: identifyTemplateMeter checks the mode and finds the profile.
    const auto profiles = DeviceProfiles::load(folder);
    if (!profiles)
        return profiles.error();
    const auto meter = identifyTemplateMeter(client, profiles.value());
    // The meter that answered, in NORMAL mode or not: which one it is counts before its mode.
    const std::optional<MeterIdentity> found =
        meter ? std::optional<MeterIdentity>(meter->identity) : meter.error().meter;
    if (found) {
        if (!hasSerialNumber(*found)) {
            TemplateError e;
            e.kind = TemplateErrorKind::NoSerialNumber;
            return e;
        }
        if (auto wrong = checkBinding(expected, *found))
            return *wrong;
    }
    if (!meter)
        return meter.error().error; // a link error, MeterNotNormal or UnknownDeviceType
    return BoundMeter{meter->identity, meter->profile};
}

} // namespace commissioner

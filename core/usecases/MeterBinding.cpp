#include "usecases/MeterBinding.h"

#include "base/PrintableText.h"
#include "meter/MeterQueries.h"

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
    const auto id = readIdentity(client);
    if (!id)
        return TemplateError::fromLink(id.error());
    if (!hasSerialNumber(id.value())) {
        TemplateError e;
        e.kind = TemplateErrorKind::NoSerialNumber;
        return e;
    }
    if (auto wrong = checkBinding(expected, id.value()))
        return *wrong;
    if (id->mode != DeviceMode::Normal) {
        TemplateError e;
        e.kind = TemplateErrorKind::MeterNotNormal;
        e.value = deviceModeName(id.value());
        return e;
    }
    auto profiles = DeviceProfiles::load(folder);
    if (!profiles)
        return profiles.error();
    const DeviceProfile* profile = profiles->forDeviceType(id->deviceType);
    if (!profile) {
        TemplateError e;
        e.kind = TemplateErrorKind::UnknownDeviceType;
        e.value = QString::number(id->deviceType);
        return e;
    }
    return BoundMeter{id.value(), *profile};
}

} // namespace commissioner

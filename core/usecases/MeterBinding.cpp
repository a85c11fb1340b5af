#include "usecases/MeterBinding.h"

#include "base/PrintableText.h"

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

} // namespace commissioner

#include "MeterQueries.h"

namespace commissioner {

Result<MeterIdentity, LinkError> readIdentity(MeterClient& client)
{
    auto r = client.readRegisters(regs::IdentityStart, regs::IdentityCount);
    if (!r)
        return r.error();
    return MeterIdentity::decode(r.value());
}

Result<Measurements, LinkError> readMeasurements(MeterClient& client)
{
    auto r = client.readRegisters(regs::MeasurementsStart, regs::MeasurementsCount);
    if (!r)
        return r.error();
    return Measurements::decode(r.value());
}

Result<UpgradeRegisters, LinkError> readUpgradeRegisters(MeterClient& client)
{
    auto r = client.readRegisters(regs::UpgradeControlStart, regs::UpgradeControlCount);
    if (!r)
        return r.error();
    return UpgradeRegisters::decode(r.value());
}

} // namespace commissioner

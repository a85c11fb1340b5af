#include "meter/MeterQueries.h"

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

Result<MeterSnapshot, LinkError> readSnapshot(MeterClient& client)
{
    const auto id = readIdentity(client);
    if (!id)
        return id.error();
    const auto up = readUpgradeRegisters(client);
    if (!up)
        return up.error();
    MeterSnapshot s;
    s.identity = id.value();
    s.upgrade = up.value();
    s.state = classifyRecovery(s.identity, s.upgrade);
    return s;
}

} // namespace commissioner

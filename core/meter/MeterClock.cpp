#include "meter/MeterClock.h"

#include "meter/MeterIdentity.h"
#include "meter/RegisterMap.h"

namespace commissioner {

Result<qint64, LinkError> readMeterClock(MeterClient& client)
{
    const auto r = client.readRegisters(regs::ClockUtc, 2);
    if (!r)
        return r.error();
    return qint64(decodeU32(r.value(), 0));
}

bool fitsMeterClock(qint64 utcSeconds)
{
    return utcSeconds >= 0 && utcSeconds <= 0xFFFFFFFFLL;
}

Result<Ok, LinkError> setMeterClock(MeterClient& client, qint64 utcSeconds)
{
    Q_ASSERT(fitsMeterClock(utcSeconds));
    const quint32 t = quint32(utcSeconds);
    return client.writeRegisters(regs::ClockUtc, Registers{quint16(t >> 16), quint16(t & 0xFFFF)});
}

} // namespace commissioner

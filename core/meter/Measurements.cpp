#include "meter/Measurements.h"

#include "meter/MeterIdentity.h"

namespace commissioner {

Measurements Measurements::decode(const Registers& b)
{
    Measurements m;
    for (int i = 0; i < 3; ++i) {
        m.voltage[i] = decodeFloat(b, 2 * i);
        m.current[i] = decodeFloat(b, 6 + 2 * i);
    }
    m.kwTotal = decodeFloat(b, 12);
    m.kvarTotal = decodeFloat(b, 14);
    m.kvaTotal = decodeFloat(b, 16);
    m.powerFactor = decodeFloat(b, 18);
    m.frequency = decodeFloat(b, 20);
    m.secondsSincePowerUp = decodeFloat(b, 22);
    return m;
}

} // namespace commissioner

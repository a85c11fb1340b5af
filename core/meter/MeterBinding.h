#pragma once

#include "meter/MeterIdentity.h"

#include <QString>

namespace commissioner {

// The meter a job is for: the one the person saw and confirmed. Every identity read of the
// job is checked against it, so that a meter swapped in at the same address (or another at
// the factory address) is never written to.
struct MeterBinding
{
    QString serialNumber;
    int deviceType = 0;

    static MeterBinding of(const MeterIdentity& identity)
    {
        return {identity.serialNumber, identity.deviceType};
    }
    bool matches(const MeterIdentity& identity) const
    {
        return identity.serialNumber == serialNumber && identity.deviceType == deviceType;
    }
};

} // namespace commissioner

#include "meter/MeterClient.h"

namespace commissioner {

QString LinkDescription::summary() const
{
    switch (kind) {
    case Kind::Tcp:
        return QStringLiteral("Modbus TCP %1 unit %2").arg(endpoint).arg(unitId);
    case Kind::RtuOverTcp:
        return QStringLiteral("Modbus RTU over TCP %1 unit %2").arg(endpoint).arg(unitId);
    case Kind::Serial:
        return QStringLiteral("Modbus RTU %1 %2 8%3%4 unit %5")
            .arg(endpoint)
            .arg(baudRate)
            .arg(QLatin1Char(parity))
            .arg(stopBits)
            .arg(unitId);
    case Kind::Modem:
        return QStringLiteral("Modbus RTU over modem %1 %2 baud unit %3")
            .arg(endpoint)
            .arg(baudRate)
            .arg(unitId);
    case Kind::InProcess:
        return QStringLiteral("in-process %1 unit %2").arg(endpoint).arg(unitId);
    }
    return endpoint;
}

} // namespace commissioner

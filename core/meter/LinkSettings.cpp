#include "meter/LinkSettings.h"

namespace commissioner {

LinkDescription LinkSettings::describe() const
{
    LinkDescription d;
    d.kind = kind;
    d.unitId = unitId;
    d.baudRate = baudRate;
    d.parity = parity;
    d.stopBits = stopBits;
    switch (kind) {
    case LinkDescription::Kind::Tcp:
    case LinkDescription::Kind::RtuOverTcp:
    case LinkDescription::Kind::InProcess:
        d.endpoint = QStringLiteral("%1:%2").arg(host).arg(port);
        d.baudRate = 0;
        break;
    case LinkDescription::Kind::Serial:
        d.endpoint = device;
        break;
    case LinkDescription::Kind::Modem:
        d.endpoint = QStringLiteral("%1 via %2").arg(phoneNumber, device);
        break;
    }
    return d;
}

RetryPolicy LinkSettings::defaultRetryFor(LinkDescription::Kind kind)
{
    return kind == LinkDescription::Kind::Modem ? RetryPolicy::forModem() : RetryPolicy{};
}

QString serialFraming(const LinkSettings& link)
{
    return QStringLiteral("%1%2%3")
        .arg(link.dataBits)
        .arg(QLatin1Char(link.parity))
        .arg(link.stopBits);
}

} // namespace commissioner

#include "meter/LinkError.h"

namespace commissioner {

QString linkErrorKindName(LinkErrorKind kind)
{
    switch (kind) {
    case LinkErrorKind::Timeout:
        return QStringLiteral("timeout");
    case LinkErrorKind::LinkDown:
        return QStringLiteral("link-down");
    case LinkErrorKind::NotConnected:
        return QStringLiteral("not-connected");
    case LinkErrorKind::Exception:
        return QStringLiteral("exception");
    case LinkErrorKind::BadResponse:
        return QStringLiteral("bad-response");
    case LinkErrorKind::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case LinkErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

static QString exceptionName(int code)
{
    switch (code) {
    case 1:
        return QStringLiteral("ILLEGAL FUNCTION");
    case 2:
        return QStringLiteral("ILLEGAL DATA ADDRESS");
    case 3:
        return QStringLiteral("ILLEGAL DATA VALUE");
    case 4:
        return QStringLiteral("SERVER DEVICE FAILURE");
    case 5:
        return QStringLiteral("ACKNOWLEDGE");
    case 6:
        return QStringLiteral("SERVER DEVICE BUSY");
    default:
        return QStringLiteral("exception %1").arg(code);
    }
}

QString describeForLog(const LinkError& e)
{
    QString where;
    if (e.address >= 0)
        where = QStringLiteral(" at register %1 (%2 registers)").arg(e.address).arg(e.count);
    switch (e.kind) {
    case LinkErrorKind::Exception:
        return QStringLiteral("meter answered exception %1 (%2)%3")
            .arg(e.exceptionCode, 2, 10, QLatin1Char('0'))
            .arg(exceptionName(e.exceptionCode), where);
    case LinkErrorKind::Timeout:
        return QStringLiteral("no response%1").arg(where);
    default:
        return QStringLiteral("%1%2%3").arg(linkErrorKindName(e.kind), where,
                                            e.detail.isEmpty() ? QString()
                                                               : QStringLiteral(": ") + e.detail);
    }
}

} // namespace commissioner

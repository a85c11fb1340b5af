#include "ModemError.h"

namespace commissioner {

QString modemErrorName(ModemError error)
{
    switch (error) {
    case ModemError::Busy:
        return QStringLiteral("BUSY");
    case ModemError::NoCarrier:
        return QStringLiteral("NO CARRIER");
    case ModemError::NoDialtone:
        return QStringLiteral("NO DIALTONE");
    case ModemError::NoAnswer:
        return QStringLiteral("NO ANSWER");
    case ModemError::Error:
        return QStringLiteral("ERROR");
    case ModemError::NoResponse:
        return QStringLiteral("no response");
    case ModemError::ConnectTimeout:
        return QStringLiteral("no CONNECT in time");
    case ModemError::Unexpected:
        return QStringLiteral("unexpected result");
    case ModemError::PortFailed:
        return QStringLiteral("port failed");
    case ModemError::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("?");
}

LinkError toLinkError(const ModemFailure& f, const QString& device)
{
    LinkError e;
    e.kind = LinkErrorKind::NotConnected;
    e.sysErrno = f.sysErrno;
    const QString command = QString::fromLatin1(f.command);
    switch (f.error) {
    case ModemError::NoResponse:
        e.detail = QStringLiteral("%1: no response from the modem to %2").arg(device, command);
        break;
    case ModemError::ConnectTimeout:
        e.detail = QStringLiteral("%1: no CONNECT in time after %2").arg(device, command);
        break;
    case ModemError::Unexpected:
        e.detail = QStringLiteral("%1: modem answered %2 to %3")
                       .arg(device, QString::fromLatin1(f.reply), command);
        break;
    case ModemError::PortFailed:
        e.detail = QStringLiteral("%1: %2").arg(device, f.detail);
        break;
    case ModemError::Cancelled:
        e.kind = LinkErrorKind::Cancelled;
        e.detail = QStringLiteral("%1: %2 abandoned").arg(device, command);
        break;
    default:
        e.detail = QStringLiteral("%1: modem answered %2 to %3")
                       .arg(device, modemErrorName(f.error), command);
        break;
    }
    return e;
}

} // namespace commissioner

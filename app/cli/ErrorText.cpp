#include "ErrorText.h"

#include "CliText.h"
#include "ExitCodes.h"

namespace commissioner::cli {

static QString exceptionText(int code)
{
    switch (code) {
    case 1:
        return CliText::tr("illegal function");
    case 2:
        return CliText::tr("illegal data address");
    case 3:
        return CliText::tr("illegal data value");
    case 4:
        return CliText::tr("server device failure");
    case 6:
        return CliText::tr("server device busy");
    default:
        return CliText::tr("code %1").arg(code);
    }
}

QString describeLinkError(const LinkError& e)
{
    const QString where =
        e.address >= 0 ? CliText::tr(" (register %1, %2 registers)").arg(e.address).arg(e.count)
                       : QString();
    const QString detail = e.detail.isEmpty() ? QString() : QStringLiteral(": ") + e.detail;
    switch (e.kind) {
    case LinkErrorKind::Timeout:
        return CliText::tr("no answer from the meter%1; check the cable, the unit ID and the "
                           "baud rate")
            .arg(where);
    case LinkErrorKind::LinkDown:
        return CliText::tr("the link was lost%1").arg(detail);
    case LinkErrorKind::NotConnected:
        return CliText::tr("cannot connect%1").arg(detail);
    case LinkErrorKind::Exception:
        return CliText::tr("the meter answered exception %1 (%2)%3")
            .arg(e.exceptionCode, 2, 10, QLatin1Char('0'))
            .arg(exceptionText(e.exceptionCode), where);
    case LinkErrorKind::BadResponse:
        return CliText::tr("a garbled answer%1%2").arg(where, detail);
    case LinkErrorKind::InvalidArgument:
        return CliText::tr("the request cannot be sent%1%2").arg(where, detail);
    case LinkErrorKind::Cancelled:
        return CliText::tr("cancelled");
    }
    return CliText::tr("unknown error");
}

int exitCodeFor(const LinkError& e)
{
    switch (e.kind) {
    case LinkErrorKind::Exception:
        return ExitMeterRefused;
    case LinkErrorKind::Cancelled:
        return ExitCancelled;
    case LinkErrorKind::InvalidArgument:
        return ExitUsage;
    default:
        return ExitUnreachable;
    }
}

} // namespace commissioner::cli

#pragma once

#include "meter/LinkError.h"

#include <QString>

namespace commissioner {

// What went wrong while dialing or hanging up a Hayes modem.
enum class ModemError
{
    Busy,           // BUSY
    NoCarrier,      // NO CARRIER (no modem answered, or the carrier was lost)
    NoDialtone,     // NO DIALTONE
    NoAnswer,       // NO ANSWER
    Error,          // ERROR: the modem refused a command (often the init string)
    NoResponse,     // the modem said nothing at all to a command
    ConnectTimeout, // no result for the dial command within the connect time limit
    Unexpected,     // a result that does not fit the command (OK to a dial)
    PortFailed,     // the serial port could not be opened, read or written
    Cancelled,      // our cancel flag: the init or the dial was abandoned
};

struct ModemFailure
{
    ModemError error = ModemError::NoResponse;
    QByteArray command; // the command that failed ("ATDT5551234"), without CR
    QByteArray reply;   // the modem's final line, if any
    int sysErrno = 0;   // with PortFailed
    QString detail;     // technical context (port name, OS message)
};

// "BUSY", "NO CARRIER", ..., "no response", "no CONNECT in time", "port failed".
QString modemErrorName(ModemError error);
// For the MeterClient interface: NotConnected (the call could not be made), with the
// result code and the command in the detail, e.g. "/dev/ttyS0: modem answered BUSY to ATDT5551234".
LinkError toLinkError(const ModemFailure& failure, const QString& device);

} // namespace commissioner

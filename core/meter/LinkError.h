#pragma once

#include <QString>

namespace commissioner {

// What went wrong with one request to a meter.
enum class LinkErrorKind
{
    Timeout,         // no answer within the response timeout
    LinkDown,        // the port or socket is gone (cable pulled, gateway closed)
    NotConnected,    // no link was opened, or opening it failed
    Exception,       // the meter answered with a Modbus exception (see exceptionCode)
    BadResponse,     // an answer arrived but was malformed (CRC, length, unit, function)
    InvalidArgument, // the request itself cannot be sent (count out of range, ...)
    Cancelled,       // the person stopped it
};

// Modbus exception codes used by the meters (device-protocol.md section 6).
enum class ModbusException : int
{
    IllegalFunction = 1,
    IllegalDataAddress = 2,
    IllegalDataValue = 3,
    ServerDeviceFailure = 4,
    Acknowledge = 5,
    ServerDeviceBusy = 6,
};

struct LinkError
{
    LinkErrorKind kind = LinkErrorKind::Timeout;
    int exceptionCode = 0; // with Exception
    int sysErrno = 0;      // the OS error behind LinkDown/NotConnected/BadResponse, if any
    int address = -1;      // first register of the failed request
    int count = 0;         // registers in it
    QString detail;        // technical context (libmodbus message, port name); not UI text

    bool isException(ModbusException code) const
    {
        return kind == LinkErrorKind::Exception && exceptionCode == static_cast<int>(code);
    }
    // Worth trying again: the meter may simply not have heard us.
    bool isTransient() const
    {
        return kind == LinkErrorKind::Timeout || kind == LinkErrorKind::LinkDown ||
               kind == LinkErrorKind::BadResponse || kind == LinkErrorKind::NotConnected;
    }
};

QString linkErrorKindName(LinkErrorKind kind);
// A one-line technical description for logs (Upgrade.log is written for people but in
// English, like the field tools' logs; the GUI builds its own tr() text from the value).
QString describeForLog(const LinkError& error);

} // namespace commissioner

#pragma once

#include "meter/LinkError.h"

#include <QString>
#include <optional>

namespace commissioner {

// Turns the errno that a failed libmodbus call left behind into a LinkError:
//   ETIMEDOUT                                   -> Timeout
//   MODBUS_ENOBASE + code (EMBXILFUN..EMBXGTAR) -> Exception with that code
//   EMBBADCRC, EMBBADDATA, EMBBADEXC, EMBUNKEXC, EMBMDATA, EMBBADSLAVE -> BadResponse
//   ECONNRESET, EPIPE, EBADF, ENOTCONN, EIO, ENXIO, ... -> LinkDown
//   ECONNREFUSED, EHOSTUNREACH, ENETUNREACH, ENOENT, EACCES, ... -> NotConnected
//   EINVAL (libmodbus refused the arguments)    -> InvalidArgument
// Anything else is taken as LinkDown (we no longer know the state of the line).
// address/count are the request's; detail is technical context for logs.
LinkError linkErrorFromErrno(int err, int address = -1, int count = 0);

// The same, for a failed attempt to open the link (modbus_connect, socket connect, open
// of a serial device): always NotConnected, with the errno kept.
LinkError connectErrorFromErrno(int err, const QString& endpoint);

// libmodbus's errno for a Modbus exception code (MODBUS_ENOBASE + code), so that tests and
// fault injectors need not include libmodbus themselves.
int modbusExceptionErrno(int exceptionCode);

// Modbus limits, checked before anything is sent: a read is 1-125 registers, a write
// 1-123, and the registers must lie within 0-65535. Returns InvalidArgument if not.
std::optional<LinkError> checkRequestLimits(int address, int count, bool write);

} // namespace commissioner

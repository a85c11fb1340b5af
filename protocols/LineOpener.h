#pragma once

#include "base/Result.h"
#include "meter/LinkError.h"

#include <atomic>
#include <optional>

namespace commissioner {

// Gives ModbusMeterClient a connected byte line that something else has to set up first
// (a modem that must dial). The client hands the descriptor to a libmodbus RTU context
// with modbus_set_socket(), as it does for RTU over TCP, and never closes it itself.
class LineOpener
{
public:
    virtual ~LineOpener() = default;
    // Makes the line (dials) and returns a descriptor that libmodbus may read and write.
    virtual Result<int, LinkError> openLine() = 0;
    // Ends the line (hangs up); the descriptor from openLine() is invalid afterwards.
    virtual void closeLine() = 0;
    // After a failed request: the line itself was lost (NO CARRIER, DCD down), with why.
    // Redialing takes long, so the client does not retry such an error on its own: it
    // ends the request with LinkDown and leaves the redial to its caller's reconnect().
    virtual std::optional<LinkError> lineLost() = 0;
    // Checked while the line is being made: once set, openLine() gives up soon (a dial is
    // abandoned) with Cancelled. Not owned; set from any thread (an atomic).
    virtual void setCancelFlag(const std::atomic_bool* flag) { (void)flag; }
};

} // namespace commissioner

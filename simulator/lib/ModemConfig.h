#pragma once

#include <QtGlobal>

namespace metersim {

// The meter's answering modem (device-protocol.md section 8), and its faults.
struct ModemConfig
{
    enum class DialAnswer
    {
        Connect,
        Busy,
        NoAnswer,
        NoDialtone,
        Error
    };

    bool enabled = false; // --modem: the serial listeners get a modem in front
    int guardMs = 1000;   // silence before and after "+++"
    int ringMs = 300;     // from the dial command to its answer
    qint32 connectRate = 19200;
    DialAnswer dialAnswer = DialAnswer::Connect;
    bool mute = false; // answers nothing at all, not even the echo
    qint64 dropAfterBytes =
        -1; // < 0: never; else the carrier drops after this many bytes of a call
};

} // namespace metersim

#pragma once

#include <QByteArray>

namespace commissioner {

// The serial port under a Hayes dialer, as the dialer needs it: the real port
// (ModemPort) or a scripted fake in tests. Blocking, bounded, one thread.
class ModemIo
{
public:
    virtual ~ModemIo() = default;
    // Writes every byte; false if the port failed (lastErrno() says why).
    virtual bool writeAll(const QByteArray& bytes) = 0;
    // What arrives within timeoutMs (returns as soon as something has); empty on a
    // timeout. *failed is set when the port failed.
    virtual QByteArray readSome(int timeoutMs, bool* failed) = 0;
    // Drops input that has arrived and not been read.
    virtual void discardInput() = 0;
    // Raises or drops DTR; false where the port has no DTR line (a pseudo-terminal).
    virtual bool setDtr(bool on) = 0;
    // Waits, keeping the line silent (guard times). A fake may just count.
    virtual void pause(int ms) = 0;
    virtual int lastErrno() const = 0;
};

} // namespace commissioner

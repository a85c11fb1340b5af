#pragma once

#include <QByteArray>
#include <QString>

namespace commissioner {

// A raw, blocking byte stream with timeouts: what a byte-level protocol (XMODEM) needs
// from a serial port. Used on one thread; every call returns within its timeout.
class ByteStream
{
public:
    static constexpr int TimedOut = -1;
    static constexpr int Failed = -2; // the port went away; errorString() says why

    virtual ~ByteStream() = default;
    // Writes every byte and waits (bounded) until they have left for the line.
    virtual bool write(const QByteArray& bytes) = 0;
    // One byte 0-255, or TimedOut, or Failed.
    virtual int readByte(int timeoutMs) = 0;
    // Drops whatever has arrived and not been read (stale bytes, line noise).
    virtual void discardInput() = 0;
    virtual QString errorString() const = 0;
};

} // namespace commissioner

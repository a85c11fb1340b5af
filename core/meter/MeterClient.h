#pragma once

#include "base/Result.h"
#include "meter/LinkError.h"
#include "meter/RetryPolicy.h"

#include <QString>
#include <QVector>

namespace commissioner {

using Registers = QVector<quint16>;

// What kind of link a client talks over, for logs and for choosing timeouts.
struct LinkDescription
{
    enum class Kind
    {
        Tcp,
        RtuOverTcp,
        Serial,
        Modem,
        InProcess
    };
    Kind kind = Kind::Tcp;
    QString endpoint; // "127.0.0.1:502", "/dev/ttyUSB0", "COM10", "+15551234 via /dev/ttyS0"
    int baudRate = 0; // serial and modem links
    char parity = 'E';
    int stopBits = 1;
    int unitId = 1;
    QString summary() const; // "Modbus TCP 127.0.0.1:1502 unit 1"
};

// The small interface through which core talks to one meter. Implementations apply their
// RetryPolicy to every request and tell the RetryObserver of each retry. Calls block:
// they are made on the thread that owns the link, never on a GUI thread.
class MeterClient
{
public:
    virtual ~MeterClient() = default;

    virtual Result<Registers, LinkError> readRegisters(int address, int count) = 0;
    virtual Result<Ok, LinkError> writeRegisters(int address, const Registers& values) = 0;
    virtual Result<Ok, LinkError> writeRegister(int address, quint16 value) = 0;

    // Closes and opens the link again (after a cable was pulled, a gateway restarted, a
    // carrier lost). Does not send anything to the meter.
    virtual Result<Ok, LinkError> reconnect() = 0;
    virtual LinkDescription description() const = 0;

    // Talks to the meter at other communication settings from the next request on: the unit
    // ID and, on a serial line, baud rate and parity (a meter that came back at its factory
    // settings). False where the link cannot change them.
    virtual bool setCommSettings(int unitId, int baudRate, char parity)
    {
        Q_UNUSED(unitId);
        Q_UNUSED(baudRate);
        Q_UNUSED(parity);
        return false;
    }

    virtual void setRetryPolicy(const RetryPolicy& policy) = 0;
    virtual RetryPolicy retryPolicy() const = 0;
    virtual void setRetryObserver(RetryObserver observer) = 0;
    // The record of the last request: its attempts, each error and round-trip time.
    virtual RequestRecord lastRecord() const = 0;
};

} // namespace commissioner

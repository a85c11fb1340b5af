#pragma once

#include "meter/MeterClient.h"

#include <utility>

// Pieces of the fake meters tests build on a MeterClient: one that passes every call on to
// another, and the error of a meter that does not answer.
namespace testsupport {

// A MeterClient that passes every call on to another: a test's client derives from it and
// overrides only the calls it changes (a read that times out, a hook before a read), so that
// the rest of the meter behaves as the inner client does.
class ForwardingMeterClient : public commissioner::MeterClient
{
public:
    explicit ForwardingMeterClient(commissioner::MeterClient& inner) : m_inner(inner) {}

    commissioner::Result<commissioner::Registers, commissioner::LinkError>
    readRegisters(int address, int count) override
    {
        return m_inner.readRegisters(address, count);
    }
    commissioner::Result<commissioner::Ok, commissioner::LinkError>
    writeRegisters(int address, const commissioner::Registers& values) override
    {
        return m_inner.writeRegisters(address, values);
    }
    commissioner::Result<commissioner::Ok, commissioner::LinkError>
    writeRegister(int address, quint16 value) override
    {
        return m_inner.writeRegister(address, value);
    }
    commissioner::Result<commissioner::Ok, commissioner::LinkError> reconnect() override
    {
        return m_inner.reconnect();
    }
    commissioner::LinkDescription description() const override { return m_inner.description(); }
    bool setCommSettings(int unitId, int baudRate, char parity) override
    {
        return m_inner.setCommSettings(unitId, baudRate, parity);
    }
    void setRetryPolicy(const commissioner::RetryPolicy& policy) override
    {
        m_inner.setRetryPolicy(policy);
    }
    commissioner::RetryPolicy retryPolicy() const override { return m_inner.retryPolicy(); }
    void setRetryObserver(commissioner::RetryObserver observer) override
    {
        m_inner.setRetryObserver(std::move(observer));
    }
    commissioner::RequestRecord lastRecord() const override { return m_inner.lastRecord(); }

private:
    commissioner::MeterClient& m_inner;
};

// What a client gives for a read or write that the meter did not answer in time.
inline commissioner::LinkError timedOut(int address, int count)
{
    commissioner::LinkError e;
    e.kind = commissioner::LinkErrorKind::Timeout;
    e.address = address;
    e.count = count;
    return e;
}

} // namespace testsupport

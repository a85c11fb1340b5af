#pragma once

#include "meter/MeterClient.h"

#include <QMap>
#include <QString>
#include <QVector>

namespace commissioner::test {

// An in-memory meter with the identity block and the template block of
// device-protocol.md sections 2 and 4, written from the spec's table, not from the
// profile, so that the profile is checked against it: whole-setting writes, exception 02
// for a gap, a split setting or the wrong mode, 03 for an out-of-range value or a request
// longer than Modbus allows, multi-register writes all-or-nothing. Faults on demand.
class FakeTemplateMeter : public MeterClient
{
public:
    FakeTemplateMeter(int deviceType = 7350,
                      const QString& serial = QStringLiteral("PC-0209A001-11"));

    Result<Registers, LinkError> readRegisters(int address, int count) override;
    Result<Ok, LinkError> writeRegisters(int address, const Registers& values) override;
    Result<Ok, LinkError> writeRegister(int address, quint16 value) override;
    Result<Ok, LinkError> reconnect() override;
    LinkDescription description() const override;
    void setRetryPolicy(const RetryPolicy& policy) override { m_policy = policy; }
    RetryPolicy retryPolicy() const override { return m_policy; }
    void setRetryObserver(RetryObserver) override {}
    RequestRecord lastRecord() const override { return m_last; }

    // State
    void setMode(int mode); // 0 NORMAL, 1 UPGRADE, 2 NO_FIRMWARE
    void resetToFactory();
    quint16 reg(int address) const { return m_regs.value(address); }
    void setReg(int address, quint16 value) { m_regs[address] = value; }
    QMap<int, quint16> templateRegisters() const; // 1000-1199 minus the clock

    // Faults: after `n` more successful write requests, every request fails with LinkDown
    // until reconnect(); with `applyFailing` the failing write is applied (its reply lost).
    void dropLinkAfterWrites(int n, bool applyFailing = false);

    // Counters
    int reads = 0;
    int writes = 0;
    QVector<QPair<int, int>> readLog;  // address, count
    QVector<QPair<int, int>> writeLog; // address, count

private:
    struct Def
    {
        int address;
        int regs;
        char kind;
        qint64 lo;
        qint64 hi;
        QVector<qint64> allowed;
    };
    const Def* settingAt(int address) const;
    bool inRange(const Def& d, const Registers& values, int at) const;
    LinkError exception(int code, int address, int count) const;

    QVector<Def> m_defs;
    QMap<int, quint16> m_regs;
    int m_mode = 0;
    int m_dropAfter = -1;
    bool m_applyFailing = false;
    bool m_down = false;
    RetryPolicy m_policy;
    RequestRecord m_last;
};

} // namespace commissioner::test

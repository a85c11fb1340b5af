#pragma once

#include "MeterConfig.h"
#include "MeterState.h"
#include "MeterStorage.h"

#include <QString>
#include <QVector>
#include <functional>

namespace metersim {

// The answer to one register request: values for a read, or an exception code.
struct ModelReply
{
    quint8 exception = exc::None;
    QVector<quint16> values;
    bool commSettingsWritten = false; // apply 1150-1152 once this reply has been sent

    static ModelReply error(quint8 code)
    {
        ModelReply r;
        r.exception = code;
        return r;
    }
};

// One meter of device-protocol.md sections 2-5, without I/O or timers: the caller moves
// it through VERIFYING and INSTALLING (finishVerification, finishInstallation) and decides
// what a power cycle is (a new model on the same storage, then powerUp).
class MeterModel
{
public:
    using EventSink = std::function<void(const QString& name, const QString& details)>;

    MeterModel(const MeterConfig& config, MeterStorage* storage);

    // Loads the stored state (or starts from the config) and applies the restart rules.
    // Returns true when there was stored state, i.e. this is a restart.
    bool powerUp();

    ModelReply read(quint16 address, quint16 count);
    ModelReply write(quint16 address, const QVector<quint16>& values);
    // A data-window write that a fault answered before the model saw it: counted all the same.
    void countDataWrite();

    void finishVerification();
    void finishInstallation();
    // After the reply to a write of 1150-1152 has gone out, the new settings take effect.
    void applyCommSettings();

    bool isSilent() const { return m_state.status == UpgStatus::Installing; }
    bool isBusy() const { return m_state.status == UpgStatus::Verifying; }
    quint16 unitId() const { return m_unitId; }
    quint16 baudCode() const { return m_baudCode; }
    quint16 parityCode() const { return m_parityCode; }
    quint32 nextOffset() const { return quint32(m_storage->imageSize()); }
    const MeterState& state() const { return m_state; }
    const MeterConfig& config() const { return m_config; }

    void setEventSink(EventSink sink) { m_eventSink = std::move(sink); }
    void setFailNextVerify(bool fail) { m_failNextVerify = fail; }
    // The register-level bends of FaultConfig (skew, MAX_BLOCK, status, mode, refusals).
    void setFaults(const FaultConfig& faults) { m_faults = faults; }
    // Clocks are injectable so unit tests can step time.
    void setClocks(std::function<qint64()> monotonicMs, std::function<qint64()> utcSeconds);

    static QString versionString(const quint16* v);

private:
    bool readRegister(quint16 address, quint16* value, QVector<quint16>* measureCache);
    quint16 identityRegister(quint16 address) const;
    quint16 controlRegister(quint16 address) const;
    quint32 reportedNextOffset() const;
    ModelReply writeTemplate(quint16 address, const QVector<quint16>& values);
    ModelReply writeControl(quint16 address, const QVector<quint16>& values);
    ModelReply receiveData(const QVector<quint16>& values);
    ModelReply writeData(const QVector<quint16>& values);
    ModelReply storeBlock(const QVector<quint16>& values, quint32 length);
    ModelReply command(quint16 value);
    ModelReply begin();
    ModelReply commit();
    ModelReply abort();
    void persist();
    void emitEvent(const QString& name, const QString& details = QString());
    void resetUptime();

    MeterConfig m_config;
    FaultConfig m_faults;
    MeterStorage* m_storage;
    MeterState m_state;
    EventSink m_eventSink;
    bool m_failNextVerify = false;
    quint16 m_unitId = 1;
    quint16 m_baudCode = 1;
    quint16 m_parityCode = 1;
    std::function<qint64()> m_monotonicMs;
    std::function<qint64()> m_utcSeconds;
    qint64 m_powerUpMs = 0;
};

} // namespace metersim

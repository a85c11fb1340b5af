#pragma once

#include "MeterConfig.h"
#include "MeterModel.h"

#include <QByteArray>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <memory>
#include <optional>

namespace metersim {

// What a transport gets back for one request.
struct NodeReply
{
    bool send = false;
    QByteArray pdu;
    bool commSettingsWritten = false; // call applyCommSettings() once pdu has gone out
};

// One meter on the wire: the model plus the time it takes (verify, install), and the
// injected faults. Transports hand it request PDUs addressed to it.
class MeterNode : public QObject
{
    Q_OBJECT
public:
    MeterNode(const MeterConfig& config, const FaultConfig& faults, QObject* parent = nullptr);
    ~MeterNode() override;

    // Loads stored state and applies the restart rules; emits "restart" when there was state.
    void powerUp();
    // In-process power cycle (the demo meter): what a kill -9 and a new process would do.
    void powerCycle();

    NodeReply handle(const QByteArray& pdu, bool broadcast);
    void applyCommSettings();

    quint16 unitId() const { return m_model->unitId(); }
    // The unit ID a reply to `requestUnit` carries: the same, or one higher with
    // --wrong-unit-id (247 wraps to 1).
    quint8 replyUnit(quint8 requestUnit) const;
    bool isSilent() const;
    const MeterModel& model() const { return *m_model; }

Q_SIGNALS:
    void event(const QString& name, const QString& details);
    void installingStarted();
    void installingFinished();
    void commSettingsApplied();
    // --power-loss-*: the host decides what dying means (the CLI kills itself).
    void powerLossRequested();

private:
    void onModelEvent(const QString& name, const QString& details);
    static bool isDataWrite(const QByteArray& pdu);
    // --long-write-silence: true (and the EVENT) for a function 16 of too many registers.
    bool silencedAsLongWrite(const QByteArray& pdu);
    // --exception-at, then --data-exception: the code to answer instead of acting, if any.
    std::optional<quint8> faultException(const QByteArray& pdu);
    void createModel();

    MeterConfig m_config;
    FaultConfig m_faults;
    std::unique_ptr<MeterStorage> m_storage;
    std::unique_ptr<MeterModel> m_model;
    // Parented, so moving the host (and its nodes) to another thread moves them too.
    QTimer m_verifyTimer{this};
    QTimer m_installTimer{this};
    QTimer m_powerLossTimer{this};
    QRandomGenerator m_random;
    qint64 m_silentUntilMs = 0;
    bool m_silenceTriggered = false;
    bool m_powerLossArmed = true;
    int m_mutedSoFar = 0;         // --mute-first
    int m_dataExceptionsSent = 0; // --data-exception CODE:COUNT
    bool m_gone = false;          // --gone-at-offset reached: unplugged for this process
};

} // namespace metersim

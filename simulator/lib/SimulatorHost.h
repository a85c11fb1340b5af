#pragma once

#include "MeterConfig.h"
#include "ModemConfig.h"
#include "TtyDevice.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QVector>

namespace metersim {

class MeterNode;

struct ListenerSpec
{
    enum class Kind
    {
        Tcp,
        RtuTcp,
        Serial,
        Pty
    };
    Kind kind = Kind::Tcp;
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port
    QString device;   // Serial
};

struct HostConfig
{
    QVector<MeterConfig> meters; // each answers its own unit ID on every listener
    FaultConfig faults;
    QVector<ListenerSpec> listeners;
    SerialSettings serial;
    // The CLI dies on a power-loss fault (kill -9 of itself); in-process, the meter is
    // power-cycled instead.
    bool processDiesOnPowerLoss = false;
    // --xmodem-bootloader: the serial line runs the XMODEM recovery bootloader
    // (XmodemBootloader) until a package is installed; no other listener.
    bool xmodemBootloader = false;
    int xmodemWindowSeconds = 60;
    // --modem: a Hayes modem answers calls in front of each serial line (ModemFrontEnd).
    ModemConfig modem;
};

// Owns the meters and the listeners. No global state: several hosts may live in one
// process, and one may be moved to a QThread before start() is called there.
class SimulatorHost : public QObject
{
    Q_OBJECT
public:
    explicit SimulatorHost(const HostConfig& config, QObject* parent = nullptr);
    ~SimulatorHost() override;

    // Powers the meters up and opens the listeners; listenerReady once for each.
    Q_INVOKABLE bool start();
    QString errorString() const { return m_error; }
    QList<MeterNode*> meters() const { return m_nodes; }

Q_SIGNALS:
    // kind: tcp, rtu-tcp, serial; address: HOST:PORT or the device path.
    void listenerReady(const QString& kind, const QString& address);
    // "NAME unit=N details": begin, commit, verifying, installing, installed,
    // verify-failed, abort, restart, begin-rejected.
    void meterEvent(const QString& text);
    void powerLoss(metersim::MeterNode* node);

private:
    HostConfig m_config;
    QList<MeterNode*> m_nodes;
    QString m_error;
};

} // namespace metersim

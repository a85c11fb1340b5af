#pragma once

#include "SimulatorHost.h"
#include "XmodemReceiver.h"

#include <QObject>

namespace metersim {

class MeterNode;
class RtuSession;
class TtyDevice;

// --xmodem-bootloader: a meter whose Modbus bootloader is damaged (device-protocol.md
// section 7). On its one serial line (--serial DEV or --pty) it answers no Modbus; it asks
// for a package over XMODEM at 115200 8N1. Once one is installed, the same line carries
// Modbus RTU at the defaults (19200 8E1, unit 1) to a meter in NORMAL mode running the
// package's version with factory-default settings.
class XmodemBootloader : public QObject
{
    Q_OBJECT
public:
    XmodemBootloader(const HostConfig& config, int windowSeconds, QObject* parent = nullptr);
    bool start();
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void listenerReady(const QString& kind, const QString& address);
    void meterEvent(const QString& text);

private:
    void install(const QString& version, const QByteArray& payload);
    void startModbus();
    void follow(MeterNode* node);

    HostConfig m_config;
    int m_windowSeconds;
    TtyDevice* m_device = nullptr;
    XmodemReceiver* m_receiver = nullptr;
    MeterNode* m_node = nullptr;
    RtuSession* m_session = nullptr;
    SerialSettings m_lineSettings;
    QString m_error;
};

} // namespace metersim

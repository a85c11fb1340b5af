#pragma once

#include "MeterBus.h"
#include "ModemConfig.h"
#include "TtyDevice.h"

#include <QObject>

namespace metersim {

class RtuSession;

// An RS-485 bus: RTU on a serial device or on a pty of our own. When a meter's COMM_BAUD
// or COMM_PARITY take effect the line follows them (on a pty, as far as the OS lets it).
class SerialLine : public QObject
{
    Q_OBJECT
public:
    SerialLine(const MeterBus& bus, const SerialSettings& settings, QObject* parent = nullptr);
    // Before open(): a modem answers calls on the line, and the meters hear only calls.
    void setModem(const ModemConfig& modem) { m_modem = modem; }
    bool open(const QString& device); // empty: create a pty
    QString path() const { return m_device->path(); }
    QString errorString() const { return m_device->errorString(); }

    static int silenceMs(qint32 baud);

private:
    void follow(MeterNode* node);

    MeterBus m_bus;
    SerialSettings m_settings;
    TtyDevice* m_device;
    RtuSession* m_session = nullptr;
    ModemConfig m_modem;
};

} // namespace metersim

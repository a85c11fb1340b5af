#include "SerialLine.h"

#include "MeterNode.h"
#include "ModemFrontEnd.h"
#include "RtuSession.h"
#include "SimLogging.h"

#include <cmath>

namespace metersim {

SerialLine::SerialLine(const MeterBus& bus, const SerialSettings& settings, QObject* parent)
    : QObject(parent), m_bus(bus), m_settings(settings), m_device(new TtyDevice(this))
{
}

int SerialLine::silenceMs(qint32 baud)
{
    // 3.5 characters of 11 bits, and never under 3 ms: timers are not that precise.
    return qMax(3, int(std::ceil(3.5 * 11 * 1000.0 / qMax(1, baud))));
}

bool SerialLine::open(const QString& device)
{
    const bool ok =
        device.isEmpty() ? m_device->openPty(m_settings) : m_device->openDevice(device, m_settings);
    if (!ok)
        return false;
    QIODevice* rtu = m_device;
    if (m_modem.enabled)
        rtu = (new ModemFrontEnd(m_device, m_modem, this))->dataChannel();
    m_session = new RtuSession(rtu, m_bus, silenceMs(m_settings.baud), this);
    connect(m_session, &RtuSession::commSettingsApplied, this, &SerialLine::follow);
    return true;
}

void SerialLine::follow(MeterNode* node)
{
    static const qint32 bauds[] = {9600, 19200, 38400, 57600, 115200};
    static const char parities[] = {'N', 'E', 'O'};
    SerialSettings s = m_settings;
    if (node->model().baudCode() < 5)
        s.baud = bauds[node->model().baudCode()];
    if (node->model().parityCode() < 3)
        s.parity = parities[node->model().parityCode()];
    if (s.baud == m_settings.baud && s.parity == m_settings.parity)
        return;
    qCInfo(lcSimWire) << m_device->path() << "now" << s.baud << s.parity;
    m_settings = s;
    m_device->applySettings(s);
    m_session->setSilenceMs(silenceMs(s.baud));
}

} // namespace metersim

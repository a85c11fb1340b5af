#pragma once

#include "MeterBus.h"
#include "RtuFramer.h"

#include <QObject>
#include <QTimer>

class QIODevice;

namespace metersim {

// Modbus RTU on one byte stream (a serial line, a pty, one RTU-over-TCP connection):
// frames out of the stream, each to the meter with its unit ID; unit 0 is a broadcast
// that every meter acts on and none answers.
class RtuSession : public QObject
{
    Q_OBJECT
public:
    RtuSession(QIODevice* device, const MeterBus& bus, int silenceMs, QObject* parent = nullptr);
    void setSilenceMs(int ms) { m_silence.setInterval(ms); }

Q_SIGNALS:
    // A meter's COMM_* settings took effect (after its reply was sent): a serial line
    // follows its baud rate and parity.
    void commSettingsApplied(MeterNode* node);

private:
    void onReadyRead();
    void onSilence();
    void dispatch(const QByteArray& frame);

    QIODevice* m_device;
    MeterBus m_bus;
    RtuFramer m_framer;
    QTimer m_silence;
};

} // namespace metersim

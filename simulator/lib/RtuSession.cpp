#include "RtuSession.h"

#include "Crc16.h"
#include "MeterNode.h"
#include "ModbusPdu.h"
#include "SimLogging.h"

#include <QIODevice>

namespace metersim {

RtuSession::RtuSession(QIODevice* device, const MeterBus& bus, int silenceMs, QObject* parent)
    : QObject(parent), m_device(device), m_bus(bus)
{
    m_silence.setSingleShot(true);
    m_silence.setTimerType(Qt::PreciseTimer);
    m_silence.setInterval(silenceMs);
    connect(&m_silence, &QTimer::timeout, this, &RtuSession::onSilence);
    connect(device, &QIODevice::readyRead, this, &RtuSession::onReadyRead);
}

void RtuSession::onReadyRead()
{
    const QByteArray bytes = m_device->readAll();
    if (bytes.isEmpty())
        return;
    const QVector<QByteArray> frames = m_framer.feed(bytes);
    for (const QByteArray& frame : frames)
        dispatch(frame);
    if (m_framer.hasPending())
        m_silence.start();
}

void RtuSession::onSilence()
{
    const QByteArray frame = m_framer.silence();
    if (!frame.isEmpty())
        dispatch(frame); // a CRC-valid frame of a function we do not know: answer 01
}

void RtuSession::dispatch(const QByteArray& frame)
{
    const quint8 unit = quint8(frame[0]);
    const QByteArray pdu = frame.mid(1);
    if (unit == 0) {
        for (const auto& node : m_bus.nodes()) {
            if (node)
                node->handle(pdu, true);
        }
        return;
    }
    MeterNode* node = m_bus.find(unit);
    if (!node)
        return; // another meter's request: stay quiet
    for (MeterNode* other : m_bus.othersAt(unit, node))
        other->handle(pdu, true); // --shared-unit: it acts too, its answer would collide
    const NodeReply reply = node->handle(pdu, false);
    if (!reply.send)
        return;
    QByteArray out;
    out.append(char(node->replyUnit(unit)));
    out += reply.pdu;
    m_device->write(withCrc(out));
    if (reply.commSettingsWritten) {
        m_device->waitForBytesWritten(200); // the reply leaves on the old settings
        node->applyCommSettings();
        Q_EMIT commSettingsApplied(node);
    }
}

} // namespace metersim

#include "RtuFramer.h"

#include "Crc16.h"
#include "SimLogging.h"

namespace metersim {

namespace {
// -1: not known from the function code; 0: not enough bytes yet to tell.
int expectedLength(const QByteArray& b)
{
    if (b.size() < 2)
        return 0;
    switch (quint8(b[1])) {
    case 0x03:
    case 0x06:
        return 8;
    case 0x10:
        return b.size() < 7 ? 0 : 9 + quint8(b[6]);
    default:
        return -1;
    }
}
} // namespace

QVector<QByteArray> RtuFramer::feed(const QByteArray& bytes)
{
    m_buffer.append(bytes);
    QVector<QByteArray> frames;
    for (;;) {
        const int length = expectedLength(m_buffer);
        if (length <= 0 || m_buffer.size() < length)
            break;
        const QByteArray frame = m_buffer.left(length);
        if (!crcValid(frame))
            break; // garbage: the silence will drop it
        frames.append(frame.left(length - 2));
        m_buffer.remove(0, length);
    }
    return frames;
}

QByteArray RtuFramer::silence()
{
    QByteArray out;
    if (expectedLength(m_buffer) == -1 && crcValid(m_buffer))
        out = m_buffer.left(m_buffer.size() - 2);
    else if (!m_buffer.isEmpty())
        qCDebug(lcSimWire) << "dropping" << m_buffer.size() << "bytes of garbage";
    m_buffer.clear();
    return out;
}

} // namespace metersim

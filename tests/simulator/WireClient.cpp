#include "WireClient.h"

#include "Crc16.h"

#include <QDeadlineTimer>

namespace simtest {

bool WireClient::connectTo(const QString& host, quint16 port, int timeoutMs)
{
    m_socket.abort();
    m_socket.connectToHost(host, port);
    return m_socket.waitForConnected(timeoutMs);
}

void WireClient::disconnect()
{
    m_socket.abort();
}

void WireClient::sendRawBytes(const QByteArray& bytes)
{
    m_socket.write(bytes);
    m_socket.waitForBytesWritten(1000);
}

WireReply WireClient::read(quint16 address, quint16 count)
{
    QByteArray pdu;
    pdu.append(char(3)).append(char(address >> 8)).append(char(address & 0xFF));
    pdu.append(char(count >> 8)).append(char(count & 0xFF));
    return transact(pdu);
}

WireReply WireClient::write(quint16 address, const QVector<quint16>& values)
{
    QByteArray pdu;
    pdu.append(char(16)).append(char(address >> 8)).append(char(address & 0xFF));
    pdu.append(char(values.size() >> 8))
        .append(char(values.size() & 0xFF))
        .append(char(values.size() * 2));
    for (quint16 v : values)
        pdu.append(char(v >> 8)).append(char(v & 0xFF));
    return transact(pdu);
}

WireReply WireClient::writeSingle(quint16 address, quint16 value)
{
    QByteArray pdu;
    pdu.append(char(6)).append(char(address >> 8)).append(char(address & 0xFF));
    pdu.append(char(value >> 8)).append(char(value & 0xFF));
    return transact(pdu);
}

WireReply WireClient::raw(const QByteArray& pdu)
{
    return transact(pdu);
}

WireReply WireClient::transact(const QByteArray& pdu)
{
    WireReply reply;
    if (!isConnected())
        return reply;
    m_socket.readAll(); // a late answer to an earlier request is not this one's
    QByteArray frame;
    const quint16 tid = ++m_transaction;
    if (m_framing == Framing::Mbap) {
        frame.append(char(tid >> 8)).append(char(tid & 0xFF)).append('\0').append('\0');
        frame.append(char((pdu.size() + 1) >> 8))
            .append(char((pdu.size() + 1) & 0xFF))
            .append(char(m_unit));
        frame += pdu;
    } else {
        frame = metersim::withCrc(QByteArray(1, char(m_unit)) + pdu);
    }
    m_socket.write(frame);
    m_socket.waitForBytesWritten(1000);

    QByteArray in;
    QByteArray body; // function code onwards
    const QDeadlineTimer deadline(m_timeoutMs);
    for (;;) {
        if (!m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (deadline.hasExpired() || !isConnected())
                return reply;
        }
        in += m_socket.readAll();
        if (m_framing == Framing::Mbap) {
            if (in.size() >= 7) {
                const int len = (quint8(in[4]) << 8) | quint8(in[5]);
                if (in.size() >= 6 + len) {
                    if (((quint8(in[0]) << 8) | quint8(in[1])) != tid)
                        return reply;
                    body = in.mid(7, len - 1);
                    reply.unit = quint8(in[6]);
                    break;
                }
            }
        } else if (in.size() >= 5) {
            const quint8 fc = quint8(in[1]);
            int need = 8;
            if (fc & 0x80)
                need = 5;
            else if (fc == 3)
                need = 5 + quint8(in[2]);
            if (in.size() >= need) {
                if (!metersim::crcValid(in.left(need)))
                    return reply;
                body = in.mid(1, need - 3);
                reply.unit = quint8(in[0]);
                break;
            }
        }
        if (deadline.hasExpired())
            return reply;
    }
    reply.answered = true;
    if (quint8(body[0]) & 0x80) {
        reply.exception = quint8(body[1]);
        return reply;
    }
    if (quint8(body[0]) == 3) {
        for (int i = 2; i + 1 < body.size(); i += 2)
            reply.values.append(quint16((quint8(body[i]) << 8) | quint8(body[i + 1])));
    }
    return reply;
}

} // namespace simtest

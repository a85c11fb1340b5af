#pragma once

// A tiny blocking Modbus client for the simulator's process tests: MBAP (Modbus TCP) or
// RTU frames over a TCP socket. Written here from the spec, on purpose not the tool's.
#include <QByteArray>
#include <QString>
#include <QTcpSocket>
#include <QVector>

namespace simtest {

struct WireReply
{
    bool answered = false; // false: no reply within the timeout
    quint8 unit = 0;       // the unit ID the reply carried (MBAP unit, RTU address)
    quint8 exception = 0;
    QVector<quint16> values;
    bool ok() const { return answered && exception == 0; }
};

class WireClient
{
public:
    enum class Framing
    {
        Mbap,
        Rtu
    };
    explicit WireClient(Framing framing = Framing::Mbap, quint8 unit = 1)
        : m_framing(framing), m_unit(unit)
    {
    }
    bool connectTo(const QString& host, quint16 port, int timeoutMs = 3000);
    void disconnect();
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void setUnit(quint8 unit) { m_unit = unit; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    WireReply read(quint16 address, quint16 count);
    WireReply write(quint16 address, const QVector<quint16>& values); // function 16
    WireReply writeSingle(quint16 address, quint16 value);            // function 06
    WireReply raw(const QByteArray& pdu);                             // any PDU
    void sendRawBytes(const QByteArray& bytes);                       // no framing at all

private:
    WireReply transact(const QByteArray& pdu);

    Framing m_framing;
    quint8 m_unit;
    quint16 m_transaction = 0;
    int m_timeoutMs = 1500;
    QTcpSocket m_socket;
};

} // namespace simtest

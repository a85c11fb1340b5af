#include "ModbusTcpServer.h"

#include "MeterNode.h"
#include "SimLogging.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace metersim {

namespace {
constexpr char BufferProperty[] = "metersimBuffer";
}

ModbusTcpServer::ModbusTcpServer(const MeterBus& bus, QObject* parent)
    : QObject(parent), m_bus(bus), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &ModbusTcpServer::onNewConnection);
    if (m_bus.nodes().size() == 1) {
        MeterNode* node = m_bus.nodes().first();
        connect(node, &MeterNode::installingStarted, this, &ModbusTcpServer::goDown);
        connect(node, &MeterNode::installingFinished, this, &ModbusTcpServer::comeBack);
    }
}

bool ModbusTcpServer::listen(const QHostAddress& host, quint16 port)
{
    m_host = host;
    if (!m_server->listen(host, port)) {
        m_error = m_server->errorString();
        return false;
    }
    m_port = m_server->serverPort();
    return true;
}

QString ModbusTcpServer::address() const
{
    return QStringLiteral("%1:%2").arg(m_host.toString()).arg(m_port);
}

void ModbusTcpServer::goDown()
{
    qCInfo(lcSimWire) << "tcp" << address() << "down while installing";
    m_server->close();
    const auto sockets = findChildren<QTcpSocket*>();
    for (QTcpSocket* s : sockets) {
        s->abort();
        s->deleteLater();
    }
}

void ModbusTcpServer::comeBack()
{
    if (m_server->isListening())
        return;
    if (!m_server->listen(m_host, m_port)) {
        qCWarning(lcSimWire) << "cannot listen again on" << address() << m_server->errorString()
                             << "- retrying";
        QTimer::singleShot(200, this, &ModbusTcpServer::comeBack);
        return;
    }
    qCInfo(lcSimWire) << "tcp" << address() << "back";
}

void ModbusTcpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ModbusTcpServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray buffer = socket->property(BufferProperty).toByteArray() + socket->readAll();
    while (buffer.size() >= 7) {
        const quint16 protocol = quint16((quint8(buffer[2]) << 8) | quint8(buffer[3]));
        const quint16 length = quint16((quint8(buffer[4]) << 8) | quint8(buffer[5]));
        if (protocol != 0 || length < 2 || length > 254) {
            qCWarning(lcSimWire) << "bad MBAP header, closing the connection";
            socket->abort();
            socket->deleteLater();
            return;
        }
        if (buffer.size() < 6 + length)
            break;
        const QByteArray header = buffer.left(7);
        const quint8 unit = quint8(buffer[6]);
        const QByteArray pdu = buffer.mid(7, length - 1);
        buffer.remove(0, 6 + length);

        MeterNode* node = m_bus.find(unit);
        if (!node) {
            qCDebug(lcSimWire) << "no meter with unit" << unit;
            continue;
        }
        for (MeterNode* other : m_bus.othersAt(unit, node))
            other->handle(pdu, true); // --shared-unit: it acts too, its answer would collide
        const NodeReply reply = node->handle(pdu, false);
        if (!reply.send)
            continue;
        QByteArray out = header;
        out[4] = char((reply.pdu.size() + 1) >> 8);
        out[5] = char((reply.pdu.size() + 1) & 0xFF);
        out[6] = char(node->replyUnit(unit));
        out += reply.pdu;
        socket->write(out);
        if (reply.commSettingsWritten) {
            socket->flush();
            node->applyCommSettings();
        }
        if (socket->state() != QAbstractSocket::ConnectedState)
            return; // dropped while handling (installing, power loss)
    }
    socket->setProperty(BufferProperty, buffer);
}

} // namespace metersim

#include "RtuTcpServer.h"

#include "RtuSession.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace metersim {

namespace {
// TCP carries no character timing; a pause this long ends a frame of garbage.
constexpr int TcpSilenceMs = 20;
} // namespace

RtuTcpServer::RtuTcpServer(const MeterBus& bus, QObject* parent)
    : QObject(parent), m_bus(bus), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &RtuTcpServer::onNewConnection);
}

bool RtuTcpServer::listen(const QHostAddress& host, quint16 port)
{
    m_host = host;
    if (!m_server->listen(host, port)) {
        m_error = m_server->errorString();
        return false;
    }
    return true;
}

QString RtuTcpServer::address() const
{
    return QStringLiteral("%1:%2").arg(m_host.toString()).arg(m_server->serverPort());
}

void RtuTcpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        new RtuSession(socket, m_bus, TcpSilenceMs, socket);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

} // namespace metersim

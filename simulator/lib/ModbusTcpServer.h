#pragma once

#include "MeterBus.h"

#include <QHostAddress>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace metersim {

// Modbus TCP: MBAP header (transaction, protocol 0, length, unit) + PDU. A request for a
// unit no meter answers gets no reply. A lone meter that installs drops its connections
// and refuses new ones until it is back, as a restarting device does.
class ModbusTcpServer : public QObject
{
    Q_OBJECT
public:
    ModbusTcpServer(const MeterBus& bus, QObject* parent = nullptr);
    bool listen(const QHostAddress& host, quint16 port);
    QString address() const;
    QString errorString() const { return m_error; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void goDown();
    void comeBack();

    MeterBus m_bus;
    QTcpServer* m_server;
    QHostAddress m_host;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace metersim

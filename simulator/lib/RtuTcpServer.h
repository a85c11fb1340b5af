#pragma once

#include "MeterBus.h"

#include <QHostAddress>
#include <QObject>

class QTcpServer;

namespace metersim {

// RTU frames over a raw TCP socket, as an Ethernet gateway carries them: one RtuSession per
// connection. The gateway itself never restarts, so connections stay up while a meter installs.
class RtuTcpServer : public QObject
{
    Q_OBJECT
public:
    RtuTcpServer(const MeterBus& bus, QObject* parent = nullptr);
    bool listen(const QHostAddress& host, quint16 port);
    QString address() const;
    QString errorString() const { return m_error; }

private:
    void onNewConnection();

    MeterBus m_bus;
    QTcpServer* m_server;
    QHostAddress m_host;
    QString m_error;
};

} // namespace metersim

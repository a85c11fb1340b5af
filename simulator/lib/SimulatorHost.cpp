#include "SimulatorHost.h"

#include "MeterBus.h"
#include "MeterNode.h"
#include "ModbusTcpServer.h"
#include "RtuTcpServer.h"
#include "SerialLine.h"
#include "SimLogging.h"
#include "XmodemBootloader.h"

namespace metersim {

SimulatorHost::SimulatorHost(const HostConfig& config, QObject* parent)
    : QObject(parent), m_config(config)
{
}

SimulatorHost::~SimulatorHost() = default;

bool SimulatorHost::start()
{
    if (m_config.xmodemBootloader) {
        auto* bootloader = new XmodemBootloader(m_config, m_config.xmodemWindowSeconds, this);
        connect(bootloader, &XmodemBootloader::listenerReady, this, &SimulatorHost::listenerReady);
        connect(bootloader, &XmodemBootloader::meterEvent, this, &SimulatorHost::meterEvent);
        if (!bootloader->start()) {
            m_error = bootloader->errorString();
            return false;
        }
        return true;
    }
    MeterBus bus;
    bus.setSharedUnits(m_config.faults.sharedUnit);
    for (const MeterConfig& meter : m_config.meters) {
        auto* node = new MeterNode(meter, m_config.faults, this);
        connect(node, &MeterNode::event, this,
                [this, node](const QString& name, const QString& details) {
                    QString text = QStringLiteral("%1 unit=%2").arg(name).arg(node->unitId());
                    if (!details.isEmpty())
                        text += QLatin1Char(' ') + details;
                    Q_EMIT meterEvent(text);
                });
        connect(node, &MeterNode::powerLossRequested, this, [this, node] {
            Q_EMIT powerLoss(node);
            if (!m_config.processDiesOnPowerLoss)
                node->powerCycle();
        });
        m_nodes.append(node);
        bus.add(node);
    }
    for (MeterNode* node : std::as_const(m_nodes))
        node->powerUp();

    for (const ListenerSpec& spec : std::as_const(m_config.listeners)) {
        switch (spec.kind) {
        case ListenerSpec::Kind::Tcp: {
            auto* server = new ModbusTcpServer(bus, this);
            if (!server->listen(spec.host, spec.port)) {
                m_error = QStringLiteral("tcp %1:%2: %3")
                              .arg(spec.host.toString())
                              .arg(spec.port)
                              .arg(server->errorString());
                return false;
            }
            Q_EMIT listenerReady(QStringLiteral("tcp"), server->address());
            break;
        }
        case ListenerSpec::Kind::RtuTcp: {
            auto* server = new RtuTcpServer(bus, this);
            if (!server->listen(spec.host, spec.port)) {
                m_error = QStringLiteral("rtu-tcp %1:%2: %3")
                              .arg(spec.host.toString())
                              .arg(spec.port)
                              .arg(server->errorString());
                return false;
            }
            Q_EMIT listenerReady(QStringLiteral("rtu-tcp"), server->address());
            break;
        }
        case ListenerSpec::Kind::Serial:
        case ListenerSpec::Kind::Pty: {
            auto* line = new SerialLine(bus, m_config.serial, this);
            line->setModem(m_config.modem);
            if (!line->open(spec.kind == ListenerSpec::Kind::Serial ? spec.device : QString())) {
                m_error = line->errorString();
                return false;
            }
            Q_EMIT listenerReady(QStringLiteral("serial"), line->path());
            break;
        }
        }
    }
    return true;
}

} // namespace metersim

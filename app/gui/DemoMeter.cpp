#include "DemoMeter.h"

#include "GuiLogging.h"
#include "SimulatorHost.h"

namespace commissioner::gui {

DemoMeter::DemoMeter(QObject* parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("demo-meter"));
}

DemoMeter::~DemoMeter()
{
    m_thread.quit();
    m_thread.wait();
}

void DemoMeter::start()
{
    if (m_host_) {
        if (isReady())
            Q_EMIT ready(m_host, m_port);
        return;
    }
    metersim::HostConfig config;
    metersim::MeterConfig meter;
    meter.deviceType = DeviceType;
    meter.applyTypeDefaults();
    meter.fw[0] = 1;
    meter.fw[1] = 0;
    meter.fw[2] = 0;
    meter.serialNumber = serialNumber();
    config.meters.append(meter);
    metersim::ListenerSpec tcp;
    tcp.kind = metersim::ListenerSpec::Kind::Tcp;
    tcp.host = QHostAddress(QHostAddress::LocalHost);
    tcp.port = 0;
    config.listeners.append(tcp);

    m_host_ = new metersim::SimulatorHost(config);
    m_host_->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_host_, &QObject::deleteLater);
    connect(m_host_, &metersim::SimulatorHost::listenerReady, this,
            [this](const QString& kind, const QString& address) {
                if (kind != QLatin1String("tcp"))
                    return;
                const int colon = address.lastIndexOf(QLatin1Char(':'));
                m_host = address.left(colon);
                m_port = address.mid(colon + 1).toInt();
                qCInfo(lcGui) << "demo meter listening on" << address;
                Q_EMIT ready(m_host, m_port);
            });
    m_thread.start();
    metersim::SimulatorHost* host = m_host_;
    QMetaObject::invokeMethod(
        host,
        [this, host] {
            if (!host->start())
                QMetaObject::invokeMethod(
                    this, [this, why = host->errorString()] { Q_EMIT failed(why); },
                    Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace commissioner::gui

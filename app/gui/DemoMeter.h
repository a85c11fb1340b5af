#pragma once

#include <QObject>
#include <QThread>

namespace metersim {
class SimulatorHost;
}

namespace commissioner::gui {

// The simulated EM7350 a new user sees first: metersim's SimulatorHost inside this
// process, on its own thread, listening for Modbus TCP on 127.0.0.1 on a free port.
class DemoMeter : public QObject
{
    Q_OBJECT
public:
    explicit DemoMeter(QObject* parent = nullptr);
    ~DemoMeter() override;

    static constexpr int DeviceType = 7350;
    static QString serialNumber() { return QStringLiteral("DEMO-0001"); }

    void start();
    bool isReady() const { return m_port != 0; }
    QString host() const { return m_host; }
    int port() const { return m_port; }

Q_SIGNALS:
    void ready(const QString& host, int port);
    void failed(const QString& why);

private:
    QThread m_thread;
    metersim::SimulatorHost* m_host_ = nullptr;
    QString m_host;
    int m_port = 0;
};

} // namespace commissioner::gui

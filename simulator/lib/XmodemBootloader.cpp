#include "XmodemBootloader.h"

#include "FileStorage.h"
#include "MeterBus.h"
#include "MeterNode.h"
#include "RtuSession.h"
#include "SerialLine.h"
#include "SimLogging.h"
#include "TtyDevice.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTimer>

namespace metersim {

namespace {
// The spec's bootloader speed, and the spec's Modbus defaults once installed.
const SerialSettings BootloaderLine{115200, 'N', 1};
const SerialSettings DefaultLine{19200, 'E', 1};
} // namespace

XmodemBootloader::XmodemBootloader(const HostConfig& config, int windowSeconds, QObject* parent)
    : QObject(parent), m_config(config), m_windowSeconds(windowSeconds)
{
}

bool XmodemBootloader::start()
{
    const ListenerSpec* line = nullptr;
    for (const ListenerSpec& spec : std::as_const(m_config.listeners)) {
        if (spec.kind == ListenerSpec::Kind::Serial || spec.kind == ListenerSpec::Kind::Pty)
            line = &spec;
    }
    if (!line || m_config.meters.isEmpty()) {
        m_error = QStringLiteral("--xmodem-bootloader needs --serial DEV or --pty");
        return false;
    }
    m_device = new TtyDevice(this);
    m_lineSettings = BootloaderLine;
    const bool ok = line->kind == ListenerSpec::Kind::Serial
                        ? m_device->openDevice(line->device, m_lineSettings)
                        : m_device->openPty(m_lineSettings);
    if (!ok) {
        m_error = m_device->errorString();
        return false;
    }
    const MeterConfig& meter = m_config.meters.first();
    BootloaderIdentity identity;
    identity.deviceType = meter.deviceType;
    identity.hwRevision = meter.hwRevision;
    identity.capacityBytes = quint64(meter.capacityKib) * 1024;
    XmodemReceiver::Timing timing;
    timing.windowMs = m_windowSeconds * 1000;
    m_receiver = new XmodemReceiver(m_device, identity, timing, this);
    connect(m_receiver, &XmodemReceiver::event, this, &XmodemBootloader::meterEvent);
    connect(m_receiver, &XmodemReceiver::packageAccepted, this, &XmodemBootloader::install);
    Q_EMIT listenerReady(QStringLiteral("serial"), m_device->path());
    m_receiver->start();
    return true;
}

void XmodemBootloader::install(const QString& version, const QByteArray& payload)
{
    m_receiver->detach();
    // The ACK of the EOT leaves at 115200 before the line changes speed.
    m_device->waitForBytesWritten(200);

    MeterConfig meter = m_config.meters.first();
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\.(\\d+)\\.(\\d+)$"));
    const auto m = re.match(version);
    for (int i = 0; i < 3; ++i)
        meter.fw[i] = quint16(m.captured(i + 1).toUInt());
    // A fresh meter: NORMAL mode, factory-default template, default serial settings.
    meter.startMode = DeviceMode::Normal;
    meter.unitId = 1;
    meter.commBaudCode = 1;
    meter.commParityCode = 1;
    meter.rawTemplate.clear(); // factory defaults, not the first start's raw values
    if (!meter.statePath.isEmpty()) {
        QFile::remove(meter.statePath);
        QFile::remove(FileStorage::imagePath(meter.statePath));
    }
    m_node = new MeterNode(meter, m_config.faults, this);
    connect(m_node, &MeterNode::event, this, [this](const QString& name, const QString& details) {
        QString text = QStringLiteral("%1 unit=%2").arg(name).arg(m_node->unitId());
        if (!details.isEmpty())
            text += QLatin1Char(' ') + details;
        Q_EMIT meterEvent(text);
    });
    m_node->powerUp();
    const QByteArray sha = QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex();
    qCInfo(lcSimHost) << "XMODEM recovery: installing" << version;
    // Writing flash takes a while (--install-ms): the line is silent meanwhile.
    QTimer::singleShot(m_config.faults.installMs, this, [this, version, sha] {
        startModbus();
        Q_EMIT meterEvent(QStringLiteral("xmodem-installed unit=%1 fw=%2 sha256=%3")
                              .arg(m_node->unitId())
                              .arg(version, QString::fromLatin1(sha)));
    });
}

void XmodemBootloader::startModbus()
{
    m_lineSettings = DefaultLine;
    m_device->applySettings(m_lineSettings);
    m_device->readAll(); // whatever arrived while installing was for nobody
    MeterBus bus;
    bus.add(m_node);
    m_session = new RtuSession(m_device, bus, SerialLine::silenceMs(m_lineSettings.baud), this);
    connect(m_session, &RtuSession::commSettingsApplied, this, &XmodemBootloader::follow);
}

void XmodemBootloader::follow(MeterNode* node)
{
    // As SerialLine does: the line follows the meter's COMM_BAUD / COMM_PARITY.
    static const qint32 bauds[] = {9600, 19200, 38400, 57600, 115200};
    static const char parities[] = {'N', 'E', 'O'};
    SerialSettings s = m_lineSettings;
    if (node->model().baudCode() < 5)
        s.baud = bauds[node->model().baudCode()];
    if (node->model().parityCode() < 3)
        s.parity = parities[node->model().parityCode()];
    if (s.baud == m_lineSettings.baud && s.parity == m_lineSettings.parity)
        return;
    m_lineSettings = s;
    m_device->applySettings(s);
    m_session->setSilenceMs(SerialLine::silenceMs(s.baud));
}

} // namespace metersim

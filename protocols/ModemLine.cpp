#include "ModemLine.h"

#include "ModbusErrors.h"
#include "ModemLogging.h"

#include <cerrno>

namespace commissioner {

DialerOptions ModemLine::defaultOptions(const LinkSettings& settings)
{
    DialerOptions o;
    if (settings.connectTimeoutMs > 0)
        o.connectTimeoutMs = settings.connectTimeoutMs;
    return o;
}

ModemLine::ModemLine(const LinkSettings& settings, const DialerOptions& options)
    : m_settings(settings), m_dialer(m_port, options)
{
}

ModemLine::~ModemLine()
{
    closeLine();
    m_port.close();
}

Result<int, LinkError> ModemLine::openLine()
{
    if (m_connected)
        closeLine();
    m_loss = ModemRelay::Loss::None;
    m_lossErrno = 0;
    if (!m_port.isOpen()) {
        auto opened = m_port.open(m_settings);
        if (!opened)
            return opened.error();
    }
    DialRequest request;
    request.init = m_settings.modemInit.toLatin1();
    request.number = m_settings.phoneNumber.toLatin1();
    request.pulse = m_settings.pulseDialing;
    qCInfo(lcModem) << "dialing" << m_settings.phoneNumber << "on" << m_settings.device;
    auto call = m_dialer.dial(request);
    if (!call) {
        if (call.error().error == ModemError::PortFailed)
            m_port.close(); // opened again on the next attempt (a USB adapter plugged back)
        qCInfo(lcModem) << "dial failed:" << modemErrorName(call.error().error);
        return toLinkError(call.error(), m_settings.device);
    }
    const int fd = m_relay.start(m_port, call->leftover);
    if (fd < 0) {
        const int err = errno;
        (void)m_dialer.hangUp();
        return connectErrorFromErrno(err, m_settings.device);
    }
    m_connected = true;
    return fd;
}

void ModemLine::closeLine()
{
    if (!m_connected)
        return;
    m_connected = false;
    m_relay.stop();
    m_loss = m_relay.loss();
    m_lossErrno = m_relay.lossErrno();
    if (m_loss == ModemRelay::Loss::PortFailed) {
        m_port.close();
        return;
    }
    // After NO CARRIER the modem is back in command mode: no escape needed, but ATH is
    // cheap and makes sure (DCD may drop before the modem has noticed).
    const auto hung = m_dialer.hangUp(m_loss != ModemRelay::Loss::None);
    if (!hung) {
        // DTR could not be dropped with an ioctl: closing the port drops it (HUPCL).
        qCWarning(lcModem) << "the modem would not hang up; closing the port";
        m_port.close();
    }
}

std::optional<LinkError> ModemLine::lineLost()
{
    ModemRelay::Loss loss = m_loss;
    int err = m_lossErrno;
    if (m_connected) {
        loss = m_relay.loss();
        err = m_relay.lossErrno();
    }
    if (loss == ModemRelay::Loss::None)
        return std::nullopt;
    LinkError e;
    e.kind = LinkErrorKind::LinkDown;
    e.sysErrno = err;
    switch (loss) {
    case ModemRelay::Loss::NoCarrier:
        e.detail = m_settings.device + QStringLiteral(": NO CARRIER (the call was lost)");
        break;
    case ModemRelay::Loss::DcdDropped:
        e.detail =
            m_settings.device + QStringLiteral(": carrier detect dropped (the call was lost)");
        break;
    case ModemRelay::Loss::PortFailed:
        e.detail = m_settings.device + QStringLiteral(": the serial port failed");
        break;
    case ModemRelay::Loss::None:
        break;
    }
    return e;
}

} // namespace commissioner

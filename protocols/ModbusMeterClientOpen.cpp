// ModbusMeterClient's link: making the libmodbus context, connecting it, closing it, and
// dropping stale input. The requests and their retry loop are in ModbusMeterClient.cpp.
#include "LineOpener.h"
#include "ModbusErrors.h"
#include "ModbusMeterClient.h"
#include "ProtocolsLogging.h"
#include "RawSocket.h"
#include "SerialPortName.h"

#include <algorithm>
#include <cerrno>
#include <modbus.h>

// RTU over TCP ("gateway" links).
//
// libmodbus 3.1.6 has no backend for Modbus RTU frames on a TCP socket. Its RTU backend,
// on POSIX, does nothing with the serial device once it is open but write(ctx->s),
// select(ctx->s) and read(ctx->s) (src/modbus-rtu.c: _modbus_rtu_send, _modbus_rtu_select,
// _modbus_rtu_recv); only connect, close and flush touch termios. So we connect a TCP socket
// ourselves and give it to an RTU context with modbus_set_socket(), never calling
// modbus_connect(), modbus_close() or modbus_flush() on that context (flush would tcflush()
// a socket: we drain it with recv() instead, and we close the socket ourselves). That keeps
// libmodbus's RTU framing, CRC and answer checks - the same code as the serial link - with
// a few lines of glue instead of a second framer to get right.
//
// Windows: libmodbus's RTU backend reads a serial HANDLE there (ReadFile/ClearCommError),
// not ctx->s, so this does not carry over. The Windows build will need a small RTU framer
// over a socket (request: unit, function, PDU, CRC; answer length known from the function
// code, or 5 bytes for an exception) behind the same execute() loop; rawsocket::connectTcp
// answers NotConnected there until it exists. The same modbus_set_socket() route carries a
// modem link: a LineOpener (ModemLine) dials on a serial port it keeps open and hands the
// connected line to the RTU context (see ModemLine.h for why the port is never reopened).

namespace commissioner {

namespace {

constexpr int kMinSerialByteTimeoutMs = 100; // USB adapters' latency timers, ptys
constexpr int kGatewayByteTimeoutMs = 250;   // gateways may split an answer into segments

void setTimeout(modbus_t* ctx, int ms, bool response)
{
    ms = std::max(ms, 1);
    const auto sec = static_cast<uint32_t>(ms / 1000);
    const auto usec = static_cast<uint32_t>((ms % 1000) * 1000);
    if (response)
        modbus_set_response_timeout(ctx, sec, usec);
    else
        modbus_set_byte_timeout(ctx, sec, usec);
}

modbus_t* newTcpContext(const QString& hostName, int port)
{
    // An IPv4 literal takes the plain backend; a host name (or IPv6) needs the
    // protocol-independent one, which resolves it.
    const QByteArray host = hostName.toUtf8();
    const bool ipv4Literal = QStringView(hostName).count(QLatin1Char('.')) == 3 &&
                             std::all_of(hostName.cbegin(), hostName.cend(), [](QChar c) {
                                 return c.isDigit() || c == QLatin1Char('.');
                             });
    if (ipv4Literal)
        return modbus_new_tcp(host.constData(), port);
    const QByteArray service = QByteArray::number(port);
    return modbus_new_tcp_pi(host.constData(), service.constData());
}

// A libmodbus context with the link's framing, not connected yet; nullptr (errno set by
// libmodbus) when it refuses the settings. A modem link needs its opener, checked before.
modbus_t* newContext(const LinkSettings& s)
{
    switch (s.kind) {
    case LinkDescription::Kind::Tcp:
    case LinkDescription::Kind::InProcess:
        return newTcpContext(s.host, s.port);
    case LinkDescription::Kind::Serial: {
#ifdef _WIN32
        const QByteArray device = libmodbusSerialName(s.device).toLocal8Bit();
#else
        const QByteArray device = s.device.toLocal8Bit();
#endif
        return modbus_new_rtu(device.constData(), s.baudRate, s.parity, s.dataBits, s.stopBits);
    }
    case LinkDescription::Kind::RtuOverTcp:
        // The line settings are the gateway's business; these only satisfy the constructor.
        return modbus_new_rtu("rtu-over-tcp", 19200, 'N', 8, 1);
    case LinkDescription::Kind::Modem:
        // Framing only: the line settings belong to the port the opener keeps open.
        return modbus_new_rtu("modem-line", std::max(1, s.baudRate), s.parity, s.dataBits,
                              s.stopBits);
    }
    return nullptr;
}

} // namespace

int ModbusMeterClient::byteTimeoutMs(const LinkSettings& s)
{
    const int response = std::max(1, s.retry.responseTimeoutMs);
    switch (s.kind) {
    case LinkDescription::Kind::Serial:
    case LinkDescription::Kind::Modem: {
        // 20 character times (11 bits each), at least kMinSerialByteTimeoutMs.
        const int baud = std::max(1, s.baudRate);
        const int chars = (20 * 11 * 1000 + baud - 1) / baud;
        return std::min(response, std::max(kMinSerialByteTimeoutMs, chars));
    }
    case LinkDescription::Kind::RtuOverTcp:
        return std::min(response, kGatewayByteTimeoutMs);
    case LinkDescription::Kind::Tcp:
    case LinkDescription::Kind::InProcess:
        return response;
    }
    return response;
}

void ModbusMeterClient::applyTimeouts()
{
    setTimeout(m_ctx, m_settings.retry.responseTimeoutMs, true);
    setTimeout(m_ctx, byteTimeoutMs(m_settings), false);
}

Result<Ok, LinkError> ModbusMeterClient::open()
{
    if (m_open)
        return Ok{};
    return openContext();
}

Result<Ok, LinkError> ModbusMeterClient::openContext()
{
    close();
    m_warnings.clear();
    const LinkDescription where = m_settings.describe();

    if (m_settings.kind == LinkDescription::Kind::Modem && !m_opener) {
        LinkError e;
        e.kind = LinkErrorKind::NotConnected;
        e.detail = where.endpoint + QStringLiteral(": no dialer for this modem link");
        return e;
    }
    m_ctx = newContext(m_settings);
    if (!m_ctx) {
        const int err = errno;
        return connectErrorFromErrno(err == 0 ? EINVAL : err, where.endpoint);
    }
    modbus_set_error_recovery(m_ctx, MODBUS_ERROR_RECOVERY_NONE);
    modbus_set_slave(m_ctx, m_settings.unitId);
    applyTimeouts();

    if (auto connected = connectContext(where); !connected)
        return connected.error();
    if (m_settings.kind == LinkDescription::Kind::Serial && m_settings.rs485)
        requestRs485Mode();
    m_open = true;
    qCDebug(lcModbus) << "opened" << where.summary();
    return Ok{};
}

Result<Ok, LinkError> ModbusMeterClient::connectContext(const LinkDescription& where)
{
    if (m_settings.kind == LinkDescription::Kind::RtuOverTcp || m_opener) {
        // A line we open ourselves (a gateway's socket, a modem's call) handed to the RTU context.
        auto fd = m_opener
                      ? m_opener->openLine()
                      : rawsocket::connectTcp(m_settings.host, m_settings.port,
                                              std::max(1000, m_settings.retry.responseTimeoutMs));
        if (!fd) {
            modbus_free(m_ctx);
            m_ctx = nullptr;
            return fd.error();
        }
        m_socket = fd.value();
        modbus_set_socket(m_ctx, m_socket);
        return Ok{};
    }
    if (modbus_connect(m_ctx) == -1) {
        const int err = errno;
        modbus_free(m_ctx);
        m_ctx = nullptr;
        LinkError e = connectErrorFromErrno(err, where.endpoint);
        qCDebug(lcModbus) << "cannot open" << where.summary() << e.detail;
        return e;
    }
    return Ok{};
}

void ModbusMeterClient::requestRs485Mode()
{
    if (modbus_rtu_set_serial_mode(m_ctx, MODBUS_RTU_RS485) != -1)
        return;
    const int err = errno;
    LinkWarning w;
    w.kind = LinkWarningKind::Rs485ModeRefused;
    w.sysErrno = err;
    w.detail =
        m_settings.device + QStringLiteral(": ") + QString::fromLocal8Bit(modbus_strerror(err));
    m_warnings.append(w);
    qCWarning(lcModbus) << "RS-485 mode refused on" << m_settings.device << w.detail
                        << "- going on in the port's current mode";
}

void ModbusMeterClient::close()
{
    if (!m_ctx)
        return;
    if (m_opener) {
        // The opener's line: closing it hangs up (the port itself stays open).
        modbus_set_socket(m_ctx, -1);
        m_opener->closeLine();
        m_socket = -1;
    } else if (m_socket >= 0) {
        // Ours, not libmodbus's: its RTU close would tcsetattr() a socket.
        modbus_set_socket(m_ctx, -1);
        rawsocket::close(m_socket);
        m_socket = -1;
    } else {
        modbus_close(m_ctx);
    }
    modbus_free(m_ctx);
    m_ctx = nullptr;
    m_open = false;
}

Result<Ok, LinkError> ModbusMeterClient::reconnect()
{
    close();
    return openContext();
}

void ModbusMeterClient::flushInput()
{
    if (!m_ctx)
        return;
    int dropped = 0;
    if (m_socket >= 0) {
        dropped = rawsocket::drain(m_socket);
        if (dropped < 0) {
            qCDebug(lcModbus) << "the gateway closed the connection; reopening";
            close();
            return;
        }
    } else {
        dropped = modbus_flush(m_ctx);
    }
    if (dropped > 0)
        qCDebug(lcModbus) << "flushed" << dropped << "stale bytes";
}

} // namespace commissioner

#include "ModbusMeterClient.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <modbus.h>
#include <thread>

#ifdef _WIN32
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif
#ifndef MSG_NOSIGNAL
#define MSG_NOSIGNAL 0
#endif

#include "LineOpener.h"
#include "ModbusErrors.h"
#include "ModbusTcpAdu.h"
#include "ProtocolsLogging.h"
#include "RawSocket.h"
#include "SerialPortName.h"
#include "meter/RegisterMap.h"

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

int elapsedMs(const QElapsedTimer& t)
{
    return static_cast<int>(t.elapsed());
}

} // namespace

ModbusMeterClient::ModbusMeterClient(const LinkSettings& settings) : m_settings(settings) {}

ModbusMeterClient::ModbusMeterClient(const LinkSettings& settings,
                                     std::unique_ptr<LineOpener> opener)
    : m_settings(settings), m_opener(std::move(opener))
{
}

ModbusMeterClient::~ModbusMeterClient()
{
    close();
}

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

LinkDescription ModbusMeterClient::description() const
{
    return m_settings.describe();
}

void ModbusMeterClient::setCancelFlag(const std::atomic_bool* flag)
{
    m_cancel = flag;
    if (m_opener)
        m_opener->setCancelFlag(flag);
}

void ModbusMeterClient::setRetryPolicy(const RetryPolicy& policy)
{
    m_settings.retry = policy;
    if (m_ctx)
        applyTimeouts();
}

void ModbusMeterClient::setUnitId(int unitId)
{
    m_settings.unitId = unitId;
    if (m_ctx)
        modbus_set_slave(m_ctx, unitId);
}

bool ModbusMeterClient::setCommSettings(int unitId, int baudRate, char parity)
{
    // Baud rate and parity belong to a serial line only; a modem's line rate is the modem's.
    if (m_settings.kind == LinkDescription::Kind::Serial &&
        (baudRate != m_settings.baudRate || parity != m_settings.parity)) {
        close(); // the next request opens the port at the new settings
        m_settings.baudRate = baudRate;
        m_settings.parity = parity;
    }
    setUnitId(unitId);
    return true;
}

bool ModbusMeterClient::isOpen() const
{
    return m_open;
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

    switch (m_settings.kind) {
    case LinkDescription::Kind::Tcp:
    case LinkDescription::Kind::InProcess: {
        // An IPv4 literal takes the plain backend; a host name (or IPv6) needs the
        // protocol-independent one, which resolves it.
        const QByteArray host = m_settings.host.toUtf8();
        const bool ipv4Literal =
            QStringView(m_settings.host).count(QLatin1Char('.')) == 3 &&
            std::all_of(m_settings.host.cbegin(), m_settings.host.cend(),
                        [](QChar c) { return c.isDigit() || c == QLatin1Char('.'); });
        if (ipv4Literal) {
            m_ctx = modbus_new_tcp(host.constData(), m_settings.port);
        } else {
            const QByteArray service = QByteArray::number(m_settings.port);
            m_ctx = modbus_new_tcp_pi(host.constData(), service.constData());
        }
        break;
    }
    case LinkDescription::Kind::Serial: {
#ifdef _WIN32
        const QByteArray device = libmodbusSerialName(m_settings.device).toLocal8Bit();
#else
        const QByteArray device = m_settings.device.toLocal8Bit();
#endif
        m_ctx = modbus_new_rtu(device.constData(), m_settings.baudRate, m_settings.parity,
                               m_settings.dataBits, m_settings.stopBits);
        break;
    }
    case LinkDescription::Kind::RtuOverTcp:
        // The line settings are the gateway's business; these only satisfy the constructor.
        m_ctx = modbus_new_rtu("rtu-over-tcp", 19200, 'N', 8, 1);
        break;
    case LinkDescription::Kind::Modem: {
        if (!m_opener) {
            LinkError e;
            e.kind = LinkErrorKind::NotConnected;
            e.detail = where.endpoint + QStringLiteral(": no dialer for this modem link");
            return e;
        }
        // Framing only: the line settings belong to the port the opener keeps open.
        m_ctx = modbus_new_rtu("modem-line", std::max(1, m_settings.baudRate), m_settings.parity,
                               m_settings.dataBits, m_settings.stopBits);
        break;
    }
    }

    if (!m_ctx) {
        const int err = errno;
        return connectErrorFromErrno(err == 0 ? EINVAL : err, where.endpoint);
    }
    modbus_set_error_recovery(m_ctx, MODBUS_ERROR_RECOVERY_NONE);
    modbus_set_slave(m_ctx, m_settings.unitId);
    applyTimeouts();

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
    } else if (modbus_connect(m_ctx) == -1) {
        const int err = errno;
        modbus_free(m_ctx);
        m_ctx = nullptr;
        LinkError e = connectErrorFromErrno(err, where.endpoint);
        qCDebug(lcModbus) << "cannot open" << where.summary() << e.detail;
        return e;
    }

    if (m_settings.kind == LinkDescription::Kind::Serial && m_settings.rs485) {
        if (modbus_rtu_set_serial_mode(m_ctx, MODBUS_RTU_RS485) == -1) {
            const int err = errno;
            LinkWarning w;
            w.kind = LinkWarningKind::Rs485ModeRefused;
            w.sysErrno = err;
            w.detail = m_settings.device + QStringLiteral(": ") +
                       QString::fromLocal8Bit(modbus_strerror(err));
            m_warnings.append(w);
            qCWarning(lcModbus) << "RS-485 mode refused on" << m_settings.device << w.detail
                                << "- going on in the port's current mode";
        }
    }
    m_open = true;
    qCDebug(lcModbus) << "opened" << where.summary();
    return Ok{};
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

Result<Ok, LinkError> ModbusMeterClient::execute(int address, int count, bool write,
                                                 const Operation& op)
{
    m_last = RequestRecord{};
    m_last.address = address;
    m_last.count = count;
    m_last.write = write;

    if (auto invalid = checkRequestLimits(address, count, write))
        return *invalid;

    const int retries = std::max(0, m_settings.retry.retries);
    LinkError lastError;
    for (int attempt = 0; attempt <= retries; ++attempt) {
        if (attempt > 0) {
            if (m_observer)
                m_observer(attempt, retries, lastError, m_last);
            const int pause = m_settings.retry.backoffBeforeRetry(attempt);
            qCDebug(lcModbus).nospace()
                << "retry " << attempt << " of " << retries << " at register " << address
                << " after " << describeForLog(lastError) << ", pausing " << pause << " ms";
            // In short slices, so that a cancel (the person disconnecting) is seen at once.
            QElapsedTimer paused;
            paused.start();
            for (qint64 left = pause; left > 0 && !cancelled(); left = pause - paused.elapsed())
                std::this_thread::sleep_for(std::chrono::milliseconds(std::min<qint64>(left, 20)));
        }
        if (cancelled()) {
            LinkError e;
            e.kind = LinkErrorKind::Cancelled;
            e.address = address;
            e.count = count;
            return e;
        }

        if (m_flushBeforeNext && m_open) {
            // Done here, after the backoff pause, so that a late answer to the previous
            // attempt (of this request or of the last one) has had every chance to arrive
            // and be dropped. A gateway found to have closed the connection meanwhile is
            // reopened below.
            flushInput();
        }
        m_flushBeforeNext = false;

        QElapsedTimer clock;
        clock.start();
        AttemptRecord record;
        if (!m_open && m_opener && attempt > 0) {
            // The line went while retrying (its far end closed): redialing is the caller's.
            LinkError e = m_opener->lineLost().value_or(lastError);
            e.address = address;
            e.count = count;
            return e;
        }
        if (!m_open) {
            auto opened = openContext();
            if (!opened) {
                record.error = opened.error();
                record.error.address = address;
                record.error.count = count;
                record.roundTripMs = elapsedMs(clock);
                m_last.attempts.append(record);
                lastError = record.error;
                continue;
            }
            clock.restart();
        }

        int rc;
        int err;
        {
            rawsocket::SigPipeGuard guard; // RTU over TCP write() to a closed gateway
            errno = 0;
            m_replyProblem.clear();
            rc = op(m_ctx);
            err = errno;
        }
        record.roundTripMs = elapsedMs(clock);
        if (rc != -1) {
            record.ok = true;
            m_last.attempts.append(record);
            return Ok{};
        }

        record.error = linkErrorFromErrno(err, address, count);
        if (err == EMBBADSLAVE && m_replyProblem.isEmpty())
            m_replyProblem =
                QStringLiteral("a reply from another unit than %1").arg(m_settings.unitId);
        if (!m_replyProblem.isEmpty()) {
            // Never taken for the meter's answer: a bad response, retried like any other.
            record.error.detail = m_replyProblem;
            qCWarning(lcModbus).noquote()
                << "reply refused at register" << address << "(attempt" << attempt + 1 << "of"
                << retries + 1 << "):" << m_replyProblem;
        }
        if (m_opener) {
            if (auto lost = m_opener->lineLost()) {
                // NO CARRIER in place of an answer: the call is gone, a retry cannot help.
                record.error = *lost;
                record.error.address = address;
                record.error.count = count;
                m_last.attempts.append(record);
                close();
                return record.error;
            }
        }
        m_last.attempts.append(record);
        lastError = record.error;

        switch (lastError.kind) {
        case LinkErrorKind::Exception:
        case LinkErrorKind::InvalidArgument:
        case LinkErrorKind::Cancelled:
            return lastError; // the meter answered (or the request cannot be sent): final
        case LinkErrorKind::Timeout:
        case LinkErrorKind::BadResponse:
            m_flushBeforeNext = true;
            break;
        case LinkErrorKind::LinkDown:
        case LinkErrorKind::NotConnected:
            qCDebug(lcModbus) << "link down:" << describeForLog(lastError);
            close(); // reopened before the next attempt
            break;
        }
    }
    return lastError;
}

bool ModbusMeterClient::ownTcpFrames() const
{
    return m_settings.kind == LinkDescription::Kind::Tcp ||
           m_settings.kind == LinkDescription::Kind::InProcess;
}

namespace {

void appendWord(QByteArray& b, int value)
{
    b.append(char((value >> 8) & 0xFF)).append(char(value & 0xFF));
}

int wordAt(const QByteArray& b, int at)
{
    return (quint8(b.at(at)) << 8) | quint8(b.at(at + 1));
}

} // namespace

int ModbusMeterClient::tcpTransaction(const QByteArray& pdu, QByteArray* data)
{
    const quint16 transaction = ++m_transactionId;
    const quint8 function = quint8(pdu.at(0));
    const QByteArray adu = mbtcp::buildRequest(transaction, quint8(m_settings.unitId), pdu);
    const int s = modbus_get_socket(m_ctx);
    for (int sent = 0; sent < adu.size();) {
        const auto n = ::send(s, adu.constData() + sent, adu.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) {
            if (n == 0)
                errno = ECONNRESET;
            return -1;
        }
        sent += int(n);
    }
    // libmodbus reads one whole confirmation, within the response and byte timeouts.
    uint8_t rsp[MODBUS_TCP_MAX_ADU_LENGTH];
    const int n = modbus_receive_confirmation(m_ctx, rsp);
    if (n == -1)
        return -1;
    const mbtcp::Reply reply = mbtcp::checkReply(QByteArray(reinterpret_cast<const char*>(rsp), n),
                                                 transaction, quint8(m_settings.unitId), function);
    switch (reply.kind) {
    case mbtcp::ReplyKind::Ok:
        *data = reply.data;
        return 0;
    case mbtcp::ReplyKind::Exception:
        errno = reply.exceptionCode >= 1 && reply.exceptionCode < MODBUS_EXCEPTION_MAX
                    ? modbusExceptionErrno(reply.exceptionCode)
                    : EMBBADEXC;
        return -1;
    case mbtcp::ReplyKind::WrongUnit:
        m_replyProblem = reply.detail;
        errno = EMBBADSLAVE;
        return -1;
    default:
        m_replyProblem = reply.detail;
        errno = EMBBADDATA;
        return -1;
    }
}

Result<Registers, LinkError> ModbusMeterClient::readRegisters(int address, int count)
{
    Registers values(std::clamp(count, 0, regs::MaxReadRegisters));
    auto r = execute(address, count, false, [&](modbus_t* ctx) {
        if (ownTcpFrames()) {
            QByteArray pdu(1, char(MODBUS_FC_READ_HOLDING_REGISTERS));
            appendWord(pdu, address);
            appendWord(pdu, count);
            QByteArray data;
            if (tcpTransaction(pdu, &data) == -1)
                return -1;
            if (data.size() != 1 + 2 * count || quint8(data.at(0)) != 2 * count) {
                m_replyProblem = QStringLiteral("%1 data bytes for %2 registers")
                                     .arg(data.size() - 1)
                                     .arg(count);
                errno = EMBBADDATA;
                return -1;
            }
            for (int i = 0; i < count; ++i)
                values[i] = quint16(wordAt(data, 1 + 2 * i));
            return count;
        }
        const int n = modbus_read_registers(ctx, address, count, values.data());
        if (n != -1 && n != count) {
            errno = EMBBADDATA;
            return -1;
        }
        return n;
    });
    if (!r)
        return r.error();
    return values;
}

Result<Ok, LinkError> ModbusMeterClient::writeRegisters(int address, const Registers& values)
{
    const int count = values.size();
    return execute(address, count, true, [&](modbus_t* ctx) {
        if (ownTcpFrames()) {
            QByteArray pdu(1, char(MODBUS_FC_WRITE_MULTIPLE_REGISTERS));
            appendWord(pdu, address);
            appendWord(pdu, count);
            pdu.append(char(2 * count));
            for (const quint16 v : values)
                appendWord(pdu, v);
            QByteArray data;
            if (tcpTransaction(pdu, &data) == -1)
                return -1;
            if (data.size() != 4 || wordAt(data, 0) != address || wordAt(data, 2) != count) {
                m_replyProblem = QStringLiteral("the reply does not echo register %1, %2 registers")
                                     .arg(address)
                                     .arg(count);
                errno = EMBBADDATA;
                return -1;
            }
            return count;
        }
        const int n = modbus_write_registers(ctx, address, count, values.constData());
        if (n != -1 && n != count) {
            errno = EMBBADDATA;
            return -1;
        }
        return n;
    });
}

Result<Ok, LinkError> ModbusMeterClient::writeRegister(int address, quint16 value)
{
    return execute(address, 1, true, [&](modbus_t* ctx) {
        if (ownTcpFrames()) {
            QByteArray pdu(1, char(MODBUS_FC_WRITE_SINGLE_REGISTER));
            appendWord(pdu, address);
            appendWord(pdu, value);
            QByteArray data;
            if (tcpTransaction(pdu, &data) == -1)
                return -1;
            if (data != pdu.mid(1)) {
                m_replyProblem = QStringLiteral("the reply does not echo register %1 = %2")
                                     .arg(address)
                                     .arg(value);
                errno = EMBBADDATA;
                return -1;
            }
            return 1;
        }
        return modbus_write_register(ctx, address, value);
    });
}

} // namespace commissioner

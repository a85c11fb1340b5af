#include "ModbusMeterClient.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <modbus.h>
#include <optional>
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
#include "meter/RegisterMap.h"

namespace commissioner {

namespace {

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

void ModbusMeterClient::pauseBeforeRetry(int attempt, int retries, int address,
                                         const LinkError& lastError)
{
    if (m_observer)
        m_observer(attempt, retries, lastError, m_last);
    const int pause = m_settings.retry.backoffBeforeRetry(attempt);
    qCDebug(lcModbus).nospace() << "retry " << attempt << " of " << retries << " at register "
                                << address << " after " << describeForLog(lastError) << ", pausing "
                                << pause << " ms";
    // In short slices, so that a cancel (the person disconnecting) is seen at once.
    QElapsedTimer paused;
    paused.start();
    for (qint64 left = pause; left > 0 && !cancelled(); left = pause - paused.elapsed())
        std::this_thread::sleep_for(std::chrono::milliseconds(std::min<qint64>(left, 20)));
}

AttemptRecord ModbusMeterClient::runOperation(const Operation& op, const QElapsedTimer& clock,
                                              int address, int count, int attempt, int retries)
{
    AttemptRecord record;
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
        return record;
    }

    record.error = linkErrorFromErrno(err, address, count);
    if (err == EMBBADSLAVE && m_replyProblem.isEmpty())
        m_replyProblem = QStringLiteral("a reply from another unit than %1").arg(m_settings.unitId);
    if (!m_replyProblem.isEmpty()) {
        // Never taken for the meter's answer: a bad response, retried like any other.
        record.error.detail = m_replyProblem;
        qCWarning(lcModbus).noquote()
            << "reply refused at register" << address << "(attempt" << attempt + 1 << "of"
            << retries + 1 << "):" << m_replyProblem;
    }
    return record;
}

std::optional<LinkError> ModbusMeterClient::hangUpIfLineLost(AttemptRecord record, int address,
                                                             int count)
{
    if (!m_opener)
        return std::nullopt;
    auto lost = m_opener->lineLost();
    if (!lost)
        return std::nullopt;
    // NO CARRIER in place of an answer: the call is gone, a retry cannot help.
    record.error = *lost;
    record.error.address = address;
    record.error.count = count;
    m_last.attempts.append(record);
    close();
    return record.error;
}

bool ModbusMeterClient::prepareRetry(const LinkError& error)
{
    switch (error.kind) {
    case LinkErrorKind::Exception:
    case LinkErrorKind::InvalidArgument:
    case LinkErrorKind::Cancelled:
        return false; // the meter answered (or the request cannot be sent): final
    case LinkErrorKind::Timeout:
    case LinkErrorKind::BadResponse:
        m_flushBeforeNext = true;
        break;
    case LinkErrorKind::LinkDown:
    case LinkErrorKind::NotConnected:
        qCDebug(lcModbus) << "link down:" << describeForLog(error);
        close(); // reopened before the next attempt
        break;
    }
    return true;
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
        if (attempt > 0)
            pauseBeforeRetry(attempt, retries, address, lastError);
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
                AttemptRecord record;
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

        const AttemptRecord record = runOperation(op, clock, address, count, attempt, retries);
        if (record.ok) {
            m_last.attempts.append(record);
            return Ok{};
        }
        if (auto lost = hangUpIfLineLost(record, address, count))
            return *lost;
        m_last.attempts.append(record);
        lastError = record.error;
        if (!prepareRetry(lastError))
            return lastError;
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

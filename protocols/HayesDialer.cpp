#include "HayesDialer.h"

#include "ModemLogging.h"

#include <QElapsedTimer>
#include <algorithm>

namespace commissioner {

namespace {

ModemError errorFor(ModemResultCode code)
{
    switch (code) {
    case ModemResultCode::Busy:
        return ModemError::Busy;
    case ModemResultCode::NoCarrier:
        return ModemError::NoCarrier;
    case ModemResultCode::NoDialtone:
        return ModemError::NoDialtone;
    case ModemResultCode::NoAnswer:
        return ModemError::NoAnswer;
    case ModemResultCode::Error:
        return ModemError::Error;
    default:
        return ModemError::Unexpected;
    }
}

ModemFailure failure(ModemError error, const QByteArray& command, const QByteArray& reply = {})
{
    ModemFailure f;
    f.error = error;
    f.command = command;
    f.reply = reply;
    return f;
}

// The modem's echo of what we sent: the same text, or any line that starts with AT.
bool isEcho(const QByteArray& line, const QByteArray& sent)
{
    const QByteArray l = line.trimmed().toUpper();
    return l == sent.trimmed().toUpper() || l.startsWith("AT") || l == "+++";
}

} // namespace

HayesDialer::HayesDialer(ModemIo& io, const DialerOptions& options) : m_io(io), m_options(options)
{
}

QByteArray HayesDialer::dialCommand(const QByteArray& number, bool pulse)
{
    return (pulse ? QByteArray("ATDP") : QByteArray("ATDT")) + number;
}

ModemFailure HayesDialer::portFailure(const QByteArray& command) const
{
    ModemFailure f = failure(ModemError::PortFailed, command);
    f.sysErrno = m_io.lastErrno();
    f.detail = QStringLiteral("the serial port failed (errno %1)").arg(f.sysErrno);
    return f;
}

std::optional<ModemResult> HayesDialer::awaitResult(const QByteArray& sent, int timeoutMs,
                                                    bool* failed, bool cancellable)
{
    QElapsedTimer clock;
    clock.start();
    *failed = false;
    for (;;) {
        while (auto line = m_lines.takeLine()) {
            if (line->trimmed().isEmpty() || isEcho(*line, sent))
                continue;
            const auto result = parseModemResult(*line);
            if (!result) {
                qCDebug(lcModem) << "modem says" << *line;
                continue;
            }
            if (result->isFinal())
                return result;
        }
        const int left = timeoutMs - int(clock.elapsed());
        if (left <= 0)
            return std::nullopt;
        cancellable = cancellable && m_cancel;
        if (cancellable && cancelled())
            return std::nullopt;
        // Short reads while cancellable, so that a cancel is seen within CancelPollMs.
        const QByteArray bytes =
            m_io.readSome(cancellable ? std::min(left, int(CancelPollMs)) : left, failed);
        if (*failed)
            return std::nullopt;
        m_lines.feed(bytes);
    }
}

Result<ModemResult, ModemFailure> HayesDialer::command(const QByteArray& cmd, int timeoutMs)
{
    return runCommand(cmd, timeoutMs, false);
}

Result<ModemResult, ModemFailure> HayesDialer::runCommand(const QByteArray& cmd, int timeoutMs,
                                                          bool cancellable)
{
    qCDebug(lcModem) << "->" << cmd;
    if (!m_io.writeAll(cmd + '\r'))
        return portFailure(cmd);
    bool failed = false;
    const auto result = awaitResult(cmd, timeoutMs, &failed, cancellable);
    if (failed)
        return portFailure(cmd);
    if (!result && cancellable && cancelled())
        return failure(ModemError::Cancelled, cmd);
    if (!result)
        return failure(ModemError::NoResponse, cmd);
    qCDebug(lcModem) << "<-" << result->text;
    return *result;
}

Result<ConnectInfo, ModemFailure> HayesDialer::dial(const DialRequest& request)
{
    m_io.discardInput(); // a NO CARRIER or line noise from before is not an answer to us
    m_lines.clear();

    const QByteArray init =
        request.init.trimmed().isEmpty() ? QByteArray("AT") : request.init.trimmed();
    if (cancelled())
        return failure(ModemError::Cancelled, init);
    const auto initResult = runCommand(init, m_options.commandTimeoutMs, true);
    if (!initResult)
        return initResult.error();
    if (initResult->code != ModemResultCode::Ok)
        return failure(errorFor(initResult->code), init, initResult->text);

    const QByteArray dial = dialCommand(request.number, request.pulse);
    qCDebug(lcModem) << "->" << dial;
    if (!m_io.writeAll(dial + '\r'))
        return portFailure(dial);
    bool failed = false;
    const auto result = awaitResult(dial, m_options.connectTimeoutMs, &failed, true);
    if (failed)
        return portFailure(dial);
    if (!result) {
        // Any character ends a dial in progress; the modem then says NO CARRIER or OK.
        const bool abandoned = cancelled();
        (void)m_io.writeAll("\r");
        bool ignored = false;
        (void)awaitResult("\r", m_options.commandTimeoutMs, &ignored);
        return failure(abandoned ? ModemError::Cancelled : ModemError::ConnectTimeout, dial);
    }
    qCDebug(lcModem) << "<-" << result->text;
    if (result->code != ModemResultCode::Connect)
        return failure(errorFor(result->code), dial, result->text);

    // The CONNECT line's LF may still be on its way; it is the modem's, not data.
    if (m_lines.awaitingLf()) {
        const QByteArray more = m_io.readSome(100, &failed);
        if (failed)
            return portFailure(dial);
        m_lines.feed(more);
    }
    ConnectInfo info;
    info.rate = result->rate;
    info.leftover = m_lines.takeRemainder();
    m_lines.clear();
    qCInfo(lcModem) << "connected:" << result->text;
    return info;
}

Result<Ok, ModemFailure> HayesDialer::hangUp(bool skipEscape)
{
    m_lines.clear();
    if (!skipEscape) {
        // The escape is recognised only with guard time of silence on both sides.
        m_io.pause(m_options.guardMs);
        m_io.discardInput();
        qCDebug(lcModem) << "-> +++";
        if (!m_io.writeAll("+++"))
            return portFailure("+++");
        bool failed = false;
        const auto escaped =
            awaitResult("+++", m_options.guardMs + m_options.commandTimeoutMs, &failed);
        if (failed)
            return portFailure("+++");
        if (!escaped || escaped->code != ModemResultCode::Ok)
            qCDebug(lcModem) << "no OK to the escape; the modem may already be in command mode";
    }
    const auto hung = command("ATH", m_options.commandTimeoutMs);
    if (hung && hung->code == ModemResultCode::Ok) {
        qCInfo(lcModem) << "hung up";
        return Ok{};
    }
    if (!hung && hung.error().error == ModemError::PortFailed)
        return hung.error();

    // Last resort: with &D2 (the usual setting) a modem hangs up when DTR drops.
    qCWarning(lcModem) << "the modem did not hang up on ATH; dropping DTR";
    if (!m_io.setDtr(false))
        return hung ? failure(errorFor(hung->code), "ATH", hung->text) : hung.error();
    m_io.pause(m_options.dtrDropMs);
    m_io.setDtr(true);
    m_io.discardInput();
    return Ok{};
}

} // namespace commissioner

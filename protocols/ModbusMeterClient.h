#pragma once

#include "LinkWarning.h"
#include "meter/LinkSettings.h"
#include "meter/MeterClient.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QElapsedTimer;
struct _modbus; // libmodbus's modbus_t, kept out of this header

namespace commissioner {

class LineOpener;

// MeterClient over libmodbus: Modbus TCP, Modbus RTU on a serial device, Modbus RTU
// over a raw TCP socket (a gateway), and Modbus RTU over a line that a LineOpener makes
// (a dial-up modem: opening dials, closing hangs up, so reconnect() redials).
//
// Threads: one thread at a time. The client (and the libmodbus context inside it, which is
// not thread safe) belongs to the thread that owns the link, normally the link's worker
// QThread; every call, including the destructor, is made there. Calls block for up to
// (retries + 1) * response timeout plus the backoff pauses.
//
// Retries are ours (libmodbus error recovery is off): each request is tried up to
// 1 + policy.retries times; before retry k the RetryObserver is told (k of n, and why)
// and the client sleeps policy.backoffBeforeRetry(k). After a timeout or a bad answer,
// stale input is flushed before the next attempt, so that a late answer cannot be taken
// for the next one (this holds across requests too); after a link-down error, the link is reopened
// first. A Modbus exception is final: the meter answered.
class ModbusMeterClient final : public MeterClient
{
public:
    explicit ModbusMeterClient(const LinkSettings& settings);
    // RTU over the line that opener makes (kind Modem). A lost line (opener->lineLost())
    // ends a request with LinkDown at once, and a line that cannot be made with
    // NotConnected, without retries: a redial is slow and is the caller's decision.
    ModbusMeterClient(const LinkSettings& settings, std::unique_ptr<LineOpener> opener);
    ~ModbusMeterClient() override;
    ModbusMeterClient(const ModbusMeterClient&) = delete;
    ModbusMeterClient& operator=(const ModbusMeterClient&) = delete;

    // Opens the link (nothing is sent to the meter). Requests open it themselves when it is
    // closed, so calling this first is only needed to learn early that it fails.
    Result<Ok, LinkError> open();
    void close();
    bool isOpen() const;
    // Warnings from the last open() (an RS-485 mode the port refused, ...).
    LinkWarnings warnings() const { return m_warnings; }

    Result<Registers, LinkError> readRegisters(int address, int count) override;
    Result<Ok, LinkError> writeRegisters(int address, const Registers& values) override;
    Result<Ok, LinkError> writeRegister(int address, quint16 value) override;
    Result<Ok, LinkError> reconnect() override;
    LinkDescription description() const override;

    bool setCommSettings(int unitId, int baudRate, char parity) override;
    void setRetryPolicy(const RetryPolicy& policy) override;
    RetryPolicy retryPolicy() const override { return m_settings.retry; }
    void setRetryObserver(RetryObserver observer) override { m_observer = std::move(observer); }
    RequestRecord lastRecord() const override { return m_last; }

    // The unit ID requests go to (a bus scan or a meter whose ID was just changed).
    void setUnitId(int unitId);
    int unitId() const { return m_settings.unitId; }
    // Checked before each attempt and during the pause before a retry: once set, a request
    // ends with Cancelled instead of retrying, and a modem's dial is abandoned. Not owned;
    // may be set from any thread (it is an atomic).
    void setCancelFlag(const std::atomic_bool* flag);

    // Drops whatever input has already arrived (a late answer to an earlier request).
    void discardStaleInput() { flushInput(); }

    // libmodbus byte timeout chosen for a link: the longest gap allowed between two bytes
    // of one answer.
    static int byteTimeoutMs(const LinkSettings& settings);

private:
    using Operation = std::function<int(_modbus*)>; // a libmodbus call, -1 + errno on failure
    Result<Ok, LinkError> execute(int address, int count, bool write, const Operation& op);
    // The parts of one execute() attempt, in the order it runs them.
    void pauseBeforeRetry(int attempt, int retries, int address, const LinkError& lastError);
    AttemptRecord runOperation(const Operation& op, const QElapsedTimer& clock, int address,
                               int count, int attempt, int retries);
    // A modem's line lost during a failed attempt: records it, hangs up, and returns the
    // error that ends the request.
    std::optional<LinkError> hangUpIfLineLost(AttemptRecord record, int address, int count);
    // Readies the link for the next attempt after error; false when the error is final.
    bool prepareRetry(const LinkError& error);

    // Opening (ModbusMeterClientOpen.cpp): a new context, then its connection, then RS-485.
    Result<Ok, LinkError> openContext();
    Result<Ok, LinkError> connectContext(const LinkDescription& where); // frees it on failure
    void requestRs485Mode(); // a refusal is a warning (m_warnings), not a failure
    void applyTimeouts();
    void flushInput();
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    // Modbus TCP (and the in-process demo): our own frames, so that the reply's unit ID is
    // checked (libmodbus 3.1.6 checks it on RTU only). One transaction; -1 with errno set the
    // way libmodbus sets it on failure, m_replyProblem saying what was wrong with a reply.
    bool ownTcpFrames() const;
    int tcpTransaction(const QByteArray& pdu, QByteArray* data);

    LinkSettings m_settings;
    _modbus* m_ctx = nullptr;
    int m_socket = -1; // RTU over TCP: the connected socket handed to the RTU context
    std::unique_ptr<LineOpener> m_opener; // when set, m_socket is its line (not ours to close)
    bool m_open = false;
    bool m_flushBeforeNext = false; // the last attempt timed out or got a garbled answer
    LinkWarnings m_warnings;
    RetryObserver m_observer;
    RequestRecord m_last;
    quint16 m_transactionId = 0;
    QString m_replyProblem; // why the last reply was refused (LinkError detail, the log)
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace commissioner

#pragma once

#include "ModemError.h"
#include "ModemIo.h"
#include "ModemResult.h"
#include "base/Result.h"

#include <QByteArray>
#include <QVector>
#include <atomic>

namespace commissioner {

struct DialerOptions
{
    // Silence before and after "+++" (device-protocol.md section 8: 1 s). Tests shorten it.
    int guardMs = 1000;
    // How long a command other than a dial may take to answer.
    int commandTimeoutMs = 3000;
    // How long a dial may take to answer CONNECT (LinkSettings::connectTimeoutMs).
    int connectTimeoutMs = 60000;
    // How long DTR stays down when it is dropped to force a hang-up.
    int dtrDropMs = 500;
};

struct DialRequest
{
    QByteArray init = "ATZ"; // sent as is, then CR; e.g. "AT&F E0 V1 Q0 &D2"
    QByteArray number;       // "5551234"
    bool pulse = false;      // ATDP instead of ATDT
};

struct ConnectInfo
{
    int rate = 0;        // CONNECT <rate>, 0 if the modem gave none
    QByteArray leftover; // data that arrived right behind the CONNECT line
};

// A Hayes (AT) dialer on an open serial port: init, dial, hang up. It knows nothing of
// Modbus: once dial() has answered, the line carries whatever its owner sends.
//
// Result codes are read line by line (CR, LF or CR LF); the modem's echo of a command,
// empty lines, RING and informational lines ("CARRIER 19200") are skipped, so echo on or
// off makes no difference.
class HayesDialer
{
public:
    HayesDialer(ModemIo& io, const DialerOptions& options = {});

    // Sends the init string and expects OK, then dials and expects CONNECT.
    Result<ConnectInfo, ModemFailure> dial(const DialRequest& request);

    // Ends a call in data mode: guard, "+++", guard, OK, then ATH, OK. If the modem does not
    // answer (it may already be in command mode after a lost carrier), ATH is sent anyway;
    // DTR is dropped only when that fails too. skipEscape: the modem is known to be in
    // command mode already (it said NO CARRIER).
    Result<Ok, ModemFailure> hangUp(bool skipEscape = false);

    // Sends one command (without CR) and waits for its final result code.
    Result<ModemResult, ModemFailure> command(const QByteArray& command, int timeoutMs);

    static QByteArray dialCommand(const QByteArray& number, bool pulse);
    const DialerOptions& options() const { return m_options; }

    // Checked while dial() waits (every CancelPollMs at most): once set, the init or the dial
    // is abandoned (a dial in progress is ended with a CR) and dial() answers Cancelled. A
    // hang-up is never cut short. Not owned; may be set from any thread.
    void setCancelFlag(const std::atomic_bool* flag) { m_cancel = flag; }
    static constexpr int CancelPollMs = 50;

private:
    // Waits for a final result code; nullopt on timeout, a port failure (*failed) or, when
    // cancellable, the cancel flag.
    std::optional<ModemResult> awaitResult(const QByteArray& sent, int timeoutMs, bool* failed,
                                           bool cancellable = false);
    Result<ModemResult, ModemFailure> runCommand(const QByteArray& command, int timeoutMs,
                                                 bool cancellable);
    ModemFailure portFailure(const QByteArray& command) const;
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    ModemIo& m_io;
    DialerOptions m_options;
    ModemLineSplitter m_lines;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace commissioner

#pragma once

#include <QByteArray>
#include <QVector>
#include <optional>

namespace commissioner {

// The result codes a Hayes modem answers with (device-protocol.md section 8), in their
// verbose form (V1); the numeric form (V0) is understood too, in case an init string sets it.
enum class ModemResultCode
{
    Ok,
    Connect,
    Ring,
    NoCarrier,
    Error,
    NoDialtone,
    Busy,
    NoAnswer
};

struct ModemResult
{
    ModemResultCode code = ModemResultCode::Ok;
    int rate = 0;    // CONNECT <rate>; 0 when the modem gave none
    QByteArray text; // the line as received, without CR LF
    // OK, ERROR, CONNECT, NO CARRIER, BUSY, NO DIALTONE, NO ANSWER end a command; RING does not.
    bool isFinal() const { return code != ModemResultCode::Ring; }
};

// One line (without its CR/LF) as a result code, or nothing for an echo, an empty line or
// an informational line ("CARRIER 19200", "PROTOCOL: LAPM").
std::optional<ModemResult> parseModemResult(const QByteArray& line);
const char* modemResultName(ModemResultCode code); // "OK", "NO CARRIER", ...

// Cuts what a modem says in command mode into lines. A line ends at CR or LF; the LF of a
// CR LF pair is dropped even when it arrives in a later read, so that nothing of the
// modem's own line ending is taken for data once CONNECT has switched the line over.
class ModemLineSplitter
{
public:
    void feed(const QByteArray& bytes);
    std::optional<QByteArray> takeLine();
    // Bytes after the last line taken (data that followed CONNECT).
    QByteArray takeRemainder();
    // The last line ended with CR and nothing has come after it yet.
    bool awaitingLf() const { return m_lastWasCr && m_buffer.isEmpty(); }
    void clear();

private:
    QByteArray m_buffer;
    bool m_lastWasCr = false;
};

// Watches the bytes of a connected line for the modem's own "NO CARRIER" (CR LF NO CARRIER
// CR LF in verbose mode), which arrives instead of a Modbus answer when the carrier is lost.
// Keeps a short tail, so a message split across reads is still seen.
class CarrierLossDetector
{
public:
    bool feed(const QByteArray& bytes); // true once the message has been seen
    bool lost() const { return m_lost; }
    void reset();

private:
    QByteArray m_tail;
    bool m_lost = false;
};

} // namespace commissioner

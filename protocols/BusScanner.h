#pragma once

#include "base/Result.h"
#include "meter/LinkError.h"

#include <QString>
#include <QVector>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace commissioner {

// One combination of serial line settings (always 8 data bits).
struct SerialLine
{
    int baudRate = 19200;
    char parity = 'E';
    int stopBits = 1;
};

// A meter that answered a probe.
struct FoundMeter
{
    SerialLine line;
    int unitId = 0;
    int exceptionCode = 0; // 0: a normal answer; otherwise it answered this exception
};

struct BusScanProgress
{
    int probesDone = 0;
    int probesTotal = 0;
    SerialLine line; // what is being probed now
    int unitId = 0;
    qint64 elapsedMs = 0;
};

// The order a scan tries baud rates in: factoryBaud first (where a meter that was never
// reconfigured answers), then the other rates of `rates`, in their order.
QVector<int> scanBaudOrder(int factoryBaud, const QVector<int>& rates);
// scanBaudOrder() for the compiled-in device profiles: factorySerialLink()'s rate, then
// commBaudRates() ascending. Loaded once (compiled-in profiles do not change).
QVector<int> profileScanBaudOrder();

struct BusScanOptions
{
    QString device; // as the person named it ("/dev/ttyUSB0", "COM10")
    // The order things are tried in: the device profiles' factory rate first, and even
    // parity (the factory 8E1) first.
    QVector<int> baudRates = profileScanBaudOrder();
    QVector<char> parities{'E', 'N', 'O'};
    QVector<int> stopBits{1};
    int firstUnit = 1;
    int lastUnit = 247;
    // The unit probed first on every combination before any full sweep (the factory
    // default), so a meter that only has the wrong baud rate is found in seconds.
    int quickUnit = 1;
    bool stopAtFirstFound = false;
    // Added to the time a probe takes on the wire: the meter's turnaround, the adapter's
    // and the OS's latency.
    int probeMarginMs = 80;
    bool rs485 = false;
};

struct BusScanResult
{
    QVector<FoundMeter> found;
    bool cancelled = false;
    std::optional<LinkError> lineError; // the port could not be opened, or failed
    int probesDone = 0;
    qint64 elapsedMs = 0;
};

// What a scan talks to: the default opens the serial device through libmodbus; tests give
// their own.
class LineProber
{
public:
    enum class Outcome
    {
        Answered,
        Silent,
        LineFailed
    };
    struct Probe
    {
        Outcome outcome = Outcome::Silent;
        int exceptionCode = 0; // Answered with a Modbus exception
        LinkError error;       // Silent (timeout, garbled answer) or LineFailed
    };

    virtual ~LineProber() = default;
    virtual Result<Ok, LinkError> openLine(const SerialLine& line) = 0;
    // A read of 1 register at address 0 from unit, waiting at most timeoutMs.
    virtual Probe probe(int unitId, int timeoutMs) = 0;
    virtual void closeLine() = 0;
};

// Finds meters on a serial line whose baud rate, parity and unit IDs are unknown: for each
// combination of line settings (baud rates x parities x stop bits, in the options' order)
// unit quickUnit is probed first; a combination where it answered is swept at once for the
// other units; then every other combination is swept. A 1-register read of address 0 that
// is answered by a valid reply or by any Modbus exception counts as found. Blocking: run
// it on the link's worker thread; cancel through the flag, checked between probes.
class BusScanner
{
public:
    explicit BusScanner(BusScanOptions options);
    // Uses the given prober instead of the serial device named in the options.
    BusScanner(BusScanOptions options, std::unique_ptr<LineProber> prober);
    ~BusScanner();

    void setFoundCallback(std::function<void(const FoundMeter&)> cb) { m_onFound = std::move(cb); }
    void setProgressCallback(std::function<void(const BusScanProgress&)> cb)
    {
        m_onProgress = std::move(cb);
    }
    void setCancelFlag(const std::atomic_bool* flag) { m_cancel = flag; }

    BusScanResult run();

    // The response timeout of one probe at this baud rate: the 8-byte request and 7-byte
    // answer at 11 bits a character, two 3.5-character silences, plus the margin.
    static int probeTimeoutMs(int baudRate, int marginMs);
    // The longest a scan with these options can take when nothing answers: every probe
    // waits its full timeout (the time to reopen the port per combination is not counted).
    static qint64 worstCaseMs(const BusScanOptions& options);
    // The combinations in the order they are tried.
    static QVector<SerialLine> lines(const BusScanOptions& options);

private:
    enum class Step
    {
        Continue,
        Stop
    };
    Step probeUnit(const SerialLine& line, int unit, BusScanResult& result);
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    BusScanOptions m_options;
    std::unique_ptr<LineProber> m_prober;
    std::function<void(const FoundMeter&)> m_onFound;
    std::function<void(const BusScanProgress&)> m_onProgress;
    const std::atomic_bool* m_cancel = nullptr;
    int m_probesTotal = 0;
    qint64 m_startedMs = 0;
};

} // namespace commissioner

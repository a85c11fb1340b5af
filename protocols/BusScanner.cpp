#include "BusScanner.h"

#include "ProtocolsLogging.h"
#include "SerialLineProber.h"
#include "settings/CommSettings.h"

#include <QElapsedTimer>
#include <algorithm>

namespace commissioner {

namespace {

constexpr int kProbeRequestBytes = 8; // unit, 03, address, count, CRC
constexpr int kProbeAnswerBytes = 7;  // unit, 03, byte count, 1 register, CRC
constexpr int kBitsPerChar = 11;      // start, 8 data, parity or second stop, stop

QVector<int> unitOrder(const BusScanOptions& o, bool quickAlreadyDone)
{
    QVector<int> units;
    for (int u = std::max(1, o.firstUnit); u <= std::min(247, o.lastUnit); ++u)
        if (!(quickAlreadyDone && u == o.quickUnit))
            units.append(u);
    return units;
}

bool quickUnitInRange(const BusScanOptions& o)
{
    return o.quickUnit >= std::max(1, o.firstUnit) && o.quickUnit <= std::min(247, o.lastUnit);
}

} // namespace

QVector<int> scanBaudOrder(int factoryBaud, const QVector<int>& rates)
{
    QVector<int> order{factoryBaud};
    for (int rate : rates)
        if (!order.contains(rate))
            order.append(rate);
    return order;
}

QVector<int> profileScanBaudOrder()
{
    static const QVector<int> order = [] {
        const auto profiles = DeviceProfiles::load();
        return scanBaudOrder(factorySerialLink(QString()).baudRate,
                             profiles ? commBaudRates(profiles.value()) : QVector<int>{});
    }();
    return order;
}

BusScanner::BusScanner(BusScanOptions options)
    : m_options(std::move(options)),
      m_prober(std::make_unique<SerialLineProber>(m_options.device, m_options.rs485))
{
}

BusScanner::BusScanner(BusScanOptions options, std::unique_ptr<LineProber> prober)
    : m_options(std::move(options)), m_prober(std::move(prober))
{
}

BusScanner::~BusScanner() = default;

int BusScanner::probeTimeoutMs(int baudRate, int marginMs)
{
    const int baud = std::max(1, baudRate);
    const int chars = kProbeRequestBytes + kProbeAnswerBytes + 7; // + two 3.5-char silences
    const int wireMs = (chars * kBitsPerChar * 1000 + baud - 1) / baud;
    return wireMs + std::max(0, marginMs);
}

QVector<SerialLine> BusScanner::lines(const BusScanOptions& o)
{
    QVector<SerialLine> result;
    for (int baud : o.baudRates)
        for (char parity : o.parities)
            for (int stop : o.stopBits)
                result.append(SerialLine{baud, parity, stop});
    return result;
}

qint64 BusScanner::worstCaseMs(const BusScanOptions& o)
{
    const int unitsPerLine = unitOrder(o, false).size();
    qint64 total = 0;
    for (const SerialLine& line : lines(o))
        total += qint64(unitsPerLine) * probeTimeoutMs(line.baudRate, o.probeMarginMs);
    return total;
}

BusScanner::Step BusScanner::probeUnit(const SerialLine& line, int unit, BusScanResult& result)
{
    if (cancelled()) {
        result.cancelled = true;
        return Step::Stop;
    }
    const LineProber::Probe p =
        m_prober->probe(unit, probeTimeoutMs(line.baudRate, m_options.probeMarginMs));
    ++result.probesDone;
    if (m_onProgress) {
        BusScanProgress progress;
        progress.probesDone = result.probesDone;
        progress.probesTotal = m_probesTotal;
        progress.line = line;
        progress.unitId = unit;
        progress.elapsedMs = result.elapsedMs;
        m_onProgress(progress);
    }
    switch (p.outcome) {
    case LineProber::Outcome::Silent:
        return Step::Continue;
    case LineProber::Outcome::LineFailed:
        qCWarning(lcBusScan) << "line failed during scan:" << describeForLog(p.error);
        result.lineError = p.error;
        return Step::Stop;
    case LineProber::Outcome::Answered: {
        FoundMeter m{line, unit, p.exceptionCode};
        result.found.append(m);
        qCInfo(lcBusScan).nospace() << "meter found: unit " << unit << " at " << line.baudRate
                                    << " 8" << line.parity << line.stopBits;
        if (m_onFound)
            m_onFound(m);
        return m_options.stopAtFirstFound ? Step::Stop : Step::Continue;
    }
    }
    return Step::Continue;
}

BusScanResult BusScanner::run()
{
    BusScanResult result;
    QElapsedTimer clock;
    clock.start();
    const QVector<SerialLine> all = lines(m_options);
    const bool quick = quickUnitInRange(m_options);
    const QVector<int> rest = unitOrder(m_options, quick);
    m_probesTotal = all.size() * (rest.size() + (quick ? 1 : 0));
    QVector<bool> swept(all.size(), false);

    auto finish = [&]() {
        m_prober->closeLine();
        result.elapsedMs = clock.elapsed();
        return result;
    };
    auto open = [&](const SerialLine& line) {
        auto opened = m_prober->openLine(line);
        if (!opened)
            result.lineError = opened.error();
        return opened.ok();
    };
    auto sweep = [&](int i) {
        swept[i] = true;
        for (int unit : rest) {
            result.elapsedMs = clock.elapsed();
            if (probeUnit(all[i], unit, result) == Step::Stop)
                return Step::Stop;
        }
        return Step::Continue;
    };

    // Pass 1: the quick unit on every combination; sweep at once where it answered.
    if (quick) {
        for (int i = 0; i < all.size(); ++i) {
            if (cancelled()) {
                result.cancelled = true;
                return finish();
            }
            if (!open(all[i]))
                return finish();
            const int before = result.found.size();
            result.elapsedMs = clock.elapsed();
            if (probeUnit(all[i], m_options.quickUnit, result) == Step::Stop)
                return finish();
            if (result.found.size() > before && sweep(i) == Step::Stop)
                return finish();
        }
    }
    // Pass 2: the full sweep of every combination not yet swept.
    for (int i = 0; i < all.size(); ++i) {
        if (swept[i])
            continue;
        if (cancelled()) {
            result.cancelled = true;
            return finish();
        }
        if (!open(all[i]))
            return finish();
        if (sweep(i) == Step::Stop)
            return finish();
    }
    return finish();
}

} // namespace commissioner

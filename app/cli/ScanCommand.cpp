#include "BusScanner.h"
#include "CliText.h"
#include "Commands.h"
#include "ErrorText.h"
#include "ExitCodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <atomic>
#include <csignal>

namespace commissioner::cli {

namespace {
std::atomic_bool g_scanCancel{false};
extern "C" void cancelScan(int)
{
    g_scanCancel = true;
}

QString lineText(const SerialLine& l)
{
    return QStringLiteral("%1 8%2%3").arg(l.baudRate).arg(QLatin1Char(l.parity)).arg(l.stopBits);
}

bool parseIntList(const QString& text, QVector<int>* out)
{
    out->clear();
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = part.trimmed().toInt(&ok);
        if (!ok || v <= 0)
            return false;
        out->append(v);
    }
    return !out->isEmpty();
}

// --parities N,E,O: false on anything but N, E and O.
bool parseParities(const QString& text, QVector<char>* out)
{
    out->clear();
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString v = part.trimmed().toUpper();
        if (v != QLatin1String("N") && v != QLatin1String("E") && v != QLatin1String("O"))
            return false;
        out->append(v.at(0).toLatin1());
    }
    return true;
}

// --units A-B (or one unit A) within 1-247; the quick first try is unit 1 when in range.
bool parseUnitRange(const QString& text, BusScanOptions* o)
{
    const QStringList ab = text.split(QLatin1Char('-'));
    bool okA = false, okB = ab.size() == 2;
    o->firstUnit = ab.value(0).toInt(&okA);
    o->lastUnit = ab.size() == 2 ? ab[1].toInt(&okB) : o->firstUnit;
    if (!okA || !okB || o->firstUnit < 1 || o->lastUnit > 247 || o->firstUnit > o->lastUnit)
        return false;
    o->quickUnit = o->firstUnit <= 1 && o->lastUnit >= 1 ? 1 : o->firstUnit;
    return true;
}

void addScanOptions(QCommandLineParser& p)
{
    p.addOptions({
        {QStringLiteral("bauds"),
         CliText::tr("Baud rates to try, in order (default 19200,9600,38400,57600,115200)."),
         QStringLiteral("LIST")},
        {QStringLiteral("parities"), CliText::tr("Parities to try, in order (default E,N,O)."),
         QStringLiteral("LIST")},
        {QStringLiteral("units"), CliText::tr("Unit IDs to try (default 1-247)."),
         QStringLiteral("A-B")},
        {QStringLiteral("first"), CliText::tr("Stop at the first meter found.")},
        {QStringLiteral("json"), CliText::tr("Print the meters found as JSON.")},
    });
}

// The scan's options from the parsed command line; ExitOk, or the usage error's exit code.
int readScanOptions(CommandLine& cl, const QCommandLineParser& p, BusScanOptions* o)
{
    o->device = p.value(QStringLiteral("serial"));
    o->rs485 = p.isSet(QStringLiteral("rs485"));
    o->stopAtFirstFound = p.isSet(QStringLiteral("first"));
    if (p.isSet(QStringLiteral("bauds")) &&
        !parseIntList(p.value(QStringLiteral("bauds")), &o->baudRates))
        return cl.usageError(CliText::tr("--bauds wants a list like 9600,19200"));
    if (p.isSet(QStringLiteral("parities")) &&
        !parseParities(p.value(QStringLiteral("parities")), &o->parities))
        return cl.usageError(CliText::tr("--parities wants a list of N, E and O"));
    if (p.isSet(QStringLiteral("stop-bits")))
        o->stopBits = {p.value(QStringLiteral("stop-bits")).toInt()};
    if (p.isSet(QStringLiteral("units")) && !parseUnitRange(p.value(QStringLiteral("units")), o))
        return cl.usageError(CliText::tr("--units wants A-B within 1-247"));
    return ExitOk;
}

void printScanStart(CommandLine& cl, const BusScanOptions& o)
{
    const qint64 worst = BusScanner::worstCaseMs(o);
    cl.out()
        << CliText::tr(
               "Scanning %1: %2 line settings x units %3-%4; at worst %5 min %6 s (Ctrl-C stops)")
               .arg(o.device)
               .arg(BusScanner::lines(o).size())
               .arg(o.firstUnit)
               .arg(o.lastUnit)
               .arg(worst / 60000)
               .arg((worst / 1000) % 60)
        << Qt::endl;
}

// Runs the scan, each meter printed as found unless the output is JSON; Ctrl-C stops it.
BusScanResult scanBus(CommandLine& cl, const BusScanOptions& o, bool json)
{
    BusScanner scanner(o);
    scanner.setFoundCallback([&](const FoundMeter& f) {
        if (!json)
            cl.out() << CliText::tr("found: unit %1 at %2%3")
                            .arg(f.unitId)
                            .arg(lineText(f.line))
                            .arg(f.exceptionCode
                                     ? CliText::tr(" (answered exception %1)").arg(f.exceptionCode)
                                     : QString())
                     << Qt::endl;
    });
    g_scanCancel = false;
    scanner.setCancelFlag(&g_scanCancel);
    auto previous = std::signal(SIGINT, cancelScan);
    const BusScanResult r = scanner.run();
    std::signal(SIGINT, previous);
    return r;
}

void printScanJson(CommandLine& cl, const BusScanResult& r)
{
    QJsonArray found;
    for (const FoundMeter& f : r.found)
        found.append(QJsonObject{{QStringLiteral("unit"), f.unitId},
                                 {QStringLiteral("baud"), f.line.baudRate},
                                 {QStringLiteral("parity"), QString(QLatin1Char(f.line.parity))},
                                 {QStringLiteral("stop_bits"), f.line.stopBits},
                                 {QStringLiteral("exception"), f.exceptionCode}});
    cl.out() << QJsonDocument(QJsonObject{{QStringLiteral("found"), found},
                                          {QStringLiteral("cancelled"), r.cancelled},
                                          {QStringLiteral("elapsed_ms"), r.elapsedMs}})
                    .toJson(QJsonDocument::Indented);
}
} // namespace

int runScan(CommandLine& cl)
{
    QCommandLineParser p;
    addScanOptions(p);
    if (!cl.parse(p))
        return cl.parseExitCode();
    if (!p.isSet(QStringLiteral("serial")))
        return cl.usageError(CliText::tr("scan needs --serial DEV"));

    BusScanOptions o;
    if (const int rc = readScanOptions(cl, p, &o); rc != ExitOk)
        return rc;
    printScanStart(cl, o);
    const bool json = p.isSet(QStringLiteral("json"));
    const BusScanResult r = scanBus(cl, o, json);

    if (r.lineError) {
        cl.err() << CliText::tr("commissioner-cli: cannot use %1: %2")
                        .arg(o.device, describeLinkError(*r.lineError))
                 << Qt::endl;
        return ExitUnreachable;
    }
    if (json) {
        printScanJson(cl, r);
    } else {
        cl.out() << CliText::tr("%n meter(s) found in %1 s%2", nullptr, int(r.found.size()))
                        .arg(r.elapsedMs / 1000)
                        .arg(r.cancelled ? CliText::tr(" (stopped early)") : QString())
                 << Qt::endl;
    }
    if (r.cancelled)
        return ExitCancelled;
    return r.found.isEmpty() ? ExitUnreachable : ExitOk;
}

} // namespace commissioner::cli

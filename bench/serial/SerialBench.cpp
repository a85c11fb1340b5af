// bench-serial: the upgrade over Modbus RTU through a paced pty bridge (issue 9 part a).
// The bridge carries bytes no faster than the wire at BAUD with 11 bits a character (8E1)
// and keeps 3.5 characters of silence between frames. The best the wire allows with the
// spec's data window, for a 240-byte block:
//   request 7 + 246 + 2 = 255 characters, answer 8, two silences of 3.5  = 270 characters
//   = 270 x 11 bits per 240 bytes of image.
// The job's transfer rate is printed beside that ceiling, with their ratio.
#include "BareLoop.h"
#include "BenchImage.h"
#include "BenchReport.h"
#include "BenchSim.h"
#include "JobRun.h"
#include "PacedBridge.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

using namespace bench;

namespace {

constexpr int BitsPerChar = 11;
constexpr double CharsPerBlock = (7 + 240 + 6 + 2) + 8 + 2 * 3.5; // 270

double wireCeiling(int baud)
{
    return 240.0 / (CharsPerBlock * BitsPerChar / baud);
}

struct RunFigures
{
    double jobRate = 0;
    double jobTotal = 0;
    double bareRate = 0;
    qint64 extra = 0;
    int retries = 0;
    qint64 lateUs = 0;
    QString outcome;
};

bool startMeter(BenchSim& sim, const PacedBridge& bridge, int baud, const QString& state)
{
    return sim.start({QStringLiteral("--serial"), bridge.meterSide(), QStringLiteral("--baud"),
                      QString::number(baud), QStringLiteral("--parity"), QStringLiteral("E"),
                      QStringLiteral("--type"), QStringLiteral("7350"), QStringLiteral("--state"),
                      state, QStringLiteral("--verify-ms"), QStringLiteral("100"),
                      QStringLiteral("--install-ms"), QStringLiteral("300")});
}

RunFigures runBaud(int baud, int size, bool bare)
{
    RunFigures r;
    QTemporaryDir dir;
    const commissioner::UpgradeImage image = makeBenchImage(dir.path(), size);
    {
        PacedBridge bridge(baud, BitsPerChar);
        QString error;
        BenchSim sim;
        const QString state = dir.path() + QStringLiteral("/meter.json");
        if (!bridge.start(&error) || !startMeter(sim, bridge, baud, state)) {
            r.outcome = error.isEmpty() ? sim.error() : error;
            return r;
        }
        JobRunOptions o;
        o.link.kind = commissioner::LinkDescription::Kind::Serial;
        o.link.device = bridge.toolSide();
        o.link.baudRate = baud;
        o.link.parity = 'E';
        o.dataDir = dir.path() + QStringLiteral("/data");
        const JobFigures f = runUpgradeJob(image, o);
        r.outcome = f.outcomeName;
        r.jobRate = f.outcome == commissioner::UpgradeOutcome::Succeeded ? f.rate() : 0;
        r.jobTotal = f.totalSeconds;
        r.retries = f.retries;
        r.lateUs = bridge.maxLateUs();
        sim.kill9();
        r.extra =
            qint64(BenchSim::dump(state).value(QStringLiteral("bytes_received_total")).toDouble()) -
            size;
    }
    if (bare) {
        PacedBridge bridge(baud, BitsPerChar);
        BenchSim sim;
        const QString state = dir.path() + QStringLiteral("/bare.json");
        if (bridge.start() && startMeter(sim, bridge, baud, state)) {
            const BareFigures b = runBareLoopRtu(bridge.toolSide(), baud, image.payload,
                                                 image.payloadSha256, 240, false);
            r.bareRate = b.ok ? b.rate() : 0;
            if (!b.ok)
                say(QStringLiteral("  bare loop: %1").arg(b.error));
        }
    }
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    quietLogs();
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "The upgrade over RTU through a paced pty bridge, beside the wire's ceiling."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("bauds"), QStringLiteral("Comma-separated baud rates (9600,19200,115200)."),
         QStringLiteral("LIST"), QStringLiteral("9600,19200,115200")},
        {QStringLiteral("seconds"),
         QStringLiteral("Image sized for about this long a transfer at the ceiling (8)."),
         QStringLiteral("S"), QStringLiteral("8")},
        {QStringLiteral("bare"),
         QStringLiteral("Also run a bare libmodbus RTU loop through the same bridge.")},
        {QStringLiteral("full"),
         QStringLiteral("25 s images and --bare: the issue's 10-30 s runs.")},
    });
    p.process(app);
    const bool full = p.isSet(QStringLiteral("full"));
    const int seconds = full ? 25 : std::clamp(p.value(QStringLiteral("seconds")).toInt(), 1, 120);
    const bool bare = full || p.isSet(QStringLiteral("bare"));

    say(QStringLiteral(
        "bench-serial: UpgradeJob over Modbus RTU (8E1, 11 bits a character) through a paced pty "
        "bridge to metersim --serial; 240-byte blocks; ceiling = 240 bytes per 270 characters"));
    for (const QString& t :
         p.value(QStringLiteral("bauds")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int baud = std::clamp(t.toInt(), 1200, 921600);
        const int blocks = std::max(4, int(seconds * wireCeiling(baud) / 240));
        const int size = blocks * 240;
        const RunFigures r = runBaud(baud, size, bare);
        const double ceiling = wireCeiling(baud);
        say(QStringLiteral(
                "  %1 baud, image %2 bytes: ceiling %3 B/s, job %4 B/s, ratio %5%6  (job: %7, "
                "whole upgrade %8 s, "
                "bytes beyond the image %9, retries %10, bridge's worst lateness %11 ms)")
                .arg(baud, 6)
                .arg(size)
                .arg(ceiling, 0, 'f', 1)
                .arg(r.jobRate, 0, 'f', 1)
                .arg(r.jobRate / ceiling, 0, 'f', 3)
                .arg(bare ? QStringLiteral(", bare libmodbus %1 B/s (ratio %2)")
                                .arg(r.bareRate, 0, 'f', 1)
                                .arg(r.bareRate / ceiling, 0, 'f', 3)
                          : QString())
                .arg(r.outcome)
                .arg(r.jobTotal, 0, 'f', 1)
                .arg(r.extra)
                .arg(r.retries)
                .arg(r.lateUs / 1000.0, 0, 'f', 2));
    }
    return 0;
}

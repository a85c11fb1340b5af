// bench-transfer: the upgrade job's transfer rate over Modbus TCP against metersim, beside a
// bare libmodbus loop writing the same 240-byte blocks (issue 3; issue 9 part b).
//
//   bench-transfer                      4 MiB over loopback, 3 runs of each, medians
//   bench-transfer --rtt-ms 50,300      through a delaying relay (sizes for ~--seconds each)
#include "BareLoop.h"
#include "BenchImage.h"
#include "BenchReport.h"
#include "BenchSim.h"
#include "DelayProxy.h"
#include "JobRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

using namespace bench;

namespace {

struct Setup
{
    int rttMs = 0;
    int size = 0;
    int runs = 1;
    bool stateFile = false; // metersim --state: the meter writes every block to a file
};

QStringList simArgs(const QString& state)
{
    QStringList a{QStringLiteral("--tcp"),        QStringLiteral("127.0.0.1:0"),
                  QStringLiteral("--type"),       QStringLiteral("7350"),
                  QStringLiteral("--verify-ms"),  QStringLiteral("100"),
                  QStringLiteral("--install-ms"), QStringLiteral("300")};
    if (!state.isEmpty())
        a << QStringLiteral("--state") << state;
    return a;
}

// One run on a fresh meter: the job (job=true) or the bare loop. Returns bytes/s, 0 on failure.
double runOnce(const Setup& s, bool job, qint64* extraBytes, double* totalSeconds,
               double* cpuPerBlockUs)
{
    QTemporaryDir dir;
    const QString state = s.stateFile ? dir.path() + QStringLiteral("/meter.json") : QString();
    BenchSim sim;
    if (!sim.start(simArgs(state))) {
        say(QStringLiteral("  metersim: %1").arg(sim.error()));
        return 0;
    }
    std::unique_ptr<DelayProxy> proxy;
    int port = sim.tcpPort();
    if (s.rttMs > 0) {
        proxy = std::make_unique<DelayProxy>(port, s.rttMs / 2);
        if (!proxy->start()) {
            say(QStringLiteral("  cannot start the delaying relay"));
            return 0;
        }
        port = proxy->port();
    }
    const commissioner::UpgradeImage image = makeBenchImage(dir.path(), s.size);
    double rate = 0;
    if (job) {
        JobRunOptions o;
        o.link.kind = commissioner::LinkDescription::Kind::Tcp;
        o.link.host = QStringLiteral("127.0.0.1");
        o.link.port = port;
        o.dataDir = dir.path() + QStringLiteral("/data");
        const JobFigures f = runUpgradeJob(image, o);
        if (f.outcome != commissioner::UpgradeOutcome::Succeeded)
            say(QStringLiteral("  job: %1").arg(f.outcomeName));
        else
            rate = f.rate();
        *cpuPerBlockUs =
            f.transferBytes > 0 ? f.transferCpuSeconds * 1e6 / (double(f.transferBytes) / 240) : 0;
        if (totalSeconds)
            *totalSeconds = f.totalSeconds;
        if (extraBytes)
            *extraBytes = f.bytesSent - s.size; // the job's own count (without --state)
    } else {
        const BareFigures f =
            runBareLoop(QStringLiteral("127.0.0.1"), port, image.payload, image.payloadSha256);
        if (!f.ok || !f.committed)
            say(QStringLiteral("  bare loop: %1")
                    .arg(f.ok ? QStringLiteral("the meter's hash check failed") : f.error));
        else
            rate = f.rate();
        *cpuPerBlockUs =
            f.transferBytes > 0 ? f.transferCpuSeconds * 1e6 / (double(f.transferBytes) / 240) : 0;
    }
    if (proxy)
        proxy->stop();
    sim.kill9();
    if (extraBytes && !state.isEmpty()) {
        const auto d = BenchSim::dump(state);
        *extraBytes = qint64(d.value(QStringLiteral("bytes_received_total")).toDouble()) - s.size;
    }
    return rate;
}

void runSetup(const Setup& s)
{
    QVector<double> job, bare, totals, pairs, jobCpu, bareCpu;
    qint64 extra = 0, maxExtra = 0;
    for (int i = 0; i < s.runs; ++i) {
        double total = 0, jc = 0, bc = 0;
        job << runOnce(s, true, &extra, &total, &jc);
        totals << total;
        maxExtra = std::max(maxExtra, extra);
        bare << runOnce(s, false, nullptr, nullptr, &bc);
        jobCpu << jc;
        bareCpu << bc;
        if (bare.last() > 0)
            pairs << job.last() / bare.last();
    }
    const double j = median(job), b = median(bare);
    say(QStringLiteral("image %1 bytes, added round trip %2 ms, %3 run(s) of each (medians):")
            .arg(s.size)
            .arg(s.rttMs)
            .arg(s.runs));
    QStringList each;
    for (int i = 0; i < job.size(); ++i)
        each
            << QStringLiteral("%1/%2").arg(job[i] / 1024, 0, 'f', 1).arg(bare[i] / 1024, 0, 'f', 1);
    say(QStringLiteral("  job  %1   bare libmodbus %2   ratio %3   (runs job/bare KiB/s: %4)")
            .arg(kib(j), kib(b))
            .arg(b > 0 ? j / b : 0, 0, 'f', 3)
            .arg(each.join(QLatin1Char(' '))));
    say(QStringLiteral("  median of the per-run ratios %1 (min %2, max %3); client CPU per block: "
                       "job %4 us, bare %5 us")
            .arg(median(pairs), 0, 'f', 3)
            .arg(pairs.isEmpty() ? 0 : *std::min_element(pairs.begin(), pairs.end()), 0, 'f', 3)
            .arg(pairs.isEmpty() ? 0 : *std::max_element(pairs.begin(), pairs.end()), 0, 'f', 3)
            .arg(median(jobCpu), 0, 'f', 1)
            .arg(median(bareCpu), 0, 'f', 1));
    say(QStringLiteral("  job whole upgrade (identify .. confirmed): %1 s median; bytes sent "
                       "beyond the image: %2")
            .arg(median(totals), 0, 'f', 2)
            .arg(maxExtra));
    if (s.rttMs > 0)
        say(QStringLiteral("  ceiling of 240 bytes per round trip: %1 (ratio job/ceiling %2)")
                .arg(kib(240.0 * 1000 / s.rttMs))
                .arg(j / (240.0 * 1000 / s.rttMs), 0, 'f', 3));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    quietLogs();
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Upgrade job vs bare libmodbus over Modbus TCP against metersim."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("size-kib"), QStringLiteral("Image size without added round trip (4096)."),
         QStringLiteral("N"), QStringLiteral("4096")},
        {QStringLiteral("runs"), QStringLiteral("Runs of each (3 on loopback, 1 with --rtt-ms)."),
         QStringLiteral("N")},
        {QStringLiteral("rtt-ms"),
         QStringLiteral("Comma-separated added round trips, through a delaying relay."),
         QStringLiteral("LIST")},
        {QStringLiteral("seconds"),
         QStringLiteral("With --rtt-ms: image sized for about this long a transfer (5)."),
         QStringLiteral("S"), QStringLiteral("5")},
        {QStringLiteral("state"),
         QStringLiteral("Give metersim a --state file (it then writes every block to disk).")},
    });
    p.process(app);

    QVector<Setup> setups;
    if (p.isSet(QStringLiteral("rtt-ms"))) {
        for (const QString& t :
             p.value(QStringLiteral("rtt-ms")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            Setup s;
            s.rttMs = std::clamp(t.toInt(), 0, 5000);
            const int blocks =
                s.rttMs > 0
                    ? std::max(4, p.value(QStringLiteral("seconds")).toInt() * 1000 / s.rttMs)
                    : 0;
            s.size =
                s.rttMs > 0 ? blocks * 240 : p.value(QStringLiteral("size-kib")).toInt() * 1024;
            s.runs = p.isSet(QStringLiteral("runs")) ? p.value(QStringLiteral("runs")).toInt() : 1;
            setups << s;
        }
    } else {
        Setup s;
        s.size = std::clamp(p.value(QStringLiteral("size-kib")).toInt(), 1, 4096) * 1024;
        s.runs = p.isSet(QStringLiteral("runs")) ? p.value(QStringLiteral("runs")).toInt() : 3;
        setups << s;
    }
    say(QStringLiteral(
            "bench-transfer: UpgradeJob vs bare libmodbus, Modbus TCP on 127.0.0.1, metersim 7350, "
            "240-byte blocks; transfer stage only (first block .. last block answered); meter "
            "state %1")
            .arg(p.isSet(QStringLiteral("state")) ? QStringLiteral("in a --state file")
                                                  : QStringLiteral("in memory")));
    for (Setup& s : setups) {
        s.runs = std::clamp(s.runs, 1, 20);
        s.stateFile = p.isSet(QStringLiteral("state"));
        runSetup(s);
    }
    return 0;
}

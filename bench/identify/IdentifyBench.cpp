// How long a technician waits for `identify` over TCP loopback: the whole command as a
// process (start, connect, one read of the identity block and one of the upgrade registers,
// exit), and the in-process part alone (open the link, read the identity block). Prints
// figures; the target (under 50 ms) is checked by reading them, never by a timed test.
#include "BenchSim.h"
#include "MeterClientFactory.h"
#include "meter/MeterQueries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
struct Stats
{
    double median, p95, max;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 95 / 100)], v.back()};
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(5, atoi(argv[1])) : 30;

    bench::BenchSim sim;
    if (!sim.start({QStringLiteral("--tcp"), QStringLiteral("0")})) {
        std::fprintf(stderr, "metersim: %s\n", qPrintable(sim.error()));
        return 1;
    }
    const QString endpoint = QStringLiteral("127.0.0.1:%1").arg(sim.tcpPort());

    std::vector<double> command;
    for (int i = 0; i < runs; ++i) {
        QProcess cli;
        QElapsedTimer t;
        t.start();
        cli.start(QStringLiteral(BENCH_CLI_PATH),
                  {QStringLiteral("--tcp"), endpoint, QStringLiteral("identify")});
        if (!cli.waitForFinished(10000) || cli.exitCode() != 0) {
            std::fprintf(stderr, "identify failed: %s\n", cli.readAllStandardError().constData());
            return 1;
        }
        command.push_back(t.nsecsElapsed() / 1e6);
    }

    std::vector<double> inProcess;
    commissioner::LinkSettings link;
    link.port = sim.tcpPort();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto client = commissioner::MeterClientFactory::open(link);
        if (!client || !commissioner::readIdentity(*client.value())) {
            std::fprintf(stderr, "in-process identify failed\n");
            return 1;
        }
        inProcess.push_back(t.nsecsElapsed() / 1e6);
    }

    const Stats c = stats(command);
    const Stats p = stats(inProcess);
    std::printf("identify over TCP loopback, %d runs each (target: under 50 ms)\n", runs);
    std::printf(
        "  commissioner-cli identify (whole process): median %.1f ms, p95 %.1f ms, max %.1f ms\n",
        c.median, c.p95, c.max);
    std::printf(
        "  open link + identity read (in process):    median %.2f ms, p95 %.2f ms, max %.2f ms\n",
        p.median, p.p95, p.max);
    return 0;
}

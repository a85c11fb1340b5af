// paced-pty-bridge: two pseudo-terminals joined by a paced model of an RS-485 line, for
// trying the CLI or metersim by hand at a real wire's speed:
//   paced-pty-bridge --baud 9600 &   # prints "READY tool /dev/pts/N" and "READY meter /dev/pts/M"
//   metersim --serial /dev/pts/M --baud 9600 &
//   commissioner-cli --serial /dev/pts/N --baud 9600 identify
// Runs until SIGINT/SIGTERM or --seconds (default 600) have passed.
#include "BenchReport.h"
#include "PacedBridge.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <csignal>
#include <thread>

namespace {
volatile std::sig_atomic_t g_stop = 0;
extern "C" void onSignal(int)
{
    g_stop = 1;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Two ptys joined by a paced RS-485 line model."));
    p.addHelpOption();
    p.addOptions({{QStringLiteral("baud"), QStringLiteral("Baud rate (19200)."),
                   QStringLiteral("N"), QStringLiteral("19200")},
                  {QStringLiteral("bits"), QStringLiteral("Bits a character (11: 8E1 or 8N2)."),
                   QStringLiteral("N"), QStringLiteral("11")},
                  {QStringLiteral("seconds"), QStringLiteral("Stop after this long (600)."),
                   QStringLiteral("S"), QStringLiteral("600")}});
    p.process(app);
    bench::PacedBridge bridge(std::clamp(p.value(QStringLiteral("baud")).toInt(), 300, 4000000),
                              std::clamp(p.value(QStringLiteral("bits")).toInt(), 7, 12));
    QString error;
    if (!bridge.start(&error)) {
        bench::say(error);
        return 1;
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    bench::say(QStringLiteral("READY tool %1").arg(bridge.toolSide()));
    bench::say(QStringLiteral("READY meter %1").arg(bridge.meterSide()));
    const int limitMs = std::clamp(p.value(QStringLiteral("seconds")).toInt(), 1, 86400) * 1000;
    for (int waited = 0; !g_stop && waited < limitMs; waited += 100)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    bridge.stop();
    bench::say(QStringLiteral("bytes carried: %1").arg(bridge.bytesCarried()));
    return 0;
}

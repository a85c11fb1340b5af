// metersim: one or more EM7300-series meters behind TCP, RTU-over-TCP and serial listeners.
// stdout carries only READY and EVENT lines (tests parse them); everything else is stderr.
#include "CommandLine.h"
#include "MeterNode.h"
#include "SimLogging.h"
#include "SimulatorHost.h"
#include "StateDump.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <csignal>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

void printLine(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

[[noreturn]] void dieLikeKill9()
{
#ifdef Q_OS_UNIX
    ::raise(SIGKILL);
#endif
    std::_Exit(137);
}

extern "C" void onTerminate(int)
{
    // Every state change is already stored: nothing to tidy, and exit() is not signal-safe.
    std::_Exit(0);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("metersim"));
    // Quiet by default (a chatty stderr can fill a test's pipe); QT_LOGGING_RULES wins.
    QLoggingCategory::setFilterRules(QStringLiteral("metersim.*.debug=false"));

    const metersim::CommandLine cl = metersim::CommandLine::parse(QCoreApplication::arguments());
    if (cl.helpShown) {
        std::fputs(metersim::CommandLine::helpText().toUtf8().constData(), stdout);
        return 0;
    }
    if (!cl.ok) {
        std::fprintf(stderr, "metersim: %s (see --help)\n", qPrintable(cl.error));
        return 2;
    }
    if (cl.dump) {
        QString error;
        const QJsonObject state = metersim::StateDump::dump(cl.statePath, &error);
        if (state.isEmpty()) {
            std::fprintf(stderr, "metersim: %s\n", qPrintable(error));
            return 1;
        }
        std::fputs(QJsonDocument(state).toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }

    std::signal(SIGTERM, onTerminate);
    std::signal(SIGINT, onTerminate);

    metersim::HostConfig config = cl.host;
    config.processDiesOnPowerLoss = true;
    metersim::SimulatorHost host(config);
    QObject::connect(&host, &metersim::SimulatorHost::listenerReady,
                     [](const QString& kind, const QString& address) {
                         printLine(QStringLiteral("READY %1 %2").arg(kind, address));
                     });
    QObject::connect(&host, &metersim::SimulatorHost::meterEvent,
                     [](const QString& text) { printLine(QStringLiteral("EVENT ") + text); });
    QObject::connect(&host, &metersim::SimulatorHost::powerLoss, [](metersim::MeterNode* node) {
        printLine(QStringLiteral("EVENT power-loss unit=%1 next_offset=%2")
                      .arg(node->unitId())
                      .arg(node->model().nextOffset()));
        dieLikeKill9();
    });
    if (!host.start()) {
        std::fprintf(stderr, "metersim: %s\n", qPrintable(host.errorString()));
        return 1;
    }
    return app.exec();
}

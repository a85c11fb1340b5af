#include "CommandLine.h"

#include <QDir>
#include <QStandardPaths>
#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

#include "CliText.h"
#include "ErrorText.h"
#include "ExitCodes.h"
#include "MeterClientFactory.h"

namespace commissioner::cli {

namespace {
// The shared options that take a value: the command word is found by skipping them.
const QStringList kValueOptions = {
    QStringLiteral("tcp"),        QStringLiteral("rtu-tcp"),    QStringLiteral("serial"),
    QStringLiteral("baud"),       QStringLiteral("parity"),     QStringLiteral("stop-bits"),
    QStringLiteral("modem"),      QStringLiteral("phone"),      QStringLiteral("init"),
    QStringLiteral("unit"),       QStringLiteral("timeout-ms"), QStringLiteral("retries"),
    QStringLiteral("backoff-ms"), QStringLiteral("data-dir"),
};

bool parseHostPort(const QString& text, int defaultPort, QString* host, int* port)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0) {
        if (defaultPort < 0)
            return false;
        *host = text;
        *port = defaultPort;
        return !host->isEmpty();
    }
    bool ok = false;
    *host = text.left(colon);
    *port = text.mid(colon + 1).toInt(&ok);
    return ok && !host->isEmpty() && *port > 0 && *port < 65536;
}
} // namespace

CommandLine::CommandLine(QStringList args, QTextStream& out, QTextStream& err)
    : m_args(std::move(args)), m_out(out), m_err(err)
{
}

void CommandLine::addCommonOptions(QCommandLineParser& p)
{
    p.addOptions({
        {QStringLiteral("tcp"), CliText::tr("Modbus TCP to HOST (port 502 unless given)."),
         QStringLiteral("HOST[:PORT]")},
        {QStringLiteral("rtu-tcp"), CliText::tr("Modbus RTU through a TCP gateway."),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("serial"),
         CliText::tr("Modbus RTU on a serial port (COM10, /dev/ttyUSB0)."), QStringLiteral("DEV")},
        {QStringLiteral("baud"), CliText::tr("Serial baud rate (default 19200)."),
         QStringLiteral("N")},
        {QStringLiteral("parity"), CliText::tr("Serial parity N, E or O (default E)."),
         QStringLiteral("P")},
        {QStringLiteral("stop-bits"), CliText::tr("Serial stop bits 1 or 2 (default 1)."),
         QStringLiteral("N")},
        {QStringLiteral("rs485"), CliText::tr("Ask the serial driver for RS-485 mode.")},
        {QStringLiteral("modem"), CliText::tr("Dial through a Hayes modem on DEV."),
         QStringLiteral("DEV")},
        {QStringLiteral("phone"), CliText::tr("The number the modem dials."),
         QStringLiteral("NUMBER")},
        {QStringLiteral("init"), CliText::tr("The modem's init string (default ATZ)."),
         QStringLiteral("STRING")},
        {QStringLiteral("pulse"), CliText::tr("Pulse dialing instead of tone.")},
        {QStringLiteral("unit"), CliText::tr("The meter's unit ID (default 1)."),
         QStringLiteral("N")},
        {QStringLiteral("timeout-ms"), CliText::tr("Response timeout per request."),
         QStringLiteral("MS")},
        {QStringLiteral("retries"), CliText::tr("Retries per request (default 3)."),
         QStringLiteral("N")},
        {QStringLiteral("backoff-ms"), CliText::tr("Pause before the first retry (default 100)."),
         QStringLiteral("MS")},
        {QStringLiteral("data-dir"),
         CliText::tr(
             "Where logs, backups, packages and journals go (default: the app data folder)."),
         QStringLiteral("DIR")},
    });
}

int CommandLine::commandIndex(const QStringList& args)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--"))
            return i + 1 < args.size() ? i + 1 : -1;
        if (a.startsWith(QLatin1Char('-'))) {
            const QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
            if (!name.contains(QLatin1Char('=')) && kValueOptions.contains(name))
                ++i;
            continue;
        }
        return i;
    }
    return -1;
}

bool CommandLine::parse(QCommandLineParser& parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addCommonOptions(parser);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CliText::tr("Show this command's options."));
    parser.addOption(help);
    if (!parser.parse(m_args)) {
        usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // Qt's first line names the program's path; the rest lists the options.
        QString text = parser.helpText();
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
        m_out
            << CliText::tr(
                   "Usage: commissioner-cli [LINK] COMMAND [OPTIONS] (see commissioner-cli --help)")
            << '\n'
            << text;
        m_out.flush();
        m_helpShown = true;
        return false;
    }
    return true;
}

int CommandLine::parseExitCode() const
{
    return m_helpShown ? ExitOk : ExitUsage;
}

int CommandLine::usageError(const QString& message)
{
    m_err << CliText::tr("commissioner-cli: %1 (see --help)").arg(message) << Qt::endl;
    return ExitUsage;
}

std::optional<LinkSettings> CommandLine::linkSettings(const QCommandLineParser& p)
{
    LinkSettings s;
    const int kinds =
        int(p.isSet(QStringLiteral("tcp"))) + int(p.isSet(QStringLiteral("rtu-tcp"))) +
        int(p.isSet(QStringLiteral("serial"))) + int(p.isSet(QStringLiteral("modem")));
    if (kinds == 0) {
        usageError(CliText::tr("no link given: use --tcp, --rtu-tcp, --serial or --modem"));
        return std::nullopt;
    }
    if (kinds > 1) {
        usageError(CliText::tr("give only one of --tcp, --rtu-tcp, --serial, --modem"));
        return std::nullopt;
    }
    auto intOption = [&](const QString& name, int lo, int hi, int* out) {
        if (!p.isSet(name))
            return true;
        bool ok = false;
        const int v = p.value(name).toInt(&ok);
        if (!ok || v < lo || v > hi) {
            usageError(CliText::tr("--%1 must be a number from %2 to %3, not \"%4\"")
                           .arg(name)
                           .arg(lo)
                           .arg(hi)
                           .arg(p.value(name)));
            return false;
        }
        *out = v;
        return true;
    };

    if (p.isSet(QStringLiteral("tcp"))) {
        s.kind = LinkDescription::Kind::Tcp;
        if (!parseHostPort(p.value(QStringLiteral("tcp")), 502, &s.host, &s.port)) {
            usageError(CliText::tr("--tcp wants HOST or HOST:PORT, not \"%1\"")
                           .arg(p.value(QStringLiteral("tcp"))));
            return std::nullopt;
        }
    } else if (p.isSet(QStringLiteral("rtu-tcp"))) {
        s.kind = LinkDescription::Kind::RtuOverTcp;
        if (!parseHostPort(p.value(QStringLiteral("rtu-tcp")), -1, &s.host, &s.port)) {
            usageError(CliText::tr("--rtu-tcp wants HOST:PORT, not \"%1\"")
                           .arg(p.value(QStringLiteral("rtu-tcp"))));
            return std::nullopt;
        }
    } else {
        const bool modem = p.isSet(QStringLiteral("modem"));
        s.kind = modem ? LinkDescription::Kind::Modem : LinkDescription::Kind::Serial;
        s.device = p.value(modem ? QStringLiteral("modem") : QStringLiteral("serial"));
        if (modem) {
            s.phoneNumber = p.value(QStringLiteral("phone"));
            if (s.phoneNumber.isEmpty()) {
                usageError(CliText::tr("--modem needs --phone NUMBER"));
                return std::nullopt;
            }
            if (p.isSet(QStringLiteral("init")))
                s.modemInit = p.value(QStringLiteral("init"));
            s.pulseDialing = p.isSet(QStringLiteral("pulse"));
            s.retry = RetryPolicy::forModem();
        }
    }
    if (!intOption(QStringLiteral("baud"), 300, 921600, &s.baudRate) ||
        !intOption(QStringLiteral("stop-bits"), 1, 2, &s.stopBits) ||
        !intOption(QStringLiteral("unit"), 1, 247, &s.unitId) ||
        !intOption(QStringLiteral("timeout-ms"), 10, 600000, &s.retry.responseTimeoutMs) ||
        !intOption(QStringLiteral("retries"), 0, 100, &s.retry.retries) ||
        !intOption(QStringLiteral("backoff-ms"), 0, 60000, &s.retry.backoffMs))
        return std::nullopt;
    if (p.isSet(QStringLiteral("parity"))) {
        const QString v = p.value(QStringLiteral("parity")).toUpper();
        if (v != QLatin1String("N") && v != QLatin1String("E") && v != QLatin1String("O")) {
            usageError(CliText::tr("--parity must be N, E or O, not \"%1\"")
                           .arg(p.value(QStringLiteral("parity"))));
            return std::nullopt;
        }
        s.parity = v.at(0).toLatin1();
    }
    s.rs485 = p.isSet(QStringLiteral("rs485"));
    return s;
}

std::unique_ptr<MeterClient> CommandLine::openLink(const LinkSettings& settings)
{
    LinkWarnings warnings;
    auto opened = MeterClientFactory::open(settings, &warnings);
    for (const LinkWarning& w : warnings) {
        switch (w.kind) {
        case LinkWarningKind::Rs485ModeRefused:
            m_err << CliText::tr("warning: %1 would not switch to RS-485 mode (%2); going on in "
                                 "its current mode")
                         .arg(settings.device, w.detail)
                  << Qt::endl;
            break;
        }
    }
    if (!opened) {
        m_err << CliText::tr("commissioner-cli: cannot open %1: %2")
                     .arg(settings.describe().summary(), describeLinkError(opened.error()))
              << Qt::endl;
        return nullptr;
    }
    return std::move(opened).value();
}

std::unique_ptr<MeterClient> CommandLine::connect(const QCommandLineParser& parser, int* exitCode)
{
    const auto settings = linkSettings(parser);
    if (!settings) {
        *exitCode = ExitUsage;
        return nullptr;
    }
    auto client = openLink(*settings);
    *exitCode = client ? ExitOk : ExitUnreachable;
    return client;
}

std::optional<MeterSnapshot> CommandLine::readSnapshot(MeterClient& client, int* exitCode)
{
    const auto snapshot = commissioner::readSnapshot(client);
    if (!snapshot) {
        m_err << CliText::tr("commissioner-cli: %1").arg(describeLinkError(snapshot.error()))
              << Qt::endl;
        *exitCode = exitCodeFor(snapshot.error());
        return std::nullopt;
    }
    *exitCode = ExitOk;
    return snapshot.value();
}

QString CommandLine::dataDir(const QCommandLineParser& p) const
{
    if (p.isSet(QStringLiteral("data-dir")))
        return QDir(p.value(QStringLiteral("data-dir"))).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool CommandLine::interactive() const
{
    return isatty(fileno(stdin)) && isatty(fileno(stdout));
}

bool CommandLine::confirm(const QString& question)
{
    if (!isatty(fileno(stdin)))
        return false;
    m_out << question << CliText::tr(" [y/N] ") << Qt::flush;
    std::string line;
    if (!std::getline(std::cin, line))
        return false;
    const QString answer = QString::fromStdString(line).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") ||
           answer == CliText::tr("y") || answer == CliText::tr("yes");
}

} // namespace commissioner::cli

#include "CliText.h"
#include "Commands.h"
#include "ExitCodes.h"
#include "Localisation.h"
#include "TemplateCommands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <cstdio>
#include <memory>

using namespace commissioner::cli;

namespace {

void printHelp(QTextStream& out)
{
    out << CliText::tr(
        "Usage: commissioner-cli [LINK] [OPTIONS] COMMAND [ARGS]\n"
        "\n"
        "Commissioning tool for EM7300-series Modbus power meters.\n"
        "\n"
        "Link (one of):\n"
        "  --tcp HOST[:PORT]        Modbus TCP (port 502 unless given)\n"
        "  --rtu-tcp HOST:PORT      Modbus RTU through a TCP gateway\n"
        "  --serial DEV             Modbus RTU on a serial port (COM10, /dev/ttyUSB0)\n"
        "      [--baud N] [--parity N|E|O] [--stop-bits 1|2] [--rs485]\n"
        "                           (default 19200 baud, even parity, 1 stop bit)\n"
        "  --modem DEV --phone NUMBER [--init STRING] [--pulse]\n"
        "                           dial through a Hayes modem, then Modbus RTU\n"
        "Options:\n"
        "  --unit N                 unit ID (default 1)\n"
        "  --timeout-ms MS          response timeout per request (default 1000; 5000 on a modem)\n"
        "  --retries N              retries per request (default 3)\n"
        "  --backoff-ms MS          pause before the first retry, doubling after (default 100)\n"
        "  --data-dir DIR           where logs, backups, packages and journals go\n"
        "  --verbose                log what happens on the wire to stderr\n"
        "\n"
        "Commands:\n"
        "  identify [--json]        the meter's identity, mode and active events\n"
        "  read-live [--json] [--count N] [--interval-ms MS]\n"
        "                           live readings\n"
        "  scan --serial DEV [--bauds LIST] [--parities LIST] [--units A-B] [--first]\n"
        "                           find meters when baud rate, parity and unit ID are unknown\n"
        "  status [--json]          what state the meter is in (upgrade pending, stuck...)\n"
        "  upgrade FILE [--yes] [--allow-unsigned] [--allow-downgrade] [--keys DIR]\n"
        "          [--outage-wait S] [--install-margin S] [--restore-template]\n"
        "                           upgrade the firmware from a .UPG package (resumable)\n"
        "  template save FILE [--reason R]  save the meter's settings to a template file\n"
        "  template diff FILE [FILE2] [--changed]\n"
        "                           compare a template with the meter or another file (exit 0 "
        "equal, 1 differ)\n"
        "  template restore FILE [--groups LIST] [--dry-run] [--force-type] [--yes]\n"
        "                           write a template (all but communications unless named), then "
        "read back\n"
        "  template list [--meter SERIAL]  template backups, newest first\n"
        "  clock sync | clock show  set the meter's clock from this computer (UTC), or show it\n"
        "  config show [NAME|GROUP...] [--json]  the meter's settings, units and allowed values\n"
        "  config set NAME=VALUE... [--yes] [--preset-energy] [--dry-run]\n"
        "                           check every value, back up, write, read back (COMM_* last, "
        "then\n"
        "                           the tool follows the meter to its new unit/baud/parity)\n"
        "  config history [--meter SERIAL] [--json]  the recorded changes of settings\n"
        "  report --out FILE.pdf|FILE.html [--technician NAME]  the commissioning report\n"
        "  recover [--package FILE] [--packages DIR] [--restore-template] [--yes] "
        "[--allow-unsigned]\n"
        "                           finish an interrupted upgrade: the package is found by the\n"
        "                           meter's image SHA-256 and the transfer resumes at NEXT_OFFSET\n"
        "  recover --xmodem --serial DEV --package FILE [--wait-s N]\n"
        "                           a meter with no Modbus left: send the package to its XMODEM\n"
        "                           recovery bootloader (power-cycle the meter when asked)\n"
        "  upg inspect FILE [--json] | upg pack ... | upg keygen -o BASE\n"
        "                           .UPG packages (run `upg --help`)\n"
        "Every command takes --help for its own options.\n"
        "\n"
        "Exit codes:\n"
        "  0 done; 1 failed; 2 bad argument; 3 no answer from the meter or link not opened;\n"
        "  4 the meter answered a Modbus exception; 5 invalid package, key or input file;\n"
        "  6 refused by a check before anything was written; 7 cancelled or declined (a cancelled\n"
        "  upgrade stays resumable);\n"
        "  8 interrupted, the meter can be resumed; 9 the meter's image verification failed;\n"
        "  10 partial: settings refused by the meter or invalid in the file were left out "
        "(named),\n"
        "  the others written and read back.\n");
}

// `report` lays out a PDF with Qt Gui: on the offscreen platform, no display needed.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    const int commandAt = CommandLine::commandIndex(rawArgs);
    const bool needsGui = commandAt >= 0 && rawArgs[commandAt] == QLatin1String("report");
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::unique_ptr<QCoreApplication>(needsGui ? new QGuiApplication(argc, argv)
                                                      : new QCoreApplication(argc, argv));
}

// The log categories' info lines repeat what the commands print; --verbose or
// QT_LOGGING_RULES bring them back.
void quietLogsUnlessVerbose()
{
    if (!QCoreApplication::arguments().contains(QStringLiteral("--verbose")) &&
        qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral(
            "commissioner.*.debug=false\ncommissioner.*.info=false\ncommissioner.*.warning=false"));
}

// upg parses its own words; a --data-dir given before the command goes along.
QStringList upgWords(const QStringList& args, int at)
{
    QStringList words = args.mid(at);
    for (int i = 1; i < at; ++i) {
        if (args[i] == QLatin1String("--data-dir") && i + 1 < at)
            words << args[i] << args[i + 1];
        else if (args[i].startsWith(QLatin1String("--data-dir=")))
            words << args[i];
    }
    return words;
}

// The command's run function; args no longer hold the command word.
int runCommand(const QString& command, const QStringList& args, QTextStream& out, QTextStream& err)
{
    CommandLine cl(args, out, err);
    if (command == QLatin1String("identify"))
        return runIdentify(cl);
    if (command == QLatin1String("read-live"))
        return runReadLive(cl);
    if (command == QLatin1String("scan"))
        return runScan(cl);
    if (command == QLatin1String("status"))
        return runStatus(cl);
    if (command == QLatin1String("upgrade"))
        return runUpgrade(cl);
    if (command == QLatin1String("recover"))
        return runRecover(cl);
    if (command == QLatin1String("template"))
        return runTemplateCommand(cl);
    if (command == QLatin1String("clock"))
        return runClockCommand(cl);
    if (command == QLatin1String("config"))
        return runConfigCommand(cl);
    if (command == QLatin1String("report"))
        return runReportCommand(cl);
    if (command == QLatin1String("help")) {
        printHelp(out);
        return ExitOk;
    }
    return cl.usageError(CliText::tr("unknown command \"%1\"").arg(command));
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> appHolder = makeApplication(argc, argv);
    QCoreApplication& app = *appHolder;
    QCoreApplication::setApplicationName(QStringLiteral("Commissioner"));
    QCoreApplication::setOrganizationName(QStringLiteral("Commissioner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMMISSIONER_VERSION));
    // What it prints follows the system locale (LANG, LC_MESSAGES...) or COMMISSIONER_LANG.
    commissioner::app::installTranslations(
        &app, commissioner::app::uiLocale(commissioner::app::languageFromEnvironment()));
    quietLogsUnlessVerbose();

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeAll(QStringLiteral("--verbose"));

    const int at = CommandLine::commandIndex(args);
    if (at < 0) {
        if (args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"))) {
            out << "commissioner-cli " << COMMISSIONER_VERSION << '\n'
                << commissioner::app::libraryVersionsLine() << Qt::endl;
            return ExitOk;
        }
        printHelp(out);
        return args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))
                   ? ExitOk
                   : ExitUsage;
    }

    const QString command = args.takeAt(at);
    if (command == QLatin1String("upg"))
        return runUpgCommand(upgWords(args, at), out, err);
    return runCommand(command, args, out, err);
}

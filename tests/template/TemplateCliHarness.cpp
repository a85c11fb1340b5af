// The template and clock commands as their own program, for tests, while main.cpp's
// dispatch is being added: `template-cli-harness [LINK] template|clock SUB ...`.
#include <QCoreApplication>
#include <QTextStream>

#include "CommandLine.h"
#include "ExitCodes.h"
#include "TemplateCommands.h"

using namespace commissioner::cli;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    const int at = CommandLine::commandIndex(args);
    if (at < 0)
        return ExitUsage;
    const QString command = args.takeAt(at);
    CommandLine cl(args, out, err);
    if (command == QLatin1String("template"))
        return runTemplateCommand(cl);
    if (command == QLatin1String("clock"))
        return runClockCommand(cl);
    return cl.usageError(QStringLiteral("unknown command"));
}

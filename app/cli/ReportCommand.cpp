// `report --out FILE.pdf|FILE.html`: the commissioning report of the meter on the link.
#include "CliText.h"
#include "Commands.h"
#include "ErrorText.h"
#include "ExitCodes.h"
#include "ReportOutput.h"
#include "TemplateCommands.h"
#include "base/PrintableText.h"
#include "usecases/ReportUseCase.h"

#include <QDir>
#include <QFileInfo>

namespace commissioner::cli {

int runReportCommand(CommandLine& cl)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliText::tr(
        "report --out FILE.pdf|FILE.html [--technician NAME]: the commissioning report of the "
        "meter on the link: identity, firmware before and after its last upgrade, every setting, "
        "live readings, the checks done (the upgrade's checks, the settings against the latest "
        "backup) and the changes recorded."));
    p.addOption({QStringLiteral("out"), CliText::tr("The report file: .pdf or .html."),
                 QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("technician"),
         CliText::tr("Who commissioned the meter (default: the user name of this computer)."),
         QStringLiteral("NAME")});
    if (!cl.parse(p))
        return cl.parseExitCode();
    if (!p.positionalArguments().isEmpty())
        return cl.usageError(CliText::tr("report takes no arguments (the file goes with --out)"));
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return cl.usageError(CliText::tr("report needs --out FILE.pdf or --out FILE.html"));
    if (!app::reportFormatFor(out))
        return cl.usageError(
            CliText::tr("--out %1: the report is written as .pdf or .html").arg(out));

    // The profiles before the link: a bad profile is named without dialling anything.
    const DataFolder folder(cl.dataDir(p));
    const auto profiles = loadReportProfiles(folder);
    if (!profiles) {
        const TemplateError& e = profiles.error().profilesError;
        cl.err()
            << CliText::tr("commissioner-cli: device profiles: %1").arg(describeTemplateError(e))
            << Qt::endl;
        return exitCodeFor(e);
    }
    int code = ExitOk;
    auto client = cl.connect(p, &code);
    if (!client)
        return code;
    ReportRequest request;
    if (p.isSet(QStringLiteral("technician")))
        request.technician = p.value(QStringLiteral("technician"));
    const auto data = gatherReport(*client, folder, profiles.value(), request);
    if (!data) {
        const LinkError& e = data.error().linkError;
        cl.err() << CliText::tr("commissioner-cli: cannot identify the meter on %1: %2")
                        .arg(client->description().summary(), describeLinkError(e))
                 << Qt::endl;
        return exitCodeFor(e);
    }
    const QString path = QFileInfo(out).absoluteFilePath();
    QString error;
    if (!app::writeCommissioningReport(data.value(), path, &error)) {
        cl.err() << CliText::tr("commissioner-cli: %1").arg(error) << Qt::endl;
        return ExitFailed;
    }
    cl.out() << CliText::tr("Report on %1 %2 written to %3")
                    .arg(printableText(data->identity.modelName),
                         printableText(data->identity.serialNumber), QDir::toNativeSeparators(path))
             << '\n';
    // A report with holes is still written (it says what is missing), but the exit code tells.
    if (data->settingsError)
        cl.err() << CliText::tr("warning: the settings could not be read: %1")
                        .arg(describeTemplateError(*data->settingsError))
                 << '\n';
    if (data->readingsError)
        cl.err() << CliText::tr("warning: the live readings could not be read: %1")
                        .arg(describeLinkError(*data->readingsError))
                 << '\n';
    cl.out().flush();
    cl.err().flush();
    return reportComplete(data.value()) ? ExitOk : ExitFailed;
}

} // namespace commissioner::cli

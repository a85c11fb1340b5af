#include "RestoreOffer.h"

#include "CliText.h"
#include "EnergyText.h"
#include "ExitCodes.h"
#include "TemplateCommands.h"
#include "base/PrintableText.h"
#include "usecases/BackupOffer.h"
#include "usecases/TemplateRestoreUseCase.h"

namespace commissioner::cli {

namespace {

// The backup to offer (backupToOffer: the one handed over when it is this meter's, else its
// newest backup the tool took); a handed one of another meter is named and left out.
QString chooseBackup(CommandLine& cl, const DataFolder& folder, const MeterIdentity& meter,
                     const QString& handed)
{
    const BackupOffer offer = backupToOffer(folder, meter, handed);
    if (!offer.refusedPath.isEmpty())
        cl.err() << CliText::tr("commissioner-cli: the backup %1 is not of meter %2 (type %3): "
                                "it is not offered")
                        .arg(offer.refusedPath, printableText(meter.serialNumber))
                        .arg(meter.deviceType)
                 << Qt::endl;
    return offer.path;
}

int reportOffer(CommandLine& cl, const TemplateRestoreOutcome& r, const QString& path)
{
    switch (r.status) {
    case TemplateRestoreStatus::Restored:
        cl.out() << CliText::tr("Template restored from %1: %n setting(s) written and read back.",
                                nullptr, int(r.report.written.size()))
                        .arg(path)
                 << Qt::endl;
        return ExitOk;
    case TemplateRestoreStatus::NothingToWrite:
        cl.out() << CliText::tr("The meter already holds every setting of %1.").arg(path)
                 << Qt::endl;
        return ExitOk;
    case TemplateRestoreStatus::Declined:
        return ExitOk;
    case TemplateRestoreStatus::Refused:
        cl.err() << CliText::tr("commissioner-cli: nothing restored: %1")
                        .arg(describeTemplateError(*r.error))
                 << Qt::endl;
        return exitCodeFor(*r.error);
    default:
        break;
    }
    for (const RefusedSetting& refused : r.report.refused)
        cl.err() << CliText::tr("commissioner-cli: not restored: the meter refused %1")
                        .arg(refused.setting)
                 << Qt::endl;
    for (const InvalidSetting& bad : r.report.skipped)
        cl.err() << CliText::tr("commissioner-cli: not restored: setting %1 holds %2 in the "
                                "backup, which breaks its rule (%3)")
                        .arg(bad.name, bad.valueText, bad.error.rule)
                 << Qt::endl;
    if (r.status == TemplateRestoreStatus::Partial) {
        cl.err() << CliText::tr("Template restore PARTIAL from %1: %n setting(s) written and read "
                                "back; the others named above.",
                                nullptr, int(r.report.written.size()))
                        .arg(path)
                 << Qt::endl;
        return ExitPartial;
    }
    cl.err() << CliText::tr("Template restore incomplete: %1 written, %2 unconfirmed, %3 not "
                            "written, %4 differ on read-back. Run `template restore %5` again to "
                            "complete it.")
                    .arg(r.report.written.size())
                    .arg(r.report.unconfirmed.size())
                    .arg(r.report.notWritten.size())
                    .arg(r.report.mismatches.size())
                    .arg(path)
             << Qt::endl;
    return r.status == TemplateRestoreStatus::Incomplete ? ExitResumable : ExitFailed;
}

} // namespace

int offerTemplateRestore(CommandLine& cl, MeterClient& client, const DataFolder& folder,
                         const MeterIdentity& meter, const QString& backupPath, bool automatic)
{
    const QString path = chooseBackup(cl, folder, meter, backupPath);
    if (path.isEmpty()) {
        cl.out() << CliText::tr("No backup of %1 was found: set its template by hand or from a "
                                "saved file.")
                        .arg(printableText(meter.serialNumber))
                 << Qt::endl;
        return ExitOk;
    }
    if (!automatic && !cl.interactive()) {
        cl.out() << CliText::tr("Restore it by giving --restore-template, or with: template "
                                "restore %1 (the energy readings only when named: --groups "
                                "energy)")
                        .arg(path)
                 << Qt::endl;
        return ExitOk;
    }
    TemplateRestoreRequest request;
    request.path = path;
    request.meter = MeterBinding::of(meter); // the meter the upgrade or recovery left
    request.afterSettingsLoss = true;
    request.tool = QStringLiteral("commissioner-cli restore offer");
    const auto confirm = [&](const TemplateRestoreQuestion& q) {
        for (const EnergyChange& e : q.energy)
            cl.out() << "  " << e.setting << ": " << app::energyText(e.from, e.unit) << " -> "
                     << app::energyText(e.to, e.unit) << '\n';
        if (automatic)
            return true;
        return cl.confirm(CliText::tr("Restore %n setting(s) of the backup %1 to meter %2 now?",
                                      nullptr, q.changes)
                              .arg(path, printableText(q.meter.serialNumber)));
    };
    return reportOffer(cl, runTemplateRestore(client, folder, request, confirm), path);
}

} // namespace commissioner::cli

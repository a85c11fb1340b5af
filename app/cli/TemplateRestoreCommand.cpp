// `template restore FILE`: the words around the template-restore use case, which owns the
// order (bind, plan, ask, back up, write, read back, record).
#include "CliText.h"
#include "EnergyText.h"
#include "ErrorText.h"
#include "ExitCodes.h"
#include "TemplateCommands.h"
#include "base/PrintableText.h"
#include "settings/SettingsEdit.h"
#include "usecases/TemplateRestoreUseCase.h"

namespace commissioner::cli {

namespace {

void printList(QTextStream& o, const QString& title, const QStringList& names)
{
    if (!names.isEmpty())
        o << "  " << title << ' ' << names.join(QStringLiteral(", ")) << '\n';
}

QString meterName(const MeterIdentity& id)
{
    return CliText::tr("%1 %2 (device type %3, firmware %4)")
        .arg(printableText(id.modelName), printableText(id.serialNumber))
        .arg(id.deviceType)
        .arg(id.firmware.toString());
}

QStringList groupNames(const DeviceProfile& profile, const QStringList& ids)
{
    QStringList names;
    for (const QString& id : ids)
        names << (profile.group(id) ? profile.group(id)->name : id);
    return names;
}

void printFileAndMeter(QTextStream& o, const TemplateRestoreQuestion& q)
{
    const TemplateFile& f = q.file;
    o << CliText::tr("Template: %1 (saved %2 from %3 %4, reason %5)")
             .arg(q.path, f.savedAt.toString(Qt::ISODate), printableText(f.model),
                  printableText(f.serialNumber), printableText(f.reason))
      << '\n'
      << CliText::tr("Meter:    %1").arg(meterName(q.meter)) << '\n';
    if (q.plan.otherSerial)
        o << CliText::tr("Note: the template was saved from meter %1, not from this meter %2.")
                 .arg(printableText(f.serialNumber), printableText(q.meter.serialNumber))
          << '\n';
    if (!q.plan.heldBack.isEmpty())
        o << CliText::tr("Kept as they are, as they belong to one meter: %1 (name them with "
                         "--groups to copy them from %2)")
                 .arg(groupNames(q.profile, q.plan.heldBack).join(QStringLiteral(", ")),
                      printableText(f.serialNumber))
          << '\n';
    if (q.plan.otherDeviceType)
        o << CliText::tr("Note: the template is for device type %1; only the settings both "
                         "device types have are restored.")
                 .arg(f.deviceType)
          << '\n';
}

void printPlan(QTextStream& o, const TemplateRestoreQuestion& q)
{
    printFileAndMeter(o, q);
    printList(o, CliText::tr("Not on this meter, skipped:"), q.plan.notInTarget);
    for (const InvalidSetting& bad : q.plan.invalid)
        o << CliText::tr("Not restored: setting %1 holds %2 in the file, which breaks its rule "
                         "(%3)")
                 .arg(bad.name, bad.valueText, bad.error.rule)
          << '\n';
    o << CliText::tr("Groups restored: %1")
             .arg(groupNames(q.profile, q.plan.groups).join(QStringLiteral(", ")))
      << '\n';
    QStringList notChosen;
    for (const QString& id : q.plan.groupsLeftOut) {
        const SettingGroup* g = q.profile.group(id);
        if (!g || q.plan.heldBack.contains(id))
            continue;
        if (g->why.isEmpty())
            notChosen << g->name;
        else
            o << CliText::tr("Left out: %1: %2 (add it with --groups)").arg(g->name, g->why)
              << '\n';
    }
    printList(o, CliText::tr("Not chosen:"), notChosen);
}

void printChanges(QTextStream& o, const TemplateRestoreQuestion& q)
{
    o << CliText::tr("%1 of %2 settings will change:").arg(q.changes).arg(q.plan.settings.size())
      << '\n';
    QVector<DiffRow> rows = q.rows;
    for (DiffRow& r : rows) {
        r.left = printableText(r.left);
        r.right = printableText(r.right);
    }
    printRows(o, rows, CliText::tr("Now"), CliText::tr("After"), true);
    if (q.energy.isEmpty())
        return;
    o << CliText::tr("Energy readings of meter %1 that will be overwritten:")
             .arg(printableText(q.meter.serialNumber))
      << '\n';
    for (const EnergyChange& e : q.energy)
        o << "  " << e.setting << ": " << app::energyText(e.from, e.unit) << " -> "
          << app::energyText(e.to, e.unit) << '\n';
}

QString questionText(const TemplateRestoreQuestion& q)
{
    if (q.plan.otherSerial)
        return CliText::tr("Write %n setting(s) of meter %1 to meter %2?", nullptr, q.changes)
            .arg(printableText(q.file.serialNumber), printableText(q.meter.serialNumber));
    return CliText::tr("Write %n setting(s) to meter %1?", nullptr, q.changes)
        .arg(printableText(q.meter.serialNumber));
}

void printWriting(QTextStream& o, const RestoreReport& report)
{
    printList(o, CliText::tr("Written:"), report.written);
    printList(o, CliText::tr("Sent, no answer (may or may not be applied):"), report.unconfirmed);
    printList(o, CliText::tr("Not written:"), report.notWritten);
    for (const RefusedSetting& r : report.refused)
        o << "  "
          << CliText::tr("Refused by the meter, unchanged: %1 (%2)")
                 .arg(r.setting, describeLinkError(r.error))
          << '\n';
    QStringList skipped;
    for (const InvalidSetting& bad : report.skipped)
        skipped << bad.name;
    printList(o, CliText::tr("Not restored (invalid in the file):"), skipped);
}

int readBackFailed(QTextStream& o, const TemplateRestoreOutcome& r)
{
    const bool comm = r.question->plan.groups.contains(kCommunicationsGroup);
    o << CliText::tr("Read-back failed: %1").arg(describeTemplateError(*r.report.readBackError))
      << '\n';
    if (comm)
        o << CliText::tr("The communications settings may have changed how the meter answers; "
                         "connect with its new settings and run `template diff %1`.")
                 .arg(r.question->path)
          << '\n';
    o.flush();
    return comm ? ExitOk : exitCodeFor(*r.report.readBackError);
}

int readBackDiffers(QTextStream& o, const TemplateRestoreOutcome& r)
{
    o << CliText::tr("Read-back: %n setting(s) differ from the template:", nullptr,
                     int(r.report.mismatches.size()))
      << '\n';
    for (const SettingMismatch& mm : r.report.mismatches) {
        const SettingDef* d = r.question->profile.setting(mm.setting);
        o << CliText::tr("  %1: wrote %2, reads %3")
                 .arg(mm.setting, printableText(d->displayValue(mm.wanted)),
                      printableText(d->displayValue(mm.readBack)))
          << '\n';
    }
    o.flush();
    return ExitFailed;
}

// What came of the writing, and the exit code that says it.
int reportWriting(CommandLine& cl, const TemplateRestoreOutcome& r)
{
    QTextStream& o = cl.out();
    const RestoreReport& report = r.report;
    o << CliText::tr("The meter's settings before the restore: %1").arg(r.backupPath) << '\n';
    if (!r.historyError.isEmpty())
        cl.err() << CliText::tr("warning: the change could not be added to the meter's "
                                "history: %1")
                        .arg(r.historyError)
                 << Qt::endl;
    switch (r.status) {
    case TemplateRestoreStatus::Incomplete:
        o << CliText::tr("Restore INCOMPLETE: %1").arg(describeTemplateError(*report.stoppedBy))
          << '\n';
        printWriting(o, report);
        o << CliText::tr("Run the same command again to complete the restore.") << Qt::endl;
        return ExitResumable;
    case TemplateRestoreStatus::ReadBackFailed:
        return readBackFailed(o, r);
    case TemplateRestoreStatus::ReadBackDiffers:
        return readBackDiffers(o, r);
    case TemplateRestoreStatus::Partial:
        o << CliText::tr("Restore PARTIAL: %n setting(s) written and read back; these were "
                         "not:",
                         nullptr, int(report.written.size()))
          << '\n';
        printWriting(o, report);
        o.flush();
        return ExitPartial;
    default:
        o << CliText::tr("Wrote %n setting(s) in %1 request(s).", nullptr,
                         int(report.written.size()))
                 .arg(report.writeRequests)
          << '\n'
          << CliText::tr("Read-back: every setting written reads as in the template.") << Qt::endl;
        return ExitOk;
    }
}

int reportOutcome(CommandLine& cl, const TemplateRestoreOutcome& r, bool printed)
{
    QTextStream& o = cl.out();
    if (r.question && !printed) {
        printPlan(o, *r.question);
        if (r.question->changes > 0)
            printChanges(o, *r.question);
    }
    switch (r.status) {
    case TemplateRestoreStatus::Refused:
        cl.err() << CliText::tr("commissioner-cli: restore refused, nothing written: %1")
                        .arg(describeTemplateError(*r.error))
                 << Qt::endl;
        return exitCodeFor(*r.error);
    case TemplateRestoreStatus::NothingToWrite:
    case TemplateRestoreStatus::DryRun:
        if (r.status == TemplateRestoreStatus::DryRun)
            o << CliText::tr("Dry run: nothing was written.") << Qt::endl;
        else
            o << CliText::tr("The meter already has every one of these %n setting(s): nothing "
                             "to write.",
                             nullptr, int(r.question->plan.settings.size()))
              << Qt::endl;
        return ExitOk;
    case TemplateRestoreStatus::Declined:
        o << CliText::tr("Nothing written.") << Qt::endl;
        return ExitCancelled;
    case TemplateRestoreStatus::Partial:
        if (r.backupPath.isEmpty()) { // nothing to write but invalid settings in the file
            printWriting(o, r.report);
            o.flush();
            return ExitPartial;
        }
        break;
    default:
        break;
    }
    return reportWriting(cl, r);
}

} // namespace

int runTemplateRestore(CommandLine& cl)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("groups"),
                 CliText::tr("Comma-separated groups to restore (transformers, volts, clock, "
                             "nameplate, energy, itc, communications, or all). Default: all but "
                             "energy and communications; from another meter's template, also "
                             "not nameplate."),
                 QStringLiteral("LIST")});
    p.addOption(
        {QStringLiteral("dry-run"), CliText::tr("Show what would be written; write nothing.")});
    p.addOption({QStringLiteral("force-type"),
                 CliText::tr("Restore a template of another device type: only the settings both "
                             "have.")});
    p.addOption({QStringLiteral("yes"), CliText::tr("Do not ask before writing.")});
    if (!cl.parse(p))
        return cl.parseExitCode();
    const QStringList args = p.positionalArguments();
    if (args.size() != 1)
        return cl.usageError(CliText::tr("template restore takes one FILE"));
    TemplateRestoreRequest request;
    request.path = args[0];
    if (p.isSet(QStringLiteral("groups")))
        request.options.groups =
            p.value(QStringLiteral("groups")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    request.options.forceType = p.isSet(QStringLiteral("force-type"));
    request.dryRun = p.isSet(QStringLiteral("dry-run"));
    request.tool = QStringLiteral("commissioner-cli template restore");
    // A file that cannot be used is named before the link is opened (a dead link would hide it).
    if (const auto refused = refuseUnusableFile(DataFolder(cl.dataDir(p)), request))
        return reportOutcome(cl, *refused, false);
    int exitCode = ExitOk;
    const auto client = cl.connect(p, &exitCode);
    if (!client)
        return exitCode;
    bool printed = false;
    const bool yes = p.isSet(QStringLiteral("yes"));
    const auto confirm = [&](const TemplateRestoreQuestion& q) {
        printPlan(cl.out(), q);
        printChanges(cl.out(), q);
        cl.out().flush();
        printed = true;
        if (yes)
            return true;
        if (!cl.interactive()) {
            cl.err() << CliText::tr("commissioner-cli: not writing without confirmation: no "
                                    "terminal to ask on; give --yes")
                     << Qt::endl;
            return false;
        }
        return cl.confirm(questionText(q));
    };
    const TemplateRestoreOutcome outcome =
        runTemplateRestore(*client, DataFolder(cl.dataDir(p)), request, confirm);
    return reportOutcome(cl, outcome, printed);
}

} // namespace commissioner::cli

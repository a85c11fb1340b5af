#include "RestoreOffer.h"

#include "CliText.h"
#include "ExitCodes.h"
#include "base/PrintableText.h"
#include "settings/DeviceProfile.h"
#include "settings/TemplateBackup.h"
#include "settings/TemplateFile.h"
#include "settings/TemplateRestore.h"

namespace commissioner::cli {

int offerTemplateRestore(CommandLine& cl, MeterClient& client, const DataFolder& folder,
                         const MeterIdentity& meter, const QString& backupPath, bool automatic)
{
    QString path = backupPath;
    // Never another meter's settings (and energy readings): a path handed over (from a journal)
    // is used only when the file inside says it is this meter's.
    if (!path.isEmpty() && !backupBelongsTo(path, meter.serialNumber, meter.deviceType)) {
        cl.err() << CliText::tr("commissioner-cli: the backup %1 is not of meter %2 (type %3): it "
                                "is not offered")
                        .arg(path, printableText(meter.serialNumber))
                        .arg(meter.deviceType)
                 << Qt::endl;
        path.clear();
    }
    if (path.isEmpty()) {
        const auto latest = latestBackup(folder, meter.serialNumber, QStringLiteral("pre-upgrade"),
                                         meter.deviceType);
        if (latest)
            path = latest->path;
    }
    if (path.isEmpty()) {
        cl.out() << CliText::tr(
                        "No backup of %1 was found: set its template by hand or from a saved file.")
                        .arg(printableText(meter.serialNumber))
                 << Qt::endl;
        return ExitOk;
    }
    if (!automatic) {
        if (!cl.interactive()) {
            cl.out() << CliText::tr(
                            "Restore it with: template restore %1 (or give --restore-template)")
                            .arg(path)
                     << Qt::endl;
            return ExitOk;
        }
        if (!cl.confirm(CliText::tr("Restore the backup %1 to the meter now?").arg(path)))
            return ExitOk;
    }
    const auto profiles = DeviceProfiles::load(folder);
    if (!profiles) {
        cl.err() << CliText::tr("commissioner-cli: %1").arg(describe(profiles.error())) << Qt::endl;
        return ExitFailed;
    }
    const DeviceProfile* profile = profiles.value().forDeviceType(meter.deviceType);
    if (!profile) {
        cl.err()
            << CliText::tr("commissioner-cli: no device profile for type %1").arg(meter.deviceType)
            << Qt::endl;
        return ExitFailed;
    }
    const auto file = loadTemplateFile(path, profiles.value());
    if (!file) {
        cl.err() << CliText::tr("commissioner-cli: the backup %1 cannot be used: %2")
                        .arg(path, describe(file.error()))
                 << Qt::endl;
        return ExitBadPackage;
    }
    const auto plan = planRestore(file.value(), meter, *profile, RestoreOptions{});
    if (!plan) {
        cl.err()
            << CliText::tr("commissioner-cli: nothing restored: %1").arg(describe(plan.error()))
            << Qt::endl;
        return ExitPreflight;
    }
    const RestoreReport report = executeRestore(client, plan.value());
    for (const InvalidSetting& bad : report.skipped)
        cl.err() << CliText::tr("commissioner-cli: not restored: setting %1 holds %2 in the "
                                "backup, which breaks its "
                                "rule (%3)")
                        .arg(bad.name, bad.valueText, bad.error.rule)
                 << Qt::endl;
    if (report.verified()) {
        cl.out() << CliText::tr("Template restored from %1: %n setting(s) written and read back.",
                                nullptr, int(report.written.size()))
                        .arg(path)
                 << Qt::endl;
        return ExitOk;
    }
    if (report.complete() && report.readBackDone && report.mismatches.isEmpty()) {
        cl.err() << CliText::tr("Template restore PARTIAL from %1: %n setting(s) written and read "
                                "back; %2 left out "
                                "(named above).",
                                nullptr, int(report.written.size()))
                        .arg(path)
                        .arg(report.skipped.size())
                 << Qt::endl;
        return ExitFailed;
    }
    cl.err()
        << CliText::tr(
               "Template restore incomplete: %1 written, %2 unconfirmed, %3 not written, %4 differ "
               "on read-back%5. Run `template restore %6` again to complete it.")
               .arg(report.written.size())
               .arg(report.unconfirmed.size())
               .arg(report.notWritten.size())
               .arg(report.mismatches.size())
               .arg(report.stoppedBy
                        ? QStringLiteral(" (") + describe(*report.stoppedBy) + QLatin1Char(')')
                        : QString())
               .arg(path)
        << Qt::endl;
    return ExitFailed;
}

} // namespace commissioner::cli

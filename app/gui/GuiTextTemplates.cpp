// GuiText's sentences about templates, backups and restores (context "GuiText").
#include "EnergyText.h"
#include "GuiText.h"
#include "LinkWorker.h"

#include <QFileInfo>

namespace commissioner::gui {

QString GuiText::templateError(const TemplateError& e)
{
    switch (e.kind) {
    case TemplateErrorKind::FileUnreadable:
        return tr("Cannot read %1: %2").arg(e.path, e.detail);
    case TemplateErrorKind::FileNotWritten:
        return tr("Cannot write %1: %2").arg(e.path, e.detail);
    case TemplateErrorKind::NotJson:
        return tr("%1 is not valid JSON (line %2, column %3).")
            .arg(e.path)
            .arg(e.line)
            .arg(e.column);
    case TemplateErrorKind::NotATemplate:
        return tr("%1 is not a Commissioner template.").arg(e.path);
    case TemplateErrorKind::UnknownFormatVersion:
        return tr("The template format version %1 is newer than this tool reads.").arg(e.value);
    case TemplateErrorKind::MissingField:
        return tr("The field \"%1\" is missing or invalid.").arg(e.field);
    case TemplateErrorKind::UnknownDeviceType:
        return tr("No device profile knows device type %1.").arg(e.value);
    case TemplateErrorKind::UnknownSetting:
        return tr("Unknown setting %1.").arg(e.setting);
    case TemplateErrorKind::MissingSetting:
        return tr("The setting %1 is missing from the file.").arg(e.setting);
    case TemplateErrorKind::WrongType:
        return tr("Setting %1: %2 is not %3.").arg(e.setting, e.value, e.rule);
    case TemplateErrorKind::OutOfRange:
        return tr("Setting %1: %2 is outside the allowed values (%3).")
            .arg(e.setting, e.value, e.rule);
    case TemplateErrorKind::UnitMismatch:
        return tr("Setting %1: the unit %2 is not \"%3\".").arg(e.setting, e.value, e.rule);
    case TemplateErrorKind::ProfileInvalid:
        return tr("The device profile %1 is invalid: %2").arg(e.path, e.detail);
    case TemplateErrorKind::DeviceTypeMismatch:
        return tr("The template was saved from device type %1; this meter is type %2.")
            .arg(e.value, e.rule);
    case TemplateErrorKind::UnknownGroup:
        return tr("Unknown group \"%1\".").arg(e.value);
    case TemplateErrorKind::MeterNotNormal:
        return tr("The meter is not in normal mode: its settings cannot be read or written now.");
    case TemplateErrorKind::Link:
        return linkError(e.link);
    case TemplateErrorKind::UpgradeRunning:
        return refusal(LinkRefusal::UpgradeRunning);
    case TemplateErrorKind::WrongMeter:
        return tr("Meter %1 answers, not %2 (%3). Nothing was written.")
            .arg(e.value, e.rule, e.detail);
    case TemplateErrorKind::ForeignBackup:
        return tr("%1 is a backup of meter %2, and this meter is %3: a meter's backup is never "
                  "written to another. Nothing was written.")
            .arg(e.path, e.value, e.rule);
    case TemplateErrorKind::NoSerialNumber:
        return tr("The meter reports no serial number, so its backups and history could not be "
                  "told from another meter's. Nothing was written.");
    case TemplateErrorKind::BackupUnfaithful:
        return tr("The backup %1, read back, does not give the meter's settings back (%2).")
            .arg(e.path,
                 e.setting.isEmpty() ? e.detail : e.setting + QStringLiteral(": ") + e.detail);
    }
    return QString();
}

QString GuiText::restoreQuestion(const TemplateRestoreQuestion& q)
{
    QStringList lines;
    const QString meter = q.meter.serialNumber;
    if (q.plan.otherSerial)
        lines << tr("Write %n setting(s) of meter %1 to meter %2?", nullptr, q.changes)
                     .arg(q.file.serialNumber, meter);
    else
        lines << tr("Write %n setting(s) of %1 to meter %2?", nullptr, q.changes)
                     .arg(QFileInfo(q.path).fileName(), meter);
    constexpr int shown = 12;
    int n = 0;
    for (const DiffRow& r : q.rows) {
        if (!r.changed || ++n > shown)
            continue;
        lines << QStringLiteral("  %1: %2 \u2192 %3 %4").arg(r.setting, r.left, r.right, r.unit);
    }
    if (n > shown)
        lines << tr("  and %n more", nullptr, n - shown);
    if (!q.plan.heldBack.isEmpty()) {
        QStringList names;
        for (const QString& id : q.plan.heldBack)
            names << (q.profile.group(id) ? q.profile.group(id)->name : id);
        lines << tr("Kept as they are on meter %1, as they belong to one meter: %2.")
                     .arg(meter, names.join(QStringLiteral(", ")));
    }
    if (!q.energy.isEmpty()) {
        lines << tr("Energy readings of meter %1 that will be overwritten:").arg(meter);
        for (const EnergyChange& e : q.energy)
            lines << QStringLiteral("  %1: %2 \u2192 %3")
                         .arg(e.setting, app::energyText(e.from, e.unit),
                              app::energyText(e.to, e.unit));
    }
    lines << tr("The meter's settings are saved among its backups before anything is written.");
    return lines.join(QLatin1Char('\n'));
}

QString GuiText::restoreStatus(const TemplateRestoreOutcome& r)
{
    switch (r.status) {
    case TemplateRestoreStatus::Restored:
        return tr("Restored and read back.");
    case TemplateRestoreStatus::NothingToWrite:
        return tr("The meter already holds these settings: nothing was written.");
    case TemplateRestoreStatus::Partial:
        // Only settings that break their rule in the file: the meter was not written to.
        if (r.report.written.isEmpty() && r.backupPath.isEmpty())
            return tr("Nothing was written: the settings named in the report were left out.");
        return tr("Restored in part: the settings named in the report were left out.");
    case TemplateRestoreStatus::Incomplete:
        return tr("The restore is incomplete: see the report, then restore the same file again.");
    case TemplateRestoreStatus::ReadBackDiffers:
    case TemplateRestoreStatus::ReadBackFailed:
        return tr("Written, but the read-back does not confirm it: see the report.");
    case TemplateRestoreStatus::DryRun:
    case TemplateRestoreStatus::Declined:
        return tr("Nothing was written.");
    case TemplateRestoreStatus::Refused:
        return r.error ? templateError(*r.error) : tr("Nothing was written.");
    }
    return QString();
}

QString GuiText::restoreReport(const RestoreReport& r)
{
    QStringList lines;
    lines << tr("Written and confirmed: %1").arg(r.written.size());
    for (const RefusedSetting& refused : r.refused)
        lines << tr("Refused by the meter, unchanged: %1 (%2)")
                     .arg(refused.setting, linkError(refused.error));
    for (const InvalidSetting& bad : r.skipped)
        lines << tr("Not restored: %1 holds %2 in the file, which breaks its rule (%3)")
                     .arg(bad.name, bad.valueText, bad.error.rule);
    if (!r.unconfirmed.isEmpty())
        lines << tr("Unconfirmed (the meter may or may not have applied them): %1")
                     .arg(r.unconfirmed.join(QStringLiteral(", ")));
    if (!r.notWritten.isEmpty())
        lines << tr("Not written: %1").arg(r.notWritten.join(QStringLiteral(", ")));
    if (r.stoppedBy)
        lines << tr("Stopped by: %1").arg(templateError(*r.stoppedBy));
    if (r.readBackDone)
        lines << (r.mismatches.isEmpty()
                      ? tr("Read back: every setting matches the file.")
                      : tr("Read back: %n setting(s) differ from the file:", nullptr,
                           int(r.mismatches.size())));
    else if (r.readBackError)
        lines << tr("Read back failed: %1").arg(templateError(*r.readBackError));
    for (const SettingMismatch& m : r.mismatches)
        lines << tr("  %1: wanted %2, meter has %3")
                     .arg(m.setting, m.wanted.toString(), m.readBack.toString());
    if (!r.complete())
        lines << tr("Restore the same file again to complete it.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace commissioner::gui

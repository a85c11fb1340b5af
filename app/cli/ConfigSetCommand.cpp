// `config set NAME=VALUE...`: the words around the settings-edit use case.
#include "CliText.h"
#include "Commands.h"
#include "ConfigCommon.h"
#include "EnergyText.h"
#include "ErrorText.h"
#include "ExitCodes.h"
#include "SettingsText.h"
#include "TemplateCommands.h"
#include "base/PrintableText.h"
#include "meter/MeterQueries.h"
#include "settings/DeviceProfile.h"
#include "settings/SettingInput.h"
#include "settings/SettingsEdit.h"
#include "settings/TemplateBackup.h"
#include "settings/TemplateIo.h"
#include "store/ChangeHistory.h"
#include "store/DataFolder.h"
#include "usecases/SettingsEditUseCase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace commissioner::cli::config {

namespace {

const QString kToolSet = QStringLiteral("commissioner-cli config set");

QString linkOptions(const CommSettings& c, bool withLine)
{
    QString s = QStringLiteral("--unit %1").arg(c.unitId);
    if (withLine)
        s += QStringLiteral(" --baud %1 --parity %2").arg(c.baudRate).arg(QLatin1Char(c.parity));
    return s;
}

int exitCodeForReport(const SettingsEditReport& r)
{
    for (const SettingWriteResult& w : r.results)
        if (w.outcome == SettingWriteOutcome::RefusedByMeter)
            return ExitMeterRefused;
    if (r.stoppedBy)
        return exitCodeFor(*r.stoppedBy);
    if (r.readBackError)
        return exitCodeFor(*r.readBackError);
    return r.allVerified() ? ExitOk : ExitFailed;
}

void printCommOutcome(QTextStream& o, const SettingsEditReport& r)
{
    const CommFollow& f = *r.comm;
    const QString target = describeCommSettings(f.target, true);
    switch (f.outcome) {
    case CommFollow::Outcome::FoundAtNew:
        o << CliText::tr("Communications: the meter answers at its new settings (%1).")
                 .arg(describeCommSettings(f.link, f.lineMatters))
          << '\n'
          << CliText::tr("From now on reach it with %1.").arg(linkOptions(f.link, f.lineMatters))
          << '\n';
        break;
    case CommFollow::Outcome::FoundAtOld:
        o << CliText::tr("Communications: the meter still answers at its old settings (%1): the "
                         "change did not take effect.")
                 .arg(describeCommSettings(f.link, f.lineMatters))
          << '\n';
        break;
    case CommFollow::Outcome::NotFound:
        o << CliText::tr("Communications: written to the meter: %1. No meter answers there, nor at "
                         "the old settings%2.")
                 .arg(target, f.error ? QStringLiteral(" (") + describeLinkError(*f.error) +
                                            QLatin1Char(')')
                                      : QString())
          << '\n'
          << CliText::tr(
                 "Reach it with %1 (on its RS-485 port: %2), and check the wiring and the other "
                 "meters' unit IDs on the bus.")
                 .arg(linkOptions(f.link, f.lineMatters), linkOptions(f.target, true))
          << '\n';
        break;
    case CommFollow::Outcome::Refused:
        o << CliText::tr(
                 "Communications: the meter refused the new settings (%1); they are unchanged.")
                 .arg(target)
          << '\n';
        break;
    case CommFollow::Outcome::CannotFollow:
        o << CliText::tr(
                 "Communications: written to the meter: %1. This link cannot follow a baud rate or "
                 "parity "
                 "change: set the gateway or modem line to %2 baud, parity %3, and use --unit %4.")
                 .arg(target)
                 .arg(f.target.baudRate)
                 .arg(QLatin1Char(f.target.parity))
                 .arg(f.target.unitId)
          << '\n';
        break;
    case CommFollow::Outcome::NotFollowed:
        o << CliText::tr("Communications: written to the meter: %1.").arg(target) << '\n';
        break;
    }
}

// The meter, the table of what changes, and what the person must know before saying yes.
void printSetPlan(QTextStream& o, const SettingsEditQuestion& q)
{
    o << meterLine(q.meter) << '\n';
    int w0 = CliText::tr("Setting").size(), w1 = CliText::tr("Now").size();
    for (const SettingDef& d : q.plan.settings) {
        w0 = std::max(w0, int(d.name.size()));
        w1 = std::max(w1, int(shown(d, q.now.value(d.name), true).size()));
    }
    w1 = std::min(w1, 40);
    o << "  " << padded(CliText::tr("Setting"), w0) << "  " << padded(CliText::tr("Now"), w1)
      << "  " << CliText::tr("New") << '\n';
    for (const SettingDef& d : q.plan.settings) {
        const bool change = q.changed.contains(d.name);
        o << (change ? "* " : "  ") << padded(d.name, w0) << "  "
          << padded(shown(d, q.now.value(d.name), true), w1) << "  "
          << (change ? shown(d, q.plan.values.value(d.name), true) : CliText::tr("(unchanged)"))
          << '\n';
    }
    if (q.changed.isEmpty())
        return;
    if (q.commChanged) {
        o << CliText::tr("Note: the communications settings change how the meter answers: they are "
                         "written last, "
                         "and the session may end there.");
        if (q.commTarget)
            o << ' '
              << CliText::tr("The tool then looks for the meter at %1.")
                     .arg(describeCommSettings(*q.commTarget, q.serialLink));
        o << '\n';
    }
    if (!q.energyChanged.isEmpty()) {
        o << CliText::tr("Note: %1 are energy readings used for billing; presetting them replaces "
                         "what the meter "
                         "has counted.")
                 .arg(q.energyChanged.join(QStringLiteral(", ")))
          << '\n';
        for (const QString& name : q.energyChanged) {
            const SettingDef* d = q.profile.setting(name);
            o << "  " << name << ": " << app::energyText(q.now.value(name).toUnsigned64(), d->unit)
              << " -> " << app::energyText(q.plan.values.value(name).toUnsigned64(), d->unit)
              << '\n';
        }
    }
    o.flush();
}

// The questions: an energy preset needs --preset-energy or its own yes, whatever --yes says.
bool confirmSet(CommandLine& cl, const QCommandLineParser& p, const SettingsEditQuestion& q)
{
    QTextStream& o = cl.out();
    const bool ask = !p.isSet(QStringLiteral("yes"));
    if (!q.energyChanged.isEmpty() && !p.isSet(QStringLiteral("preset-energy"))) {
        // A billing reading is never preset by a blanket --yes.
        if (!ask || !cl.interactive()) {
            cl.err() << CliText::tr("%1: not presetting energy readings (%2) without "
                                    "--preset-energy; nothing was written")
                            .arg(kProgram, q.energyChanged.join(QStringLiteral(", ")))
                     << Qt::endl;
            return false;
        }
        if (!cl.confirm(CliText::tr("Preset the energy readings %1 of meter %2?")
                            .arg(q.energyChanged.join(QStringLiteral(", ")),
                                 printableText(q.meter.serialNumber)))) {
            o << CliText::tr("Nothing written.") << Qt::endl;
            return false;
        }
    }
    if (!ask)
        return true;
    if (!cl.interactive()) {
        cl.err() << CliText::tr(
                        "%1: not writing without confirmation: no terminal to ask on; give --yes")
                        .arg(kProgram)
                 << Qt::endl;
        return false;
    }
    if (cl.confirm(CliText::tr("Write %n setting(s) to meter %1?", nullptr, int(q.changed.size()))
                       .arg(printableText(q.meter.serialNumber))))
        return true;
    o << CliText::tr("Nothing written.") << Qt::endl;
    return false;
}

// What the meter holds after the writing, and the exit code that says it.
int reportWritten(CommandLine& cl, const DataFolder& folder, const SettingsEditOutcome& r)
{
    QTextStream& o = cl.out();
    const SettingsEditQuestion& q = *r.question;
    const SettingsEditReport& report = r.report;
    o << CliText::tr("Backup of the settings before the change: %1")
             .arg(QDir::toNativeSeparators(r.backupPath))
      << '\n';
    if (report.readError) {
        cl.err() << CliText::tr("%1: reading the settings: %2; nothing was written")
                        .arg(kProgram, describeTemplateError(*report.readError))
                 << Qt::endl;
        return exitCodeFor(*report.readError);
    }
    if (!r.historyError.isEmpty())
        cl.err() << CliText::tr(
                        "warning: the change could not be added to the meter's history %1: %2")
                        .arg(QDir::toNativeSeparators(ChangeHistory::path(
                                 folder, q.meter.serialNumber, q.meter.deviceType)),
                             r.historyError)
                 << Qt::endl;
    int w0 = CliText::tr("Setting").size();
    for (const SettingDef& d : q.plan.settings)
        w0 = std::max(w0, int(d.name.size()));
    o << CliText::tr("The meter now holds:") << '\n';
    for (const SettingWriteResult& w : report.results) {
        const SettingDef* d = q.profile.setting(w.setting);
        o << "  " << padded(w.setting, w0) << "  " << describeWriteResult(*d, w) << '\n';
    }
    if (report.readBackError)
        o << CliText::tr("Read-back failed: %1").arg(describeTemplateError(*report.readBackError))
          << '\n';
    if (report.comm)
        printCommOutcome(o, report);
    const int code = exitCodeForReport(report);
    if (code == ExitOk)
        o << CliText::tr("Every value written reads back as set.") << '\n';
    else if (report.stoppedBy)
        o << CliText::tr("Stopped at the first failed write; the settings after it were not sent.")
          << '\n';
    o.flush();
    return code;
}

int reportSet(CommandLine& cl, const DataFolder& folder, const SettingsEditOutcome& r)
{
    QTextStream& o = cl.out();
    switch (r.status) {
    case SettingsEditStatus::Rejected:
        for (const SettingInputError& e : r.inputErrors)
            cl.err() << CliText::tr("%1: %2").arg(kProgram, describeSettingInputError(e)) << '\n';
        cl.err() << CliText::tr("%1: %n value(s) refused; nothing was written to the meter.",
                                nullptr, int(r.inputErrors.size()))
                        .arg(kProgram)
                 << Qt::endl;
        return ExitUsage;
    case SettingsEditStatus::Refused:
        if (r.question) // the plan was made: the backup is what failed
            cl.err() << CliText::tr("%1: saving a backup of the settings before writing: %2; "
                                    "nothing was written")
                            .arg(kProgram, describeTemplateError(*r.error))
                     << Qt::endl;
        else
            cl.err() << CliText::tr("%1: reading the settings: %2")
                            .arg(kProgram, describeTemplateError(*r.error))
                     << Qt::endl;
        return exitCodeFor(*r.error);
    case SettingsEditStatus::NothingToWrite:
        o << CliText::tr("The meter already holds every one of these values: nothing to write.")
          << Qt::endl;
        return ExitOk;
    case SettingsEditStatus::DryRun:
        o << CliText::tr("Dry run: nothing was written.") << Qt::endl;
        return ExitOk;
    case SettingsEditStatus::Declined:
        return ExitCancelled;
    case SettingsEditStatus::Written:
        break;
    }
    return reportWritten(cl, folder, r);
}

} // namespace

int runSet(CommandLine& cl)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliText::tr(
        "config set NAME=VALUE... : check every value, ask, save a backup, write each setting, "
        "read it back. Nothing is written when any value is wrong. Enum settings take their "
        "label or number (VOLTS_MODE=DELTA, COMM_BAUD=9600). COMM_* settings are written last; "
        "the tool then follows the meter to its new unit ID, baud rate and parity."));
    p.addOption({QStringLiteral("yes"), CliText::tr("Do not ask before writing.")});
    p.addOption(
        {QStringLiteral("preset-energy"),
         CliText::tr("Allow presetting energy readings (KWH_*, KVARH_*, KVAH): they change billing "
                     "readings. Needed with --yes or without a terminal.")});
    p.addOption({QStringLiteral("dry-run"),
                 CliText::tr("Check and show what would change; write nothing.")});
    p.addPositionalArgument(QStringLiteral("NAME=VALUE"),
                            CliText::tr("A setting and its new value."),
                            QStringLiteral("NAME=VALUE..."));
    if (!cl.parse(p))
        return cl.parseExitCode();
    const QStringList words = p.positionalArguments();
    if (words.isEmpty())
        return cl.usageError(CliText::tr("config set needs NAME=VALUE"));
    QVector<SettingAssignment> assignments;
    QStringList bad;
    for (const QString& w : words) {
        const auto a = parseAssignment(w);
        if (a)
            assignments.append(a.value());
        else
            bad << describeSettingInputError(a.error());
    }
    if (!bad.isEmpty()) {
        for (const QString& b : bad)
            cl.err() << CliText::tr("%1: %2").arg(kProgram, b) << '\n';
        return cl.usageError(CliText::tr("nothing was written"));
    }

    Meter m;
    openMeter(cl, p, m);
    if (m.exitCode != ExitOk)
        return m.exitCode;
    SettingsEditRequest request;
    request.assignments = assignments;
    request.meter = MeterBinding::of(m.identity);
    request.dryRun = p.isSet(QStringLiteral("dry-run"));
    request.backupReason = kConfigSetReason;
    request.tool = kToolSet;
    bool shown = false;
    const auto confirm = [&](const SettingsEditQuestion& q) {
        printSetPlan(cl.out(), q);
        shown = true;
        return confirmSet(cl, p, q);
    };
    const SettingsEditOutcome outcome =
        runSettingsEdit(*m.client, DataFolder(cl.dataDir(p)), request, confirm);
    if (outcome.question && !shown)
        printSetPlan(cl.out(), *outcome.question);
    return reportSet(cl, DataFolder(cl.dataDir(p)), outcome);
}

} // namespace commissioner::cli::config

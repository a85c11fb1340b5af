// `config show|set|history`: a meter's settings one by one, and the record of their changes.
#include "CliText.h"
#include "Commands.h"
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

namespace commissioner::cli {

namespace {

const QString kProgram = QStringLiteral("commissioner-cli");
const QString kToolSet = QStringLiteral("commissioner-cli config set");

// A value as people read it, with meter text made safe for a terminal.
QString shown(const SettingDef& def, const SettingValue& v, bool withUnit = false)
{
    return printableText(formatSettingValue(def, v, withUnit));
}

QString padded(const QString& s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '));
}

// An open link to an identified meter in NORMAL mode with its profile.
struct Meter
{
    std::unique_ptr<MeterClient> client;
    std::optional<DeviceProfiles> profiles;
    MeterIdentity identity;
    const DeviceProfile* profile = nullptr;
    int exitCode = ExitOk;
};

void openMeter(CommandLine& cl, const QCommandLineParser& p, Meter& m)
{
    auto profiles = DeviceProfiles::load(DeviceProfiles::userFolder(DataFolder(cl.dataDir(p))));
    if (!profiles) {
        cl.err() << CliText::tr("%1: device profiles: %2")
                        .arg(kProgram, describeTemplateError(profiles.error()))
                 << Qt::endl;
        m.exitCode = exitCodeFor(profiles.error());
        return;
    }
    m.profiles = profiles.value();
    m.client = cl.connect(p, &m.exitCode);
    if (!m.client)
        return;
    const auto id = readIdentity(*m.client);
    if (!id) {
        cl.err() << CliText::tr("%1: cannot identify the meter on %2: %3")
                        .arg(kProgram, m.client->description().summary(),
                             describeLinkError(id.error()))
                 << Qt::endl;
        m.exitCode = exitCodeFor(id.error());
        return;
    }
    m.identity = id.value();
    if (m.identity.mode != DeviceMode::Normal) {
        cl.err() << CliText::tr("%1: the meter is in %2 mode: its settings can be read and written "
                                "only in NORMAL mode")
                        .arg(kProgram, deviceModeName(m.identity.mode))
                 << Qt::endl;
        m.exitCode = ExitPreflight;
        return;
    }
    m.profile = m.profiles->forDeviceType(m.identity.deviceType);
    if (!m.profile) {
        cl.err() << CliText::tr("%1: no device profile for device type %2 (%3); add one to %4")
                        .arg(kProgram)
                        .arg(m.identity.deviceType)
                        .arg(printableText(m.identity.modelName),
                             DeviceProfiles::userFolder(DataFolder(cl.dataDir(p))))
                 << Qt::endl;
        m.exitCode = ExitPreflight;
    }
}

QString meterLine(const MeterIdentity& id)
{
    return CliText::tr("Meter: %1 %2 (device type %3, firmware %4)")
        .arg(printableText(id.modelName), printableText(id.serialNumber))
        .arg(id.deviceType)
        .arg(id.firmware.toString());
}

QJsonValue jsonValue(const SettingDef& def, const SettingValue& v)
{
    // u64 as a decimal string: a JSON number is a double to most readers.
    if (v.isUnsigned64())
        return QString::number(v.toUnsigned64());
    if (v.isText())
        return v.toText();
    Q_UNUSED(def);
    return double(v.toInteger());
}

// The settings named (setting names or group ids, any case), in address order; every unknown
// name is reported.
std::optional<QVector<SettingDef>> chooseSettings(CommandLine& cl, const DeviceProfile& profile,
                                                  const QStringList& names)
{
    if (names.isEmpty())
        return profile.settings();
    QStringList wanted, unknown;
    for (const QString& n : names) {
        if (const SettingDef* d = findSetting(profile, n)) {
            wanted << d->name;
            continue;
        }
        bool group = false;
        for (const SettingGroup& g : profile.groups())
            if (g.id.compare(n, Qt::CaseInsensitive) == 0 ||
                g.name.compare(n, Qt::CaseInsensitive) == 0) {
                for (const SettingDef& d : settingsInGroup(profile, g.id))
                    wanted << d.name;
                group = true;
            }
        if (!group)
            unknown << n;
    }
    if (!unknown.isEmpty()) {
        for (const QString& n : unknown)
            cl.err()
                << CliText::tr("%1: %2: no such setting or group on this meter").arg(kProgram, n)
                << '\n';
        cl.err().flush();
        return std::nullopt;
    }
    QVector<SettingDef> out;
    for (const SettingDef& d : profile.settings())
        if (wanted.contains(d.name))
            out.append(d);
    return out;
}

int runShow(CommandLine& cl)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        CliText::tr("config show [NAME|GROUP...] [--json]: the meter's settings, "
                    "with their units and allowed values."));
    p.addOption({QStringLiteral("json"), CliText::tr("Print JSON.")});
    p.addPositionalArgument(QStringLiteral("NAME"),
                            CliText::tr("Settings or groups to show (default: all)."),
                            QStringLiteral("[NAME...]"));
    if (!cl.parse(p))
        return cl.parseExitCode();
    Meter m;
    openMeter(cl, p, m);
    if (m.exitCode != ExitOk)
        return m.exitCode;
    const auto defs = chooseSettings(cl, *m.profile, p.positionalArguments());
    if (!defs)
        return ExitUsage;
    const auto values = readSettings(*m.client, *defs);
    if (!values) {
        cl.err() << CliText::tr("%1: reading the settings: %2")
                        .arg(kProgram, describeTemplateError(values.error()))
                 << Qt::endl;
        return exitCodeFor(values.error());
    }

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray settings;
        for (const SettingDef& d : *defs) {
            const SettingValue v = values->value(d.name);
            QJsonObject o{{QStringLiteral("name"), d.name},
                          {QStringLiteral("group"), d.group},
                          {QStringLiteral("address"), d.address},
                          {QStringLiteral("registers"), d.registers},
                          {QStringLiteral("type"), settingTypeName(d.type)},
                          {QStringLiteral("value"), jsonValue(d, v)},
                          {QStringLiteral("display"), formatSettingValue(d, v)},
                          {QStringLiteral("unit"), d.unit},
                          {QStringLiteral("rule"), d.ruleText()}};
            settings.append(o);
        }
        const QJsonObject doc{{QStringLiteral("serial_number"), m.identity.serialNumber},
                              {QStringLiteral("model"), m.identity.modelName},
                              {QStringLiteral("device_type"), m.identity.deviceType},
                              {QStringLiteral("firmware"), m.identity.firmware.toString()},
                              {QStringLiteral("settings"), settings}};
        cl.out() << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        cl.out().flush();
        return ExitOk;
    }

    QTextStream& o = cl.out();
    o << meterLine(m.identity) << '\n';
    int w0 = CliText::tr("Setting").size(), w1 = CliText::tr("Value").size(),
        w2 = CliText::tr("Unit").size();
    for (const SettingDef& d : *defs) {
        w0 = std::max(w0, int(d.name.size()));
        w1 = std::max(w1, int(shown(d, values->value(d.name)).size()));
        w2 = std::max(w2, int(d.unit.size()));
    }
    w1 = std::min(w1, 40);
    QString group;
    for (const SettingDef& d : *defs) {
        if (d.group != group) {
            group = d.group;
            const SettingGroup* g = m.profile->group(group);
            o << '\n' << (g ? g->name : group) << '\n';
            o << "  " << padded(CliText::tr("Setting"), w0) << "  "
              << padded(CliText::tr("Value"), w1) << "  " << padded(CliText::tr("Unit"), w2) << "  "
              << CliText::tr("Allowed") << '\n';
        }
        o << "  " << padded(d.name, w0) << "  " << padded(shown(d, values->value(d.name)), w1)
          << "  " << padded(d.unit, w2) << "  " << d.ruleText() << '\n';
    }
    o.flush();
    return ExitOk;
}

// How to reach the meter at `c` with this tool's options.
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
        cl.err()
            << CliText::tr("warning: the change could not be added to the meter's history %1: %2")
                   .arg(QDir::toNativeSeparators(ChangeHistory::path(folder, q.meter.serialNumber)),
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

int runHistory(CommandLine& cl)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        CliText::tr("config history [--meter SERIAL] [--json]: every recorded change of "
                    "settings (config set, template restore, clock sync), oldest first. "
                    "The meter is the one given by --meter, else the one on the link, "
                    "else every meter in the data folder."));
    p.addOption({QStringLiteral("meter"),
                 CliText::tr("Only this meter's history (its serial number)."),
                 QStringLiteral("SERIAL")});
    p.addOption({QStringLiteral("json"), CliText::tr("Print JSON lines, as stored.")});
    if (!cl.parse(p))
        return cl.parseExitCode();
    if (!p.positionalArguments().isEmpty())
        return cl.usageError(CliText::tr("config history takes no arguments"));
    const DataFolder folder(cl.dataDir(p));
    QStringList meters;
    if (p.isSet(QStringLiteral("meter"))) {
        meters << p.value(QStringLiteral("meter"));
    } else if (p.isSet(QStringLiteral("tcp")) || p.isSet(QStringLiteral("rtu-tcp")) ||
               p.isSet(QStringLiteral("serial")) || p.isSet(QStringLiteral("modem"))) {
        int code = ExitOk;
        auto client = cl.connect(p, &code);
        if (!client)
            return code;
        const auto id = readIdentity(*client);
        if (!id) {
            cl.err() << CliText::tr("%1: cannot identify the meter: %2")
                            .arg(kProgram, describeLinkError(id.error()))
                     << Qt::endl;
            return exitCodeFor(id.error());
        }
        meters << id->serialNumber;
    } else {
        meters = ChangeHistory::meters(folder);
    }

    QVector<ChangeRecord> all;
    int skipped = 0;
    for (const QString& s : meters) {
        int bad = 0;
        all += ChangeHistory::read(folder, s, &bad);
        skipped += bad;
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const ChangeRecord& a, const ChangeRecord& b) { return a.time < b.time; });
    QTextStream& o = cl.out();
    if (p.isSet(QStringLiteral("json"))) {
        for (const ChangeRecord& r : all)
            o << QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) << '\n';
        o.flush();
        return ExitOk;
    }
    if (all.isEmpty()) {
        o << (meters.size() == 1 ? CliText::tr("No change recorded for meter %1 in %2")
                                       .arg(meters.first(), QDir::toNativeSeparators(folder.root()))
                                 : CliText::tr("No change recorded in %1")
                                       .arg(QDir::toNativeSeparators(folder.root())))
          << Qt::endl;
        return ExitOk;
    }
    int ws = CliText::tr("Meter").size(), wn = CliText::tr("Setting").size(),
        wf = CliText::tr("From").size(), wt = CliText::tr("To").size();
    auto withUnit = [](const QString& v, const QString& unit) {
        return printableText(v.isEmpty() || unit.isEmpty() ? v : v + QLatin1Char(' ') + unit);
    };
    for (const ChangeRecord& r : all) {
        ws = std::max(ws, int(printableText(r.serialNumber).size()));
        wn = std::max(wn, int(r.setting.size()));
        wf = std::min(40, std::max(wf, int(withUnit(r.from, r.unit).size())));
        wt = std::min(40, std::max(wt, int(withUnit(r.to, r.unit).size())));
    }
    o << padded(CliText::tr("When (UTC)"), 20) << "  " << padded(CliText::tr("Meter"), ws) << "  "
      << padded(CliText::tr("Setting"), wn) << "  " << padded(CliText::tr("From"), wf) << "  "
      << padded(CliText::tr("To"), wt) << "  " << CliText::tr("Result, who, via") << '\n';
    for (const ChangeRecord& r : all)
        o << padded(r.time.toString(Qt::ISODate), 20) << "  "
          << padded(printableText(r.serialNumber), ws) << "  " << padded(r.setting, wn) << "  "
          << padded(withUnit(r.from, r.unit), wf) << "  " << padded(withUnit(r.to, r.unit), wt)
          << "  " << printableText(r.result) << ", " << printableText(r.user) << ", "
          << printableText(r.tool) << '\n';
    if (skipped > 0)
        o << CliText::tr("(%n line(s) of the history could not be read and were skipped)", nullptr,
                         skipped)
          << '\n';
    o.flush();
    return ExitOk;
}

} // namespace

int runConfigCommand(CommandLine& cl)
{
    QStringList args = cl.args();
    const int at = CommandLine::commandIndex(args);
    if (at < 0) {
        if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
            cl.out() << CliText::tr(
                "Usage: commissioner-cli [LINK] config show [NAME|GROUP...] [--json]\n"
                "       commissioner-cli [LINK] config set NAME=VALUE... [--yes] [--preset-energy] "
                "[--dry-run]\n"
                "       commissioner-cli [LINK] config history [--meter SERIAL] [--json]\n"
                "Each takes --help for its own options.\n");
            cl.out().flush();
            return ExitOk;
        }
        return cl.usageError(CliText::tr("config needs show, set or history"));
    }
    const QString sub = args.takeAt(at);
    CommandLine subLine(args, cl.out(), cl.err());
    if (sub == QLatin1String("show"))
        return runShow(subLine);
    if (sub == QLatin1String("set"))
        return runSet(subLine);
    if (sub == QLatin1String("history"))
        return runHistory(subLine);
    return cl.usageError(
        CliText::tr("unknown config command \"%1\" (show, set, history)").arg(sub));
}

} // namespace commissioner::cli

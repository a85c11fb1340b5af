// `config show|set|history`: a meter's settings one by one, and the record of their changes.
#include "CliText.h"
#include "Commands.h"
#include "ConfigCommon.h"
#include "ErrorText.h"
#include "ExitCodes.h"
#include "SettingsText.h"
#include "TemplateCommands.h"
#include "base/PrintableText.h"
#include "meter/MeterQueries.h"
#include "settings/DeviceProfile.h"
#include "settings/SettingInput.h"
#include "settings/SettingsEdit.h"
#include "settings/TemplateIo.h"
#include "store/ChangeHistory.h"
#include "store/DataFolder.h"
#include "usecases/HistoryUseCase.h"
#include "usecases/SettingsReadUseCase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace commissioner::cli {

using namespace config;

namespace {

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

// The settings as JSON: the meter, then each setting with its value as read and its rule.
void printSettingsJson(QTextStream& out, const SettingsRead& read, const QVector<SettingDef>& defs)
{
    QJsonArray settings;
    for (const SettingDef& d : defs) {
        const SettingValue v = read.values.value(d.name);
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
    const MeterIdentity& id = read.meter;
    const QJsonObject doc{{QStringLiteral("serial_number"), id.serialNumber},
                          {QStringLiteral("model"), id.modelName},
                          {QStringLiteral("device_type"), id.deviceType},
                          {QStringLiteral("firmware"), id.firmware.toString()},
                          {QStringLiteral("settings"), settings}};
    out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    out.flush();
}

// The settings as a table per group (values capped at 40 characters), after the meter's line.
void printSettingsTable(QTextStream& o, const SettingsRead& read, const QVector<SettingDef>& defs)
{
    const TemplateValues& values = read.values;
    o << meterLine(read.meter) << '\n';
    int w0 = CliText::tr("Setting").size(), w1 = CliText::tr("Value").size(),
        w2 = CliText::tr("Unit").size();
    for (const SettingDef& d : defs) {
        w0 = std::max(w0, int(d.name.size()));
        w1 = std::max(w1, int(shown(d, values.value(d.name)).size()));
        w2 = std::max(w2, int(d.unit.size()));
    }
    w1 = std::min(w1, 40);
    QString group;
    for (const SettingDef& d : defs) {
        if (d.group != group) {
            group = d.group;
            const SettingGroup* g = read.profile.group(group);
            o << '\n' << (g ? g->name : group) << '\n';
            o << "  " << padded(CliText::tr("Setting"), w0) << "  "
              << padded(CliText::tr("Value"), w1) << "  " << padded(CliText::tr("Unit"), w2) << "  "
              << CliText::tr("Allowed") << '\n';
        }
        o << "  " << padded(d.name, w0) << "  " << padded(shown(d, values.value(d.name)), w1)
          << "  " << padded(d.unit, w2) << "  " << d.ruleText() << '\n';
    }
    o.flush();
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
    int code = ExitOk;
    const auto profiles = loadProfiles(cl, p, &code);
    if (!profiles)
        return code;
    const auto client = cl.connect(p, &code);
    if (!client)
        return code;
    const auto read = runSettingsRead(*client, *profiles);
    if (!read)
        return reportMeterFailure(cl, p, *client, read.error());
    const auto defs = chooseSettings(cl, read->profile, p.positionalArguments());
    if (!defs)
        return ExitUsage;
    if (p.isSet(QStringLiteral("json")))
        printSettingsJson(cl.out(), read.value(), *defs);
    else
        printSettingsTable(cl.out(), read.value(), *defs);
    return ExitOk;
}

// The meters whose history is shown: --meter (a serial number, of any device type), else the
// one on the link (its serial number and device type), else every meter in the data folder.
// ExitOk, or the reason printed and its exit code.
int historyRequest(CommandLine& cl, const QCommandLineParser& p, HistoryRequest* request)
{
    if (p.isSet(QStringLiteral("meter"))) {
        request->serialNumber = p.value(QStringLiteral("meter"));
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
        request->serialNumber = id->serialNumber;
        request->deviceType = id->deviceType;
    }
    return ExitOk;
}

// The records as a table (column widths from the records, values capped at 40 characters),
// and how many lines could not be read.
void printHistoryTable(QTextStream& o, const QVector<ChangeRecord>& all, int skipped)
{
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
    HistoryRequest request;
    if (const int code = historyRequest(cl, p, &request); code != ExitOk)
        return code;
    const HistoryRead history = commissioner::runHistory(folder, request);
    const QVector<ChangeRecord>& all = history.records;
    const QStringList& meters = history.meters;
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
    printHistoryTable(o, all, history.skipped);
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

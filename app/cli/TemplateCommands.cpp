#include "TemplateCommands.h"

#include "CliText.h"
#include "ErrorText.h"
#include "ExitCodes.h"
#include "base/PrintableText.h"
#include "meter/MeterQueries.h"
#include "settings/DeviceProfile.h"
#include "settings/RawSettings.h"
#include "settings/TemplateBackup.h"
#include "settings/TemplateDiff.h"
#include "settings/TemplateFile.h"
#include "settings/TemplateIo.h"
#include "settings/TemplateRestore.h"
#include "store/ChangeHistory.h"
#include "store/DataFolder.h"
#include "usecases/TemplateCompareUseCase.h"
#include "usecases/TemplateSaveUseCase.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace commissioner::cli {

QString describeTemplateError(const TemplateError& e)
{
    const QString in = e.path.isEmpty() ? QString() : CliText::tr("%1: ").arg(e.path);
    const QString setting =
        e.setting.isEmpty() ? QString() : CliText::tr(" (setting %1)").arg(e.setting);
    switch (e.kind) {
    case TemplateErrorKind::FileUnreadable:
        return CliText::tr("cannot read %1: %2").arg(e.path, e.detail);
    case TemplateErrorKind::FileNotWritten:
        return CliText::tr("cannot write %1: %2").arg(e.path, e.detail);
    case TemplateErrorKind::NotJson:
        return CliText::tr("%1not valid JSON at line %2, column %3: %4")
            .arg(in)
            .arg(e.line)
            .arg(e.column)
            .arg(e.detail);
    case TemplateErrorKind::NotATemplate:
        return CliText::tr(
                   "%1not a Commissioner template (\"format\" should be \"commissioner-template\")")
            .arg(in);
    case TemplateErrorKind::UnknownFormatVersion:
        return CliText::tr(
                   "%1template format version %2 is not one this tool reads (it reads version 1); "
                   "use a newer Commissioner")
            .arg(in, e.value);
    case TemplateErrorKind::MissingField:
        return CliText::tr("%1the field \"%2\" is missing or invalid (%3)")
            .arg(in, e.field, e.detail);
    case TemplateErrorKind::UnknownDeviceType:
        return CliText::tr("%1no device profile knows device type %2").arg(in, e.value);
    case TemplateErrorKind::UnknownSetting:
        return CliText::tr("%1unknown setting %2: it is not in this device type's profile")
            .arg(in, e.setting);
    case TemplateErrorKind::MissingSetting:
        return CliText::tr("%1the setting %2 is missing: a template holds every setting")
            .arg(in, e.setting);
    case TemplateErrorKind::WrongType:
        return CliText::tr("%1setting %2: %3 is not %4").arg(in, e.setting, e.value, e.rule);
    case TemplateErrorKind::OutOfRange:
        return CliText::tr("%1setting %2: %3 is outside the allowed values (%4)")
            .arg(in, e.setting, e.value, e.rule);
    case TemplateErrorKind::UnitMismatch:
        return CliText::tr("%1setting %2: the unit %3 is not the profile's \"%4\"")
            .arg(in, e.setting, e.value, e.rule);
    case TemplateErrorKind::ProfileInvalid:
        return CliText::tr("the device profile %1 is invalid%2: %3").arg(e.path, setting, e.detail);
    case TemplateErrorKind::DeviceTypeMismatch:
        return CliText::tr(
                   "the template was saved from device type %1 but the meter is device type %2 "
                   "(use --force-type to restore only the settings both have)")
            .arg(e.value, e.rule);
    case TemplateErrorKind::UnknownGroup:
        return CliText::tr("unknown group \"%1\"").arg(e.value);
    case TemplateErrorKind::MeterNotNormal:
        return CliText::
            tr("the meter is in %1 mode: its settings can be read and written only in NORMAL mode")
                .arg(e.value);
    case TemplateErrorKind::Link:
        return describeLinkError(e.link);
    case TemplateErrorKind::UpgradeRunning:
        return CliText::tr("a firmware upgrade is running on this meter; nothing was sent");
    case TemplateErrorKind::WrongMeter:
        return CliText::tr("meter %1 answers, not %2 (%3): nothing was written")
            .arg(e.value, e.rule, e.detail);
    case TemplateErrorKind::ForeignBackup:
        return CliText::tr(
                   "%1 is a backup of meter %2, and this meter is %3: a meter's backup is "
                   "never applied to another (a template saved with `template save` can be)")
            .arg(e.path, e.value, e.rule);
    case TemplateErrorKind::NoSerialNumber:
        return CliText::tr("the meter reports no serial number, so its backups and history could "
                           "not be told from another meter's: nothing was written");
    case TemplateErrorKind::BackupUnfaithful:
        return CliText::tr("the backup %1 read back does not give the meter's settings back%2: %3")
            .arg(e.path, setting, e.detail);
    }
    return CliText::tr("template error");
}

int exitCodeFor(const TemplateError& e)
{
    switch (e.kind) {
    case TemplateErrorKind::Link:
        return exitCodeFor(e.link);
    case TemplateErrorKind::FileNotWritten:
        return ExitFailed;
    case TemplateErrorKind::UnknownGroup:
        return ExitUsage;
    case TemplateErrorKind::DeviceTypeMismatch:
    case TemplateErrorKind::MeterNotNormal:
    case TemplateErrorKind::UpgradeRunning:
    case TemplateErrorKind::WrongMeter:
    case TemplateErrorKind::ForeignBackup:
    case TemplateErrorKind::NoSerialNumber:
        return ExitPreflight;
    default:
        return ExitBadPackage; // a bad input file (template or profile)
    }
}

namespace {

const QString kProgram = QStringLiteral("commissioner-cli");

int fail(CommandLine& cl, const QString& what, const TemplateError& e)
{
    cl.err() << CliText::tr("%1: %2: %3").arg(kProgram, what, describeTemplateError(e)) << Qt::endl;
    return exitCodeFor(e);
}

// The profiles: compiled-in plus <data dir>/profiles.
std::optional<DeviceProfiles> loadProfiles(CommandLine& cl, const QCommandLineParser& p)
{
    auto profiles = DeviceProfiles::load(DeviceProfiles::userFolder(DataFolder(cl.dataDir(p))));
    if (!profiles) {
        fail(cl, CliText::tr("device profiles"), profiles.error());
        return std::nullopt;
    }
    return profiles.value();
}

// Where a template save or compare stopped, in the words each step has always had.
int reportFailure(CommandLine& cl, const QCommandLineParser& p, const QString& link,
                  const TemplateFailure& f)
{
    const TemplateError& e = f.error;
    switch (f.step) {
    case TemplateStep::LoadProfiles:
        fail(cl, CliText::tr("device profiles"), e);
        return ExitBadPackage;
    case TemplateStep::LoadFile:
        return fail(cl, CliText::tr("template"), e);
    case TemplateStep::Identify:
        cl.err() << CliText::tr("%1: cannot identify the meter on %2: %3")
                        .arg(kProgram, link, describeLinkError(e.link))
                 << Qt::endl;
        return exitCodeFor(e.link);
    case TemplateStep::CheckMode:
        return fail(cl, printableText(f.meter ? f.meter->serialNumber : QString()), e);
    case TemplateStep::FindProfile:
        cl.err() << CliText::tr("%1: no device profile for device type %2 (%3); add one to %4")
                        .arg(kProgram)
                        .arg(f.meter ? f.meter->deviceType : 0)
                        .arg(printableText(f.meter ? f.meter->modelName : QString()),
                             DeviceProfiles::userFolder(DataFolder(cl.dataDir(p))))
                 << Qt::endl;
        return ExitPreflight;
    case TemplateStep::ReadSettings:
        return fail(cl, CliText::tr("reading the settings"), e);
    case TemplateStep::WriteFile:
        return fail(cl, CliText::tr("saving"), e);
    }
    return fail(cl, CliText::tr("template"), e);
}

// The link named on the command line, opened; nullptr with *exitCode set when it is not.
std::unique_ptr<MeterClient> openMeterLink(CommandLine& cl, const QCommandLineParser& p,
                                           QString* summary, int* exitCode)
{
    const auto settings = cl.linkSettings(p);
    if (!settings) {
        *exitCode = ExitUsage;
        return nullptr;
    }
    *summary = settings->describe().summary();
    auto client = cl.openLink(*settings);
    *exitCode = client ? ExitOk : ExitUnreachable;
    return client;
}

QString meterName(const MeterIdentity& id)
{
    return CliText::tr("%1 %2 (device type %3, firmware %4)")
        .arg(printableText(id.modelName), printableText(id.serialNumber))
        .arg(id.deviceType)
        .arg(id.firmware.toString());
}

QString padded(const QString& s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '));
}

// One line per setting whose value breaks its rule, naming the setting, its value and the rule.
void warnInvalid(CommandLine& cl, const QString& where, const InvalidSettings& invalid,
                 const QString& consequence)
{
    for (const InvalidSetting& bad : invalid)
        cl.err() << CliText::tr("warning: %1: setting %2 holds %3, which breaks its rule (%4): %5")
                        .arg(where, bad.name, bad.valueText, bad.error.rule, consequence)
                 << Qt::endl;
}

// Values from a meter or a file may hold control characters: never raw to the terminal.
QVector<DiffRow> printable(QVector<DiffRow> rows)
{
    for (DiffRow& r : rows) {
        r.left = printableText(r.left);
        r.right = printableText(r.right);
    }
    return rows;
}

// A file's invalid settings shown in a comparison (they are not among its settings).
void showInvalid(QVector<DiffRow>& rows, const InvalidSettings& invalid, bool left)
{
    for (DiffRow& r : rows) {
        if (!invalid.contains(r.setting) || !(left ? r.missingLeft : r.missingRight))
            continue;
        const QString shown = CliText::tr("%1 (invalid)").arg(invalid.value(r.setting).valueText);
        (left ? r.missingLeft : r.missingRight) = false;
        (left ? r.left : r.right) = shown;
        r.changed = true;
    }
}

} // namespace

void printRows(QTextStream& o, const QVector<DiffRow>& rows, const QString& leftTitle,
               const QString& rightTitle, bool changedOnly)
{
    int w0 = CliText::tr("Setting").size(), w1 = leftTitle.size(), w2 = rightTitle.size();
    for (const DiffRow& r : rows) {
        if (changedOnly && !r.changed)
            continue;
        w0 = std::max(w0, int(r.setting.size()));
        w1 = std::max(w1, int(r.left.size()) + 2);
        w2 = std::max(w2, int(r.right.size()) + 2);
    }
    w1 = std::min(w1, 40);
    w2 = std::min(w2, 40);
    o << "  " << padded(CliText::tr("Setting"), w0) << "  " << padded(leftTitle, w1) << "  "
      << padded(rightTitle, w2) << "  " << CliText::tr("Unit") << '\n';
    const QString absent = CliText::tr("(absent)");
    for (const DiffRow& r : rows) {
        if (changedOnly && !r.changed)
            continue;
        const QString left = r.missingLeft ? absent : r.left;
        const QString right = r.missingRight ? absent : r.right;
        o << (r.changed ? "* " : "  ") << padded(r.setting, w0) << "  " << padded(left, w1) << "  "
          << padded(right, w2) << "  " << r.unit << '\n';
    }
}

namespace {

int runSave(CommandLine& cl)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("reason"),
                 CliText::tr("Why the template is saved (default manual)."), QStringLiteral("R"),
                 QStringLiteral("manual")});
    if (!cl.parse(p))
        return cl.parseExitCode();
    const QStringList args = p.positionalArguments();
    if (args.size() != 1)
        return cl.usageError(CliText::tr("template save takes one FILE"));
    // Broken profiles are named before the link is opened (a dead link would hide them).
    if (!loadProfiles(cl, p))
        return ExitBadPackage;
    QString link;
    int exitCode = ExitOk;
    const auto client = openMeterLink(cl, p, &link, &exitCode);
    if (!client)
        return exitCode;
    TemplateSaveRequest request;
    request.path = QFileInfo(args[0]).absoluteFilePath();
    request.reason = p.value(QStringLiteral("reason"));
    const auto saved = runTemplateSave(*client, DataFolder(cl.dataDir(p)), request);
    if (!saved)
        return reportFailure(cl, p, link, saved.error());
    const CheckedTemplate& read = saved->read;
    cl.out() << CliText::tr("Saved %1 settings of %2 to %3")
                    .arg(read.valid.size() + read.invalid.size())
                    .arg(meterName(saved->meter), saved->path)
             << Qt::endl;
    warnInvalid(cl, CliText::tr("meter %1").arg(printableText(saved->meter.serialNumber)),
                read.invalid,
                CliText::tr("saved as read and flagged in the file; a restore leaves it out"));
    if (saved->factoryDefault)
        cl.err() << CliText::tr(
                        "warning: every setting is at its factory default: did the meter lose its "
                        "settings (a restart during an upgrade)? A backup may hold them: "
                        "see `template list`.")
                 << Qt::endl;
    return ExitOk;
}

int runDiff(CommandLine& cl)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("changed"), CliText::tr("Show only the settings that differ.")});
    if (!cl.parse(p))
        return cl.parseExitCode();
    const QStringList args = p.positionalArguments();
    if (args.size() < 1 || args.size() > 2)
        return cl.usageError(CliText::tr("template diff takes FILE, or FILE FILE2"));
    const DataFolder folder(cl.dataDir(p));
    // The files are loaded before the link is opened (a dead link would hide a bad file).
    const auto left = loadCompareFile(folder, args[0]);
    if (!left)
        return reportFailure(cl, p, QString(), left.error());
    warnInvalid(cl, args[0], left->file.invalid, CliText::tr("shown as it is in the file"));

    std::optional<TemplateCompared> compared;
    QString rightTitle;
    if (args.size() == 2) {
        const auto other = loadCompareFile(folder, args[1]);
        if (!other)
            return reportFailure(cl, p, QString(), other.error());
        warnInvalid(cl, args[1], other->file.invalid, CliText::tr("shown as it is in the file"));
        compared = compareFiles(left.value(), other.value());
        rightTitle = QFileInfo(args[1]).fileName();
    } else {
        QString link;
        int exitCode = ExitOk;
        const auto client = openMeterLink(cl, p, &link, &exitCode);
        if (!client)
            return exitCode;
        const auto withMeter = compareWithMeter(*client, folder, left.value());
        if (!withMeter)
            return reportFailure(cl, p, link, withMeter.error());
        compared = withMeter.value();
        rightTitle = CliText::tr("meter %1").arg(printableText(compared->meter->serialNumber));
    }
    auto rows = printable(compared->rows);
    showInvalid(rows, left->file.invalid, true);
    if (compared->rightFile)
        showInvalid(rows, compared->rightFile->file.invalid, false);
    printRows(cl.out(), rows, QFileInfo(args[0]).fileName(), rightTitle,
              p.isSet(QStringLiteral("changed")));
    const int changed =
        int(std::count_if(rows.begin(), rows.end(), [](const DiffRow& r) { return r.changed; }));
    if (changed == 0) {
        cl.out() << CliText::tr("Equal: all %1 settings are the same.").arg(rows.size())
                 << Qt::endl;
        return ExitOk;
    }
    cl.out() << CliText::tr("%1 of %2 settings differ (marked *).").arg(changed).arg(rows.size())
             << Qt::endl;
    return ExitFailed;
}

int runList(CommandLine& cl)
{
    QCommandLineParser p;
    // Not --serial: that names the serial port, like in every other command.
    p.addOption({QStringLiteral("meter"),
                 CliText::tr("Only this meter's backups (its serial number)."),
                 QStringLiteral("SERIAL")});
    if (!cl.parse(p))
        return cl.parseExitCode();
    if (!p.positionalArguments().isEmpty())
        return cl.usageError(CliText::tr("template list takes no arguments"));
    const DataFolder folder(cl.dataDir(p));
    const auto backups = listBackups(folder, p.value(QStringLiteral("meter")));
    QTextStream& o = cl.out();
    if (backups.isEmpty()) {
        o << CliText::tr("No template backups in %1")
                 .arg(QDir::toNativeSeparators(folder.backupsRoot()))
          << Qt::endl;
        return ExitOk;
    }
    int w = CliText::tr("Serial").size();
    for (const BackupEntry& b : backups)
        w = std::max(w, int(printableText(b.serial).size()));
    o << padded(CliText::tr("Serial"), w) << "  " << padded(CliText::tr("Saved (UTC)"), 20) << "  "
      << padded(CliText::tr("Reason"), 12) << "  " << CliText::tr("File") << '\n';
    for (const BackupEntry& b : backups)
        o << padded(printableText(b.serial), w) << "  "
          << padded(b.savedAt.toString(Qt::ISODate), 20) << "  "
          << padded(printableText(b.reason), 12) << "  " << QDir::toNativeSeparators(b.path)
          << (b.readable ? QString() : CliText::tr("  (unreadable)")) << '\n';
    o.flush();
    return ExitOk;
}

} // namespace

int runTemplateCommand(CommandLine& cl)
{
    QStringList args = cl.args();
    const int at = CommandLine::commandIndex(args);
    if (at < 0)
        return cl.usageError(CliText::tr("template needs save, diff, restore or list"));
    const QString sub = args.takeAt(at);
    CommandLine subLine(args, cl.out(), cl.err());
    if (sub == QLatin1String("save"))
        return runSave(subLine);
    if (sub == QLatin1String("diff"))
        return runDiff(subLine);
    if (sub == QLatin1String("restore"))
        return runTemplateRestore(subLine);
    if (sub == QLatin1String("list"))
        return runList(subLine);
    return cl.usageError(
        CliText::tr("unknown template command \"%1\" (save, diff, restore, list)").arg(sub));
}

} // namespace commissioner::cli

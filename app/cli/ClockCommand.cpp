#include "CliText.h"
#include "ErrorText.h"
#include "ExitCodes.h"
#include "TemplateCommands.h"
#include "meter/MeterClock.h"
#include "meter/MeterIdentity.h"
#include "meter/MeterQueries.h"
#include "store/DataFolder.h"
#include "usecases/ClockSetUseCase.h"

#include <QDateTime>

namespace commissioner::cli {

namespace {

QString utcText(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

int showClock(CommandLine& sl, MeterClient& client)
{
    const auto id = readIdentity(client);
    if (!id) {
        sl.err() << CliText::tr("commissioner-cli: cannot identify the meter: %1")
                        .arg(describeLinkError(id.error()))
                 << Qt::endl;
        return exitCodeFor(id.error());
    }
    if (id->mode != DeviceMode::Normal) {
        sl.err() << CliText::tr("commissioner-cli: the meter is in %1 mode: its clock is available "
                                "only in NORMAL mode")
                        .arg(deviceModeName(*id))
                 << Qt::endl;
        return ExitPreflight;
    }
    const auto clock = readMeterClock(client);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!clock) {
        sl.err() << CliText::tr("commissioner-cli: reading the clock failed: %1")
                        .arg(describeLinkError(clock.error()))
                 << Qt::endl;
        return exitCodeFor(clock.error());
    }
    sl.out() << CliText::tr("Meter clock:    %1 (%2 s from this computer)")
                    .arg(utcText(clock.value()))
                    .arg(clock.value() - now)
             << Qt::endl;
    return ExitOk;
}

int reportClockSet(CommandLine& sl, const ClockSetOutcome& r)
{
    QTextStream& o = sl.out();
    if (r.before)
        o << CliText::tr("Meter clock:    %1 (%2 s from this computer)")
                 .arg(utcText(*r.before))
                 .arg(*r.before - r.beforeLocal)
          << '\n';
    if (r.status == ClockSetStatus::Refused) {
        sl.err() << CliText::tr("commissioner-cli: the clock was not set: %1")
                        .arg(describeTemplateError(*r.error))
                 << Qt::endl;
        return exitCodeFor(*r.error);
    }
    o << CliText::tr("Backup:         %1").arg(r.backupPath) << '\n';
    if (!r.historyError.isEmpty())
        sl.err() << CliText::tr("warning: the change could not be added to the meter's history: %1")
                        .arg(r.historyError)
                 << Qt::endl;
    if (r.status == ClockSetStatus::WriteFailed) {
        sl.err() << CliText::tr("commissioner-cli: setting the clock failed: %1")
                        .arg(describeTemplateError(*r.error))
                 << Qt::endl;
        return exitCodeFor(*r.error);
    }
    o << CliText::tr("Set to:         %1 (this computer's clock, UTC)").arg(utcText(r.written))
      << '\n';
    if (r.status == ClockSetStatus::NotReadBack) {
        sl.err() << CliText::tr("commissioner-cli: reading the clock back failed: %1")
                        .arg(describeTemplateError(*r.error))
                 << Qt::endl;
        return exitCodeFor(*r.error);
    }
    const qint64 diff = *r.after - r.afterLocal;
    o << CliText::tr("Read back:      %1 (%2 s from this computer)")
             .arg(utcText(*r.after))
             .arg(diff)
      << Qt::endl;
    if (r.status == ClockSetStatus::ReadBackDiffers) {
        sl.err() << CliText::tr("warning: the meter's clock reads %1 s away from the time just set")
                        .arg(diff)
                 << Qt::endl;
        return ExitFailed;
    }
    return ExitOk;
}

} // namespace

// `clock show` prints the meter's clock and how far it is from this computer's;
// `clock sync` sets it from this computer's clock (UTC) through the clock use case (backup,
// write, read back, history) and prints the difference that remains.
int runClockCommand(CommandLine& cl)
{
    QStringList args = cl.args();
    const int at = CommandLine::commandIndex(args);
    const QString sub = at < 0 ? QString() : args.takeAt(at);
    if (sub != QLatin1String("sync") && sub != QLatin1String("show"))
        return cl.usageError(CliText::tr("clock needs sync or show"));
    CommandLine sl(args, cl.out(), cl.err());
    QCommandLineParser p;
    if (!sl.parse(p))
        return sl.parseExitCode();
    if (!p.positionalArguments().isEmpty())
        return sl.usageError(CliText::tr("clock %1 takes no arguments").arg(sub));
    int exitCode = ExitOk;
    auto client = sl.connect(p, &exitCode);
    if (!client)
        return exitCode;
    if (sub == QLatin1String("show"))
        return showClock(sl, *client);
    ClockSetRequest request;
    request.tool = QStringLiteral("commissioner-cli clock sync");
    return reportClockSet(sl, runClockSet(*client, DataFolder(sl.dataDir(p)), request));
}

} // namespace commissioner::cli

#include "CliText.h"
#include "ErrorText.h"
#include "ExitCodes.h"
#include "TemplateCommands.h"
#include "meter/MeterClock.h"
#include "meter/MeterIdentity.h"
#include "meter/MeterQueries.h"
#include "store/ChangeHistory.h"
#include "store/DataFolder.h"

#include <QDateTime>

namespace commissioner::cli {

namespace {

QString utcText(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

// `clock show` prints the meter's clock and how far it is from this computer's;
// `clock sync` sets it from this computer's clock (UTC), reads it back and prints the
// difference that remains.
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
    const auto settings = sl.linkSettings(p);
    if (!settings)
        return ExitUsage;
    auto client = sl.openLink(*settings);
    if (!client)
        return ExitUnreachable;
    const auto id = readIdentity(*client);
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
    QTextStream& o = sl.out();
    const auto before = readMeterClock(*client);
    const qint64 nowBefore = QDateTime::currentSecsSinceEpoch();
    if (!before) {
        sl.err() << CliText::tr("commissioner-cli: reading the clock failed: %1")
                        .arg(describeLinkError(before.error()))
                 << Qt::endl;
        return exitCodeFor(before.error());
    }
    o << CliText::tr("Meter clock:    %1 (%2 s from this computer)")
             .arg(utcText(before.value()))
             .arg(before.value() - nowBefore)
      << '\n';
    if (sub == QLatin1String("show")) {
        o.flush();
        return ExitOk;
    }

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!fitsMeterClock(now)) {
        sl.err() << CliText::tr(
                        "commissioner-cli: this computer's time does not fit the meter's clock")
                 << Qt::endl;
        return ExitFailed;
    }
    const auto written = setMeterClock(*client, now);
    if (!written) {
        sl.err() << CliText::tr("commissioner-cli: setting the clock failed: %1")
                        .arg(describeLinkError(written.error()))
                 << Qt::endl;
        return exitCodeFor(written.error());
    }
    o << CliText::tr("Set to:         %1 (this computer's clock, UTC)").arg(utcText(now)) << '\n';
    const auto after = readMeterClock(*client);
    const qint64 nowAfter = QDateTime::currentSecsSinceEpoch();
    // The change goes into the meter's history (backups/SERIAL/history.jsonl), as a setting's does.
    const bool far = after && (after.value() - nowAfter < -2 || after.value() - nowAfter > 2);
    QString historyError;
    if (!ChangeHistory::append(DataFolder(sl.dataDir(p)),
                               {clockChangeRecord(*id, before.value(), after ? after.value() : now,
                                                  !after ? QStringLiteral("not-read-back")
                                                  : far  ? QStringLiteral("read-back-differs")
                                                         : QStringLiteral("verified"),
                                                  QStringLiteral("commissioner-cli clock sync"))},
                               &historyError))
        sl.err() << CliText::tr("warning: the change could not be added to the meter's history: %1")
                        .arg(historyError)
                 << Qt::endl;
    if (!after) {
        sl.err() << CliText::tr("commissioner-cli: reading the clock back failed: %1")
                        .arg(describeLinkError(after.error()))
                 << Qt::endl;
        return exitCodeFor(after.error());
    }
    const qint64 diff = after.value() - nowAfter;
    o << CliText::tr("Read back:      %1 (%2 s from this computer)")
             .arg(utcText(after.value()))
             .arg(diff)
      << Qt::endl;
    if (diff < -2 || diff > 2) {
        sl.err() << CliText::tr("warning: the meter's clock reads %1 s away from the time just set")
                        .arg(diff)
                 << Qt::endl;
        return ExitFailed;
    }
    return ExitOk;
}

} // namespace commissioner::cli

#include "usecases/ClockSetUseCase.h"

#include "meter/MeterClock.h"
#include "meter/MeterQueries.h"
#include "settings/TemplateBackup.h"
#include "store/ChangeHistory.h"

#include <QDateTime>

namespace commissioner {

namespace {

std::optional<TemplateError> bind(MeterClient& client, const DataFolder& folder,
                                  const ClockSetRequest& request, ClockSetOutcome& out)
{
    const auto bound = bindMeter(client, request.meter, folder);
    if (!bound)
        return bound.error();
    out.meter = bound->identity;
    const auto before = readMeterClock(client);
    if (!before)
        return TemplateError::fromLink(before.error());
    out.before = before.value();
    out.beforeLocal = QDateTime::currentSecsSinceEpoch();
    return std::nullopt;
}

TemplateError doesNotFit(qint64 time)
{
    TemplateError e;
    e.kind = TemplateErrorKind::OutOfRange;
    e.setting = QStringLiteral("CLOCK_UTC");
    e.value = QString::number(time);
    e.rule = QStringLiteral("0-4294967295 s since 1970");
    return e;
}

QString resultName(ClockSetStatus status)
{
    switch (status) {
    case ClockSetStatus::Set:
        return QStringLiteral("verified");
    case ClockSetStatus::ReadBackDiffers:
        return QStringLiteral("read-back-differs");
    case ClockSetStatus::NotReadBack:
        return QStringLiteral("not-read-back");
    case ClockSetStatus::WriteFailed:
        return QStringLiteral("no-answer");
    case ClockSetStatus::Refused:
        break;
    }
    return QString();
}

} // namespace

ClockSetOutcome runClockSet(MeterClient& client, const DataFolder& folder,
                            const ClockSetRequest& request, const std::function<qint64()>& now)
{
    const auto clockNow = [&] { return now ? now() : QDateTime::currentSecsSinceEpoch(); };
    ClockSetOutcome out;
    auto refuse = [&](const TemplateError& e) {
        out.status = ClockSetStatus::Refused;
        out.error = e;
        return out;
    };
    if (auto error = bind(client, folder, request, out))
        return refuse(*error);
    if (request.time && !fitsMeterClock(*request.time))
        return refuse(doesNotFit(*request.time));
    const auto backup = takeVerifiedBackup(client, out.meter, folder, kPreClockReason);
    if (!backup)
        return refuse(backup.error());
    out.backupPath = backup.value();

    const qint64 writtenAt = clockNow();
    out.written = request.time.value_or(writtenAt);
    if (!fitsMeterClock(out.written))
        return refuse(doesNotFit(out.written));
    const auto written = setMeterClock(client, out.written);
    if (!written) {
        out.status = ClockSetStatus::WriteFailed;
        out.error = TemplateError::fromLink(written.error());
        if (written.error().kind == LinkErrorKind::Exception)
            return out; // the meter changed nothing: no history
    } else {
        const auto after = readMeterClock(client);
        out.afterLocal = clockNow();
        if (!after) {
            out.status = ClockSetStatus::NotReadBack;
            out.error = TemplateError::fromLink(after.error());
        } else {
            out.after = after.value();
            // The meter's clock runs on between the write and the read-back.
            const qint64 drift = out.after.value() - (out.written + out.afterLocal - writtenAt);
            out.status =
                (drift < -2 || drift > 2) ? ClockSetStatus::ReadBackDiffers : ClockSetStatus::Set;
        }
    }
    ChangeHistory::append(
        folder,
        {clockChangeRecord(out.meter, *out.before, out.after.value_or(out.written),
                           resultName(out.status), request.tool)},
        &out.historyError);
    return out;
}

} // namespace commissioner

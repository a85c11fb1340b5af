#pragma once

#include "meter/MeterClient.h"
#include "meter/MeterIdentity.h"
#include "settings/TemplateError.h"
#include "store/DataFolder.h"
#include "usecases/MeterBinding.h"

#include <QString>
#include <functional>
#include <optional>

namespace commissioner {

// Setting the meter's clock (CLOCK_UTC), the same for `clock sync` and the clock dialog:
// bind -> read the clock -> back up the meter (verified on disk) -> write -> read back ->
// record the change in the meter's history.
struct ClockSetRequest
{
    std::optional<MeterBinding> meter; // the meter the person chose; unset: whichever answers
    // The time to set, UTC seconds; unset: this computer's clock when the write is sent.
    std::optional<qint64> time;
    QString tool; // for the history: "commissioner-cli clock sync", "Commissioner (clock)"
};

enum class ClockSetStatus
{
    Set,             // written and read back within two seconds of what was written
    ReadBackDiffers, // written, but it reads further off
    NotReadBack,     // written (answered), the read-back failed
    WriteFailed,     // the write failed (`error`): an exception changed nothing
    Refused,         // nothing written: `error` says why
};

struct ClockSetOutcome
{
    ClockSetStatus status = ClockSetStatus::Refused;
    std::optional<TemplateError> error;
    MeterIdentity meter;
    std::optional<qint64> before; // the meter's clock as read first
    qint64 beforeLocal = 0;       // this computer's clock then
    qint64 written = 0;           // what was written
    std::optional<qint64> after;  // as read back
    qint64 afterLocal = 0;        // this computer's clock at the read-back
    QString backupPath;
    QString historyError;
};

// `now` gives this computer's clock (UTC seconds); tests may give their own.
ClockSetOutcome runClockSet(MeterClient& client, const DataFolder& folder,
                            const ClockSetRequest& request,
                            const std::function<qint64()>& now = {});

} // namespace commissioner

#pragma once

#include "base/Result.h"
#include "meter/LinkError.h"
#include "meter/MeterClient.h"

#include <QtGlobal>

namespace commissioner {

// CLOCK_UTC (1014, u32 seconds since 1970, device-protocol.md section 4): the meter's
// clock itself, not a template setting. One place for the CLI's `clock` and the GUI.
Result<qint64, LinkError> readMeterClock(MeterClient& client);

// Whether a time (UTC seconds) fits the meter's u32 clock: check before setMeterClock.
bool fitsMeterClock(qint64 utcSeconds);
Result<Ok, LinkError> setMeterClock(MeterClient& client, qint64 utcSeconds);

} // namespace commissioner

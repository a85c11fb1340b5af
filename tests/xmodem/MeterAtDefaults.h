#pragma once

#include "meter/MeterIdentity.h"

#include <QString>
#include <optional>

// A meter just installed over XMODEM starts at the spec's defaults (19200 8E1, unit 1):
// polls its identity there until it answers (bounded).
std::optional<commissioner::MeterIdentity> identifyAtDefaults(const QString& device,
                                                              int timeoutMs = 15000);

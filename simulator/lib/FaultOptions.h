#pragma once

#include <QString>

class QCommandLineParser;

namespace metersim {

struct HostConfig;

// metersim's fault options (--drop-replies ... --refuse-write), which apply to every meter.
// Fills config->faults; an error text, or empty.
QString applyFaultOptions(const QCommandLineParser& parser, HostConfig* config);

} // namespace metersim

#pragma once

#include <QString>

class QCommandLineParser;

namespace metersim {

struct HostConfig;

// The meters of metersim's command line: the first meter's options (--type ... --raw-template)
// and each --meter KEY=VALUE,... Fills config->meters; an error text, or empty. Call after the
// serial line is known: the first meter's COMM_BAUD/COMM_PARITY follow it.
QString applyMeterOptions(const QCommandLineParser& parser, HostConfig* config);

} // namespace metersim

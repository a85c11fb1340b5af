#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace metersim {

struct HostConfig;

// The meters of metersim's command line: the first meter's options (--type ... --raw-template)
// and each --meter KEY=VALUE,... Fills config->meters; an error text, or empty. Call after the
// serial line is known: the first meter's COMM_BAUD/COMM_PARITY follow it.
QString applyMeterOptions(const QCommandLineParser& parser, HostConfig* config);
// The first meter's top-level options that take a value (--type ... --gone-at-offset), from
// the same table as the --meter keys, in the order they are applied: the command line
// declares them from here, so a meter key is added in one place.
QStringList firstMeterOptionNames();

} // namespace metersim

#pragma once

#include <QString>

class QCommandLineParser;

namespace metersim {

struct HostConfig;

// metersim's --modem options (device-protocol.md section 8), kept apart from the rest of
// the command line: declared, applied to a parsed command line, and described in --help.
void addModemOptions(QCommandLineParser& parser);
// Fills config.modem; an error text, or empty. Call after the listeners are known.
QString applyModemOptions(const QCommandLineParser& parser, HostConfig* config);
QString modemHelpText();

} // namespace metersim

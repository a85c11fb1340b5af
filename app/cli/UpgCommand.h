#pragma once

#include <QStringList>
#include <QTextStream>

namespace commissioner::cli {

// `commissioner-cli upg SUBCOMMAND ...`: args are the words after `upg`, the subcommand
// first (inspect, pack, keygen). Returns an ExitCode (ExitCodes.h).
int runUpgCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace commissioner::cli

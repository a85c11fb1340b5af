#pragma once

#include "CommandLine.h"

namespace commissioner::cli {

// One function per command; each parses its own options (plus the shared ones).
int runIdentify(CommandLine& cl);
int runReadLive(CommandLine& cl);
int runScan(CommandLine& cl);
int runStatus(CommandLine& cl);
int runUpgrade(CommandLine& cl);
int runRecover(CommandLine& cl);
int runUpgCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace commissioner::cli

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
// `config show|set|history`: settings one by one, and their recorded changes.
int runConfigCommand(CommandLine& cl);
// `report --out FILE.pdf|FILE.html`: the commissioning report (PDF needs a QGuiApplication).
int runReportCommand(CommandLine& cl);

} // namespace commissioner::cli

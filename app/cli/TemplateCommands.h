#pragma once

#include "CommandLine.h"
#include "settings/TemplateError.h"

#include <QString>

namespace commissioner::cli {

// `template save|diff|restore|list ...`: the sub-command is the first word after
// "template" (cl's args no longer hold "template" itself).
//   template save FILE [--reason R]
//   template diff FILE [FILE2] [--changed]   exit 0 when equal, 1 when they differ
//   template restore FILE [--groups LIST] [--dry-run] [--force-type] [--yes]
//   template list [--serial S]
int runTemplateCommand(CommandLine& cl);
// `clock sync|show`: sets CLOCK_UTC from this computer's clock and reads it back.
int runClockCommand(CommandLine& cl);

// One line, for people, naming what is wrong (setting, rule, value, position).
QString describeTemplateError(const TemplateError& error);
int exitCodeFor(const TemplateError& error);

} // namespace commissioner::cli

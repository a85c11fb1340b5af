#pragma once

#include "CommandLine.h"
#include "settings/TemplateDiff.h"
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

// `template restore FILE ...` (TemplateRestoreCommand.cpp).
int runTemplateRestore(CommandLine& cl);
// Rows of a comparison as a table (changed ones marked with *; only those when changedOnly).
void printRows(QTextStream& o, const QVector<DiffRow>& rows, const QString& leftTitle,
               const QString& rightTitle, bool changedOnly);

// One line, for people, naming what is wrong (setting, rule, value, position).
QString describeTemplateError(const TemplateError& error);
int exitCodeFor(const TemplateError& error);

} // namespace commissioner::cli

#pragma once

#include "CommandLine.h"
#include "upgrade/Preflight.h"

#include <QString>

namespace commissioner::cli {

// One line per finding, for people.
QString describeFinding(const PreflightFinding& finding);

// Prints every finding (refusals on stderr); returns false when one blocks.
bool printFindings(CommandLine& cl, const QVector<PreflightFinding>& findings);
// The person's go-ahead: --yes, or a yes at the terminal. Without a terminal and without
// --yes nothing starts (and the refusal is printed).
bool goAhead(CommandLine& cl, bool yes, const QString& question);

} // namespace commissioner::cli

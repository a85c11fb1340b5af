#pragma once

#include <QString>

#include "Preflight.h"

namespace commissioner::cli {

// One line per finding, for people.
QString describeFinding(const PreflightFinding& finding);

} // namespace commissioner::cli

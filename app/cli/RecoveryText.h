#pragma once

#include "upgrade/RecoveryState.h"

#include <QString>

namespace commissioner::cli {

// What a meter left by an upgrade needs, in one line for people.
QString recoveryStateText(RecoveryState state);

} // namespace commissioner::cli

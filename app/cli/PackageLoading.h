#pragma once

#include "CommandLine.h"
#include "upgrade/UpgradeImage.h"

#include <optional>

namespace commissioner::cli {

// Reads and checks a .UPG for sending: every format rule, then the signature against the
// built-in keys, <data folder>/keys and keysDir. A broken package or a signature that does
// not count is reported in one line and *exitCode set; nothing has been sent then.
std::optional<UpgradeImage> loadUpgradeImage(CommandLine& cl, const QString& path,
                                             const QString& dataDir, const QString& keysDir,
                                             int* exitCode);

} // namespace commissioner::cli

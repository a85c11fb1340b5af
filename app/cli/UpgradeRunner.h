#pragma once

#include "CommandLine.h"
#include "meter/MeterBinding.h"
#include "meter/MeterClient.h"
#include "store/DataFolder.h"
#include "upgrade/UpgradeImage.h"
#include "upgrade/UpgradeTypes.h"

namespace commissioner::cli {

// Runs an upgrade job to its end with a live progress line (or plain lines when piped),
// Ctrl-C as a cancel between requests, the summary, and the restore offer when the meter
// came back at factory settings. Shared by `upgrade` and `recover`. Returns the exit code.
// The job is bound to `confirmed` (the meter the person saw) and recorded under `tool`.
int runUpgradeJob(CommandLine& cl, MeterClient& client, const UpgradeImage& image,
                  const DataFolder& folder, const UpgradeOptions& options,
                  const MeterBinding& confirmed, const QString& tool, bool restoreTemplate);

} // namespace commissioner::cli

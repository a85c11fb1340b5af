#pragma once

#include "CommandLine.h"
#include "meter/MeterClient.h"
#include "meter/MeterIdentity.h"
#include "store/DataFolder.h"

namespace commissioner::cli {

// After an upgrade or recovery whose meter came back at factory settings: offers (or, with
// automatic, does) the restore of that meter's backup. Returns an exit code.
int offerTemplateRestore(CommandLine& cl, MeterClient& client, const DataFolder& folder,
                         const MeterIdentity& meter, const QString& backupPath, bool automatic);

} // namespace commissioner::cli

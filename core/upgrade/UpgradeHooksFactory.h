#pragma once

#include "store/DataFolder.h"
#include "upgrade/UpgradeTypes.h"

namespace commissioner {

// The template services the upgrade and recovery jobs use, wired to the template layer:
// the pre-upgrade backup, the factory-settings check and the latest earlier backup.
UpgradeHooks makeUpgradeHooks(const DataFolder& folder);

} // namespace commissioner

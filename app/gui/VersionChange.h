#pragma once

#include "base/Version.h"

namespace commissioner::gui {

// What installing a package does to the version a meter runs, so the words say so: a
// downgrade is never called an upgrade.
enum class VersionChange
{
    Upgrade,
    Reinstall,
    Downgrade
};

inline VersionChange versionChange(const FirmwareVersion& running, const FirmwareVersion& package)
{
    if (package == running)
        return VersionChange::Reinstall;
    return package < running ? VersionChange::Downgrade : VersionChange::Upgrade;
}

} // namespace commissioner::gui

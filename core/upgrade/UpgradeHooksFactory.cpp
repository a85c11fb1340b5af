#include "upgrade/UpgradeHooksFactory.h"

#include "settings/DeviceProfile.h"
#include "settings/TemplateBackup.h"
#include "settings/TemplateFile.h"
#include "settings/TemplateIo.h"

#include <QFile>

namespace commissioner {

UpgradeHooks makeUpgradeHooks(const DataFolder& folder)
{
    UpgradeHooks hooks;
    hooks.backup = [folder](MeterClient& client,
                            const MeterIdentity& id) -> Result<QString, HookError> {
        auto written = writeTemplateBackup(client, id, folder, QStringLiteral("pre-upgrade"));
        if (!written)
            return HookError{describe(written.error())};
        // The job must never BEGIN on a backup that cannot give the meter back what it holds
        // now: read the file back from disk and compare it with every register read.
        const auto profiles = DeviceProfiles::load(folder);
        if (!profiles)
            return HookError{describe(profiles.error())};
        if (auto verified = verifyTemplateBackup(written.value(), id, profiles.value());
            !verified) {
            // Kept for a person to look at, but out of every backup list (*.json only).
            QFile::rename(written->path, written->path + QStringLiteral(".unverified"));
            return HookError{describe(verified.error())};
        }
        return written->path;
    };
    hooks.settingsLost = [folder](MeterClient& client, const MeterIdentity& id,
                                  const QString& backupPath) {
        const auto profiles = DeviceProfiles::load(folder);
        if (!profiles)
            return false;
        const DeviceProfile* profile = profiles.value().forDeviceType(id.deviceType);
        if (!profile)
            return false;
        const auto values = readTemplate(client, *profile);
        if (!values || !looksFactoryDefault(values.value(), *profile))
            return false;
        // A meter that was at factory settings before lost nothing.
        if (backupPath.isEmpty())
            return true;
        const auto backup = loadTemplateFile(backupPath, profiles.value());
        return !backup || !looksFactoryDefault(backup.value().settings, *profile);
    };
    // Checked against the serial number inside each file (listBackups).
    hooks.latestBackup = [folder](const QString& serial) {
        const auto entry = latestBackup(folder, serial);
        return entry ? entry->path : QString();
    };
    return hooks;
}

} // namespace commissioner

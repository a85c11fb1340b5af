#include "UpgradeHooksFactory.h"

#include "DeviceProfile.h"
#include "TemplateBackup.h"
#include "TemplateFile.h"
#include "TemplateIo.h"

namespace commissioner {

UpgradeHooks makeUpgradeHooks(const DataFolder& folder)
{
    UpgradeHooks hooks;
    hooks.backup = [folder](MeterClient& client,
                            const MeterIdentity& id) -> Result<QString, HookError> {
        auto saved = saveTemplateBackup(client, id, folder, QStringLiteral("pre-upgrade"));
        if (!saved)
            return HookError{describe(saved.error())};
        return saved.value();
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
    hooks.latestBackup = [folder](const QString& serial) {
        const auto entry = latestBackup(folder, serial);
        return entry ? entry->path : QString();
    };
    return hooks;
}

} // namespace commissioner

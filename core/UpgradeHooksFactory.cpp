#include "UpgradeHooksFactory.h"

#include "DeviceProfile.h"
#include "TemplateBackup.h"
#include "TemplateIo.h"

namespace commissioner {

UpgradeHooks makeUpgradeHooks(const DataFolder& folder)
{
    UpgradeHooks hooks;
    hooks.backup = [folder](MeterClient& client, const MeterIdentity& id) -> Result<QString, HookError> {
        auto saved = saveTemplateBackup(client, id, folder, QStringLiteral("pre-upgrade"));
        if (!saved)
            return HookError{describe(saved.error())};
        return saved.value();
    };
    hooks.settingsAtFactoryDefaults = [folder](MeterClient& client, const MeterIdentity& id) {
        const auto profiles = DeviceProfiles::load(folder);
        if (!profiles)
            return false;
        const DeviceProfile* profile = profiles.value().forDeviceType(id.deviceType);
        if (!profile)
            return false;
        const auto values = readTemplate(client, *profile);
        return values && looksFactoryDefault(values.value(), *profile);
    };
    hooks.latestBackup = [folder](const QString& serial) {
        const auto entry = latestBackup(folder, serial);
        return entry ? entry->path : QString();
    };
    return hooks;
}

} // namespace commissioner

#include "upgrade/UpgradeHooksFactory.h"

#include "settings/DeviceProfile.h"
#include "settings/RawSettings.h"
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
        // The job must never BEGIN on a backup that cannot give the meter back what it holds
        // now: takeVerifiedBackup reads the file back and compares it with every register.
        auto taken = takeVerifiedBackup(client, id, folder, kPreUpgradeReason);
        if (!taken)
            return HookError{describe(taken.error())};
        return taken.value();
    };
    hooks.settingsLost = [folder](MeterClient& client, const MeterIdentity& id,
                                  const QString& backupPath) -> QStringList {
        const auto profiles = DeviceProfiles::load(folder);
        if (!profiles)
            return {};
        const DeviceProfile* profile = profiles.value().forDeviceType(id.deviceType);
        if (!profile)
            return {};
        const auto now = readCheckedTemplate(client, *profile);
        if (!now)
            return {};
        // Compared with the backup, not with the factory defaults: one setting that reads
        // otherwise (or out of its rule) is a loss the technician must hear of.
        std::optional<TemplateFile> backup;
        if (!backupPath.isEmpty() && backupBelongsTo(backupPath, id.serialNumber, id.deviceType))
            if (auto loaded = loadTemplateFile(backupPath, profiles.value()))
                backup = loaded.value();
        return settingsLostSince(now.value(), backup ? &*backup : nullptr, *profile);
    };
    // Checked against the serial number inside each file (listBackups).
    hooks.latestBackup = [folder](const QString& serial, int deviceType) {
        const auto entry = latestBackup(folder, serial, QString(), deviceType);
        return entry ? entry->path : QString();
    };
    return hooks;
}

} // namespace commissioner

#include "usecases/BackupOffer.h"

#include "settings/DeviceProfile.h"
#include "settings/TemplateBackup.h"
#include "settings/TemplateFile.h"

#include <QDir>
#include <QFileInfo>
#include <QVector>

namespace commissioner {

namespace {

// A backup the tool took by itself, just before one of its writes: not a person's template.
bool takenByTheTool(const BackupEntry& b)
{
    return b.readable && isToolBackupReason(b.reason);
}

// One spelling per file, so that a handed path finds its entry in the listing.
QString canonicalPath(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

// True when the backup holds a setting off its factory default (looksFactoryDefault: a setting
// the file lacks gives nothing back): something a restore gives back. A file that cannot be
// judged (profiles or file that do not load) counts as holding settings: the restore then says
// what is wrong with it, rather than it being passed over.
bool givesSomethingBack(const BackupEntry& b, const DeviceProfiles* profiles)
{
    if (!profiles)
        return true;
    const auto file = loadTemplateFile(b.path, *profiles);
    if (!file)
        return true;
    const DeviceProfile* profile = profiles->forDeviceType(file->deviceType);
    return !profile || !looksFactoryDefault(file->settings, *profile);
}

BackupOffer offerOf(const BackupEntry& b, BackupOffer offer)
{
    offer.path = b.path;
    offer.savedAt = b.savedAt;
    offer.reason = b.reason;
    return offer;
}

} // namespace

BackupOffer backupToOffer(const DataFolder& folder, const MeterIdentity& meter,
                          const QString& handedPath)
{
    BackupOffer offer;
    // This meter's only: listBackups checks the serial number and device type in each file.
    const QVector<BackupEntry> backups = listBackups(folder, meter.serialNumber, meter.deviceType);
    if (!handedPath.isEmpty()) {
        if (!backupBelongsTo(handedPath, meter.serialNumber, meter.deviceType)) {
            offer.refusedPath = handedPath;
        } else {
            // The job's own backup, taken before its first write: offered as it is.
            const QString handed = canonicalPath(handedPath);
            for (const BackupEntry& b : backups)
                if (takenByTheTool(b) && canonicalPath(b.path) == handed)
                    return offerOf(b, offer);
        }
    }
    const auto profiles = DeviceProfiles::load(folder);
    for (const BackupEntry& b : backups) // newest first
        if (takenByTheTool(b) && givesSomethingBack(b, profiles ? &profiles.value() : nullptr))
            return offerOf(b, offer);
    return offer;
}

} // namespace commissioner

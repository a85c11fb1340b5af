#include "report/CommissioningReport.h"

#include "meter/MeterQueries.h"
#include "settings/TemplateFile.h"
#include "settings/TemplateIo.h"

namespace commissioner {

Result<CommissioningReportData, LinkError> gatherCommissioningReport(MeterClient& client,
                                                                     const DataFolder& folder,
                                                                     const DeviceProfiles& profiles,
                                                                     const QString& technician,
                                                                     int historyLimit)
{
    const auto id = readIdentity(client);
    if (!id)
        return id.error();
    CommissioningReportData d;
    d.generatedAt = QDateTime::currentDateTimeUtc();
    d.technician = technician;
    d.link = client.description().summary();
    d.identity = id.value();
    if (const DeviceProfile* p = profiles.forDeviceType(d.identity.deviceType))
        d.profile = *p;

    if (d.identity.mode != DeviceMode::Normal) {
        // The template block and the measurements answer only in NORMAL mode.
        TemplateError e;
        e.kind = TemplateErrorKind::MeterNotNormal;
        e.value = deviceModeName(d.identity.mode);
        d.settingsError = e;
    } else {
        if (d.profile) {
            const auto values = readTemplate(client, *d.profile);
            if (values)
                d.settings = values.value();
            else
                d.settingsError = values.error();
        }
        const auto m = readMeasurements(client);
        if (m)
            d.readings = m.value();
        else
            d.readingsError = m.error();
    }

    d.upgrade = latestUpgradeRun(folder.upgradeJsonLogPath(), d.identity.serialNumber);

    d.backup = latestBackup(folder, d.identity.serialNumber, QString(), d.identity.deviceType);
    if (d.backup && d.profile && !d.settingsError) {
        const auto file = loadTemplateFile(d.backup->path, profiles);
        const DeviceProfile* left = file ? profiles.forDeviceType(file->deviceType) : nullptr;
        if (!file)
            d.backupError = file.error();
        else if (left)
            d.backupDiff = compareTemplates(*left, file->settings, *d.profile, d.settings);
    }

    d.changes = ChangeHistory::read(folder, d.identity.serialNumber, d.identity.deviceType);
    if (historyLimit >= 0 && d.changes.size() > historyLimit)
        d.changes = d.changes.mid(d.changes.size() - historyLimit);
    return d;
}

} // namespace commissioner

#include "usecases/SettingsEditUseCase.h"

#include "meter/MeterQueries.h"
#include "settings/TemplateBackup.h"
#include "settings/TemplateIo.h"
#include "store/ChangeHistory.h"

namespace commissioner {

namespace {

// The meter answering, checked against the one expected, in NORMAL mode, with its profile.
std::optional<TemplateError> bind(MeterClient& client, const DataFolder& folder,
                                  const SettingsEditRequest& request, SettingsEditQuestion& q)
{
    const auto id = readIdentity(client);
    if (!id)
        return TemplateError::fromLink(id.error());
    q.meter = id.value();
    q.serialLink = client.description().kind == LinkDescription::Kind::Serial;
    if (auto wrong = checkBinding(request.meter, q.meter))
        return wrong;
    if (q.meter.mode != DeviceMode::Normal) {
        TemplateError e;
        e.kind = TemplateErrorKind::MeterNotNormal;
        e.value = deviceModeName(q.meter);
        return e;
    }
    const auto profiles = DeviceProfiles::load(folder);
    if (!profiles)
        return profiles.error();
    const DeviceProfile* profile = profiles->forDeviceType(q.meter.deviceType);
    if (!profile) {
        TemplateError e;
        e.kind = TemplateErrorKind::UnknownDeviceType;
        e.value = QString::number(q.meter.deviceType);
        return e;
    }
    q.profile = *profile;
    return std::nullopt;
}

// What changes, and where the meter will answer after a COMM_* change.
std::optional<TemplateError> readNow(MeterClient& client, SettingsEditQuestion& q)
{
    const auto now = readSettings(client, q.plan.settings);
    if (!now)
        return now.error();
    q.now = now.value();
    for (const SettingDef& def : q.plan.settings) {
        if (q.now.value(def.name) == q.plan.values.value(def.name))
            continue;
        q.changed << def.name;
        if (isEnergySetting(def))
            q.energyChanged << def.name;
        q.commChanged = q.commChanged || isCommSetting(def);
    }
    if (q.commChanged) {
        if (auto all = readSettings(client, settingsInGroup(q.profile, kCommunicationsGroup))) {
            TemplateValues v = all.value();
            for (auto it = q.plan.values.begin(); it != q.plan.values.end(); ++it)
                v.insert(it.key(), it.value());
            q.commTarget = commSettingsFrom(q.profile, v);
        }
    }
    return std::nullopt;
}

} // namespace

SettingsEditOutcome runSettingsEdit(MeterClient& client, const DataFolder& folder,
                                    const SettingsEditRequest& request,
                                    const SettingsEditConfirm& confirm)
{
    SettingsEditOutcome out;
    SettingsEditQuestion q;
    auto refuse = [&](const TemplateError& e) {
        out.status = SettingsEditStatus::Refused;
        out.error = e;
        return out;
    };
    if (auto error = bind(client, folder, request, q))
        return refuse(*error);
    // Checked against the profile of the meter as read now: nothing bad is sent.
    const auto plan = request.assignments.isEmpty()
                          ? planSettingsEdit(q.profile, request.values)
                          : planSettingsEdit(q.profile, request.assignments);
    if (!plan) {
        out.status = SettingsEditStatus::Rejected;
        out.inputErrors = plan.error();
        return out;
    }
    q.plan = plan.value();
    if (auto error = readNow(client, q))
        return refuse(*error);
    out.question = q;
    if (q.changed.isEmpty()) {
        out.status = SettingsEditStatus::NothingToWrite;
        return out;
    }
    if (request.dryRun) {
        out.status = SettingsEditStatus::DryRun;
        return out;
    }
    if (!confirm || !confirm(q)) {
        out.status = SettingsEditStatus::Declined;
        return out;
    }
    // Nothing is written before the meter's settings are on disk, read back whole.
    const auto backup = takeVerifiedBackup(client, q.meter, folder, request.backupReason);
    if (!backup)
        return refuse(backup.error());
    out.backupPath = backup.value();
    out.report = applySettingsEdit(client, q.meter, q.profile, q.plan, request.options);
    out.status = SettingsEditStatus::Written;
    const auto records = changeRecords(q.meter, q.profile, out.report, request.tool);
    if (!records.isEmpty())
        ChangeHistory::append(folder, records, &out.historyError);
    return out;
}

} // namespace commissioner

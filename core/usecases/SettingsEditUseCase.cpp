#include "usecases/SettingsEditUseCase.h"

#include "meter/MeterQueries.h"
#include "settings/TemplateBackup.h"
#include "settings/TemplateIo.h"
#include "store/ChangeHistory.h"

namespace commissioner {

namespace {

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
        if (isCommSetting(def))
            q.commSettingsChanged << def.name;
    }
    q.commChanged = !q.commSettingsChanged.isEmpty();
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
    const auto bound = bindMeter(client, request.meter, folder);
    if (!bound)
        return refuse(bound.error());
    q.meter = bound->identity;
    q.profile = bound->profile;
    q.serialLink = client.description().kind == LinkDescription::Kind::Serial;
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

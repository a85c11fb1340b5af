#include "settings/TemplateRestore.h"

#include "base/Logging.h"
#include "base/PrintableText.h"
#include "meter/RegisterMap.h"
#include "settings/TemplateIo.h"

namespace commissioner {

static Result<QStringList, TemplateError> chooseGroups(const DeviceProfile& profile,
                                                       const QStringList& asked)
{
    QStringList ids;
    if (asked.isEmpty()) {
        for (const SettingGroup& g : profile.groups())
            if (g.restoreByDefault)
                ids << g.id;
        return ids;
    }
    for (const QString& raw : asked) {
        const QString want = raw.trimmed();
        if (want.isEmpty())
            continue;
        const SettingGroup* found = nullptr;
        for (const SettingGroup& g : profile.groups())
            if (g.id.compare(want, Qt::CaseInsensitive) == 0 ||
                g.name.compare(want, Qt::CaseInsensitive) == 0)
                found = &g;
        if (!found && want.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
            for (const SettingGroup& g : profile.groups())
                if (!ids.contains(g.id))
                    ids << g.id;
            continue;
        }
        if (!found) {
            TemplateError e;
            e.kind = TemplateErrorKind::UnknownGroup;
            e.value = want;
            return e;
        }
        if (!ids.contains(found->id))
            ids << found->id;
    }
    return ids;
}

Result<RestorePlan, TemplateError> planRestore(const TemplateFile& file, const MeterIdentity& meter,
                                               const DeviceProfile& meterProfile,
                                               const RestoreOptions& options)
{
    if (meter.mode != DeviceMode::Normal) {
        TemplateError e;
        e.kind = TemplateErrorKind::MeterNotNormal;
        e.value = deviceModeName(meter.mode);
        return e;
    }
    RestorePlan plan;
    plan.otherSerial = !file.serialNumber.isEmpty() && file.serialNumber != meter.serialNumber;
    if (file.deviceType != meter.deviceType) {
        if (!options.forceType) {
            TemplateError e;
            e.kind = TemplateErrorKind::DeviceTypeMismatch;
            e.value = QString::number(file.deviceType);
            e.rule = QString::number(meter.deviceType);
            return e;
        }
        plan.otherDeviceType = true;
    }
    auto groups = chooseGroups(meterProfile, options.groups);
    if (!groups)
        return groups.error();
    plan.groups = groups.value();
    for (const SettingGroup& g : meterProfile.groups()) {
        if (!plan.groups.contains(g.id))
            plan.groupsLeftOut << g.id;
        if (!g.restoreByDefault)
            plan.lateGroups << g.id;
    }

    for (auto it = file.settings.begin(); it != file.settings.end(); ++it)
        if (!meterProfile.setting(it.key()))
            plan.notInTarget << it.key();

    for (const SettingDef& def : meterProfile.settings()) {
        if (!plan.groups.contains(def.group))
            continue;
        if (file.invalid.contains(def.name) && !file.settings.contains(def.name)) {
            plan.invalid.append(file.invalid.value(def.name));
            continue;
        }
        if (!file.settings.contains(def.name))
            continue; // a setting the file's device type does not have (forced)
        const SettingValue value = file.settings.value(def.name);
        // Checked against the meter's profile (a forced file's came from another).
        if (const auto bad = DeviceProfile::validate(def, value)) {
            InvalidSetting skipped;
            skipped.name = def.name;
            skipped.error = bad->toTemplateError();
            skipped.valueText = printableText(value.toString());
            skipped.registers = registersOf(def, value).value_or(Registers{});
            plan.invalid.append(skipped);
            continue;
        }
        plan.settings.append(def);
        plan.values.insert(def.name, value);
    }
    for (const InvalidSetting& bad : plan.invalid)
        qCWarning(lcTemplate).noquote() << "not restored:" << describe(bad.error);
    return plan;
}

RestoreReport executeRestore(MeterClient& client, const RestorePlan& plan)
{
    RestoreReport report;
    report.skipped = plan.invalid;
    // Groups that are not restored by default (Communications) go last: writing them can
    // end the session.
    QVector<SettingDef> early, late;
    for (const SettingDef& def : plan.settings) {
        (plan.lateGroups.contains(def.group) ? late : early).append(def);
    }
    QVector<RegisterRun> runs = planRuns(early, regs::MaxWriteRegisters);
    runs += planRuns(late, regs::MaxWriteRegisters);

    QVector<SettingDef> sent;
    for (int i = 0; i < runs.size(); ++i) {
        const RegisterRun& run = runs[i];
        Registers values;
        for (const SettingDef& def : run.settings)
            values += encodeSetting(def, plan.values.value(def.name));
        ++report.writeRequests;
        const auto written = client.writeRegisters(run.address, values);
        if (!written) {
            qCWarning(lcTemplate) << "template write failed:" << describeForLog(written.error());
            report.stoppedBy = TemplateError::fromLink(written.error());
            // An exception means the meter changed nothing; no answer means it may have.
            const bool maybeApplied = written.error().kind != LinkErrorKind::Exception;
            for (const SettingDef& def : run.settings) {
                (maybeApplied ? report.unconfirmed : report.notWritten) << def.name;
                if (maybeApplied)
                    sent << def;
            }
            for (int j = i + 1; j < runs.size(); ++j)
                for (const SettingDef& def : runs[j].settings)
                    report.notWritten << def.name;
            break;
        }
        for (const SettingDef& def : run.settings) {
            report.written << def.name;
            sent << def;
        }
    }
    if (sent.isEmpty())
        return report;

    const auto readBack = readSettings(client, sent);
    if (!readBack) {
        report.readBackError = readBack.error();
        return report;
    }
    report.readBackDone = true;
    for (const SettingDef& def : sent) {
        const SettingValue wanted = plan.values.value(def.name);
        const SettingValue got = readBack->value(def.name);
        if (report.unconfirmed.contains(def.name)) {
            // The read-back tells whether the unanswered write was applied.
            if (got == wanted) {
                report.unconfirmed.removeAll(def.name);
                report.written << def.name;
            } else {
                report.unconfirmed.removeAll(def.name);
                report.notWritten.prepend(def.name);
            }
            continue;
        }
        if (got != wanted)
            report.mismatches.append({def.name, wanted, got});
    }
    return report;
}

} // namespace commissioner

#include "settings/TemplateRestore.h"

#include "base/Logging.h"
#include "base/PrintableText.h"
#include "meter/MeterQueries.h"
#include "meter/RegisterMap.h"
#include "settings/SettingsEdit.h"
#include "settings/TemplateIo.h"

namespace commissioner {

// The groups of one meter are left out of another meter's file unless named.
static bool takenByDefault(const SettingGroup& g, bool foreign)
{
    return !(foreign && g.perMeter);
}

static Result<QStringList, TemplateError> chooseGroups(const DeviceProfile& profile,
                                                       const QStringList& asked, bool foreign)
{
    QStringList ids;
    if (asked.isEmpty()) {
        for (const SettingGroup& g : profile.groups())
            if (g.restoreByDefault && takenByDefault(g, foreign))
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
                if (!ids.contains(g.id) && takenByDefault(g, foreign))
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
    plan.otherSerial = file.serialNumber != meter.serialNumber;
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
    const bool foreign = plan.otherSerial || plan.otherDeviceType;
    auto groups = chooseGroups(meterProfile, options.groups, foreign);
    if (!groups)
        return groups.error();
    plan.groups = groups.value();
    for (const SettingGroup& g : meterProfile.groups()) {
        if (!plan.groups.contains(g.id)) {
            plan.groupsLeftOut << g.id;
            if (!takenByDefault(g, foreign))
                plan.heldBack << g.id;
        }
        if (g.id == kCommunicationsGroup)
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

namespace {

// Writes one run; false when the link failed (the restore stops there).
class RestoreWriter
{
public:
    RestoreWriter(MeterClient& client, const RestorePlan& plan, RestoreReport& report)
        : m_client(client), m_plan(plan), m_report(report)
    {
    }

    bool write(const RegisterRun& run, bool splitOnRefusal)
    {
        Registers values;
        for (const SettingDef& def : run.settings)
            values += encodeSetting(def, m_plan.values.value(def.name));
        ++m_report.writeRequests;
        const auto written = m_client.writeRegisters(run.address, values);
        if (written) {
            for (const SettingDef& def : run.settings) {
                m_report.written << def.name;
                m_sent << def;
            }
            return true;
        }
        qCWarning(lcTemplate) << "template write at" << run.address
                              << "failed:" << describeForLog(written.error());
        if (written.error().kind == LinkErrorKind::Exception) {
            // Nothing changed (a write is applied whole or not at all). A meter that left
            // NORMAL mode answers 02 for the whole block: stop there. Otherwise find which
            // settings the meter refuses, one request each, and go on with the rest.
            if (auto left = leftNormalMode()) {
                m_report.stoppedBy = left;
                for (const SettingDef& def : run.settings)
                    m_report.notWritten << def.name;
                return false;
            }
            if (splitOnRefusal && run.settings.size() > 1)
                return writeEach(run);
            for (const SettingDef& def : run.settings)
                m_report.refused.append({def.name, written.error()});
            return true;
        }
        // No answer: the meter may have applied it; the read-back will tell.
        m_report.stoppedBy = TemplateError::fromLink(written.error());
        for (const SettingDef& def : run.settings) {
            m_report.unconfirmed << def.name;
            m_sent << def;
        }
        return false;
    }

    const QVector<SettingDef>& sent() const { return m_sent; }

private:
    std::optional<TemplateError> leftNormalMode()
    {
        const auto id = readIdentity(m_client);
        if (!id)
            return TemplateError::fromLink(id.error());
        if (id->mode == DeviceMode::Normal)
            return std::nullopt;
        TemplateError e;
        e.kind = TemplateErrorKind::MeterNotNormal;
        e.value = deviceModeName(id.value());
        return e;
    }

    bool writeEach(const RegisterRun& run)
    {
        for (const SettingDef& def : run.settings) {
            RegisterRun one;
            one.address = def.address;
            one.count = def.registers;
            one.settings = {def};
            if (!write(one, false)) {
                notWrittenAfter(run, def);
                return false;
            }
        }
        return true;
    }

    void notWrittenAfter(const RegisterRun& run, const SettingDef& last)
    {
        bool after = false;
        for (const SettingDef& def : run.settings) {
            if (after)
                m_report.notWritten << def.name;
            after = after || def.name == last.name;
        }
    }

    MeterClient& m_client;
    const RestorePlan& m_plan;
    RestoreReport& m_report;
    QVector<SettingDef> m_sent;
};

void checkReadBack(const RestorePlan& plan, const QVector<SettingDef>& sent,
                   const TemplateValues& readBack, RestoreReport& report)
{
    for (const SettingDef& def : sent) {
        const SettingValue wanted = plan.values.value(def.name);
        const SettingValue got = readBack.value(def.name);
        if (report.unconfirmed.contains(def.name)) {
            // The read-back tells whether the unanswered write was applied.
            report.unconfirmed.removeAll(def.name);
            if (got == wanted)
                report.written << def.name;
            else
                report.notWritten.prepend(def.name);
            continue;
        }
        if (got != wanted)
            report.mismatches.append({def.name, wanted, got});
    }
}

} // namespace

RestoreReport executeRestore(MeterClient& client, const RestorePlan& plan)
{
    RestoreReport report;
    report.skipped = plan.invalid;
    // Groups that are not restored by default (Communications) go last: writing them can
    // end the session.
    QVector<SettingDef> early, late;
    for (const SettingDef& def : plan.settings)
        (plan.lateGroups.contains(def.group) ? late : early).append(def);
    QVector<RegisterRun> runs = planRuns(early, regs::MaxWriteRegisters);
    runs += planRuns(late, regs::MaxWriteRegisters);

    RestoreWriter writer(client, plan, report);
    for (int i = 0; i < runs.size(); ++i) {
        if (writer.write(runs[i], true))
            continue;
        for (int j = i + 1; j < runs.size(); ++j)
            for (const SettingDef& def : runs[j].settings)
                report.notWritten << def.name;
        break;
    }
    if (writer.sent().isEmpty())
        return report;

    const auto readBack = readSettings(client, writer.sent());
    if (!readBack) {
        report.readBackError = readBack.error();
        return report;
    }
    report.readBackDone = true;
    checkReadBack(plan, writer.sent(), readBack.value(), report);
    return report;
}

} // namespace commissioner

#include "usecases/TemplateRestoreUseCase.h"

#include "base/Logging.h"
#include "base/PrintableText.h"
#include "meter/MeterQueries.h"
#include "settings/SettingsEdit.h"
#include "settings/TemplateBackup.h"
#include "settings/TemplateIo.h"
#include "store/ChangeHistory.h"

namespace commissioner {

namespace {

TemplateError foreignBackup(const QString& path, const TemplateFile& file,
                            const MeterIdentity& meter)
{
    TemplateError e;
    e.kind = TemplateErrorKind::ForeignBackup;
    e.path = path;
    e.value = QStringLiteral("%1 (device type %2)")
                  .arg(printableText(file.serialNumber))
                  .arg(file.deviceType);
    e.rule = QStringLiteral("%1 (device type %2)")
                 .arg(printableText(meter.serialNumber))
                 .arg(meter.deviceType);
    return e;
}

Result<TemplateFile, TemplateError> loadRestoreFile(const DataFolder& folder, const QString& path)
{
    const auto profiles = DeviceProfiles::load(folder);
    if (!profiles)
        return profiles.error();
    return loadTemplateFile(path, profiles.value());
}

// One restore, step by step; each step returns the error that stops it (nothing written).
class TemplateRestoreRun
{
public:
    TemplateRestoreRun(MeterClient& client, const DataFolder& folder,
                       const TemplateRestoreRequest& request)
        : m_client(client), m_folder(folder), m_request(request)
    {
    }

    TemplateRestoreOutcome run(const TemplateRestoreConfirm& confirm)
    {
        // The file first: a bad file is named before the meter is even asked who it is.
        for (auto step : {&TemplateRestoreRun::loadFile, &TemplateRestoreRun::bind,
                          &TemplateRestoreRun::checkOwner, &TemplateRestoreRun::plan,
                          &TemplateRestoreRun::readNow})
            if (auto error = (this->*step)())
                return refused(*error);
        m_outcome.question = m_question;
        m_outcome.report.skipped = m_question.plan.invalid;
        if (m_question.changes == 0) {
            m_outcome.status = m_question.plan.invalid.isEmpty()
                                   ? TemplateRestoreStatus::NothingToWrite
                                   : TemplateRestoreStatus::Partial;
            return m_outcome;
        }
        if (m_request.dryRun) {
            m_outcome.status = TemplateRestoreStatus::DryRun;
            return m_outcome;
        }
        if (!confirm || !confirm(m_question)) {
            m_outcome.status = TemplateRestoreStatus::Declined;
            return m_outcome;
        }
        // Nothing is written before the meter's own settings are on disk, read back whole.
        const auto backup =
            takeVerifiedBackup(m_client, m_question.meter, m_folder, kPreRestoreReason);
        if (!backup)
            return refused(backup.error());
        m_outcome.backupPath = backup.value();
        write();
        return m_outcome;
    }

private:
    TemplateRestoreOutcome refused(const TemplateError& e)
    {
        qCWarning(lcTemplate).noquote() << "template restore refused:" << describe(e);
        m_outcome.status = TemplateRestoreStatus::Refused;
        m_outcome.error = e;
        return m_outcome;
    }

    std::optional<TemplateError> bind()
    {
        auto bound = bindMeter(m_client, m_request.meter, m_folder);
        if (!bound)
            return bound.error();
        m_question.meter = bound->identity;
        m_question.profile = bound->profile;
        m_profile = &m_question.profile;
        return std::nullopt;
    }

    std::optional<TemplateError> loadFile()
    {
        const auto file = loadRestoreFile(m_folder, m_request.path);
        if (!file)
            return file.error();
        m_question.path = m_request.path;
        m_question.file = file.value();
        m_question.fileIsBackup = isBackupFile(m_request.path, m_question.file.reason, m_folder);
        return std::nullopt;
    }

    // A backup gives one meter back; on another it would copy that meter's address,
    // nameplate and energy readings.
    std::optional<TemplateError> checkOwner()
    {
        const TemplateFile& f = m_question.file;
        if (m_question.fileIsBackup && (f.serialNumber != m_question.meter.serialNumber ||
                                        f.deviceType != m_question.meter.deviceType))
            return foreignBackup(m_request.path, f, m_question.meter);
        return std::nullopt;
    }

    std::optional<TemplateError> plan()
    {
        RestoreOptions options = m_request.options;
        // The meter's own backup after it lost its settings: every group the meter lost,
        // energy readings included; not Communications, which would move the meter away
        // from the link the technician is on.
        if (m_request.afterSettingsLoss && m_question.fileIsBackup && options.groups.isEmpty())
            for (const SettingGroup& g : m_profile->groups())
                if (g.id != kCommunicationsGroup)
                    options.groups << g.id;
        auto plan = planRestore(m_question.file, m_question.meter, *m_profile, options);
        if (!plan)
            return plan.error();
        m_question.plan = plan.value();
        return std::nullopt;
    }

    std::optional<TemplateError> readNow()
    {
        const RestorePlan& plan = m_question.plan;
        auto now = readSettings(m_client, plan.settings);
        if (!now)
            return now.error();
        m_before = now.value();
        m_question.rows = compareTemplates(*m_profile, m_before, *m_profile, plan.values);
        for (const DiffRow& row : m_question.rows)
            m_question.changes += row.changed ? 1 : 0;
        for (const SettingDef& def : plan.settings) {
            const SettingValue from = m_before.value(def.name);
            const SettingValue to = plan.values.value(def.name);
            if (isEnergySetting(def) && from != to)
                m_question.energy.append(
                    {def.name, def.unit, from.toUnsigned64(), to.toUnsigned64()});
        }
        return std::nullopt;
    }

    void write()
    {
        const RestorePlan& plan = m_question.plan;
        RestoreReport& report = m_outcome.report;
        report = executeRestore(m_client, plan);
        // What changed goes into the meter's history, whatever came of the rest.
        ChangeHistory::append(
            m_folder,
            changeRecords(m_question.meter, *m_profile, m_before, plan, report, m_request.tool),
            &m_outcome.historyError);
        if (!report.complete())
            m_outcome.status = TemplateRestoreStatus::Incomplete;
        else if (!report.readBackDone)
            m_outcome.status = TemplateRestoreStatus::ReadBackFailed;
        else if (!report.mismatches.isEmpty())
            m_outcome.status = TemplateRestoreStatus::ReadBackDiffers;
        else if (report.partial())
            m_outcome.status = TemplateRestoreStatus::Partial;
        else
            m_outcome.status = TemplateRestoreStatus::Restored;
    }

    MeterClient& m_client;
    const DataFolder& m_folder;
    const TemplateRestoreRequest& m_request;
    const DeviceProfile* m_profile = nullptr;
    TemplateRestoreQuestion m_question;
    TemplateValues m_before;
    TemplateRestoreOutcome m_outcome;
};

} // namespace

TemplateRestoreOutcome runTemplateRestore(MeterClient& client, const DataFolder& folder,
                                          const TemplateRestoreRequest& request,
                                          const TemplateRestoreConfirm& confirm)
{
    return TemplateRestoreRun(client, folder, request).run(confirm);
}

std::optional<TemplateRestoreOutcome> refuseUnusableFile(const DataFolder& folder,
                                                         const TemplateRestoreRequest& request)
{
    const auto file = loadRestoreFile(folder, request.path);
    if (file)
        return std::nullopt;
    TemplateRestoreOutcome out;
    out.status = TemplateRestoreStatus::Refused;
    out.error = file.error();
    return out;
}

} // namespace commissioner

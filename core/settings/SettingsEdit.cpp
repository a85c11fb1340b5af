#include "settings/SettingsEdit.h"

#include "meter/MeterQueries.h"
#include "meter/RegisterMap.h"
#include "settings/TemplateIo.h"

#include <QLoggingCategory>
#include <QSet>
#include <QThread>
#include <algorithm>

Q_LOGGING_CATEGORY(lcSettings, "commissioner.settings")

namespace commissioner {

bool isCommSetting(const SettingDef& def)
{
    return def.group == kCommunicationsGroup;
}

bool isEnergySetting(const SettingDef& def)
{
    return def.group == kEnergyGroup;
}

QVector<SettingDef> settingsInGroup(const DeviceProfile& profile, const QString& groupId)
{
    QVector<SettingDef> out;
    for (const SettingDef& s : profile.settings())
        if (s.group == groupId)
            out.append(s);
    return out;
}

static SettingsEditPlan planFrom(const DeviceProfile& profile, const TemplateValues& values)
{
    SettingsEditPlan plan;
    for (const SettingDef& def : profile.settings()) { // address order
        if (!values.contains(def.name))
            continue;
        plan.settings.append(def);
        plan.values.insert(def.name, values.value(def.name));
        if (isCommSetting(def))
            plan.commSettings << def.name;
        if (isEnergySetting(def))
            plan.energySettings << def.name;
    }
    return plan;
}

Result<SettingsEditPlan, QVector<SettingInputError>>
planSettingsEdit(const DeviceProfile& profile, const QVector<SettingAssignment>& assignments)
{
    QVector<SettingInputError> errors;
    TemplateValues values;
    for (const SettingAssignment& a : assignments) {
        const SettingDef* def = findSetting(profile, a.name);
        if (!def) {
            SettingInputError e;
            e.kind = SettingInputErrorKind::UnknownSetting;
            e.setting = a.name;
            e.text = a.text;
            for (const ExcludedRegister& x : profile.excluded())
                if (x.name.compare(a.name, Qt::CaseInsensitive) == 0) {
                    e.kind = SettingInputErrorKind::NotASetting;
                    e.setting = x.name;
                    e.detail = x.why;
                }
            errors.append(e);
            continue;
        }
        if (values.contains(def->name)) {
            SettingInputError e;
            e.kind = SettingInputErrorKind::Duplicate;
            e.setting = def->name;
            e.text = a.text;
            errors.append(e);
            continue;
        }
        auto v = parseSettingValue(*def, a.text);
        if (!v) {
            errors.append(v.error());
            continue;
        }
        values.insert(def->name, v.value());
    }
    if (!errors.isEmpty())
        return errors;
    return planFrom(profile, values);
}

Result<SettingsEditPlan, QVector<SettingInputError>> planSettingsEdit(const DeviceProfile& profile,
                                                                      const TemplateValues& values)
{
    QVector<SettingInputError> errors;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const SettingDef* def = profile.setting(it.key());
        if (!def) {
            SettingInputError e;
            e.kind = SettingInputErrorKind::UnknownSetting;
            e.setting = it.key();
            e.text = it.value().toString();
            errors.append(e);
        } else if (const auto bad = DeviceProfile::validate(*def, it.value())) {
            errors.append(toInputError(*bad));
        }
    }
    if (!errors.isEmpty())
        return errors;
    return planFrom(profile, values);
}

QString settingWriteOutcomeName(SettingWriteOutcome outcome)
{
    switch (outcome) {
    case SettingWriteOutcome::Unchanged:
        return QStringLiteral("unchanged");
    case SettingWriteOutcome::Verified:
        return QStringLiteral("verified");
    case SettingWriteOutcome::ReadBackDiffers:
        return QStringLiteral("read-back-differs");
    case SettingWriteOutcome::RefusedByMeter:
        return QStringLiteral("refused");
    case SettingWriteOutcome::NoAnswer:
        return QStringLiteral("no-answer");
    case SettingWriteOutcome::NotWritten:
        return QStringLiteral("not-written");
    case SettingWriteOutcome::NotReadBack:
        return QStringLiteral("not-read-back");
    }
    return QStringLiteral("?");
}

QString commFollowOutcomeName(CommFollow::Outcome outcome)
{
    switch (outcome) {
    case CommFollow::Outcome::FoundAtNew:
        return QStringLiteral("found-at-new");
    case CommFollow::Outcome::FoundAtOld:
        return QStringLiteral("found-at-old");
    case CommFollow::Outcome::NotFound:
        return QStringLiteral("not-found");
    case CommFollow::Outcome::Refused:
        return QStringLiteral("refused");
    case CommFollow::Outcome::CannotFollow:
        return QStringLiteral("cannot-follow");
    case CommFollow::Outcome::NotFollowed:
        return QStringLiteral("not-followed");
    }
    return QStringLiteral("?");
}

const SettingWriteResult* SettingsEditReport::result(const QString& setting) const
{
    for (const SettingWriteResult& r : results)
        if (r.setting == setting)
            return &r;
    return nullptr;
}

bool SettingsEditReport::allVerified() const
{
    if (readError)
        return false;
    for (const SettingWriteResult& r : results)
        if (r.outcome != SettingWriteOutcome::Verified &&
            r.outcome != SettingWriteOutcome::Unchanged)
            return false;
    return !comm || comm->outcome == CommFollow::Outcome::FoundAtNew;
}

bool SettingsEditReport::anyChanged() const
{
    for (const SettingWriteResult& r : results)
        if (r.outcome == SettingWriteOutcome::Verified ||
            r.outcome == SettingWriteOutcome::ReadBackDiffers ||
            r.outcome == SettingWriteOutcome::NoAnswer ||
            r.outcome == SettingWriteOutcome::NotReadBack)
            return true;
    return false;
}

namespace {

// One run of applySettingsEdit: the report and the plan it works through.
class EditRun
{
public:
    EditRun(MeterClient& client, const MeterIdentity& identity, const DeviceProfile& profile,
            const SettingsEditPlan& plan, const SettingsEditOptions& options)
        : m_client(client), m_identity(identity), m_profile(profile), m_plan(plan),
          m_options(options)
    {
    }

    SettingsEditReport run();

private:
    SettingWriteResult& result(const QString& name)
    {
        for (SettingWriteResult& r : m_report.results)
            if (r.setting == name)
                return r;
        Q_ASSERT(false);
        return m_report.results.first();
    }
    bool readBefore();
    void writeOrdinary();
    void readBack(const QVector<SettingDef>& sent);
    void writeComm();
    bool sameMeterAnswers();
    void follow(const QVector<SettingDef>& commDefs);

    MeterClient& m_client;
    const MeterIdentity& m_identity;
    const DeviceProfile& m_profile;
    const SettingsEditPlan& m_plan;
    const SettingsEditOptions& m_options;
    SettingsEditReport m_report;
};

SettingsEditReport EditRun::run()
{
    for (const SettingDef& def : m_plan.settings) {
        SettingWriteResult r;
        r.setting = def.name;
        r.wanted = m_plan.values.value(def.name);
        m_report.results.append(r);
    }
    if (!readBefore())
        return m_report;
    writeOrdinary();
    if (!m_report.stoppedBy)
        writeComm();
    return m_report;
}

bool EditRun::readBefore()
{
    QVector<SettingDef> toRead = m_plan.settings;
    if (m_plan.touchesComm()) // the whole group is written in one request
        for (const SettingDef& d : settingsInGroup(m_profile, kCommunicationsGroup))
            if (!m_plan.values.contains(d.name))
                toRead.append(d);
    const auto before = readSettings(m_client, toRead);
    if (!before) {
        m_report.readError = before.error();
        return false;
    }
    m_report.before = before.value();
    for (SettingWriteResult& r : m_report.results) {
        r.before = m_report.before.value(r.setting);
        if (r.before == r.wanted)
            r.outcome = SettingWriteOutcome::Unchanged;
    }
    return true;
}

void EditRun::writeOrdinary()
{
    QVector<SettingDef> sent;
    for (const SettingDef& def : m_plan.settings) {
        if (isCommSetting(def))
            continue;
        SettingWriteResult& r = result(def.name);
        if (r.outcome == SettingWriteOutcome::Unchanged || m_report.stoppedBy)
            continue;
        // One request per setting: a refusal names its setting, and each write is whole.
        ++m_report.writeRequests;
        const auto w = m_client.writeRegisters(def.address, encodeSetting(def, r.wanted));
        if (!w) {
            qCWarning(lcSettings) << "writing" << def.name
                                  << "failed:" << describeForLog(w.error());
            r.error = w.error();
            m_report.stoppedBy = w.error();
            // An exception means the meter changed nothing; no answer means it may have.
            if (w.error().kind == LinkErrorKind::Exception) {
                r.outcome = SettingWriteOutcome::RefusedByMeter;
            } else {
                r.outcome = SettingWriteOutcome::NoAnswer;
                sent.append(def);
            }
            continue;
        }
        r.outcome = SettingWriteOutcome::NotReadBack; // until read back
        sent.append(def);
    }
    readBack(sent);
}

void EditRun::readBack(const QVector<SettingDef>& sent)
{
    if (sent.isEmpty())
        return;
    const auto back = readSettings(m_client, sent);
    if (!back) {
        m_report.readBackError = back.error();
        for (const SettingDef& def : sent) {
            SettingWriteResult& r = result(def.name);
            if (!r.error && back.error().kind == TemplateErrorKind::Link)
                r.error = back.error().link;
        }
        return;
    }
    for (const SettingDef& def : sent) {
        SettingWriteResult& r = result(def.name);
        const SettingValue got = back->value(def.name);
        r.readBack = got;
        if (r.outcome == SettingWriteOutcome::NoAnswer) {
            // The read-back tells whether the unanswered write was applied.
            if (got == r.wanted)
                r.outcome = SettingWriteOutcome::Verified;
            else if (got == r.before)
                r.outcome = SettingWriteOutcome::NotWritten;
            else
                r.outcome = SettingWriteOutcome::ReadBackDiffers;
            continue;
        }
        r.outcome =
            got == r.wanted ? SettingWriteOutcome::Verified : SettingWriteOutcome::ReadBackDiffers;
    }
}

void EditRun::writeComm()
{
    const QVector<SettingDef> commDefs = settingsInGroup(m_profile, kCommunicationsGroup);
    bool changes = false;
    for (const QString& name : m_plan.commSettings)
        changes = changes || result(name).outcome != SettingWriteOutcome::Unchanged;
    if (!changes)
        return;

    // Every COMM_* setting, the unchanged ones at their present value, in as few requests as
    // whole settings allow (the EM7300's three are one run: 1150-1152).
    TemplateValues after = m_report.before;
    for (const QString& name : m_plan.commSettings)
        after.insert(name, m_plan.values.value(name));
    CommFollow f;
    f.before = commSettingsFrom(m_profile, m_report.before).value_or(CommSettings{});
    f.target = commSettingsFrom(m_profile, after).value_or(f.before);
    f.link = commSettingsOf(m_client.description());
    f.lineMatters = m_client.description().kind == LinkDescription::Kind::Serial;

    const QVector<RegisterRun> runs = planRuns(commDefs, regs::MaxWriteRegisters);
    for (const RegisterRun& run : runs) {
        Registers regs;
        for (const SettingDef& d : run.settings)
            regs += encodeSetting(d, after.value(d.name));
        ++m_report.writeRequests;
        const auto w = m_client.writeRegisters(run.address, regs);
        if (!w) {
            qCWarning(lcSettings) << "writing the communications settings failed:"
                                  << describeForLog(w.error());
            f.error = w.error();
            m_report.stoppedBy = w.error();
            const bool refused = w.error().kind == LinkErrorKind::Exception;
            for (const SettingDef& d : run.settings) {
                if (!m_plan.values.contains(d.name))
                    continue;
                SettingWriteResult& r = result(d.name);
                if (r.outcome == SettingWriteOutcome::Unchanged)
                    continue;
                r.error = w.error();
                r.outcome =
                    refused ? SettingWriteOutcome::RefusedByMeter : SettingWriteOutcome::NoAnswer;
            }
            if (refused) {
                f.outcome = CommFollow::Outcome::Refused;
                m_report.comm = f;
                return;
            }
            break; // no answer: the meter may have moved; look for it
        }
        for (const SettingDef& d : run.settings)
            if (m_plan.values.contains(d.name) &&
                result(d.name).outcome != SettingWriteOutcome::Unchanged)
                result(d.name).outcome = SettingWriteOutcome::NotReadBack;
    }
    m_report.comm = f;
    follow(commDefs);
}

bool EditRun::sameMeterAnswers()
{
    for (int i = 0; i < std::max(1, m_options.followAttempts); ++i) {
        if (i > 0)
            QThread::msleep(ulong(std::max(0, m_options.followPauseMs)));
        const auto id = readIdentity(m_client);
        if (id) {
            const bool same = id->serialNumber == m_identity.serialNumber &&
                              id->deviceType == m_identity.deviceType;
            if (!same)
                qCWarning(lcSettings) << "another meter answers:" << id->serialNumber;
            return same;
        }
        m_report.comm->error = id.error();
    }
    return false;
}

void EditRun::follow(const QVector<SettingDef>& commDefs)
{
    CommFollow& f = *m_report.comm;
    const LinkDescription was = m_client.description();
    const bool lineChanges =
        f.target.baudRate != f.before.baudRate || f.target.parity != f.before.parity;
    const bool unitChanges = f.target.unitId != f.before.unitId;
    // Over Modbus TCP the meter's serial line settings are not this link's; through a gateway
    // or a modem they are, but the tool cannot change the far end's line.
    const bool tcpLike =
        was.kind == LinkDescription::Kind::Tcp || was.kind == LinkDescription::Kind::InProcess;
    if (!m_options.followCommChange) {
        f.outcome = CommFollow::Outcome::NotFollowed;
        return;
    }
    if (lineChanges && !f.lineMatters && !tcpLike) {
        f.outcome = CommFollow::Outcome::CannotFollow;
        return;
    }
    CommSettings to =
        f.lineMatters ? f.target : CommSettings{f.target.unitId, was.baudRate, was.parity};
    if (!unitChanges && !f.lineMatters)
        to.unitId = was.unitId; // only the meter's own serial port changed
    if (!m_client.setCommSettings(to.unitId, to.baudRate, to.parity)) {
        f.outcome = CommFollow::Outcome::CannotFollow;
        return;
    }
    (void)m_client.reconnect();
    f.link = to;
    if (sameMeterAnswers()) {
        f.outcome = CommFollow::Outcome::FoundAtNew;
        f.error.reset();
    } else {
        f.outcome = CommFollow::Outcome::NotFound;
        const std::optional<LinkError> atNew = m_report.comm->error;
        if (m_client.setCommSettings(was.unitId, was.baudRate, was.parity)) {
            (void)m_client.reconnect();
            if (sameMeterAnswers()) {
                f.outcome = CommFollow::Outcome::FoundAtOld;
                f.link = commSettingsOf(was);
                f.error.reset();
            } else {
                // The new settings are where it most likely went: leave the client there.
                m_client.setCommSettings(to.unitId, to.baudRate, to.parity);
                (void)m_client.reconnect();
                f.error = atNew;
            }
        }
    }
    if (f.outcome == CommFollow::Outcome::NotFound)
        return;

    QVector<SettingDef> mine;
    for (const SettingDef& d : commDefs)
        if (m_plan.values.contains(d.name) &&
            result(d.name).outcome != SettingWriteOutcome::Unchanged)
            mine.append(d);
    readBack(mine);
}

} // namespace

SettingsEditReport applySettingsEdit(MeterClient& client, const MeterIdentity& identity,
                                     const DeviceProfile& profile, const SettingsEditPlan& plan,
                                     const SettingsEditOptions& options)
{
    return EditRun(client, identity, profile, plan, options).run();
}

} // namespace commissioner

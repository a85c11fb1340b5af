// SetupPage's sends: the values checked by core, the use case's questions and their answers,
// what was written and what the meter refused.
#include "Asker.h"
#include "EnergyText.h"
#include "LinkSession.h"
#include "SetupGroupEditor.h"
#include "SetupPage.h"
#include "SetupSettingEditor.h"
#include "SetupText.h"
#include "settings/SettingsEdit.h"

#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>

namespace commissioner::gui {

namespace {

bool showsMeterValue(SettingWriteOutcome o)
{
    // Written (or already so): the editor shows what the meter holds now. Refused, unanswered
    // or never sent: the person's value stays, still marked, to send again.
    return o == SettingWriteOutcome::Verified || o == SettingWriteOutcome::Unchanged ||
           o == SettingWriteOutcome::ReadBackDiffers || o == SettingWriteOutcome::NotReadBack;
}

// Energy readings in kWh, as every path's question shows them (app::energyText).
QString shownForQuestion(const SettingDef& def, const SettingValue& value)
{
    return isEnergySetting(def) ? app::energyText(value.toUnsigned64(), def.unit)
                                : SetupText::value(def, value);
}

} // namespace

// A send's answers: the use case's question, what was written, values refused.
void SetupPage::connectSend(LinkWorker* w, LinkSession* session)
{
    m_connections << connect(
        w, &LinkWorker::settingsQuestion, this,
        [this, w, session](int id, const SettingsEditQuestion& q) {
            if (id != m_pending)
                return;
            const bool yes = answer(q);
            // Disconnected while the question was open: the worker was told no and may be gone.
            if (m_session != session)
                return;
            if (!yes) {
                m_sending.clear(); // nothing goes out: the values typed stay in the editors
                m_declined = true; // and the status says why, over the read that follows
            }
            w->answerQuestion(yes); // thread-safe: the worker waits for it
        });
    m_connections << connect(
        w, &LinkWorker::settingsWritten, this,
        [this](int id, const SettingsEditReport& r, const QString& backupPath) {
            if (id == m_pending)
                showWritten(r, backupPath); // the read of what the meter holds now follows
        });
    m_connections << connect(
        w, &LinkWorker::settingsRejected, this,
        [this](int id, const QVector<SettingInputError>& errors) {
            if (id != m_pending)
                return;
            requestDone();
            m_sending.clear();
            showFailure(tr("Nothing was sent:\n%1").arg(SetupText::inputErrors(errors)));
        });
}

void SetupPage::sendAll()
{
    send(changedSettings());
}

void SetupPage::sendGroup(const QString& groupId)
{
    if (SetupGroupEditor* g = group(groupId))
        send(g->changedSettings());
}

void SetupPage::send(const QStringList& settings)
{
    if (!m_session || m_pending || !m_profile || !m_loaded)
        return;
    if (settings.isEmpty()) {
        m_status->setText(tr("Nothing to send: no setting here differs from the meter."));
        return;
    }
    // Every value checked first, by core; one bad value and nothing at all is sent.
    QVector<SettingAssignment> assignments;
    for (const QString& name : settings)
        if (const SetupSettingEditor* e = editor(name))
            assignments.append({name, e->text()});
    const auto plan = planSettingsEdit(*m_profile, assignments);
    if (!plan) {
        showFailure(tr("Nothing was sent:\n%1").arg(SetupText::inputErrors(plan.error())));
        return;
    }
    const int id = m_nextRequest++;
    m_sending.clear();
    m_written = false;
    for (const SettingDef& def : plan.value().settings)
        m_sending << def.name;
    m_report->clear();
    setBusy(id, tr("Writing %n setting(s) and reading them back…", nullptr, int(m_sending.size())));
    LinkWorker* w = m_session->worker();
    const TemplateValues values = plan.value().values;
    const QString dataDir = m_settings->dataDir;
    // Bound to the meter the tab shows: another meter answering gets nothing.
    std::optional<MeterBinding> meter;
    if (m_meter)
        meter = MeterBinding::of(m_meter->identity);
    m_session->post(
        [w, id, values, meter, dataDir] { w->writeSettings(id, values, meter, dataDir); });
}

// The use case's question, with what the meter holds now (just read) and what would be
// written: energy readings by name in kWh, COMM_* changes with where the meter will answer.
bool SetupPage::answer(const SettingsEditQuestion& q)
{
    auto changes = [&q](const QStringList& names) {
        QStringList lines;
        for (const QString& name : names)
            if (const SettingDef* def = q.profile.setting(name))
                lines << tr("%1: %2 → %3")
                             .arg(name, shownForQuestion(*def, q.now.value(name)),
                                  shownForQuestion(*def, q.plan.values.value(name)));
        return lines.join(QLatin1Char('\n'));
    };
    if (!q.energyChanged.isEmpty() &&
        !m_asker->question(
            this, tr("Preset the energy readings?"),
            tr("These are the meter's billing readings:\n\n%1\n\nPreset them on the meter?")
                .arg(changes(q.energyChanged)))) {
        m_status->setText(tr("Nothing was sent: the energy preset was not confirmed."));
        Q_EMIT logLine(tr("Setup: the energy preset was not confirmed; nothing was sent."));
        return false;
    }
    if (q.commChanged) {
        if (!m_asker->question(
                this, tr("Change the communications settings?"),
                tr("%1\n\nThe meter answers at its new settings once it has answered this write "
                   "(written last). The connection will follow it there.\n\nSend?")
                    .arg(changes(q.commSettingsChanged)))) {
            m_status->setText(tr("Nothing was sent: the communications change was not confirmed."));
            return false;
        }
    }
    return true;
}

void SetupPage::showWritten(const SettingsEditReport& r, const QString& backupPath)
{
    m_written = true;
    m_reportFor = m_meter ? m_meter->identity.serialNumber : QString();
    // What the meter holds now replaces the person's values only where it was written.
    QStringList replace;
    for (const SettingWriteResult& w : r.results)
        if (showsMeterValue(w.outcome))
            replace << w.setting;
    m_sending = replace;
    const QString backup = tr("Backup of the settings before the change: %1")
                               .arg(QDir::toNativeSeparators(backupPath));
    m_report->setPlainText(backup + QLatin1Char('\n') + SetupText::report(*m_profile, r));
    Q_EMIT logLine(tr("Setup: %1").arg(backup));
    m_status->setText(SetupText::summary(r));
    for (const SettingWriteResult& w : r.results) {
        const SettingDef* def = m_profile->setting(w.setting);
        SetupSettingEditor* e = editor(w.setting);
        if (def && e && w.outcome == SettingWriteOutcome::RefusedByMeter)
            e->markRefusedByMeter(SetupText::refusedByMeter(*def, w)); // red until edited
        if (!def || w.outcome == SettingWriteOutcome::Unchanged ||
            w.outcome == SettingWriteOutcome::NotWritten)
            continue;
        Q_EMIT logLine(tr("Setup: %1 %2 → %3 (%4)")
                           .arg(w.setting, SetupText::value(*def, w.before),
                                SetupText::value(*def, w.wanted), SetupText::outcome(w.outcome)));
    }
    const QString comm = SetupText::commFollow(*m_profile, r);
    if (!comm.isEmpty())
        Q_EMIT logLine(tr("Setup: %1").arg(comm));
    if (r.comm && (r.comm->outcome == CommFollow::Outcome::NotFound ||
                   r.comm->outcome == CommFollow::Outcome::CannotFollow ||
                   r.comm->outcome == CommFollow::Outcome::FoundAtOld))
        m_asker->warn(this, tr("Communications settings"), comm);
    Q_EMIT sent(r);
}

} // namespace commissioner::gui

#include "SetupPage.h"

#include "Asker.h"
#include "EnergyText.h"
#include "GuiText.h"
#include "LinkSession.h"
#include "SetupGroupEditor.h"
#include "SetupSettingEditor.h"
#include "SetupText.h"
#include "settings/SettingsEdit.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <utility>

namespace commissioner::gui {

namespace {

// The meter whose values the page shows: another serial number, firmware or mode is another
// set of values to read.
QString meterKey(const MeterSnapshot& s)
{
    return QStringLiteral("%1|%2|%3")
        .arg(s.identity.serialNumber, s.identity.firmware.toString())
        .arg(int(s.identity.mode));
}

bool showsMeterValue(SettingWriteOutcome o)
{
    // Written (or already so): the editor shows what the meter holds now. Refused, unanswered
    // or never sent: the person's value stays, still marked, to send again.
    return o == SettingWriteOutcome::Verified || o == SettingWriteOutcome::Unchanged ||
           o == SettingWriteOutcome::ReadBackDiffers || o == SettingWriteOutcome::NotReadBack;
}

} // namespace

SetupPage::SetupPage(const AppSettings* settings, Asker* asker, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_asker(asker)
{
    auto* v = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_read = new QPushButton(tr("&Read from the meter"));
    m_revertAll = new QPushButton(tr("Re&vert all"));
    m_sendAll = new QPushButton(tr("Send &all changes"));
    m_sendAll->setObjectName(QStringLiteral("setupSendAll"));
    connect(m_read, &QPushButton::clicked, this, &SetupPage::readFromMeter);
    connect(m_revertAll, &QPushButton::clicked, this, &SetupPage::revertAll);
    connect(m_sendAll, &QPushButton::clicked, this, &SetupPage::sendAll);
    top->addWidget(m_read);
    top->addStretch();
    top->addWidget(m_revertAll);
    top->addWidget(m_sendAll);
    v->addLayout(top);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_status);

    auto* holder = new QWidget;
    m_groupLayout = new QVBoxLayout(holder);
    m_groupLayout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidget(holder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    v->addWidget(scroll, 1);

    v->addWidget(new QLabel(tr("Last send:")));
    m_report = new QPlainTextEdit;
    m_report->setReadOnly(true);
    m_report->setObjectName(QStringLiteral("setupReport"));
    m_report->setMaximumHeight(fontMetrics().height() * 6);
    v->addWidget(m_report);
    setSession(nullptr);
}

SetupGroupEditor* SetupPage::group(const QString& id) const
{
    for (SetupGroupEditor* g : m_groupEditors)
        if (g->groupId() == id)
            return g;
    return nullptr;
}

SetupSettingEditor* SetupPage::editor(const QString& setting) const
{
    for (SetupGroupEditor* g : m_groupEditors)
        if (SetupSettingEditor* e = g->editor(setting))
            return e;
    return nullptr;
}

QStringList SetupPage::changedSettings() const
{
    QStringList names;
    for (const SetupGroupEditor* g : m_groupEditors)
        names << g->changedSettings();
    return names;
}

QString SetupPage::statusText() const
{
    return m_status->text();
}

QString SetupPage::reportText() const
{
    return m_report->toPlainText();
}

void SetupPage::setSession(LinkSession* session)
{
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_session = session;
    m_pending = 0;
    m_sending.clear();
    m_loaded = false;
    m_readFor.clear();
    for (SetupGroupEditor* g : std::as_const(m_groupEditors))
        for (SetupSettingEditor* e : g->editors())
            e->clearMeterValue();
    if (!session) {
        m_status->setText(tr("Connect to a meter to see and change its settings."));
        updateButtons();
        return;
    }
    m_status->clear();
    LinkWorker* w = session->worker();
    m_connections << connect(w, &LinkWorker::settingsRead, this,
                             [this](int id, const TemplateValues& values) {
                                 if (id != m_pending)
                                     return;
                                 m_pending = 0;
                                 showValues(values);
                                 m_sending.clear();
                                 updateButtons();
                                 Q_EMIT valuesShown();
                             });
    connectSend(w, session);
    m_connections << connect(
        w, &LinkWorker::settingsFailed, this, [this](int id, const TemplateError& e) {
            if (id != m_pending)
                return;
            m_pending = 0;
            const bool sending = !m_sending.isEmpty();
            const bool written = std::exchange(m_written, false);
            m_sending.clear();
            const QString why = GuiText::templateError(e);
            if (sending && !written) {
                // Before the first write (identity, profile, the backup): nothing was sent.
                showFailure(tr("Nothing was written: %1").arg(why));
                return;
            }
            if (written) {
                // The send's own summary stays first: it says what was written.
                m_status->setText(
                    tr("%1\nThe settings could not be read again: %2").arg(m_status->text(), why));
                updateButtons();
                Q_EMIT logLine(tr("Setup: the settings could not be read again: %1").arg(why));
                Q_EMIT failed(why);
                return;
            }
            showFailure(tr("The settings could not be read: %1").arg(why));
        });
    updateButtons();
    if (m_meter)
        setMeter(m_meter);
}

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
            m_pending = 0;
            m_sending.clear();
            showFailure(tr("Nothing was sent:\n%1").arg(SetupText::inputErrors(errors)));
        });
}

void SetupPage::setMeter(const std::optional<MeterSnapshot>& meter)
{
    m_meter = meter;
    if (!meter) {
        updateButtons();
        return;
    }
    if (meter->identity.deviceType != m_profileFor)
        build(meter->identity.deviceType);
    if (!m_profile) {
        updateButtons();
        return;
    }
    if (meter->identity.mode != DeviceMode::Normal) {
        m_status->setText(
            tr("The meter is not in normal mode: its settings cannot be read or written now."));
        m_readFor.clear();
        updateButtons();
        return;
    }
    // Read once a meter: a refresh of the same meter keeps what the person typed.
    if (m_session && !m_pending && meterKey(*meter) != m_readFor)
        readFromMeter();
    updateButtons();
}

void SetupPage::clearGroups()
{
    for (SetupGroupEditor* g : std::as_const(m_groupEditors)) {
        m_groupLayout->removeWidget(g);
        g->deleteLater();
    }
    m_groupEditors.clear();
    m_profile.reset();
}

void SetupPage::build(int deviceType)
{
    clearGroups();
    m_profileFor = deviceType;
    m_loaded = false;
    m_readFor.clear();
    // Compiled-in profiles plus the data folder's, as the worker loads them.
    const auto profiles = DeviceProfiles::load(DataFolder(m_settings->dataDir));
    const DeviceProfile* profile = profiles ? profiles.value().forDeviceType(deviceType) : nullptr;
    if (!profile) {
        m_status->setText(profiles ? tr("No device profile for type %1.").arg(deviceType)
                                   : GuiText::templateError(profiles.error()));
        return;
    }
    m_profile = *profile;
    int at = 0;
    for (const SettingGroup& g : m_profile->groups()) {
        const QVector<SettingDef> settings = settingsInGroup(*m_profile, g.id);
        if (settings.isEmpty())
            continue;
        auto* box = new SetupGroupEditor(g, settings);
        connect(box, &SetupGroupEditor::sendRequested, this, &SetupPage::sendGroup);
        connect(box, &SetupGroupEditor::edited, this, &SetupPage::updateButtons);
        m_groupLayout->insertWidget(at++, box); // before the closing stretch
        m_groupEditors << box;
    }
}

void SetupPage::readFromMeter()
{
    if (!m_session || m_pending || !m_profile)
        return;
    const int id = m_nextRequest++;
    setBusy(id, tr("Reading the meter's settings…"));
    LinkWorker* w = m_session->worker();
    const QString dataDir = m_settings->dataDir;
    m_session->post([w, id, dataDir] { w->readSettings(id, dataDir); });
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

void SetupPage::revertAll()
{
    for (SetupGroupEditor* g : std::as_const(m_groupEditors))
        g->revert();
    m_status->setText(tr("The meter's values are shown again."));
    updateButtons();
}

// Energy readings in kWh, as every path's question shows them (app::energyText).
static QString shownForQuestion(const SettingDef& def, const SettingValue& value)
{
    return isEnergySetting(def) ? app::energyText(value.toUnsigned64(), def.unit)
                                : SetupText::value(def, value);
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

void SetupPage::setBusy(int requestId, const QString& status)
{
    m_pending = requestId;
    m_status->setText(status);
    updateButtons();
}

void SetupPage::showValues(const TemplateValues& values)
{
    for (SetupGroupEditor* g : std::as_const(m_groupEditors)) {
        for (SetupSettingEditor* e : g->editors()) {
            if (!values.contains(e->name()))
                continue;
            // The first read of a meter shows its values; later ones keep what the person
            // typed, except in the settings just sent.
            const bool keepEdit = m_loaded && !m_sending.contains(e->name());
            e->setMeterValue(values.value(e->name()), keepEdit);
        }
    }
    m_loaded = true;
    if (m_meter)
        m_readFor = meterKey(*m_meter);
    if (std::exchange(m_declined, false))
        return;
    if (m_sending.isEmpty() && m_report->toPlainText().isEmpty())
        m_status->setText(
            tr("The meter's settings as read. Changed values are marked in bold until sent."));
}

void SetupPage::showWritten(const SettingsEditReport& r, const QString& backupPath)
{
    m_written = true;
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

void SetupPage::showFailure(const QString& why)
{
    m_status->setText(why);
    updateButtons();
    Q_EMIT logLine(tr("Setup: %1").arg(why));
    Q_EMIT failed(why);
}

void SetupPage::updateButtons()
{
    const bool normal = m_meter && m_meter->identity.mode == DeviceMode::Normal;
    const bool ready = m_session && normal && m_profile && !m_pending;
    const bool changed = !changedSettings().isEmpty();
    m_read->setEnabled(ready);
    m_sendAll->setEnabled(ready && m_loaded && changed);
    m_revertAll->setEnabled(m_loaded && changed && !m_pending);
    for (SetupGroupEditor* g : std::as_const(m_groupEditors))
        g->setBusy(!(ready && m_loaded));
}

} // namespace commissioner::gui

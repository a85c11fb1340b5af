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
    m_reloadWanted = false;
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
                                 requestDone();
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
            requestDone();
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

void SetupPage::setMeter(const std::optional<MeterSnapshot>& meter)
{
    m_meter = meter;
    if (!meter) {
        updateButtons();
        return;
    }
    // "Last send" is about one meter: another one has had nothing sent yet.
    if (meter->identity.serialNumber != m_reportFor)
        m_report->clear();
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

void SetupPage::reload()
{
    m_readFor.clear(); // what the tab shows is no longer known to be the meter's
    if (m_pending) {
        m_reloadWanted = true;
        return;
    }
    if (m_meter && m_meter->identity.mode == DeviceMode::Normal)
        readFromMeter();
}

void SetupPage::requestDone()
{
    m_pending = 0;
    // Queued: the answer that ended the request is shown first.
    if (std::exchange(m_reloadWanted, false))
        QMetaObject::invokeMethod(this, &SetupPage::reload, Qt::QueuedConnection);
}

bool SetupPage::hasUnsentChanges() const
{
    if (!m_loaded)
        return false;
    for (const QString& name : changedSettings())
        if (!m_pending || !m_sending.contains(name))
            return true;
    return false;
}

bool SetupPage::confirmDiscard()
{
    if (!hasUnsentChanges())
        return true;
    QStringList lines;
    for (const QString& name : changedSettings()) {
        const SetupSettingEditor* e = editor(name);
        if (!e || !e->meterValue())
            continue;
        lines << tr("%1: %2 → %3")
                     .arg(name, SetupText::value(e->def(), *e->meterValue()),
                          SetupText::typedValue(e->def(), e->text()));
    }
    if (!m_asker->question(this, tr("Discard the unsent changes?"),
                           tr("These settings were changed on the Setup tab and not sent to the "
                              "meter:\n\n%1\n\nDiscard the changes?")
                               .arg(lines.join(QLatin1Char('\n')))))
        return false;
    for (SetupGroupEditor* g : std::as_const(m_groupEditors))
        g->revert();
    updateButtons();
    return true;
}

void SetupPage::revertAll()
{
    for (SetupGroupEditor* g : std::as_const(m_groupEditors))
        g->revert();
    m_status->setText(tr("The meter's values are shown again."));
    updateButtons();
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
    const bool written = std::exchange(m_written, false);
    if (std::exchange(m_declined, false))
        return; // the status says the send was not confirmed
    // After a send that wrote, its summary stays; any other read replaces "Reading…" and what
    // an earlier send said about values that may have changed since.
    if (!written)
        m_status->setText(
            tr("The meter's settings as read. Changed values are marked in bold until sent."));
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
    bool invalid = false; // a value no setting takes: no Send until it is fixed
    for (const SetupGroupEditor* g : std::as_const(m_groupEditors))
        invalid = invalid || g->hasInvalidValue();
    m_read->setEnabled(ready);
    m_sendAll->setEnabled(ready && m_loaded && changed && !invalid);
    m_revertAll->setEnabled(m_loaded && changed && !m_pending);
    for (SetupGroupEditor* g : std::as_const(m_groupEditors))
        g->setBusy(!(ready && m_loaded));
}

} // namespace commissioner::gui

// TemplatesPage's restore: the groups to restore and their default ticks, the request, the
// use case's question and its answer, and the report of what was written.
#include "Asker.h"
#include "GuiText.h"
#include "LinkSession.h"
#include "TemplatesPage.h"
#include "settings/DeviceProfile.h"
#include "settings/TemplateBackup.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace commissioner::gui {

void TemplatesPage::restoreBackup()
{
    const QString path = selectedBackup();
    if (path.isEmpty())
        return;
    setFile(path);
    restore();
}

void TemplatesPage::offerRestore(const QString& path, const MeterBinding& meter)
{
    setFile(path);
    TemplateRestoreRequest request;
    request.path = path;
    request.meter = meter;
    request.afterSettingsLoss = true;
    request.tool = QStringLiteral("Commissioner (restore after recovery)");
    requestRestore(request);
}

void TemplatesPage::buildGroups(int deviceType)
{
    for (QCheckBox* b : std::as_const(m_groups))
        b->deleteLater();
    m_groups.clear();
    while (QLayoutItem* item = m_groupLayout->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    m_groupsFor = deviceType;
    m_perMeterDefaults.clear();
    // Compiled-in profiles plus the data folder's (small files).
    const auto profiles = DeviceProfiles::load(DataFolder(m_settings->dataDir));
    const DeviceProfile* profile = profiles ? profiles.value().forDeviceType(deviceType) : nullptr;
    if (!profile) {
        m_groupLayout->addWidget(new QLabel(tr("No device profile for type %1.").arg(deviceType)));
        return;
    }
    for (const SettingGroup& g : profile->groups()) {
        auto* box = new QCheckBox(g.name);
        box->setChecked(g.restoreByDefault);
        if (g.restoreByDefault && g.perMeter)
            m_perMeterDefaults << g.id;
        m_groups.insert(g.id, box);
        m_groupLayout->addWidget(box);
        if (!g.restoreByDefault && !g.why.isEmpty()) {
            auto* why = new QLabel(tr("Not restored unless ticked: %1.").arg(g.why));
            why->setWordWrap(true);
            why->setIndent(24);
            QFont f = why->font();
            f.setItalic(true);
            why->setFont(f);
            m_groupLayout->addWidget(why);
        }
    }
    tickGroupsForFile();
}

QStringList TemplatesPage::chosenGroups() const
{
    QStringList ids;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        if (it.value()->isChecked())
            ids << it.key();
    return ids;
}

void TemplatesPage::tickGroupsForFile()
{
    // A file of another meter leaves this meter's own settings (nameplate, energy,
    // communications) unticked: ticking one is asking for it by name.
    const bool own =
        m_meter && !file().isEmpty() &&
        backupBelongsTo(file(), m_meter->identity.serialNumber, m_meter->identity.deviceType);
    for (const QString& id : std::as_const(m_perMeterDefaults))
        if (QCheckBox* box = m_groups.value(id))
            box->setChecked(own);
}

void TemplatesPage::restore()
{
    const QString path = fileOrAsk();
    if (!m_session || path.isEmpty())
        return;
    const QStringList groups = chosenGroups();
    if (groups.isEmpty()) {
        m_status->setText(tr("Tick at least one group to restore."));
        return;
    }
    TemplateRestoreRequest request;
    request.path = path;
    request.options.groups = groups;
    requestRestore(request);
}

void TemplatesPage::requestRestore(const TemplateRestoreRequest& request)
{
    if (!m_session)
        return;
    TemplateRestoreRequest r = request;
    if (r.tool.isEmpty())
        r.tool = QStringLiteral("Commissioner (Templates)");
    // The use case asks (restoreQuestion) before it backs up and writes.
    m_pendingRestore = r.path;
    m_afterRestore.clear();
    m_report->clear();
    setBusy(true, tr("Reading the meter's settings…"));
    LinkWorker* w = m_session->worker();
    const QString dataDir = m_settings->dataDir;
    m_session->post([w, r, dataDir] { w->restoreTemplate(r, dataDir); });
}

void TemplatesPage::connectRestore(LinkWorker* w, LinkSession* session)
{
    m_connections << connect(
        w, &LinkWorker::restoreQuestion, session,
        [this, w, session](const TemplateRestoreQuestion& q) {
            if (q.path != m_pendingRestore)
                return;
            const bool yes =
                m_asker->question(this, tr("Restore the template?"), GuiText::restoreQuestion(q));
            // Disconnected while the question was open: the worker was told no and may be gone.
            if (m_session != session)
                return;
            if (yes)
                setBusy(true, tr("Saving a backup, then writing the settings…"));
            w->answerQuestion(yes); // thread-safe: the worker waits for it
        });
    m_connections << connect(
        w, &LinkWorker::templateRestored, session,
        [this](const QString& path, const TemplateRestoreOutcome& r) {
            if (path != m_pendingRestore)
                return;
            m_pendingRestore.clear();
            const QString status = GuiText::restoreStatus(r);
            if (r.backupPath.isEmpty()) { // nothing was written
                // Settings left out for breaking their rule in the file are still named.
                if (r.report.partial())
                    m_report->setPlainText(GuiText::restoreReport(r.report));
                setBusy(false, status);
                return;
            }
            m_report->setPlainText(
                tr("Backup before the restore: %1").arg(QDir::toNativeSeparators(r.backupPath)) +
                QLatin1Char('\n') + GuiText::restoreReport(r.report));
            setBusy(false, status);
            Q_EMIT logLine(tr("Template %1 restored: %2 written, %n mismatch(es)", nullptr,
                              int(r.report.mismatches.size()))
                               .arg(path)
                               .arg(r.report.written.size()));
            Q_EMIT restored(r.report);
            refreshBackups(); // the backup taken before writing
            // The table showed the meter before the restore: read it again, against this file.
            m_afterRestore = status;
            requestCompare(path);
        });
}

} // namespace commissioner::gui

// LinkWorker's template, clock and Setup requests: each runs a use case of core (or a read)
// on the link's thread and answers with signals.
#include "LinkWorker.h"
#include "MeterClientFactory.h"
#include "meter/MeterClock.h"
#include "meter/MeterQueries.h"
#include "package/KeyRing.h"
#include "package/PackageFinder.h"
#include "settings/TemplateBackup.h"
#include "settings/TemplateIo.h"
#include "store/ChangeHistory.h"
#include "upgrade/UpgradeHooksFactory.h"
#include "upgrade/UpgradeJob.h"
#include "upgrade/UpgradeJournal.h"
#include "usecases/ClockSetUseCase.h"
#include "usecases/SettingsEditUseCase.h"
#include "usecases/SettingsReadUseCase.h"
#include "usecases/TemplateCompareUseCase.h"
#include "usecases/TemplateSaveUseCase.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcLinkWorker)

namespace commissioner {

namespace {

// Why a Setup request is refused before the meter is asked anything (GUI-only: no link is
// open, an upgrade runs); nullopt when it may go ahead.
std::optional<TemplateError> setupRefusal(const MeterClient* client, bool upgradeRunning)
{
    if (!client) {
        LinkError e;
        e.kind = LinkErrorKind::NotConnected;
        e.detail = QStringLiteral("no link is open");
        return TemplateError::fromLink(e);
    }
    if (upgradeRunning) {
        // The job owns the meter until it ends; its template block may answer nothing.
        qCInfo(lcLinkWorker) << "settings request refused while an upgrade runs";
        TemplateError e;
        e.kind = TemplateErrorKind::UpgradeRunning;
        return e;
    }
    return std::nullopt;
}

} // namespace

void LinkWorker::answerQuestion(bool yes)
{
    QMutexLocker lock(&m_answerMutex);
    m_answer = yes;
    m_answerReady.wakeAll();
}

bool LinkWorker::waitForAnswer(const std::function<void()>& ask)
{
    {
        QMutexLocker lock(&m_answerMutex);
        m_answer.reset();
    }
    ask();
    // This thread only: the GUI thread asks the person meanwhile and is never blocked.
    QMutexLocker lock(&m_answerMutex);
    while (!m_answer && !m_closing)
        m_answerReady.wait(&m_answerMutex, 200);
    return m_answer.value_or(false) && !m_closing;
}

void LinkWorker::saveTemplate(const QString& path, const QString& dataDir)
{
    if (!requireClient(LinkOperation::TemplateSave) || !requireNoJob(LinkOperation::TemplateSave))
        return;
    TemplateSaveRequest request;
    request.path = path; // the reason stays "manual"
    const auto saved = runTemplateSave(*m_client, DataFolder(dataDir), request);
    if (!saved) {
        Q_EMIT templateFailed(LinkOperation::TemplateSave, saved.error().error);
        return;
    }
    if (!saved->read.invalid.isEmpty())
        qCWarning(lcLinkWorker) << "saved settings that break their rule, flagged in the file:"
                                << saved->read.invalid.keys();
    Q_EMIT templateSaved(path);
}

void LinkWorker::compareTemplate(const QString& path, const QString& dataDir)
{
    if (!requireClient(LinkOperation::TemplateCompare) ||
        !requireNoJob(LinkOperation::TemplateCompare))
        return;
    const auto compared = runTemplateCompare(*m_client, DataFolder(dataDir), {path});
    if (!compared) {
        Q_EMIT templateFailed(LinkOperation::TemplateCompare, compared.error().error);
        return;
    }
    TemplateComparison c;
    c.path = path;
    c.file = compared->left.file;
    c.rows = compared->rows;
    Q_EMIT templateCompared(c);
}

void LinkWorker::restoreTemplate(const TemplateRestoreRequest& request, const QString& dataDir)
{
    if (!requireClient(LinkOperation::TemplateRestore) ||
        !requireNoJob(LinkOperation::TemplateRestore))
        return;
    const TemplateRestoreOutcome outcome = runTemplateRestore(
        *m_client, DataFolder(dataDir), request, [this](const TemplateRestoreQuestion& q) {
            return waitForAnswer([&] { Q_EMIT restoreQuestion(q); });
        });
    if (outcome.status == TemplateRestoreStatus::Refused && outcome.error) {
        Q_EMIT templateFailed(LinkOperation::TemplateRestore, *outcome.error);
        return;
    }
    Q_EMIT templateRestored(request.path, outcome);
}

bool LinkWorker::requireClockAccess()
{
    if (m_client)
        // Between two upgrade steps the meter is not in NORMAL mode: its clock answers nothing.
        return requireNoJob(LinkOperation::Clock);
    LinkError e;
    e.kind = LinkErrorKind::NotConnected;
    e.detail = QStringLiteral("no link is open");
    Q_EMIT clockFailed(TemplateError::fromLink(e));
    return false;
}

void LinkWorker::emitClock()
{
    const auto clock = readMeterClock(*m_client);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!clock) {
        Q_EMIT clockFailed(TemplateError::fromLink(clock.error()));
        return;
    }
    Q_EMIT clockRead(QDateTime::fromSecsSinceEpoch(clock.value(), Qt::UTC), clock.value() - now);
}

void LinkWorker::readClock()
{
    if (requireClockAccess())
        emitClock();
}

void LinkWorker::syncClock(const QString& dataDir, const std::optional<MeterBinding>& meter)
{
    if (!requireClockAccess())
        return;
    // The use case backs the meter up, writes, reads back and records the change.
    ClockSetRequest request;
    request.meter = meter;
    request.tool = QStringLiteral("Commissioner (clock)");
    const ClockSetOutcome r = runClockSet(*m_client, DataFolder(dataDir), request);
    if (r.status == ClockSetStatus::Refused || r.status == ClockSetStatus::WriteFailed) {
        Q_EMIT clockFailed(*r.error);
        return;
    }
    Q_EMIT clockSet(r.backupPath);
    emitClock(); // the read-back is what the person sees
}

bool LinkWorker::setupTarget(int requestId, const QString& dataDir, MeterIdentity* id,
                             DeviceProfile* profile)
{
    if (const auto refused = setupRefusal(m_client.get(), m_job != nullptr)) {
        Q_EMIT settingsFailed(requestId, *refused);
        return false;
    }
    const auto profiles = DeviceProfiles::load(DataFolder(dataDir));
    if (!profiles) {
        Q_EMIT settingsFailed(requestId, profiles.error());
        return false;
    }
    const auto meter = identifyTemplateMeter(*m_client, profiles.value());
    if (!meter) {
        Q_EMIT settingsFailed(requestId, meter.error().error);
        return false;
    }
    *id = meter->identity;
    *profile = meter->profile;
    return true;
}

void LinkWorker::readSettings(int requestId, const QString& dataDir)
{
    if (const auto refused = setupRefusal(m_client.get(), m_job != nullptr)) {
        Q_EMIT settingsFailed(requestId, *refused);
        return;
    }
    // The same read as `config show`: profiles, identity in NORMAL mode, the checked block.
    const auto read = runSettingsRead(*m_client, DataFolder(dataDir));
    if (!read) {
        Q_EMIT settingsFailed(requestId, read.error().error);
        return;
    }
    Q_EMIT settingsRead(requestId, read->values);
}

void LinkWorker::writeSettings(int requestId, const TemplateValues& values,
                               const std::optional<MeterBinding>& meter, const QString& dataDir)
{
    MeterIdentity id;
    DeviceProfile profile;
    if (!setupTarget(requestId, dataDir, &id, &profile))
        return;
    SettingsEditRequest request;
    request.values = values;
    request.meter = meter;
    request.backupReason = kSetupReason;
    request.tool = QStringLiteral("Commissioner (Setup)");
    const LinkDescription before = m_client->description();
    // The Setup tab asks (energy presets by name, COMM_* changes) with the values just read.
    const SettingsEditOutcome r = runSettingsEdit(
        *m_client, DataFolder(dataDir), request, [this, requestId](const SettingsEditQuestion& q) {
            return waitForAnswer([&] { Q_EMIT settingsQuestion(requestId, q); });
        });
    switch (r.status) {
    case SettingsEditStatus::Rejected:
        Q_EMIT settingsRejected(requestId, r.inputErrors);
        return;
    case SettingsEditStatus::Refused:
        Q_EMIT settingsFailed(requestId, *r.error);
        return;
    case SettingsEditStatus::Written:
        if (!r.historyError.isEmpty())
            qCWarning(lcLinkWorker) << "the change history could not be written:" << r.historyError;
        Q_EMIT settingsWritten(requestId, r.report, r.backupPath);
        break;
    default: // nothing to write: the meter already held every value
        break;
    }
    const LinkDescription now = m_client->description();
    if (now.unitId != before.unitId || now.baudRate != before.baudRate ||
        now.parity != before.parity) {
        qCInfo(lcLinkWorker) << "the link follows the meter to" << now.summary();
        Q_EMIT linkMoved(now);
    }
    // What the meter holds now, every setting (the tab shows the read-back values).
    const auto after = readTemplate(*m_client, profile);
    if (!after) {
        Q_EMIT settingsFailed(requestId, after.error());
        return;
    }
    Q_EMIT settingsRead(requestId, after.value());
}

} // namespace commissioner

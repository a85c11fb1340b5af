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
#include "usecases/TemplateCompareUseCase.h"
#include "usecases/TemplateSaveUseCase.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcLinkWorker)

namespace commissioner {

namespace {

// The profile for a meter, from the compiled-in profiles plus the data folder's.
std::optional<DeviceProfiles> loadProfiles(const QString& dataDir, TemplateError* error)
{
    auto profiles = DeviceProfiles::load(DataFolder(dataDir));
    if (!profiles) {
        *error = profiles.error();
        return std::nullopt;
    }
    return profiles.value();
}

TemplateError noProfile(int deviceType)
{
    TemplateError e;
    e.kind = TemplateErrorKind::UnknownDeviceType;
    e.value = QString::number(deviceType);
    return e;
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

void LinkWorker::syncClock(const QString& dataDir)
{
    if (!requireClockAccess())
        return;
    // The use case backs the meter up, writes, reads back and records the change.
    ClockSetRequest request;
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
    auto fail = [&](const TemplateError& e) {
        Q_EMIT settingsFailed(requestId, e);
        return false;
    };
    if (!m_client) {
        LinkError e;
        e.kind = LinkErrorKind::NotConnected;
        e.detail = QStringLiteral("no link is open");
        return fail(TemplateError::fromLink(e));
    }
    if (m_job) {
        // The job owns the meter until it ends; its template block may answer nothing.
        qCInfo(lcLinkWorker) << "settings request refused while an upgrade runs";
        TemplateError e;
        e.kind = TemplateErrorKind::UpgradeRunning;
        return fail(e);
    }
    TemplateError error;
    const auto profiles = loadProfiles(dataDir, &error);
    if (!profiles)
        return fail(error);
    const auto identity = readIdentity(*m_client);
    if (!identity)
        return fail(TemplateError::fromLink(identity.error()));
    if (identity.value().mode != DeviceMode::Normal) {
        TemplateError e;
        e.kind = TemplateErrorKind::MeterNotNormal;
        e.value = deviceModeName(identity.value());
        return fail(e);
    }
    const DeviceProfile* p = profiles->forDeviceType(identity.value().deviceType);
    if (!p)
        return fail(noProfile(identity.value().deviceType));
    *id = identity.value();
    *profile = *p;
    return true;
}

void LinkWorker::readSettings(int requestId, const QString& dataDir)
{
    MeterIdentity id;
    DeviceProfile profile;
    if (!setupTarget(requestId, dataDir, &id, &profile))
        return;
    const auto values = readTemplate(*m_client, profile);
    if (!values) {
        Q_EMIT settingsFailed(requestId, values.error());
        return;
    }
    Q_EMIT settingsRead(requestId, values.value());
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

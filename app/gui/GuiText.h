#pragma once

#include "LinkWarning.h"
#include "meter/LinkError.h"
#include "package/Package.h"
#include "package/PackageError.h"
#include "settings/TemplateError.h"
#include "settings/TemplateRestore.h"
#include "upgrade/Preflight.h"
#include "upgrade/RecoveryState.h"
#include "upgrade/UpgradeState.h"
#include "upgrade/UpgradeTypes.h"
#include "usecases/TemplateRestoreUseCase.h"

#include <QCoreApplication>
#include <QString>

namespace commissioner {
enum class LinkRefusal; // LinkWorker.h
}

namespace commissioner::gui {

// The sentences people read for core's and protocols' values. core/ and protocols/ return
// values only; this is where they become translated words.
class GuiText
{
    Q_DECLARE_TR_FUNCTIONS(GuiText)
public:
    static QString linkError(const LinkError& e);
    // endpoint: where the link goes ("HOST:PORT", a port); named when nothing answered there.
    static QString linkError(const LinkError& e, const QString& endpoint);
    static QString refusal(LinkRefusal r);
    static QString linkWarning(const LinkWarning& w);
    static QString packageError(const PackageError& e);
    static QString finding(const PreflightFinding& f);
    static QString recoveryState(RecoveryState s);
    static QString stage(UpgradeStage s);
    static QString outcome(const UpgradeResult& r);
    static QString signature(SignatureState s, const QString& keyName = QString());
    static QString mode(DeviceMode m);
    static QString events(int activeEvents);
    static QString upgStatus(int rawStatus);
    static QString templateError(const TemplateError& e);
    static QString restoreReport(const RestoreReport& r);
    // The restore use case's question (both meters, what changes, energy in kWh) and result.
    static QString restoreQuestion(const TemplateRestoreQuestion& q);
    static QString restoreStatus(const TemplateRestoreOutcome& r);
    static QString bytes(qint64 n);
    static QString rate(double bytesPerSecond);
    static QString duration(int seconds);
};

} // namespace commissioner::gui

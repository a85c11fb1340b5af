#include "XmodemWorker.h"

#include "GuiLogging.h"
#include "MeterClientFactory.h"
#include "XmodemTransferAdapter.h"
#include "package/KeyRing.h"
#include "package/Package.h"

#include <QFileInfo>

namespace commissioner {

XmodemWorker::XmodemWorker(QObject* parent) : QObject(parent)
{
    registerTypes();
}

void XmodemWorker::registerTypes()
{
    LinkWorker::registerTypes();
    static const bool once = [] {
        qRegisterMetaType<XmodemRecoveryResult>();
        return true;
    }();
    Q_UNUSED(once);
}

void XmodemWorker::checkPackage(const QString& path, const QString& keysDir)
{
    const auto package = Package::readFile(path);
    if (!package) {
        Q_EMIT packageFailed(path, package.error());
        return;
    }
    KeyRing ring = KeyRing::builtIn();
    if (!keysDir.isEmpty() && QFileInfo(keysDir).isDir())
        ring.addFolder(keysDir);
    LoadedPackage loaded;
    loaded.path = path;
    loaded.signature = package.value().checkSignature(ring);
    loaded.image = upgradeImageFrom(package.value(), loaded.signature);
    Q_EMIT packageChecked(loaded);
}

void XmodemWorker::recover(const XmodemRecoveryCall& call)
{
    m_cancel.store(false);
    XmodemOptions options;
    options.startWaitMs = call.startWaitMs;
    SerialXmodemTransfer transfer(call.request.device, options);
    // The flag also cuts a poll request's retries short: the dialog closing is seen at once.
    XmodemRecovery recovery(
        transfer,
        [this](const LinkSettings& link) { return MeterClientFactory::create(link, &m_cancel); },
        DataFolder(call.dataDir));
    XmodemRecoveryObserver observer;
    observer.transfer.waiting = [this](int, int remainingMs) { Q_EMIT waiting(remainingMs); };
    observer.transfer.started = [this](bool, int blockSize) { Q_EMIT transferStarted(blockSize); };
    observer.transfer.progress = [this](qint64 done, qint64 total) {
        Q_EMIT progress(done, total);
    };
    observer.identifying = [this](const LinkSettings& factory) { Q_EMIT identifying(factory); };
    recovery.setObserver(observer);
    const XmodemRecoveryResult result = recovery.run(call.request, m_cancel);
    if (!result.historyError.isEmpty())
        qCWarning(lcGui) << "the change history could not be written:" << result.historyError;
    // The backup the dialog offers: of the meter that answered (its serial number and type).
    BackupOffer offer;
    if (result.outcome == XmodemRecoveryOutcome::Installed)
        offer = backupToOffer(DataFolder(call.dataDir), result.meter, QString());
    Q_EMIT recovered(result, offer);
}

} // namespace commissioner

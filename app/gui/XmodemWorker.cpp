#include "XmodemWorker.h"

#include "MeterClientFactory.h"
#include "SerialStream.h"
#include "meter/MeterQueries.h"
#include "package/KeyRing.h"
#include "package/Package.h"
#include "settings/CommSettings.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QThread>

namespace commissioner {

XmodemWorker::XmodemWorker(QObject* parent) : QObject(parent)
{
    registerTypes();
}

void XmodemWorker::registerTypes()
{
    LinkWorker::registerTypes();
    static const bool once = [] {
        qRegisterMetaType<XmodemError>();
        return true;
    }();
    Q_UNUSED(once);
}

LinkSettings XmodemWorker::factoryLink(const QString& device)
{
    return factorySerialLink(device); // from the device profiles
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

void XmodemWorker::send(const QString& device, const QByteArray& file, int startWaitMs)
{
    m_cancel.store(false);
    SerialStream stream;
    SerialStream::Settings line; // the bootloader's 115200 8N1
    line.device = device;
    if (!stream.open(line)) {
        Q_EMIT sendFinished(false, XmodemError::LinkFailed, 0, stream.errorString());
        return;
    }
    XmodemOptions options;
    options.startWaitMs = startWaitMs;
    XmodemSender sender(stream, options);
    XmodemObserver observer;
    observer.waiting = [this](int, int remainingMs) { Q_EMIT waiting(remainingMs); };
    observer.started = [this](xmodem::Check, int blockSize) { Q_EMIT transferStarted(blockSize); };
    observer.progress = [this](qint64 done, qint64 total) { Q_EMIT progress(done, total); };
    sender.setObserver(observer);
    sender.setCancelFlag(&m_cancel);
    const auto sent = sender.send(file);
    stream.close(); // the identify that follows opens the same port at 19200 8E1
    if (sent)
        Q_EMIT sendFinished(true, XmodemError::NoReceiver, sent.value().bytes, QString());
    else
        Q_EMIT sendFinished(false, sent.error().kind, sent.error().offset, sent.error().detail);
}

void XmodemWorker::identify(const QString& device, int timeoutMs)
{
    m_cancel.store(false);
    // The flag also cuts a request's retries short: the dialog closing is seen at once.
    auto client = MeterClientFactory::create(factoryLink(device), &m_cancel);
    const QDeadlineTimer deadline(timeoutMs);
    LinkError last;
    for (;;) {
        const auto id = readIdentity(*client);
        if (id) {
            Q_EMIT identified(id.value());
            return;
        }
        last = id.error();
        if (deadline.hasExpired() || m_cancel.load())
            break;
        QThread::msleep(300);
    }
    if (m_cancel.load())
        last.kind = LinkErrorKind::Cancelled;
    Q_EMIT identifyFailed(last);
}

} // namespace commissioner

#pragma once

#include "LinkWorker.h" // LoadedPackage and the metatypes the GUI already uses
#include "XmodemSender.h"
#include "meter/LinkError.h"
#include "meter/MeterIdentity.h"
#include "package/PackageError.h"

#include <QObject>
#include <atomic>

namespace commissioner {

// XMODEM recovery for a meter that answers no Modbus (device-protocol.md section 7), on its
// own QThread: reads and checks the package, sends it to the bootloader with XmodemSender
// over a SerialStream it owns, then polls the identity at the factory serial settings.
// Every slot blocks this worker's thread only; the GUI posts to it and listens to signals
// carrying plain values. requestCancel() is safe from any thread.
class XmodemWorker : public QObject
{
    Q_OBJECT
public:
    explicit XmodemWorker(QObject* parent = nullptr);

    // Any thread: a transfer sends CAN and ends as Cancelled; an identify poll stops.
    void requestCancel() { m_cancel.store(true); }

    static void registerTypes();
    // The factory serial settings the bootloader leaves the meter on: 19200 8E1 unit 1.
    static LinkSettings factoryLink(const QString& device);

public Q_SLOTS:
    void checkPackage(const QString& path, const QString& keysDir);
    void send(const QString& device, const QByteArray& file, int startWaitMs);
    void identify(const QString& device, int timeoutMs);

Q_SIGNALS:
    void packageChecked(const commissioner::LoadedPackage& package);
    void packageFailed(const QString& path, const commissioner::PackageError& error);
    void waiting(int remainingMs);
    void transferStarted(int blockSize);
    void progress(qint64 done, qint64 total);
    // ok: the bootloader took the whole file. Otherwise why, and how far it got.
    void sendFinished(bool ok, commissioner::XmodemError error, qint64 offset,
                      const QString& detail);
    void identified(const commissioner::MeterIdentity& meter);
    void identifyFailed(const commissioner::LinkError& lastError);

private:
    std::atomic_bool m_cancel{false};
};

} // namespace commissioner

Q_DECLARE_METATYPE(commissioner::XmodemError)

#pragma once

#include "LinkWorker.h" // LoadedPackage and the metatypes the GUI already uses
#include "meter/MeterIdentity.h"
#include "package/PackageError.h"
#include "usecases/BackupOffer.h"
#include "usecases/XmodemRecoveryUseCase.h"

#include <QObject>
#include <atomic>

namespace commissioner {

// What the dialog asks of one recovery: the use case's request, and how long to wait for the
// bootloader to ask.
struct XmodemRecoveryCall
{
    XmodemRecoveryRequest request;
    int startWaitMs = 60000;
    QString dataDir; // where the meter's history is
};

// XMODEM recovery for a meter that answers no Modbus (device-protocol.md section 7), on its
// own QThread: reads and checks a package, and runs the XmodemRecovery use case over a
// SerialXmodemTransfer, forwarding its progress and result as signals carrying plain values.
// Every slot blocks this worker's thread only. requestCancel() is safe from any thread.
class XmodemWorker : public QObject
{
    Q_OBJECT
public:
    explicit XmodemWorker(QObject* parent = nullptr);

    // Any thread: a transfer sends CAN and ends as Cancelled; an identify poll stops.
    void requestCancel() { m_cancel.store(true); }

    static void registerTypes();

public Q_SLOTS:
    void checkPackage(const QString& path, const QString& keysDir);
    void recover(const commissioner::XmodemRecoveryCall& call);

Q_SIGNALS:
    void packageChecked(const commissioner::LoadedPackage& package);
    void packageFailed(const QString& path, const commissioner::PackageError& error);
    void waiting(int remainingMs);
    void transferStarted(int blockSize);
    void progress(qint64 done, qint64 total);
    // The bootloader took the whole file; the meter is polled at its factory settings
    // (`factory`: 19200 8E1 unit 1, from the device profiles, worked out on this thread).
    void identifying(const commissioner::LinkSettings& factory);
    // offer: after Installed, the backup to offer the meter that answered (chosen here, off
    // the GUI thread: backupToOffer); empty otherwise.
    void recovered(const commissioner::XmodemRecoveryResult& result,
                   const commissioner::BackupOffer& offer);

private:
    std::atomic_bool m_cancel{false};
};

} // namespace commissioner

Q_DECLARE_METATYPE(commissioner::XmodemRecoveryResult)

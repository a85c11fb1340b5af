#pragma once

#include "base/Result.h"
#include "meter/LinkError.h"
#include "meter/LinkSettings.h"
#include "meter/MeterClient.h"
#include "meter/MeterIdentity.h"
#include "store/DataFolder.h"
#include "upgrade/UpgradeImage.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace commissioner {

// Why a transfer to the bootloader ended without it taking the whole file: the wire layer's
// XmodemError as core sees it (core does not know protocols/), plus a port that would not open.
enum class XmodemSendError
{
    PortNotOpened,       // the serial port could not be opened (detail: its error text)
    NoReceiver,          // no 'C' or NAK within the wait: no bootloader is listening
    CancelledByReceiver, // CAN CAN from the bootloader: it refused the package
    Cancelled,           // our cancel flag; the transfer was cancelled cleanly
    TooManyRetries,      // one block was NAKed or unanswered too often
    EndNotAcknowledged,  // every block went through but the end was never acknowledged
    LinkFailed,          // the port went away
    EmptyFile,
};

struct XmodemSendFailure
{
    XmodemSendError kind = XmodemSendError::NoReceiver;
    qint64 offset = 0; // bytes of the file the bootloader had acknowledged
    QString detail;    // technical context (port error text), not UI text
    QString logText;   // the wire layer's one-line description, for logs
};

// What a transfer reports as it goes, on the sending thread; any member may be empty.
struct XmodemSendEvents
{
    std::function<void()> portOpened; // the wait for the bootloader starts now
    std::function<void(int elapsedMs, int remainingMs)> waiting;
    std::function<void(bool crc16, int blockSize)> started; // crc16 false: checksum XMODEM
    std::function<void(qint64 done, qint64 total)> progress;
    std::function<void()> fellBackTo128;
};

// The wire part of the recovery (device-protocol.md section 7). send() opens the serial port
// at the bootloader's 115200 8N1, sends the whole file once the bootloader asks, and closes
// the port again: the identity poll that follows opens it at the factory settings. Blocking;
// `cancel` (any thread may set it) is looked at while waiting and between blocks.
class XmodemTransfer
{
public:
    virtual ~XmodemTransfer() = default;
    virtual Result<Ok, XmodemSendFailure> send(const QByteArray& file,
                                               const XmodemSendEvents& events,
                                               const std::atomic_bool& cancel) = 0;
};

// Makes the client that polls the meter at `link` (the factory serial settings); the front
// end chooses how (and with which cancel flag), core only asks.
using MeterClientOpener = std::function<std::unique_ptr<MeterClient>(const LinkSettings& link)>;

// Whether a checked package may go to a bootloader at all: its signature must count, or the
// person must have allowed an unsigned one.
enum class XmodemPackageCheck
{
    Usable,
    NotSigned, // unsigned, and the person did not allow that
    Untrusted, // signed with a key this tool does not trust, or the signature does not verify
};
XmodemPackageCheck checkXmodemPackage(const UpgradeImage& image, bool allowUnsigned);

struct XmodemRecoveryRequest
{
    UpgradeImage image; // over XMODEM the whole file goes, header included
    bool allowUnsigned = false;
    QString device; // the serial port; the meter answers on it afterwards
    // The identity poll after the transfer: until the meter answers, answerWaitMs pass, or
    // maxPolls reads were made (0: as many as fit the wait at one per pollIntervalMs).
    int answerWaitMs = 30000;
    int pollIntervalMs = 500;
    int maxPolls = 0;
    QString tool; // for the history: "commissioner-cli recover --xmodem", ...
};

struct XmodemRecoveryObserver
{
    XmodemSendEvents transfer;
    // The bootloader took the whole file; the poll at `factory` starts.
    std::function<void(const LinkSettings& factory)> identifying;
};

enum class XmodemRecoveryOutcome
{
    Installed,       // the meter answers with the package's device type and firmware
    PackageRefused,  // nothing was sent: `packageCheck` says why
    SendFailed,      // `sendFailure`; nothing was installed
    NoAnswer,        // sent, but no identity within the poll's bounds: `lastError`
    WrongDeviceType, // sent, but the meter that answers (`meter`) is of another device type
    WrongFirmware,   // sent, but the meter that answers (`meter`) runs another firmware
};

struct XmodemRecoveryResult
{
    XmodemRecoveryOutcome outcome = XmodemRecoveryOutcome::PackageRefused;
    XmodemPackageCheck packageCheck = XmodemPackageCheck::Usable;
    XmodemSendFailure sendFailure;
    LinkSettings factory;             // where the meter was polled
    int polls = 0;                    // identity reads made
    LinkError lastError;              // NoAnswer: the last read's error (Cancelled when cancelled)
    MeterIdentity meter;              // the meter that answered
    int expectedDeviceType = 0;       // the package's device type
    FirmwareVersion expectedFirmware; // and firmware
    QString historyError; // Installed: why the history could not be written; empty when it was
};

// XMODEM recovery for a meter that answers no Modbus, the same for `recover --xmodem` and
// the recovery dialog: check the package -> send it over `transfer` -> poll the identity at
// the factory serial settings (bounded in reads and time) -> check that the meter that
// answers is of the package's device type and runs its firmware -> record the new firmware
// in that meter's history. Blocking; run it on a thread that may wait on the wire.
class XmodemRecovery
{
public:
    XmodemRecovery(XmodemTransfer& transfer, MeterClientOpener openClient, DataFolder folder);

    void setObserver(XmodemRecoveryObserver observer) { m_observer = std::move(observer); }
    // `cancel` (any thread may set it) ends the transfer cleanly and stops the poll.
    XmodemRecoveryResult run(const XmodemRecoveryRequest& request, const std::atomic_bool& cancel);
    // After Installed: the client the meter answered on, for what follows (a template
    // restore); null otherwise. Owned by this object.
    MeterClient* client() const { return m_client.get(); }

private:
    bool pollIdentity(const XmodemRecoveryRequest& request, const std::atomic_bool& cancel,
                      XmodemRecoveryResult& out);
    void check(const XmodemRecoveryRequest& request, XmodemRecoveryResult& out);

    XmodemTransfer& m_transfer;
    MeterClientOpener m_openClient;
    DataFolder m_folder;
    XmodemRecoveryObserver m_observer;
    std::unique_ptr<MeterClient> m_client;
};

} // namespace commissioner

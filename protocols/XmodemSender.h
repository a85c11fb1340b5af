#pragma once

#include "ByteStream.h"
#include "XmodemFrame.h"
#include "base/Result.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <functional>

namespace commissioner {

// Why a transfer ended without the receiver taking the whole file.
enum class XmodemError
{
    NoReceiver,          // no 'C' or NAK within the wait: the receiver is not listening
    CancelledByReceiver, // CAN CAN from the receiver (a bootloader refusing the file)
    Cancelled,           // our cancel flag; CAN CAN CAN was sent
    TooManyRetries,      // one block was NAKed or unanswered too often
    EndNotAcknowledged,  // every block went through but EOT was never ACKed
    LinkFailed,          // the port went away
    EmptyFile,
};

struct XmodemFailure
{
    XmodemError kind = XmodemError::NoReceiver;
    quint32 block = 0; // the block being sent (1-based, not wrapped), 0 before the first
    qint64 offset = 0; // bytes of the file the receiver had acknowledged
    int attempts = 0;  // tries of that block
    QString detail;    // technical context (port error text), not UI text
};

QString xmodemErrorName(XmodemError kind);
QString describeForLog(const XmodemFailure& failure);

struct XmodemOptions
{
    int startWaitMs = 60000;    // how long to wait for the receiver's 'C' / NAK
    int ackTimeoutMs = 10000;   // per block, as classic XMODEM
    int maxAttempts = 10;       // per block (and for EOT)
    bool use1k = true;          // STX blocks when the receiver is in CRC mode
    int naksBefore128 = 3;      // consecutive NAKs of one 1K block: send 128-byte blocks from there
    int waitingReportMs = 1000; // how often observer.waiting is called while waiting
};

struct XmodemReport
{
    xmodem::Check check = xmodem::Check::Crc16;
    bool fellBackTo128 = false;
    int blocks = 0;   // blocks acknowledged
    int resends = 0;  // blocks sent again (NAK or timeout)
    qint64 bytes = 0; // file bytes delivered (without padding)
};

struct XmodemObserver
{
    // While waiting for the receiver: so a UI can say "power-cycle the meter now".
    std::function<void(int elapsedMs, int remainingMs)> waiting;
    // The receiver answered; the transfer starts with this check and block size.
    std::function<void(xmodem::Check check, int blockSize)> started;
    // File bytes acknowledged so far (not counting padding).
    std::function<void(qint64 done, qint64 total)> progress;
    // A block is sent again: after a NAK (nak = true) or a timeout.
    std::function<void(quint32 block, int attempt, bool nak)> resending;
    std::function<void()> fellBackTo128;
};

// The sending side of XMODEM-CRC / XMODEM-1K (and checksum XMODEM for receivers that ask
// with NAK). Blocking: call send() on the thread that owns the stream. Cancel is a flag,
// looked at while waiting and between blocks.
class XmodemSender
{
public:
    explicit XmodemSender(ByteStream& stream, XmodemOptions options = {});

    void setObserver(XmodemObserver observer) { m_observer = std::move(observer); }
    void setCancelFlag(const std::atomic_bool* flag) { m_cancel = flag; }

    Result<XmodemReport, XmodemFailure> send(const QByteArray& file);

private:
    enum class Answer
    {
        Ack,
        Nak,
        Timeout,
        ReceiverCancelled,
        LinkFailed
    };

    enum class BlockOutcome
    {
        Acked,
        Resized // NAKed too often as 1K: blockSize is now 128, send the same bytes again
    };

    Result<xmodem::Check, XmodemFailure> waitForReceiver();
    // One block (from offset, blockSize bytes) until it is ACKed; counts resends in report.
    Result<BlockOutcome, XmodemFailure> sendBlock(const QByteArray& file, qint64 offset,
                                                  quint32 block, int& blockSize,
                                                  XmodemReport& report);
    Result<Ok, XmodemFailure> sendEnd(quint32 block, qint64 total);
    Answer awaitAnswer(int timeoutMs, bool ignoreWantCrc);
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    XmodemFailure cancelNow(quint32 block, qint64 offset);

    ByteStream& m_stream;
    XmodemOptions m_options;
    XmodemObserver m_observer;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace commissioner

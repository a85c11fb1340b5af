#include "XmodemSender.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcXmodem, "commissioner.protocols.xmodem")

namespace commissioner {

using namespace xmodem;

QString xmodemErrorName(XmodemError kind)
{
    switch (kind) {
    case XmodemError::NoReceiver:
        return QStringLiteral("no-receiver");
    case XmodemError::CancelledByReceiver:
        return QStringLiteral("cancelled-by-receiver");
    case XmodemError::Cancelled:
        return QStringLiteral("cancelled");
    case XmodemError::TooManyRetries:
        return QStringLiteral("too-many-retries");
    case XmodemError::EndNotAcknowledged:
        return QStringLiteral("end-not-acknowledged");
    case XmodemError::LinkFailed:
        return QStringLiteral("link-failed");
    case XmodemError::EmptyFile:
        return QStringLiteral("empty-file");
    }
    return QStringLiteral("unknown");
}

QString describeForLog(const XmodemFailure& f)
{
    QString text = QStringLiteral("XMODEM %1 at block %2 (offset %3, attempt %4)")
                       .arg(xmodemErrorName(f.kind))
                       .arg(f.block)
                       .arg(f.offset)
                       .arg(f.attempts);
    if (!f.detail.isEmpty())
        text += QStringLiteral(": ") + f.detail;
    return text;
}

XmodemSender::XmodemSender(ByteStream& stream, XmodemOptions options)
    : m_stream(stream), m_options(options)
{
}

XmodemFailure XmodemSender::cancelNow(quint32 block, qint64 offset)
{
    // Three CANs: receivers want two in a row, one more covers a byte lost on the line.
    m_stream.write(QByteArray(3, Can));
    qCInfo(lcXmodem) << "cancelled by us at block" << block;
    return XmodemFailure{XmodemError::Cancelled, block, offset, 0, {}};
}

Result<Check, XmodemFailure> XmodemSender::waitForReceiver()
{
    QElapsedTimer clock;
    clock.start();
    qint64 nextReport = 0;
    bool sawCan = false;
    for (;;) {
        const qint64 elapsed = clock.elapsed();
        if (cancelled())
            return cancelNow(0, 0);
        if (elapsed >= m_options.startWaitMs)
            return XmodemFailure{XmodemError::NoReceiver, 0, 0, 0, {}};
        if (elapsed >= nextReport) {
            if (m_observer.waiting)
                m_observer.waiting(int(elapsed), int(m_options.startWaitMs - elapsed));
            nextReport += qMax(1, m_options.waitingReportMs);
        }
        // Short reads, so cancel and the waiting reports stay responsive.
        const int slice = int(std::min<qint64>(
            {200, m_options.startWaitMs - elapsed, qMax<qint64>(1, nextReport - elapsed)}));
        const int c = m_stream.readByte(qMax(1, slice));
        if (c == ByteStream::Failed)
            return XmodemFailure{XmodemError::LinkFailed, 0, 0, 0, m_stream.errorString()};
        if (c == ByteStream::TimedOut)
            continue;
        if (c == Can && sawCan)
            return XmodemFailure{XmodemError::CancelledByReceiver, 0, 0, 0, {}};
        sawCan = c == Can;
        if (c == WantCrc || c == Nak) {
            // A receiver that has been asking for a while (a bootloader's 'C' every second
            // into a line nobody read) leaves a queue of them: start from a clean line.
            m_stream.discardInput();
            return c == WantCrc ? Check::Crc16 : Check::Checksum;
        }
        // Anything else is line noise (or a boot banner): keep waiting.
    }
}

XmodemSender::Answer XmodemSender::awaitAnswer(int timeoutMs, bool ignoreWantCrc)
{
    QElapsedTimer clock;
    clock.start();
    bool sawCan = false;
    for (;;) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0)
            return Answer::Timeout;
        const int c = m_stream.readByte(int(sawCan ? qMin<qint64>(left, 1000) : left));
        if (c == ByteStream::Failed)
            return Answer::LinkFailed;
        if (c == ByteStream::TimedOut)
            return Answer::Timeout;
        if (c == Can) {
            if (sawCan)
                return Answer::ReceiverCancelled;
            sawCan = true; // one CAN may be noise; two in a row are a cancel
            continue;
        }
        sawCan = false;
        if (c == Ack)
            return Answer::Ack;
        if (c == Nak)
            return Answer::Nak;
        if (c == WantCrc && !ignoreWantCrc)
            return Answer::Nak;
        // 'C' left over from before the first block, or noise: not an answer.
    }
}

Result<XmodemSender::BlockOutcome, XmodemFailure>
XmodemSender::sendBlock(const QByteArray& file, qint64 offset, quint32 block, int& blockSize,
                        XmodemReport& report)
{
    const QByteArray frame =
        frameBlock(block, file.mid(offset, blockSize), blockSize, report.check);
    int attempts = 0;
    int naks = 0;
    for (;;) {
        if (attempts >= m_options.maxAttempts)
            return XmodemFailure{XmodemError::TooManyRetries, block, offset, attempts, {}};
        ++attempts;
        if (!m_stream.write(frame))
            return XmodemFailure{XmodemError::LinkFailed, block, offset, attempts,
                                 m_stream.errorString()};
        const Answer a = awaitAnswer(m_options.ackTimeoutMs, true);
        switch (a) {
        case Answer::Ack:
            return BlockOutcome::Acked;
        case Answer::ReceiverCancelled:
            qCInfo(lcXmodem) << "receiver cancelled at block" << block;
            return XmodemFailure{XmodemError::CancelledByReceiver, block, offset, attempts, {}};
        case Answer::LinkFailed:
            return XmodemFailure{XmodemError::LinkFailed, block, offset, attempts,
                                 m_stream.errorString()};
        case Answer::Nak:
        case Answer::Timeout:
            ++report.resends;
            naks = a == Answer::Nak ? naks + 1 : 0;
            if (a == Answer::Timeout)
                m_stream.discardInput(); // a late answer must not count for the resend
            if (cancelled())
                return cancelNow(block, offset);
            if (blockSize == LargeBlock && naks >= m_options.naksBefore128) {
                // The receiver keeps refusing 1K blocks (a small buffer, a noisy
                // line): the same bytes again, 128 at a time, same block number.
                blockSize = SmallBlock;
                report.fellBackTo128 = true;
                qCInfo(lcXmodem) << "block" << block << "NAKed" << naks
                                 << "times: 128-byte blocks from here";
                if (m_observer.fellBackTo128)
                    m_observer.fellBackTo128();
                return BlockOutcome::Resized;
            }
            if (m_observer.resending)
                m_observer.resending(block, attempts + 1, a == Answer::Nak);
            qCDebug(lcXmodem) << "resending block" << block
                              << (a == Answer::Nak ? "after NAK" : "after timeout");
            break;
        }
    }
}

Result<Ok, XmodemFailure> XmodemSender::sendEnd(quint32 block, qint64 total)
{
    // EOT until it is ACKed. Some receivers NAK the first EOT on purpose.
    for (int attempts = 1;; ++attempts) {
        if (attempts > m_options.maxAttempts)
            return XmodemFailure{XmodemError::EndNotAcknowledged, block, total, attempts - 1, {}};
        if (!m_stream.write(QByteArray(1, Eot)))
            return XmodemFailure{XmodemError::LinkFailed, block, total, attempts,
                                 m_stream.errorString()};
        const Answer a = awaitAnswer(m_options.ackTimeoutMs, true);
        if (a == Answer::Ack)
            return Ok{};
        qCDebug(lcXmodem) << "EOT answered" << int(a) << "attempt" << attempts;
        if (a == Answer::ReceiverCancelled) // a bootloader refusing the file once it has all of it
            return XmodemFailure{XmodemError::CancelledByReceiver, block, total, attempts, {}};
        if (a == Answer::LinkFailed)
            return XmodemFailure{XmodemError::LinkFailed, block, total, attempts,
                                 m_stream.errorString()};
    }
}

Result<XmodemReport, XmodemFailure> XmodemSender::send(const QByteArray& file)
{
    if (file.isEmpty())
        return XmodemFailure{XmodemError::EmptyFile, 0, 0, 0, {}};
    const auto start = waitForReceiver();
    if (!start)
        return start.error();

    XmodemReport report;
    report.check = start.value();
    // XMODEM-1K needs CRC: a checksum receiver is classic XMODEM, 128-byte blocks.
    int blockSize = (m_options.use1k && report.check == Check::Crc16) ? LargeBlock : SmallBlock;
    if (m_observer.started)
        m_observer.started(report.check, blockSize);
    qCInfo(lcXmodem) << "receiver ready:" << (report.check == Check::Crc16 ? "CRC" : "checksum")
                     << "mode," << blockSize << "byte blocks," << file.size() << "bytes to send";

    const qint64 total = file.size();
    qint64 offset = 0;
    quint32 block = 1;
    if (m_observer.progress)
        m_observer.progress(0, total);
    while (offset < total) {
        if (cancelled())
            return cancelNow(block, offset);
        const auto sent = sendBlock(file, offset, block, blockSize, report);
        if (!sent)
            return sent.error();
        if (sent.value() == BlockOutcome::Resized)
            continue; // the same offset and block number, framed smaller
        offset = qMin<qint64>(total, offset + blockSize);
        ++block;
        ++report.blocks;
        if (m_observer.progress)
            m_observer.progress(offset, total);
    }

    // The end: EOT until it is ACKed.
    if (const auto ended = sendEnd(block, total); !ended)
        return ended.error();
    report.bytes = total;
    qCInfo(lcXmodem) << "done:" << report.blocks << "blocks," << report.resends << "resent";
    return report;
}

} // namespace commissioner

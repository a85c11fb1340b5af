#include "XmodemTransferAdapter.h"

#include "SerialStream.h"

namespace commissioner {

namespace {

XmodemSendError toSendError(XmodemError kind)
{
    switch (kind) {
    case XmodemError::NoReceiver:
        return XmodemSendError::NoReceiver;
    case XmodemError::CancelledByReceiver:
        return XmodemSendError::CancelledByReceiver;
    case XmodemError::Cancelled:
        return XmodemSendError::Cancelled;
    case XmodemError::TooManyRetries:
        return XmodemSendError::TooManyRetries;
    case XmodemError::EndNotAcknowledged:
        return XmodemSendError::EndNotAcknowledged;
    case XmodemError::LinkFailed:
        return XmodemSendError::LinkFailed;
    case XmodemError::EmptyFile:
        break;
    }
    return XmodemSendError::EmptyFile;
}

// The sender's observer, forwarding to the use case's events (each may be empty).
XmodemObserver observerFor(const XmodemSendEvents& events)
{
    XmodemObserver observer;
    observer.waiting = events.waiting;
    if (events.started) {
        observer.started = [started = events.started](xmodem::Check check, int blockSize) {
            started(check == xmodem::Check::Crc16, blockSize);
        };
    }
    observer.progress = events.progress;
    observer.fellBackTo128 = events.fellBackTo128;
    return observer;
}

} // namespace

XmodemSendFailure toSendFailure(const XmodemFailure& failure)
{
    XmodemSendFailure f;
    f.kind = toSendError(failure.kind);
    f.offset = failure.offset;
    f.detail = failure.detail;
    f.logText = describeForLog(failure);
    return f;
}

SerialXmodemTransfer::SerialXmodemTransfer(QString device, XmodemOptions options)
    : m_device(std::move(device)), m_options(options)
{
}

Result<Ok, XmodemSendFailure> SerialXmodemTransfer::send(const QByteArray& file,
                                                         const XmodemSendEvents& events,
                                                         const std::atomic_bool& cancel)
{
    SerialStream stream;
    SerialStream::Settings line; // the bootloader's 115200 8N1
    line.device = m_device;
    if (!stream.open(line)) {
        XmodemSendFailure f;
        f.kind = XmodemSendError::PortNotOpened;
        f.detail = stream.errorString();
        f.logText = QStringLiteral("cannot open %1: %2").arg(m_device, f.detail);
        return f;
    }
    if (events.portOpened)
        events.portOpened();
    XmodemSender sender(stream, m_options);
    sender.setObserver(observerFor(events));
    sender.setCancelFlag(&cancel);
    const auto sent = sender.send(file);
    stream.close(); // the identity poll that follows opens the same port at other settings
    if (!sent)
        return toSendFailure(sent.error());
    return Ok{};
}

} // namespace commissioner

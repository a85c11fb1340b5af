#include "XmodemReceiver.h"

#include "SimLogging.h"
#include "XmodemCrc.h"

#include <QIODevice>

namespace metersim {

namespace {
constexpr char Soh = 0x01;
constexpr char Stx = 0x02;
constexpr char Eot = 0x04;
constexpr char Ack = 0x06;
constexpr char Nak = 0x15;
constexpr char Can = 0x18;
constexpr char WantCrc = 'C';
} // namespace

XmodemReceiver::XmodemReceiver(QIODevice* device, const BootloaderIdentity& identity,
                               const Timing& timing, QObject* parent)
    : QObject(parent), m_device(device), m_identity(identity), m_timing(timing), m_check(identity)
{
    m_offerTimer.setInterval(m_timing.offerIntervalMs);
    m_byteTimer.setSingleShot(true);
    m_byteTimer.setInterval(m_timing.byteTimeoutMs);
    m_blockTimer.setSingleShot(true);
    m_blockTimer.setInterval(m_timing.blockTimeoutMs);
    m_drainTimer.setSingleShot(true);
    m_drainTimer.setInterval(m_timing.drainAfterCancelMs);
    connect(&m_offerTimer, &QTimer::timeout, this, &XmodemReceiver::onOfferTick);
    connect(&m_byteTimer, &QTimer::timeout, this, &XmodemReceiver::onByteTimeout);
    connect(&m_blockTimer, &QTimer::timeout, this, &XmodemReceiver::onBlockTimeout);
    connect(&m_drainTimer, &QTimer::timeout, this, [this] {
        m_device->readAll();
        restartOffering();
    });
    connect(m_device, &QIODevice::readyRead, this, &XmodemReceiver::onReadyRead);
}

void XmodemReceiver::start()
{
    restartOffering();
}

void XmodemReceiver::detach()
{
    m_state = State::Done;
    m_offerTimer.stop();
    m_byteTimer.stop();
    m_blockTimer.stop();
    m_drainTimer.stop();
    disconnect(m_device, nullptr, this, nullptr);
}

void XmodemReceiver::send(char c)
{
    m_device->write(&c, 1);
}

void XmodemReceiver::restartOffering()
{
    m_state = State::Offering;
    m_buffer.clear();
    m_check = XmodemPackageCheck(m_identity);
    m_expected = 1;
    m_blocks = 0;
    m_errors = 0;
    m_byteTimer.stop();
    m_blockTimer.stop();
    m_window.start();
    Q_EMIT event(QStringLiteral("xmodem-waiting window_s=%1").arg(m_timing.windowMs / 1000));
    send(WantCrc);
    m_offerTimer.start();
}

void XmodemReceiver::onOfferTick()
{
    if (m_state != State::Offering) {
        m_offerTimer.stop();
        return;
    }
    if (m_window.elapsed() >= m_timing.windowMs) {
        // The window after power-up is over: the meter stays silent until power-cycled.
        m_offerTimer.stop();
        m_state = State::Closed;
        Q_EMIT event(QStringLiteral("xmodem-window-closed"));
        return;
    }
    send(WantCrc);
}

void XmodemReceiver::onReadyRead()
{
    const QByteArray bytes = m_device->readAll();
    if (m_state != State::Offering && m_state != State::Receiving)
        return; // draining after a cancel, or nobody listening
    m_buffer += bytes;
    process();
}

void XmodemReceiver::process()
{
    while (!m_buffer.isEmpty() && (m_state == State::Offering || m_state == State::Receiving)) {
        const char c = m_buffer.at(0);
        if (c == Soh || c == Stx) {
            const int need = 3 + (c == Stx ? 1024 : 128) + 2;
            if (m_buffer.size() < need) {
                m_byteTimer.start(); // restarted by every arrival: a gap, not a total
                return;
            }
            const QByteArray block = m_buffer.left(need);
            m_buffer.remove(0, need);
            m_byteTimer.stop();
            handleBlock(block);
        } else if (c == Eot) {
            m_buffer.remove(0, 1);
            handleEot();
        } else if (c == Can) {
            if (m_buffer.size() < 2) {
                m_byteTimer.start();
                return;
            }
            if (m_buffer.at(1) == Can) {
                qCInfo(lcSimWire) << "XMODEM: the sender cancelled after" << m_blocks << "blocks";
                Q_EMIT event(QStringLiteral("xmodem-aborted reason=sender-cancelled blocks=%1")
                                 .arg(m_blocks));
                m_state = State::Draining;
                m_drainTimer.start();
                return;
            }
            m_buffer.remove(0, 1);
        } else {
            m_buffer.remove(0, 1); // noise between blocks
        }
    }
}

void XmodemReceiver::handleBlock(const QByteArray& block)
{
    if (m_state == State::Offering) {
        m_state = State::Receiving;
        m_offerTimer.stop();
        Q_EMIT event(
            QStringLiteral("xmodem-receiving block_size=%1").arg(block.at(0) == Stx ? 1024 : 128));
    }
    const quint8 number = quint8(block.at(1));
    const quint8 complement = quint8(block.at(2));
    const QByteArray data = block.mid(3, block.size() - 5);
    const quint16 crc =
        quint16((quint8(block.at(block.size() - 2)) << 8) | quint8(block.at(block.size() - 1)));
    if (quint8(number + complement) != 0xFF || crc16Xmodem(data.constData(), data.size()) != crc) {
        qCDebug(lcSimWire) << "XMODEM: bad block" << number << "NAK";
        m_buffer.clear(); // out of step with the sender: start clean at its resend
        nak();
        return;
    }
    if (number == quint8(m_expected - 1) && m_blocks > 0) {
        send(Ack); // our ACK was lost and the sender repeated: ACK again, keep nothing
        m_blockTimer.start();
        return;
    }
    if (number != m_expected) {
        refuse(QStringLiteral("sequence"));
        return;
    }
    if (m_check.feed(data) == XmodemPackageCheck::Verdict::Refused) {
        refuse(m_check.reason());
        return;
    }
    ++m_expected;
    ++m_blocks;
    m_errors = 0;
    send(Ack);
    m_blockTimer.start();
}

void XmodemReceiver::handleEot()
{
    if (m_state == State::Offering)
        return; // an EOT with no transfer: noise, or a sender's end we already ACKed
    m_blockTimer.stop();
    if (m_check.finish() == XmodemPackageCheck::Verdict::Refused) {
        refuse(m_check.reason());
        return;
    }
    send(Ack);
    m_state = State::Done;
    m_offerTimer.stop();
    m_byteTimer.stop();
    qCInfo(lcSimWire) << "XMODEM: package" << m_check.versionString() << "accepted," << m_blocks
                      << "blocks";
    Q_EMIT packageAccepted(m_check.versionString(), m_check.payload());
}

void XmodemReceiver::nak()
{
    if (++m_errors > m_timing.maxErrors) {
        send(Can);
        send(Can);
        Q_EMIT event(QStringLiteral("xmodem-aborted reason=errors blocks=%1").arg(m_blocks));
        m_state = State::Draining;
        m_drainTimer.start();
        return;
    }
    send(Nak);
    m_blockTimer.start();
}

void XmodemReceiver::refuse(const QString& reason)
{
    send(Can);
    send(Can);
    qCInfo(lcSimWire) << "XMODEM: package refused:" << reason;
    Q_EMIT event(QStringLiteral("xmodem-refused reason=%1").arg(reason));
    m_state = State::Draining;
    m_byteTimer.stop();
    m_blockTimer.stop();
    m_drainTimer.start(); // then ask for another package
}

void XmodemReceiver::onByteTimeout()
{
    if (m_state != State::Offering && m_state != State::Receiving)
        return;
    m_buffer.clear();
    if (m_state == State::Receiving)
        nak(); // half a block: ask for all of it again
}

void XmodemReceiver::onBlockTimeout()
{
    if (m_state == State::Receiving)
        nak();
}

} // namespace metersim

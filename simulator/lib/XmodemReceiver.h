#pragma once

#include "XmodemPackageCheck.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QIODevice;

namespace metersim {

// The receiving end of XMODEM-CRC / XMODEM-1K as the recovery bootloader of
// device-protocol.md section 7 runs it: 'C' once a second for a window after power-up,
// each block ACKed or NAKed (CRC-16/XMODEM; a repeated block number ACKed and dropped),
// the package checked as it arrives (XmodemPackageCheck); a refused package ends the
// transfer with CAN CAN, and the bootloader starts asking for another.
class XmodemReceiver : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        int offerIntervalMs = 1000;    // 'C' once a second
        int windowMs = 60000;          // how long after power-up (or a refusal) it asks
        int byteTimeoutMs = 1000;      // a block that stops arriving half-way is NAKed
        int blockTimeoutMs = 10000;    // no block at all: NAK, as classic XMODEM
        int maxErrors = 10;            // NAKs in a row before the transfer is given up
        int drainAfterCancelMs = 1500; // after CAN CAN: let the sender's last block pass
    };

    XmodemReceiver(QIODevice* device, const BootloaderIdentity& identity, const Timing& timing,
                   QObject* parent = nullptr);

    void start();  // power-up: start asking
    void detach(); // after an install: the line belongs to Modbus now

Q_SIGNALS:
    // "xmodem-refused reason=...", "xmodem-aborted reason=...", "xmodem-window-closed", ...
    void event(const QString& text);
    // The whole package arrived and passed every check; EOT has been ACKed.
    void packageAccepted(const QString& version, const QByteArray& payload);

private:
    enum class State
    {
        Offering,
        Receiving,
        Draining,
        Closed,
        Done
    };

    void onReadyRead();
    void process();
    void handleBlock(const QByteArray& block);
    void handleEot();
    void nak();
    void refuse(const QString& reason);
    void restartOffering();
    void onOfferTick();
    void onByteTimeout();
    void onBlockTimeout();
    void send(char c);

    QIODevice* m_device;
    BootloaderIdentity m_identity;
    Timing m_timing;
    State m_state = State::Closed;
    QByteArray m_buffer;
    XmodemPackageCheck m_check;
    quint8 m_expected = 1;
    quint32 m_blocks = 0;
    int m_errors = 0;
    QElapsedTimer m_window;
    QTimer m_offerTimer{this};
    QTimer m_byteTimer{this};
    QTimer m_blockTimer{this};
    QTimer m_drainTimer{this};
};

} // namespace metersim

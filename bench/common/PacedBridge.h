#pragma once

#include <QString>
#include <atomic>
#include <thread>

namespace bench {

// Two pseudo-terminals joined by a model of one half-duplex RS-485 line: a chunk written to
// either end (a whole frame: libmodbus and metersim write frames in one call) reaches the
// other end when its last character would have crossed the wire at `baud` with `bitsPerChar`
// bits a character (11 for 8E1), never sooner; and a new frame (a write that finds the line
// idle) starts no sooner than 3.5 characters after the last character of the previous one,
// in either direction. The simulator answers as soon as a request is complete, so the
// 3.5-character silences on both sides of a request are the bridge's to keep.
class PacedBridge
{
public:
    PacedBridge(int baud, int bitsPerChar = 11);
    ~PacedBridge();
    PacedBridge(const PacedBridge&) = delete;
    PacedBridge& operator=(const PacedBridge&) = delete;

    bool start(QString* error = nullptr);
    void stop();
    QString toolSide() const { return m_sideName[0]; }  // e.g. /dev/pts/5: the commissioner's port
    QString meterSide() const { return m_sideName[1]; } // the simulator's --serial
    qint64 bytesCarried() const { return m_carried; }
    // The longest a chunk was handed over after its due time, in microseconds: the bridge's
    // own lateness (scheduling on a busy machine), counted against the measured rate.
    qint64 maxLateUs() const { return m_maxLateUs; }

    double charSeconds() const { return double(m_bitsPerChar) / m_baud; }

private:
    void run();

    int m_baud;
    int m_bitsPerChar;
    int m_master[2] = {-1, -1};
    int m_slave[2] = {-1, -1}; // held open so neither side sees a hang-up between opens
    QString m_sideName[2];
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_carried{0};
    std::atomic<qint64> m_maxLateUs{0};
    std::thread m_thread;
};

} // namespace bench

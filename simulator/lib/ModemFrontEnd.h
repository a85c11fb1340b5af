#pragma once

#include "ModemConfig.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QObject>
#include <QTimer>
#include <functional>

namespace metersim {

class ModemDataChannel;

// A Hayes modem answering calls in front of a serial line (device-protocol.md section 8).
// In command mode it answers AT commands on the line; after a dial it says CONNECT and
// the line carries Modbus RTU: dataChannel() is what an RtuSession reads and writes, and
// it sees bytes only while a call is up. "+++" with guardMs of silence before and after
// returns to command mode (OK); ATH hangs up; ATO goes back online.
//
// Commands (several may share one line: "AT&F E0 V1 Q0 &D2"): AT, Z, &F, E0/E1, V1, Q0,
// &D0/&D2, S0=n, DT/DP number, H/H0, O. Anything else after AT answers ERROR; lines that
// do not start with AT are ignored, as a modem hunting for the attention prefix does.
class ModemFrontEnd : public QObject
{
    Q_OBJECT
public:
    ModemFrontEnd(QIODevice* line, const ModemConfig& config, QObject* parent = nullptr);

    QIODevice* dataChannel() const;
    bool online() const { return m_state == State::Online; }

private:
    enum class State
    {
        Command,
        Dialing,
        Online
    };

    void onLineData();
    void onCommandByte(char c);
    void runCommandLine(const QByteArray& line);
    bool runOne(const QByteArray& upper, int* pos, bool* dialed); // false: ERROR
    bool dial(const QByteArray& upper, int* pos, bool* dialed);   // ATD: false: ERROR
    void answerDial();
    void carry(const QByteArray& bytes);
    void sendFromMeter(const QByteArray& bytes);
    void dropCarrier();
    void goOnline();
    void reply(const char* text);
    void resetProfile();

    QIODevice* m_line;
    ModemConfig m_config;
    ModemDataChannel* m_data;
    State m_state = State::Command;
    bool m_callUp = false; // a call exists (online, or escaped to command mode)
    bool m_echo = true;
    QByteArray m_command;
    qint64 m_carried = 0; // bytes of this call, both ways
    bool m_droppedThisCall = false;
    QElapsedTimer m_lastRx; // for the escape's guard time
    int m_plusCount = 0;
    QTimer m_ring;
    QTimer m_escapeGuard;
};

// What the meter's RTU session sees: the call's bytes, nothing of the AT dialogue.
class ModemDataChannel : public QIODevice
{
    Q_OBJECT
public:
    ModemDataChannel(QIODevice* line, QObject* parent);
    void push(const QByteArray& bytes);
    void setSink(std::function<void(const QByteArray&)> sink) { m_sink = std::move(sink); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_in.size() + QIODevice::bytesAvailable(); }
    bool waitForBytesWritten(int msecs) override { return m_line->waitForBytesWritten(msecs); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    QIODevice* m_line;
    QByteArray m_in;
    std::function<void(const QByteArray&)> m_sink;
};

} // namespace metersim

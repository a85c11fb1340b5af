#include "ModemFrontEnd.h"

#include <QLoggingCategory>
#include <cstring>

namespace metersim {

namespace {
Q_LOGGING_CATEGORY(lcSimModem, "metersim.modem")

constexpr int kMaxCommandLength = 256;

enum class Step
{
    Ok,
    Error,
    Dialed,
    Replied
};

// The next character of a command line, '\0' past its end.
char nextChar(const QByteArray& s, int* pos)
{
    return *pos < s.size() ? s[(*pos)++] : '\0';
}

// Takes the next character when it is one of `allowed`; otherwise true only when the digit
// is optional and no other digit follows (ATZ for ATZ0, ATH for ATH0).
bool takeDigit(const QByteArray& s, int* pos, const char* allowed, bool optional)
{
    const char d = *pos < s.size() ? s[*pos] : '\0';
    if (d && strchr(allowed, d)) {
        ++*pos;
        return true;
    }
    return optional && !(d >= '0' && d <= '9');
}

// The rest of S0=n after the S (rings before answering): stored nowhere, this modem only
// answers the tool.
bool takeRegisterS0(const QByteArray& s, int* pos)
{
    if (nextChar(s, pos) != '0' || nextChar(s, pos) != '=')
        return false;
    int digits = 0;
    while (*pos < s.size() && s[*pos] >= '0' && s[*pos] <= '9') {
        ++*pos;
        ++digits;
    }
    return digits > 0;
}
} // namespace

ModemDataChannel::ModemDataChannel(QIODevice* line, QObject* parent)
    : QIODevice(parent), m_line(line)
{
    QIODevice::open(QIODevice::ReadWrite | QIODevice::Unbuffered);
}

void ModemDataChannel::push(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return;
    m_in.append(bytes);
    Q_EMIT readyRead();
}

qint64 ModemDataChannel::readData(char* data, qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_in.size());
    memcpy(data, m_in.constData(), size_t(n));
    m_in.remove(0, int(n));
    return n;
}

qint64 ModemDataChannel::writeData(const char* data, qint64 size)
{
    if (m_sink)
        m_sink(QByteArray(data, int(size)));
    return size; // off the line when no call is up: a modem drops what it cannot carry
}

ModemFrontEnd::ModemFrontEnd(QIODevice* line, const ModemConfig& config, QObject* parent)
    : QObject(parent), m_line(line), m_config(config), m_data(new ModemDataChannel(line, this))
{
    m_data->setSink([this](const QByteArray& bytes) { sendFromMeter(bytes); });
    m_ring.setSingleShot(true);
    m_ring.setInterval(qMax(0, config.ringMs));
    connect(&m_ring, &QTimer::timeout, this, &ModemFrontEnd::answerDial);
    m_escapeGuard.setSingleShot(true);
    m_escapeGuard.setTimerType(Qt::PreciseTimer);
    m_escapeGuard.setInterval(qMax(0, config.guardMs));
    connect(&m_escapeGuard, &QTimer::timeout, this, [this] {
        if (m_state != State::Online || m_plusCount != 3)
            return;
        m_plusCount = 0;
        m_state = State::Command; // the call stays up: ATO goes back, ATH ends it
        qCInfo(lcSimModem) << "escape: command mode, call held";
        reply("OK");
    });
    connect(m_line, &QIODevice::readyRead, this, &ModemFrontEnd::onLineData);
}

QIODevice* ModemFrontEnd::dataChannel() const
{
    return m_data;
}

void ModemFrontEnd::reply(const char* text)
{
    m_line->write(QByteArray("\r\n") + text + "\r\n");
}

void ModemFrontEnd::resetProfile()
{
    m_echo = true;
}

void ModemFrontEnd::onLineData()
{
    const QByteArray bytes = m_line->readAll();
    if (bytes.isEmpty() || m_config.mute)
        return;
    switch (m_state) {
    case State::Online:
        carry(bytes);
        break;
    case State::Dialing:
        // Any character ends a dial in progress.
        m_ring.stop();
        m_state = State::Command;
        reply("NO CARRIER");
        break;
    case State::Command:
        if (m_echo)
            m_line->write(bytes);
        for (char c : bytes) {
            if (m_state != State::Command)
                break; // a dial: what follows on the line is not a command
            onCommandByte(c);
        }
        break;
    }
}

void ModemFrontEnd::onCommandByte(char c)
{
    if (c == '\r') {
        const QByteArray line = m_command;
        m_command.clear();
        runCommandLine(line);
    } else if (c == '\b' || c == 0x7f) {
        m_command.chop(1);
    } else if (c != '\n') {
        m_command.append(c);
        if (m_command.size() > kMaxCommandLength)
            m_command.clear(); // line noise, not a command
    }
}

void ModemFrontEnd::runCommandLine(const QByteArray& raw)
{
    const QByteArray upper = raw.trimmed().toUpper();
    if (!upper.startsWith("AT"))
        return; // no attention prefix: noise (a Modbus frame sent after the carrier went)
    qCDebug(lcSimModem) << "command" << raw.trimmed();
    int pos = 2;
    bool dialed = false;
    while (pos < upper.size()) {
        if (upper[pos] == ' ') {
            ++pos;
            continue;
        }
        if (!runOne(upper, &pos, &dialed)) {
            reply("ERROR");
            return;
        }
        if (dialed || m_state == State::Online)
            return; // the dial or ATO answers for itself
    }
    reply("OK");
}

bool ModemFrontEnd::runOne(const QByteArray& s, int* pos, bool* dialed)
{
    const char c = nextChar(s, pos);
    switch (c) {
    case 'Z':
        takeDigit(s, pos, "0", true);
        resetProfile();
        return true;
    case 'E': {
        const char d = *pos < s.size() ? s[*pos] : '\0';
        if (d != '0' && d != '1')
            return false;
        ++*pos;
        m_echo = d == '1';
        return true;
    }
    case 'V':
        return takeDigit(s, pos, "1", false);
    case 'Q':
        return takeDigit(s, pos, "0", false);
    case '&': {
        const char what = nextChar(s, pos);
        if (what == 'F') {
            resetProfile();
            return true;
        }
        return what == 'D' && takeDigit(s, pos, "02", false);
    }
    case 'S':
        return takeRegisterS0(s, pos);
    case 'H':
        if (!takeDigit(s, pos, "0", true))
            return false;
        if (m_callUp)
            qCInfo(lcSimModem) << "hung up";
        m_callUp = false;
        return true;
    case 'O':
        if (!takeDigit(s, pos, "0", true))
            return false;
        if (!m_callUp) {
            reply("NO CARRIER");
            *dialed = true; // answered
            return true;
        }
        goOnline();
        return true;
    case 'D':
        return dial(s, pos, dialed);
    default:
        return false;
    }
}

// DT/DP number: the rest of the line is the number. The answer comes from answerDial()
// after the ring delay (at once for NO DIALTONE); ERROR when a call is up or the number is bad.
bool ModemFrontEnd::dial(const QByteArray& s, int* pos, bool* dialed)
{
    const char how = nextChar(s, pos);
    const QByteArray number = s.mid(*pos).trimmed();
    *pos = s.size();
    if ((how != 'T' && how != 'P') || number.isEmpty() || m_callUp)
        return false;
    for (char n : number) {
        if (!((n >= '0' && n <= '9') || strchr("*#,W@!-() ", n)))
            return false;
    }
    if (m_config.dialAnswer == ModemConfig::DialAnswer::Error)
        return false;
    qCInfo(lcSimModem) << "dialing" << number;
    *dialed = true;
    m_state = State::Dialing;
    if (m_config.dialAnswer == ModemConfig::DialAnswer::NoDialtone)
        m_ring.start(0);
    else
        m_ring.start(qMax(0, m_config.ringMs));
    return true;
}

void ModemFrontEnd::answerDial()
{
    if (m_state != State::Dialing)
        return;
    m_state = State::Command;
    switch (m_config.dialAnswer) {
    case ModemConfig::DialAnswer::Busy:
        reply("BUSY");
        return;
    case ModemConfig::DialAnswer::NoAnswer:
        reply("NO ANSWER");
        return;
    case ModemConfig::DialAnswer::NoDialtone:
        reply("NO DIALTONE");
        return;
    case ModemConfig::DialAnswer::Error:
        reply("ERROR");
        return;
    case ModemConfig::DialAnswer::Connect:
        break;
    }
    m_callUp = true;
    m_carried = 0;
    m_droppedThisCall = false;
    qCInfo(lcSimModem) << "connected at" << m_config.connectRate;
    goOnline();
}

void ModemFrontEnd::goOnline()
{
    m_state = State::Online;
    m_plusCount = 0;
    m_lastRx.restart();
    m_line->write(QByteArray("\r\nCONNECT ") + QByteArray::number(m_config.connectRate) + "\r\n");
}

void ModemFrontEnd::carry(const QByteArray& bytes)
{
    // The escape: "+++" alone, after guardMs of silence; the guard after it is the timer.
    const bool quietBefore = !m_lastRx.isValid() || m_lastRx.elapsed() >= m_config.guardMs;
    m_lastRx.restart();
    const bool allPlus = bytes.count('+') == bytes.size();
    if (allPlus && m_plusCount + bytes.size() <= 3 && (m_plusCount > 0 || quietBefore)) {
        m_plusCount += int(bytes.size());
        if (m_plusCount == 3)
            m_escapeGuard.start();
    } else {
        m_plusCount = 0;
        m_escapeGuard.stop();
    }

    QByteArray toMeter = bytes;
    if (m_config.dropAfterBytes >= 0 && !m_droppedThisCall) {
        const qint64 left = m_config.dropAfterBytes - m_carried;
        if (toMeter.size() >= left) {
            m_data->push(toMeter.left(int(qMax<qint64>(0, left))));
            m_carried += qMax<qint64>(0, left);
            dropCarrier();
            return;
        }
    }
    m_carried += toMeter.size();
    m_data->push(toMeter); // a real modem carries "+++" too; the meter drops it as noise
}

void ModemFrontEnd::sendFromMeter(const QByteArray& bytes)
{
    if (m_state != State::Online)
        return;
    if (m_config.dropAfterBytes >= 0 && !m_droppedThisCall) {
        const qint64 left = m_config.dropAfterBytes - m_carried;
        if (bytes.size() >= left) {
            m_line->write(bytes.left(int(qMax<qint64>(0, left))));
            m_carried += qMax<qint64>(0, left);
            dropCarrier();
            return;
        }
    }
    m_carried += bytes.size();
    m_line->write(bytes);
}

void ModemFrontEnd::dropCarrier()
{
    qCInfo(lcSimModem) << "carrier dropped after" << m_carried << "bytes";
    m_droppedThisCall = true;
    m_callUp = false;
    m_state = State::Command;
    m_plusCount = 0;
    m_escapeGuard.stop();
    m_command.clear();
    m_line->write("\r\nNO CARRIER\r\n");
}

} // namespace metersim

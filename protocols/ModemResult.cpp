#include "ModemResult.h"

namespace commissioner {

namespace {

struct Known
{
    const char* text;
    const char* numeric;
    ModemResultCode code;
};

// Longest first where one is a prefix of another ("NO DIAL TONE" is a common spelling).
constexpr Known kKnown[] = {
    {"OK", "0", ModemResultCode::Ok},
    {"CONNECT", "1", ModemResultCode::Connect},
    {"RING", "2", ModemResultCode::Ring},
    {"NO CARRIER", "3", ModemResultCode::NoCarrier},
    {"ERROR", "4", ModemResultCode::Error},
    {"NO DIALTONE", "6", ModemResultCode::NoDialtone},
    {"NO DIAL TONE", nullptr, ModemResultCode::NoDialtone},
    {"BUSY", "7", ModemResultCode::Busy},
    {"NO ANSWER", "8", ModemResultCode::NoAnswer},
};

} // namespace

const char* modemResultName(ModemResultCode code)
{
    switch (code) {
    case ModemResultCode::Ok:
        return "OK";
    case ModemResultCode::Connect:
        return "CONNECT";
    case ModemResultCode::Ring:
        return "RING";
    case ModemResultCode::NoCarrier:
        return "NO CARRIER";
    case ModemResultCode::Error:
        return "ERROR";
    case ModemResultCode::NoDialtone:
        return "NO DIALTONE";
    case ModemResultCode::Busy:
        return "BUSY";
    case ModemResultCode::NoAnswer:
        return "NO ANSWER";
    }
    return "?";
}

std::optional<ModemResult> parseModemResult(const QByteArray& raw)
{
    const QByteArray line = raw.trimmed();
    if (line.isEmpty())
        return std::nullopt;
    const QByteArray upper = line.toUpper();
    for (const Known& k : kKnown) {
        const QByteArray text(k.text);
        ModemResult r;
        r.code = k.code;
        r.text = line;
        if (upper == text || (k.numeric && upper == k.numeric))
            return r;
        // CONNECT 19200, CONNECT 19200/ARQ, CONNECT 9600/V.32: the rate is the leading number.
        if (k.code == ModemResultCode::Connect && upper.startsWith("CONNECT ")) {
            QByteArray rate = upper.mid(8).trimmed();
            int end = 0;
            while (end < rate.size() && rate[end] >= '0' && rate[end] <= '9')
                ++end;
            r.rate = rate.left(end).toInt();
            return r;
        }
    }
    return std::nullopt;
}

void ModemLineSplitter::feed(const QByteArray& bytes)
{
    int start = 0;
    if (m_lastWasCr && m_buffer.isEmpty() && !bytes.isEmpty()) {
        if (bytes[0] == '\n')
            start = 1;
        m_lastWasCr = false;
    }
    m_buffer.append(bytes.constData() + start, bytes.size() - start);
}

std::optional<QByteArray> ModemLineSplitter::takeLine()
{
    for (int i = 0; i < m_buffer.size(); ++i) {
        const char c = m_buffer[i];
        if (c != '\r' && c != '\n')
            continue;
        QByteArray line = m_buffer.left(i);
        int consumed = i + 1;
        m_lastWasCr = false;
        if (c == '\r') {
            if (consumed < m_buffer.size()) {
                if (m_buffer[consumed] == '\n')
                    ++consumed;
            } else {
                m_lastWasCr = true; // its LF may come in the next read
            }
        }
        m_buffer.remove(0, consumed);
        return line;
    }
    return std::nullopt;
}

QByteArray ModemLineSplitter::takeRemainder()
{
    QByteArray rest = m_buffer;
    m_buffer.clear();
    return rest;
}

void ModemLineSplitter::clear()
{
    m_buffer.clear();
    m_lastWasCr = false;
}

bool CarrierLossDetector::feed(const QByteArray& bytes)
{
    static const QByteArray kMessage("\r\nNO CARRIER\r");
    if (m_lost)
        return true;
    m_tail.append(bytes);
    if (m_tail.contains(kMessage))
        m_lost = true;
    else if (m_tail.size() > kMessage.size())
        m_tail.remove(0, m_tail.size() - (kMessage.size() - 1));
    return m_lost;
}

void CarrierLossDetector::reset()
{
    m_tail.clear();
    m_lost = false;
}

} // namespace commissioner

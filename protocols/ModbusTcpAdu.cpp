#include "ModbusTcpAdu.h"

namespace commissioner::mbtcp {

namespace {

constexpr int kHeader = 7; // transaction 2, protocol 2, length 2, unit 1

quint16 word(const QByteArray& b, int at)
{
    return quint16((quint8(b.at(at)) << 8) | quint8(b.at(at + 1)));
}

} // namespace

QByteArray buildRequest(quint16 transactionId, quint8 unit, const QByteArray& pdu)
{
    QByteArray adu;
    const int length = pdu.size() + 1; // unit + PDU
    adu.append(char(transactionId >> 8)).append(char(transactionId & 0xFF));
    adu.append('\0').append('\0');
    adu.append(char(length >> 8)).append(char(length & 0xFF));
    adu.append(char(unit));
    adu.append(pdu);
    return adu;
}

Reply checkReply(const QByteArray& adu, quint16 transactionId, quint8 unit, quint8 function)
{
    Reply r;
    if (adu.size() < kHeader + 2) {
        r.kind = ReplyKind::WrongLength;
        r.detail = QStringLiteral("a reply of %1 bytes").arg(adu.size());
        return r;
    }
    if (word(adu, 0) != transactionId) {
        r.kind = ReplyKind::WrongTransaction;
        r.detail = QStringLiteral("reply to transaction %1, asked %2")
                       .arg(word(adu, 0))
                       .arg(transactionId);
        return r;
    }
    if (word(adu, 2) != 0) {
        r.kind = ReplyKind::WrongProtocol;
        r.detail = QStringLiteral("protocol ID %1, not 0").arg(word(adu, 2));
        return r;
    }
    if (word(adu, 4) != adu.size() - 6) {
        r.kind = ReplyKind::WrongLength;
        r.detail =
            QStringLiteral("MBAP length %1 for %2 bytes").arg(word(adu, 4)).arg(adu.size() - 6);
        return r;
    }
    r.replyUnit = quint8(adu.at(6));
    if (r.replyUnit != unit) {
        r.kind = ReplyKind::WrongUnit;
        r.detail = QStringLiteral("a reply from unit %1 to a request for unit %2")
                       .arg(r.replyUnit)
                       .arg(unit);
        return r;
    }
    const quint8 got = quint8(adu.at(kHeader));
    if (got == (function | 0x80)) {
        if (adu.size() != kHeader + 2) {
            r.kind = ReplyKind::WrongLength;
            r.detail = QStringLiteral("an exception reply of %1 bytes").arg(adu.size());
            return r;
        }
        r.kind = ReplyKind::Exception;
        r.exceptionCode = quint8(adu.at(kHeader + 1));
        return r;
    }
    if (got != function) {
        r.kind = ReplyKind::WrongFunction;
        r.detail = QStringLiteral("function %1 in reply to %2").arg(got).arg(function);
        return r;
    }
    r.kind = ReplyKind::Ok;
    r.data = adu.mid(kHeader + 1);
    return r;
}

} // namespace commissioner::mbtcp

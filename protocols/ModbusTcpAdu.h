#pragma once

#include <QByteArray>
#include <QString>

namespace commissioner::mbtcp {

// Modbus TCP application data units, built and checked by us: libmodbus 3.1.6 checks a TCP
// confirmation's transaction ID but not its unit ID (its RTU backend does check the address),
// so a reply from another unit behind a gateway would pass for the meter's. Pure byte work,
// no I/O: ModbusMeterClient sends what buildRequest makes and checks what it receives.

// MBAP header (transaction, protocol 0, length, unit) + the PDU (function code first).
QByteArray buildRequest(quint16 transactionId, quint8 unit, const QByteArray& pdu);

enum class ReplyKind
{
    Ok,               // the expected function; data holds the bytes after the function code
    Exception,        // function | 0x80 with one exception code (exceptionCode)
    WrongTransaction, // another transaction's reply (a late answer to an earlier request)
    WrongProtocol,    // protocol ID not 0
    WrongLength,      // the MBAP length disagrees with the bytes received, or too short
    WrongUnit,        // the unit ID is not the one asked (replyUnit)
    WrongFunction,    // neither the function asked nor its exception
};

struct Reply
{
    ReplyKind kind = ReplyKind::WrongLength;
    QByteArray data;
    int exceptionCode = 0;
    int replyUnit = -1;
    QString detail; // English, for the log and LinkError::detail
};

// Checks a whole confirmation (MBAP header included) against the request it answers.
Reply checkReply(const QByteArray& adu, quint16 transactionId, quint8 unit, quint8 function);

} // namespace commissioner::mbtcp

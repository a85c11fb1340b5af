#include "ModbusPdu.h"

#include "MeterModel.h"

#include <QVector>

namespace metersim {

namespace {
quint16 be16(const QByteArray& b, int i)
{
    return quint16((quint8(b[i]) << 8) | quint8(b[i + 1]));
}

void put16(QByteArray& b, quint16 v)
{
    b.append(char(v >> 8));
    b.append(char(v & 0xFF));
}
} // namespace

QByteArray ModbusPdu::exception(quint8 function, quint8 code)
{
    QByteArray b;
    b.append(char(function | 0x80));
    b.append(char(code));
    return b;
}

PduResult ModbusPdu::process(MeterModel& model, const QByteArray& req)
{
    PduResult result;
    if (req.isEmpty())
        return result;
    const quint8 fc = quint8(req[0]);
    switch (fc) {
    case 0x03: {
        if (req.size() != 5)
            return {exception(fc, exc::IllegalValue), false};
        const quint16 address = be16(req, 1);
        const quint16 count = be16(req, 3);
        if (count == 0 || count > 125)
            return {exception(fc, exc::IllegalValue), false};
        const ModelReply r = model.read(address, count);
        if (r.exception)
            return {exception(fc, r.exception), false};
        result.response.append(char(fc));
        result.response.append(char(r.values.size() * 2));
        for (quint16 v : r.values)
            put16(result.response, v);
        return result;
    }
    case 0x06: {
        if (req.size() != 5)
            return {exception(fc, exc::IllegalValue), false};
        const ModelReply r = model.write(be16(req, 1), {be16(req, 3)});
        if (r.exception)
            return {exception(fc, r.exception), false};
        return {req, r.commSettingsWritten}; // the echo
    }
    case 0x10: {
        if (req.size() < 6)
            return {exception(fc, exc::IllegalValue), false};
        const quint16 address = be16(req, 1);
        const quint16 count = be16(req, 3);
        const int byteCount = quint8(req[5]);
        if (count == 0 || count > 123 || byteCount != 2 * count || req.size() != 6 + byteCount)
            return {exception(fc, exc::IllegalValue), false};
        QVector<quint16> values(count);
        for (int i = 0; i < count; ++i)
            values[i] = be16(req, 6 + 2 * i);
        const ModelReply r = model.write(address, values);
        if (r.exception)
            return {exception(fc, r.exception), false};
        result.response = req.left(5);
        result.commSettingsWritten = r.commSettingsWritten;
        return result;
    }
    default:
        return {exception(fc, exc::IllegalFunction), false};
    }
}

} // namespace metersim

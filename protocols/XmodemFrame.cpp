#include "XmodemFrame.h"

namespace commissioner::xmodem {

quint16 crc16(const char* data, int size)
{
    quint16 crc = 0;
    for (int i = 0; i < size; ++i) {
        crc ^= quint16(quint8(data[i])) << 8;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
    }
    return crc;
}

quint8 checksum8(const QByteArray& data)
{
    quint8 sum = 0;
    for (const char c : data)
        sum = quint8(sum + quint8(c));
    return sum;
}

QByteArray frameBlock(quint32 blockNumber, const QByteArray& data, int blockSize, Check check)
{
    QByteArray payload = data.left(blockSize);
    payload.append(QByteArray(blockSize - payload.size(), Pad));
    const quint8 number = quint8(blockNumber & 0xFF);
    QByteArray out;
    out.reserve(blockSize + 5);
    out.append(blockSize == LargeBlock ? Stx : Soh);
    out.append(char(number));
    out.append(char(quint8(255 - number)));
    out.append(payload);
    if (check == Check::Crc16) {
        const quint16 crc = crc16(payload);
        out.append(char(crc >> 8));
        out.append(char(crc & 0xFF));
    } else {
        out.append(char(checksum8(payload)));
    }
    return out;
}

} // namespace commissioner::xmodem

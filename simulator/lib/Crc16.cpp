#include "Crc16.h"

namespace metersim {

quint16 crc16Modbus(const char* data, int size)
{
    quint16 crc = 0xFFFF;
    for (int i = 0; i < size; ++i) {
        crc ^= quint8(data[i]);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? quint16((crc >> 1) ^ 0xA001) : quint16(crc >> 1);
    }
    return crc;
}

QByteArray withCrc(const QByteArray& frame)
{
    const quint16 crc = crc16Modbus(frame.constData(), frame.size());
    QByteArray out = frame;
    out.append(char(crc & 0xFF));
    out.append(char(crc >> 8));
    return out;
}

bool crcValid(const QByteArray& f)
{
    if (f.size() < 4)
        return false;
    const quint16 crc = crc16Modbus(f.constData(), f.size() - 2);
    return quint8(f[f.size() - 2]) == (crc & 0xFF) && quint8(f[f.size() - 1]) == (crc >> 8);
}

} // namespace metersim

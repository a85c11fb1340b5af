#pragma once

#include <QByteArray>

namespace metersim {

// Modbus RTU CRC-16 (polynomial 0xA001 reflected, initial 0xFFFF), sent low byte first.
quint16 crc16Modbus(const char* data, int size);
QByteArray withCrc(const QByteArray& frame);
bool crcValid(const QByteArray& frameWithCrc);

} // namespace metersim

#pragma once

#include <QByteArray>

namespace metersim {

// The bootloader's own checksums, written out here: the simulator shares no code with the tool.
// CRC-16/XMODEM: polynomial 0x1021, initial 0, MSB first (the block check).
quint16 crc16Xmodem(const char* data, qsizetype size);
// CRC-32 as IEEE 802.3 / zlib's crc32 (the .UPG header check). qChecksum is not this.
quint32 crc32Ieee(const char* data, qsizetype size);

} // namespace metersim

#pragma once

#include <QByteArray>

namespace commissioner::xmodem {

// The classic XMODEM control bytes.
constexpr char Soh = 0x01; // a 128-byte block follows
constexpr char Stx = 0x02; // a 1024-byte block follows (XMODEM-1K)
constexpr char Eot = 0x04;
constexpr char Ack = 0x06;
constexpr char Nak = 0x15; // "resend", and at the start: "checksum mode, please"
constexpr char Can = 0x18;
constexpr char WantCrc = 'C'; // at the start: "CRC mode, please"
constexpr char Pad = 0x1A;    // CP/M EOF: fills the last block

constexpr int SmallBlock = 128;
constexpr int LargeBlock = 1024;

enum class Check
{
    Crc16,
    Checksum
};

// CRC-16/XMODEM: polynomial 0x1021, initial 0, not reflected, sent high byte first.
quint16 crc16(const char* data, int size);
inline quint16 crc16(const QByteArray& data)
{
    return crc16(data.constData(), int(data.size()));
}
// The 8-bit sum of classic (checksum-mode) XMODEM.
quint8 checksum8(const QByteArray& data);

// One framed block: SOH/STX, number, 255 - number, data padded with 0x1A to blockSize,
// then the CRC (2 bytes) or the checksum (1 byte). blockNumber wraps at 256 as XMODEM does.
QByteArray frameBlock(quint32 blockNumber, const QByteArray& data, int blockSize, Check check);

} // namespace commissioner::xmodem

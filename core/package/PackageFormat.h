#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtEndian>

namespace commissioner {

// upg-format.md, in numbers.
namespace upg {
constexpr int kFixedHeaderSize = 76;    // header_size without release notes
constexpr int kSignatureBlockSize = 76; // "SIG1" + key_id + signature
constexpr quint16 kFormatVersion = 1;
constexpr quint32 kMaxPayloadSize = 16u * 1024u * 1024u;
constexpr quint16 kFlagSigned = 0x0001;
constexpr int kMaxNotesSize = 0xFFFF - kFixedHeaderSize; // header_size is 16 bits
// The longest file that can be valid; readFile reads no more than this.
constexpr qint64 kMaxFileSize = 0xFFFF + qint64(kMaxPayloadSize) + kSignatureBlockSize;

// Offsets of the header fields (upg-format.md); N is notes_size.
enum Offset : int
{
    kOffMagic = 0,
    kOffFormatVersion = 4,
    kOffHeaderSize = 6,
    kOffDeviceType = 8,
    kOffHwMin = 10,
    kOffHwMax = 12,
    kOffFwMajor = 14,
    kOffFwMinor = 16,
    kOffFwBuild = 18,
    kOffBuildTime = 20,
    kOffPayloadSize = 28,
    kOffPayloadSha256 = 32,
    kOffPayloadCrc32 = 64,
    kOffNotesSize = 68,
    kOffFlags = 70,
    kOffNotes = 72, // then header_crc32 at 72 + N
};
inline constexpr char kMagic[] = "EUPG";
inline constexpr char kSignatureMagic[] = "SIG1";

// CRC-32 as zlib computes it (IEEE 802.3).
quint32 crc32(QByteArrayView bytes);

template <typename T> T readLE(const QByteArray& bytes, qsizetype offset)
{
    return qFromLittleEndian<T>(bytes.constData() + offset);
}
template <typename T> void writeLE(QByteArray& bytes, qsizetype offset, T value)
{
    qToLittleEndian<T>(value, bytes.data() + offset);
}
} // namespace upg

} // namespace commissioner

#include "XmodemPackageCheck.h"

#include "XmodemCrc.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace metersim {

namespace {
constexpr int FixedHeader = 76; // 72 fixed bytes + 4 of header CRC, without the notes
constexpr qint64 SignatureBlock = 76;
constexpr quint32 MaxPayload = 16u * 1024 * 1024;

quint16 u16(const QByteArray& b, int at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
quint32 u32(const QByteArray& b, int at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}
} // namespace

XmodemPackageCheck::XmodemPackageCheck(const BootloaderIdentity& identity) : m_identity(identity) {}

QString XmodemPackageCheck::versionString() const
{
    return QStringLiteral("%1.%2.%3").arg(m_version[0]).arg(m_version[1]).arg(m_version[2]);
}

XmodemPackageCheck::Verdict XmodemPackageCheck::refuse(const char* reason)
{
    m_reason = QString::fromLatin1(reason);
    return Verdict::Refused;
}

XmodemPackageCheck::Verdict XmodemPackageCheck::feed(const QByteArray& blockData)
{
    // A whole block after the file's end: the file is longer than its header says.
    if (m_headerChecked && m_bytes.size() >= m_fileLength)
        return refuse("too-long");
    m_bytes += blockData;
    if (!m_headerChecked)
        return checkHeader();
    return Verdict::NeedMore;
}

XmodemPackageCheck::Verdict XmodemPackageCheck::checkHeader()
{
    if (m_bytes.size() >= 4 && !m_bytes.startsWith("EUPG"))
        return refuse("magic");
    if (m_bytes.size() < 8)
        return Verdict::NeedMore;
    if (u16(m_bytes, 4) != 1)
        return refuse("format-version");
    const quint16 headerSize = u16(m_bytes, 6);
    if (headerSize < FixedHeader)
        return refuse("header-size");
    if (m_bytes.size() < headerSize)
        return Verdict::NeedMore;
    const quint16 notesSize = u16(m_bytes, 68);
    if (headerSize != FixedHeader + notesSize)
        return refuse("header-size");
    if (crc32Ieee(m_bytes.constData(), headerSize - 4) != u32(m_bytes, headerSize - 4))
        return refuse("header-crc");
    const quint16 flags = u16(m_bytes, 70);
    if (flags & ~quint16(1))
        return refuse("flags");
    m_payloadSize = u32(m_bytes, 28);
    if (m_payloadSize == 0 || m_payloadSize > MaxPayload)
        return refuse("payload-size");
    const quint16 deviceType = u16(m_bytes, 8);
    const quint16 hwMin = u16(m_bytes, 10);
    const quint16 hwMax = u16(m_bytes, 12);
    if (deviceType != m_identity.deviceType)
        return refuse("device-type");
    if (m_identity.hwRevision < hwMin || m_identity.hwRevision > hwMax)
        return refuse("hw-revision");
    if (m_payloadSize > m_identity.capacityBytes)
        return refuse("too-large");
    for (int i = 0; i < 3; ++i)
        m_version[i] = u16(m_bytes, 14 + 2 * i);
    m_sha256 = m_bytes.mid(32, 32);
    m_headerSize = headerSize;
    m_fileLength = qint64(headerSize) + m_payloadSize + ((flags & 1) ? SignatureBlock : 0);
    m_headerChecked = true;
    return Verdict::NeedMore;
}

XmodemPackageCheck::Verdict XmodemPackageCheck::finish()
{
    if (!m_headerChecked)
        return refuse(m_bytes.isEmpty() ? "empty" : "truncated");
    if (m_bytes.size() < m_fileLength)
        return refuse("truncated");
    m_bytes.truncate(m_fileLength); // the padding of the last block
    if (QCryptographicHash::hash(payload(), QCryptographicHash::Sha256) != m_sha256)
        return refuse("sha256");
    return Verdict::Accepted;
}

QByteArray XmodemPackageCheck::payload() const
{
    return m_bytes.mid(m_headerSize, qsizetype(m_payloadSize));
}

} // namespace metersim

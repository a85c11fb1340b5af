#include "package/Package.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <optional>

namespace commissioner {

using namespace upg;

namespace {

PackageError fail(PackageRule rule, qint64 actual = 0, qint64 expected = 0)
{
    PackageError e;
    e.rule = rule;
    e.actual = actual;
    e.expected = expected;
    return e;
}

bool isUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

// Is it a package at all, of a format version this tool reads, with the whole fixed header?
// Magic on what is there, so a short file of another kind is "not a package" rather than
// "truncated".
std::optional<PackageError> checkStart(const QByteArray& bytes, qint64 fileLength)
{
    const QByteArray magic(kMagic, 4);
    const int magicBytes = int(qMin<qint64>(fileLength, 4));
    if (bytes.left(magicBytes) != magic.left(magicBytes))
        return fail(PackageRule::BadMagic);
    if (fileLength >= kOffFormatVersion + 2) {
        const quint16 version = readLE<quint16>(bytes, kOffFormatVersion);
        if (version != kFormatVersion)
            return fail(PackageRule::UnknownFormatVersion, version, kFormatVersion);
    }
    if (fileLength < kFixedHeaderSize)
        return fail(PackageRule::TruncatedHeader, fileLength, kFixedHeaderSize);
    return std::nullopt;
}

// The notes are UTF-8 text without NUL characters.
std::optional<PackageError> checkNotes(const QByteArray& notes)
{
    if (!isUtf8(notes))
        return fail(PackageRule::NotesNotUtf8);
    if (const qsizetype nul = notes.indexOf('\0'); nul >= 0)
        return fail(PackageRule::NotesContainNul, nul);
    return std::nullopt;
}

// The payload size is sensible and the file is exactly header, payload and (when signed)
// the signature block: no byte missing, none left over.
std::optional<PackageError> checkFileLength(qint64 fileLength, quint16 headerSize,
                                            quint32 payloadSize, bool isSigned)
{
    if (payloadSize < 1 || payloadSize > kMaxPayloadSize)
        return fail(PackageRule::PayloadSizeOutOfRange, payloadSize, kMaxPayloadSize);
    const qint64 payloadEnd = qint64(headerSize) + payloadSize;
    if (fileLength < payloadEnd)
        return fail(PackageRule::TruncatedPayload, fileLength, payloadEnd);
    const qint64 expectedLength = payloadEnd + (isSigned ? kSignatureBlockSize : 0);
    if (fileLength < expectedLength)
        return fail(PackageRule::TruncatedSignature, fileLength, expectedLength);
    if (fileLength > expectedLength) {
        PackageError e = fail(PackageRule::TrailingBytes, fileLength, expectedLength);
        e.signedLayout = isSigned;
        return e;
    }
    return std::nullopt;
}

} // namespace

Result<Package, PackageError> Package::parse(const QByteArray& file, const QString& sourcePath)
{
    return parseImpl(file, file.size(), sourcePath);
}

Result<Package, PackageError> Package::readFile(const QString& path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists() || info.isDir() || !file.open(QIODevice::ReadOnly)) {
        PackageError e = fail(PackageRule::FileUnreadable);
        e.path = path;
        e.osError = !info.exists() ? QStringLiteral("no such file")
                    : info.isDir() ? QStringLiteral("is a folder")
                                   : file.errorString();
        return e;
    }
    // Never read more than a valid package can hold; the real length still decides the
    // trailing-bytes rule, so a huge file is reported as what it is.
    const qint64 length = file.size();
    const QByteArray bytes = file.read(qMin(length, kMaxFileSize));
    if (file.error() != QFileDevice::NoError || bytes.size() != qMin(length, kMaxFileSize)) {
        PackageError e = fail(PackageRule::FileUnreadable);
        e.path = path;
        e.osError = file.errorString();
        return e;
    }
    return parseImpl(bytes, length, path);
}

// Rules in the order a person would want them: is it a package at all, is the header
// whole and intact, does it describe something sensible, is the file the length the
// header says, and only then do the payload's checksums match.
// bytes holds the file, or its first kMaxFileSize bytes when fileLength is larger; every
// read below stays inside bytes because the length checks run first.
Result<Package, PackageError> Package::parseImpl(const QByteArray& bytes, qint64 fileLength,
                                                 const QString& path)
{
    // No logging here: the caller says what a rejection means (and the CLI's stderr
    // must carry exactly one line for it).
    auto withPath = [&](PackageError e) {
        e.path = path;
        return e;
    };

    if (auto e = checkStart(bytes, fileLength))
        return withPath(*e);

    Package p;
    p.m_path = path;
    p.m_formatVersion = readLE<quint16>(bytes, kOffFormatVersion);
    p.m_headerSize = readLE<quint16>(bytes, kOffHeaderSize);
    const int notesSize = readLE<quint16>(bytes, kOffNotesSize);
    if (p.m_headerSize != kFixedHeaderSize + notesSize)
        return withPath(
            fail(PackageRule::HeaderSizeMismatch, p.m_headerSize, kFixedHeaderSize + notesSize));
    if (fileLength < p.m_headerSize)
        return withPath(fail(PackageRule::TruncatedNotes, fileLength, p.m_headerSize));

    const int crcOffset = kOffNotes + notesSize;
    p.m_headerCrc32 = readLE<quint32>(bytes, crcOffset);
    const quint32 headerCrc = crc32(QByteArrayView(bytes.constData(), crcOffset));
    if (p.m_headerCrc32 != headerCrc)
        return withPath(fail(PackageRule::HeaderCrcMismatch, p.m_headerCrc32, headerCrc));

    p.m_flags = readLE<quint16>(bytes, kOffFlags);
    if (p.m_flags & ~kFlagSigned)
        return withPath(fail(PackageRule::UnknownFlags, p.m_flags, kFlagSigned));

    const QByteArray notes = bytes.mid(kOffNotes, notesSize);
    if (auto e = checkNotes(notes))
        return withPath(*e);
    p.m_notes = QString::fromUtf8(notes);

    p.m_deviceType = readLE<quint16>(bytes, kOffDeviceType);
    if (p.m_deviceType == 0)
        return withPath(fail(PackageRule::DeviceTypeZero));
    p.m_hwMin = readLE<quint16>(bytes, kOffHwMin);
    p.m_hwMax = readLE<quint16>(bytes, kOffHwMax);
    if (p.m_hwMin > p.m_hwMax)
        return withPath(fail(PackageRule::HwRangeInverted, p.m_hwMin, p.m_hwMax));
    p.m_version = {readLE<quint16>(bytes, kOffFwMajor), readLE<quint16>(bytes, kOffFwMinor),
                   readLE<quint16>(bytes, kOffFwBuild)};
    p.m_buildTimeSecs = readLE<quint64>(bytes, kOffBuildTime);

    const quint32 payloadSize = readLE<quint32>(bytes, kOffPayloadSize);
    if (auto e = checkFileLength(fileLength, p.m_headerSize, payloadSize, p.isSigned()))
        return withPath(*e);
    const qint64 payloadEnd = qint64(p.m_headerSize) + payloadSize;

    // From here fileLength == bytes.size(): the whole file is in memory.
    p.m_file = bytes;
    p.m_payload = bytes.mid(p.m_headerSize, payloadSize);
    p.m_payloadCrc32 = readLE<quint32>(bytes, kOffPayloadCrc32);
    const quint32 payloadCrc = crc32(p.m_payload);
    if (p.m_payloadCrc32 != payloadCrc)
        return withPath(fail(PackageRule::PayloadCrcMismatch, p.m_payloadCrc32, payloadCrc));
    p.m_payloadSha256 = bytes.mid(kOffPayloadSha256, 32);
    if (p.m_payloadSha256 != QCryptographicHash::hash(p.m_payload, QCryptographicHash::Sha256))
        return withPath(fail(PackageRule::PayloadSha256Mismatch));

    if (p.isSigned()) {
        const QByteArray block = bytes.mid(payloadEnd, kSignatureBlockSize);
        if (block.left(4) != QByteArray(kSignatureMagic, 4))
            return withPath(fail(PackageRule::BadSignatureMagic));
        p.m_keyId = block.mid(4, 8);
        p.m_signature = block.mid(12, 64);
    }
    return p;
}

QDateTime Package::buildTime() const
{
    if (m_buildTimeSecs > quint64(std::numeric_limits<qint64>::max()))
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(m_buildTimeSecs), Qt::UTC);
}

QByteArray Package::fileSha256() const
{
    return QCryptographicHash::hash(m_file, QCryptographicHash::Sha256);
}

QByteArray Package::signedBytes() const
{
    return isSigned() ? m_file.left(m_file.size() - kSignatureBlockSize) : m_file;
}

} // namespace commissioner

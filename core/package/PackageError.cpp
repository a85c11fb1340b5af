#include "package/PackageError.h"

namespace commissioner {

QString packageRuleId(PackageRule rule)
{
    switch (rule) {
    case PackageRule::FileUnreadable:
        return QStringLiteral("file-unreadable");
    case PackageRule::TruncatedHeader:
        return QStringLiteral("truncated-header");
    case PackageRule::BadMagic:
        return QStringLiteral("magic");
    case PackageRule::UnknownFormatVersion:
        return QStringLiteral("format-version");
    case PackageRule::HeaderSizeMismatch:
        return QStringLiteral("header-size");
    case PackageRule::TruncatedNotes:
        return QStringLiteral("truncated-notes");
    case PackageRule::HeaderCrcMismatch:
        return QStringLiteral("header-crc");
    case PackageRule::UnknownFlags:
        return QStringLiteral("flags");
    case PackageRule::NotesNotUtf8:
        return QStringLiteral("notes-not-utf8");
    case PackageRule::NotesContainNul:
        return QStringLiteral("notes-nul");
    case PackageRule::DeviceTypeZero:
        return QStringLiteral("device-type-zero");
    case PackageRule::HwRangeInverted:
        return QStringLiteral("hw-range");
    case PackageRule::PayloadSizeOutOfRange:
        return QStringLiteral("payload-size");
    case PackageRule::TruncatedPayload:
        return QStringLiteral("truncated-payload");
    case PackageRule::TruncatedSignature:
        return QStringLiteral("truncated-signature");
    case PackageRule::TrailingBytes:
        return QStringLiteral("trailing-bytes");
    case PackageRule::PayloadCrcMismatch:
        return QStringLiteral("payload-crc");
    case PackageRule::PayloadSha256Mismatch:
        return QStringLiteral("payload-sha256");
    case PackageRule::BadSignatureMagic:
        return QStringLiteral("signature-magic");
    case PackageRule::NotesTooLong:
        return QStringLiteral("notes-too-long");
    }
    return QStringLiteral("unknown");
}

static QString hex32(qint64 v)
{
    return QStringLiteral("0x%1").arg(quint32(v), 8, 16, QLatin1Char('0'));
}

QString packageErrorRuleText(const PackageError& e)
{
    switch (e.rule) {
    case PackageRule::FileUnreadable:
        return e.osError.isEmpty() ? QStringLiteral("file unreadable")
                                   : QStringLiteral("file unreadable: %1").arg(e.osError);
    case PackageRule::TruncatedHeader:
        return QStringLiteral("truncated: file is %1 bytes, the header alone needs %2")
            .arg(e.actual)
            .arg(e.expected);
    case PackageRule::BadMagic:
        return QStringLiteral("not a .UPG package: magic is not \"EUPG\"");
    case PackageRule::UnknownFormatVersion:
        return QStringLiteral("unknown format_version %1 (this tool reads %2)")
            .arg(e.actual)
            .arg(e.expected);
    case PackageRule::HeaderSizeMismatch:
        return QStringLiteral("header_size is %1, but 76 + notes_size is %2")
            .arg(e.actual)
            .arg(e.expected);
    case PackageRule::TruncatedNotes:
        return QStringLiteral(
                   "truncated: file is %1 bytes, the header with its release notes needs %2")
            .arg(e.actual)
            .arg(e.expected);
    case PackageRule::HeaderCrcMismatch:
        return QStringLiteral("header CRC mismatch (stored %1, computed %2)")
            .arg(hex32(e.actual), hex32(e.expected));
    case PackageRule::UnknownFlags:
        return QStringLiteral("unknown flags bits set (flags 0x%1, only bit 0 is defined)")
            .arg(quint16(e.actual), 4, 16, QLatin1Char('0'));
    case PackageRule::NotesNotUtf8:
        return QStringLiteral("release notes are not valid UTF-8");
    case PackageRule::NotesContainNul:
        return QStringLiteral("release notes contain a NUL byte at offset %1").arg(e.actual);
    case PackageRule::DeviceTypeZero:
        return QStringLiteral("device_type is 0");
    case PackageRule::HwRangeInverted:
        return QStringLiteral("hw_min %1 is above hw_max %2").arg(e.actual).arg(e.expected);
    case PackageRule::PayloadSizeOutOfRange:
        return QStringLiteral("payload_size %1 is outside 1 to %2 bytes")
            .arg(e.actual)
            .arg(e.expected);
    case PackageRule::TruncatedPayload:
        return QStringLiteral("truncated: file is %1 bytes, header and payload need %2")
            .arg(e.actual)
            .arg(e.expected);
    case PackageRule::TruncatedSignature:
        return QStringLiteral(
                   "truncated: file is %1 bytes, header, payload and signature block need %2")
            .arg(e.actual)
            .arg(e.expected);
    case PackageRule::TrailingBytes:
        return e.signedLayout
                   ? QStringLiteral(
                         "file is %1 bytes longer than header, payload and signature block")
                         .arg(e.actual - e.expected)
                   : QStringLiteral("file is %1 bytes longer than header and payload")
                         .arg(e.actual - e.expected);
    case PackageRule::PayloadCrcMismatch:
        return QStringLiteral("payload CRC-32 mismatch (header %1, payload %2)")
            .arg(hex32(e.actual), hex32(e.expected));
    case PackageRule::PayloadSha256Mismatch:
        return QStringLiteral("payload SHA-256 mismatch");
    case PackageRule::BadSignatureMagic:
        return QStringLiteral("signature block does not start with \"SIG1\"");
    case PackageRule::NotesTooLong:
        return QStringLiteral("release notes are %1 bytes, at most %2 fit")
            .arg(e.actual)
            .arg(e.expected);
    }
    return QStringLiteral("invalid package");
}

} // namespace commissioner

#pragma once

#include <QString>
#include <QtGlobal>

namespace commissioner {

// One value per rule of upg-format.md (and of reading the file), so a caller can tell
// a person exactly which rule a file breaks. Values are checked in the order listed
// by Package::parse; the first failing one is reported.
enum class PackageRule
{
    FileUnreadable,        // the file could not be opened or read
    TruncatedHeader,       // shorter than the 76-byte fixed header
    BadMagic,              // the first 4 bytes are not "EUPG"
    UnknownFormatVersion,  // format_version is not 1
    HeaderSizeMismatch,    // header_size != 76 + notes_size
    TruncatedNotes,        // shorter than header_size (the header with its notes)
    HeaderCrcMismatch,     // header_crc32 differs from the CRC-32 of bytes 0..71+N
    UnknownFlags,          // flags uses bits other than bit 0
    NotesNotUtf8,          // release notes are not valid UTF-8
    NotesContainNul,       // release notes contain a NUL byte
    DeviceTypeZero,        // device_type is 0
    HwRangeInverted,       // hw_min > hw_max
    PayloadSizeOutOfRange, // payload_size outside 1..16 MiB
    TruncatedPayload,      // shorter than header_size + payload_size
    TruncatedSignature,    // flags say signed, but the 76-byte signature block is cut short
    TrailingBytes,         // longer than header + payload (+ signature block)
    PayloadCrcMismatch,    // payload_crc32 differs from the payload's CRC-32
    PayloadSha256Mismatch, // payload_sha256 differs from the payload's SHA-256
    BadSignatureMagic,     // the signature block does not start with "SIG1"
    NotesTooLong,          // PackageWriter only: notes do not fit the 16-bit header_size
};

// The rule plus the numbers that make it concrete. Which fields are meaningful depends
// on the rule (see packageErrorRuleText); the rest stay 0 / empty.
struct PackageError
{
    PackageRule rule = PackageRule::FileUnreadable;
    qint64 actual = 0;         // what the file has: its length, the found value, the CRC read
    qint64 expected = 0;       // what the rule needs: the length, the value, the CRC computed
    QString path;              // the file, when read from disk
    QString osError;           // FileUnreadable: the system's reason, as Qt reports it
    bool signedLayout = false; // TrailingBytes: the expected length includes a signature block
};

// A stable machine name, e.g. "header-crc", for JSON output and logs.
QString packageRuleId(PackageRule rule);
// English, for logs and the CLI: e.g. "header CRC mismatch" or
// "truncated: file is 40 bytes, the header alone needs 76".
QString packageErrorRuleText(const PackageError& error);

} // namespace commissioner

#pragma once

#include "base/Result.h"
#include "base/Version.h"
#include "package/PackageError.h"
#include "package/PackageFormat.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace commissioner {

class KeyRing;

enum class SignatureState
{
    Unsigned,     // flags bit 0 clear: no signature block
    Verified,     // a trusted key with the block's key_id verifies the signature
    UnknownKey,   // signed, but no trusted key has that key_id
    BadSignature, // a trusted key has that key_id, and the signature does not verify
};

struct SignatureCheck
{
    SignatureState state = SignatureState::Unsigned;
    QString keyName;  // Verified: the trusted key's name
    QByteArray keyId; // signed packages: the block's key_id (8 bytes)
};

// Only a verified signature counts. An unsigned package is usable only when the person
// said so (allowUnsigned); an unknown key or a bad signature is always refused.
bool acceptable(SignatureState state, bool allowUnsigned);
QString signatureStateId(SignatureState state); // "verified", "unknown-key", ...

// A .UPG file that passed every rule of upg-format.md. Only parse/readFile make one, so
// holding a Package means the file is well formed; whether its signature is trusted is a
// separate question (checkSignature), as is whether it fits a given meter.
class Package
{
public:
    // Checks every rule in order and returns the first that fails. sourcePath is only
    // remembered (for messages and path()).
    static Result<Package, PackageError> parse(const QByteArray& file,
                                               const QString& sourcePath = {});
    static Result<Package, PackageError> readFile(const QString& path);

    quint16 formatVersion() const { return m_formatVersion; }
    quint16 headerSize() const { return m_headerSize; }
    quint16 deviceType() const { return m_deviceType; }
    quint16 hwMin() const { return m_hwMin; }
    quint16 hwMax() const { return m_hwMax; }
    FirmwareVersion version() const { return m_version; }
    quint64 buildTimeSecs() const { return m_buildTimeSecs; }
    QDateTime buildTime() const; // UTC; invalid if the seconds are beyond QDateTime
    quint32 payloadSize() const { return quint32(m_payload.size()); }
    QByteArray payloadSha256() const { return m_payloadSha256; } // 32 bytes
    quint32 payloadCrc32() const { return m_payloadCrc32; }
    quint32 headerCrc32() const { return m_headerCrc32; }
    QString notes() const { return m_notes; }
    quint16 flags() const { return m_flags; }
    bool isSigned() const { return m_flags & upg::kFlagSigned; }
    QByteArray keyId() const { return m_keyId; }         // 8 bytes when signed, else empty
    QByteArray signature() const { return m_signature; } // 64 bytes when signed, else empty

    // The image as the meter stores it. Implicitly shared: copying it costs nothing.
    const QByteArray& payload() const { return m_payload; }
    // The whole file, as XMODEM sends it.
    const QByteArray& fileBytes() const { return m_file; }
    QByteArray fileSha256() const;
    // The bytes the signature covers: everything before the signature block.
    QByteArray signedBytes() const;
    QString path() const { return m_path; }

    SignatureCheck checkSignature(const KeyRing& ring) const;

private:
    Package() = default;
    static Result<Package, PackageError> parseImpl(const QByteArray& bytes, qint64 fileLength,
                                                   const QString& path);

    QByteArray m_file;
    QByteArray m_payload;
    QByteArray m_payloadSha256;
    QByteArray m_keyId;
    QByteArray m_signature;
    QString m_notes;
    QString m_path;
    FirmwareVersion m_version;
    quint64 m_buildTimeSecs = 0;
    quint32 m_payloadCrc32 = 0;
    quint32 m_headerCrc32 = 0;
    quint16 m_formatVersion = 0;
    quint16 m_headerSize = 0;
    quint16 m_deviceType = 0;
    quint16 m_hwMin = 0;
    quint16 m_hwMax = 0;
    quint16 m_flags = 0;
};

} // namespace commissioner

#include "package/KeyRing.h"
#include "package/Package.h"
#include "package/Signing.h"

namespace commissioner {

SignatureCheck Package::checkSignature(const KeyRing& ring) const
{
    SignatureCheck check;
    if (!isSigned())
        return check; // Unsigned
    check.keyId = m_keyId;
    const QList<TrustedKey> candidates = ring.keysWithId(m_keyId);
    if (candidates.isEmpty()) {
        check.state = SignatureState::UnknownKey;
        return check;
    }
    const QByteArray message = signedBytes();
    for (const TrustedKey& key : candidates) {
        if (verifySignature(key.key.bytes, message, m_signature)) {
            check.state = SignatureState::Verified;
            check.keyName = key.name;
            return check;
        }
    }
    check.state = SignatureState::BadSignature;
    return check;
}

bool acceptable(SignatureState state, bool allowUnsigned)
{
    switch (state) {
    case SignatureState::Verified:
        return true;
    case SignatureState::Unsigned:
        return allowUnsigned;
    case SignatureState::UnknownKey:
    case SignatureState::BadSignature:
        return false;
    }
    return false;
}

QString signatureStateId(SignatureState state)
{
    switch (state) {
    case SignatureState::Unsigned:
        return QStringLiteral("unsigned");
    case SignatureState::Verified:
        return QStringLiteral("verified");
    case SignatureState::UnknownKey:
        return QStringLiteral("unknown-key");
    case SignatureState::BadSignature:
        return QStringLiteral("bad-signature");
    }
    return QStringLiteral("unknown");
}

} // namespace commissioner

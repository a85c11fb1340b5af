#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>
#include <array>

namespace commissioner {

// Ed25519 through libsodium. A key id is the first 8 bytes of the SHA-256 of the 32-byte
// public key (upg-format.md, signature block).
//
// Key files are small text files, chosen so that a public key can be reviewed in a diff,
// pasted into an e-mail and matched by eye with `upg inspect` (the key id is repeated in
// a comment). Lines starting with '#' and blank lines are ignored; the one other line is
// the key as 64 hex digits:
//   NAME.pub  the 32-byte public key. Safe to publish and to commit.
//   NAME.key  the 32-byte Ed25519 seed (libsodium derives the full secret key from it;
//             storing the seed means the file cannot disagree with its public key).
//             Created with permissions 0600 and never overwritten; keep it out of
//             repositories.

constexpr int kPublicKeySize = 32;
constexpr int kSignatureSize = 64;
constexpr int kKeyIdSize = 8;

enum class KeyError
{
    CryptoUnavailable, // sodium_init failed
    FileUnreadable,    // could not open or read the key file
    FileExists,        // keygen: refusing to overwrite an existing key file
    FileUnwritable,    // keygen: could not create or write a key file
    BadFormat,         // not exactly one line of 64 hex digits
};

struct KeyFailure
{
    KeyError error = KeyError::BadFormat;
    QString path;
    QString osError;
};
QString keyErrorText(const KeyFailure& failure); // English, for logs and the CLI

struct PublicKey
{
    QByteArray bytes; // 32 bytes
    QByteArray keyId() const;
};

// Holds the seed in a fixed array (not implicitly shared) so it can be wiped when the
// object goes away.
class SecretKey
{
public:
    SecretKey() = default;
    explicit SecretKey(const QByteArray& seed32);
    SecretKey(const SecretKey&) = default;
    SecretKey& operator=(const SecretKey&) = default;
    ~SecretKey();

    bool isNull() const { return !m_set; }
    PublicKey publicKey() const;
    QByteArray keyId() const { return publicKey().keyId(); }
    // The 64-byte detached Ed25519 signature of message.
    QByteArray sign(const QByteArray& message) const;
    QByteArray seed() const;

private:
    std::array<unsigned char, 32> m_seed{};
    bool m_set = false;
};

struct KeyPair
{
    SecretKey secret;
    PublicKey pub;
};

// sodium_init, once per process; false when libsodium cannot be used.
bool cryptoReady();
QByteArray keyIdOf(const QByteArray& publicKey32);
KeyPair generateKeyPair();
bool verifySignature(const QByteArray& publicKey32, const QByteArray& message,
                     const QByteArray& signature64);

// Key file text (see above) and back.
QByteArray formatPublicKeyFile(const PublicKey& key, const QString& comment = {});
QByteArray formatSecretKeyFile(const SecretKey& key, const QString& comment = {});
Result<PublicKey, KeyFailure> parsePublicKeyFile(const QByteArray& text);
Result<SecretKey, KeyFailure> parseSecretKeyFile(const QByteArray& text);
Result<PublicKey, KeyFailure> readPublicKeyFile(const QString& path);
Result<SecretKey, KeyFailure> readSecretKeyFile(const QString& path);

// Writes BASENAME.key (0600, created new) and BASENAME.pub; neither may exist yet.
Result<KeyPair, KeyFailure> writeNewKeyPair(const QString& basename);

} // namespace commissioner

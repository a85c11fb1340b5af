#include "package/Signing.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStringList>
#include <cctype>
#include <sodium.h>

namespace commissioner {

bool cryptoReady()
{
    // sodium_init is thread safe and idempotent, but once is enough and is cheap to remember.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray keyIdOf(const QByteArray& publicKey32)
{
    return QCryptographicHash::hash(publicKey32, QCryptographicHash::Sha256).left(kKeyIdSize);
}

QByteArray PublicKey::keyId() const
{
    return keyIdOf(bytes);
}

SecretKey::SecretKey(const QByteArray& seed32)
{
    if (seed32.size() != int(m_seed.size()))
        return;
    std::copy(seed32.cbegin(), seed32.cend(), m_seed.begin());
    m_set = true;
}

SecretKey::~SecretKey()
{
    sodium_memzero(m_seed.data(), m_seed.size());
}

QByteArray SecretKey::seed() const
{
    return m_set ? QByteArray(reinterpret_cast<const char*>(m_seed.data()), int(m_seed.size()))
                 : QByteArray();
}

PublicKey SecretKey::publicKey() const
{
    if (!m_set || !cryptoReady())
        return {};
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(pk, sk, m_seed.data());
    sodium_memzero(sk, sizeof sk);
    return {QByteArray(reinterpret_cast<const char*>(pk), sizeof pk)};
}

QByteArray SecretKey::sign(const QByteArray& message) const
{
    if (!m_set || !cryptoReady())
        return {};
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(pk, sk, m_seed.data());
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         quint64(message.size()), sk);
    sodium_memzero(sk, sizeof sk);
    return sig;
}

KeyPair generateKeyPair()
{
    if (!cryptoReady())
        return {};
    QByteArray seed(crypto_sign_SEEDBYTES, Qt::Uninitialized);
    randombytes_buf(seed.data(), size_t(seed.size()));
    KeyPair pair{SecretKey(seed), {}};
    sodium_memzero(seed.data(), size_t(seed.size()));
    pair.pub = pair.secret.publicKey();
    return pair;
}

bool verifySignature(const QByteArray& publicKey32, const QByteArray& message,
                     const QByteArray& signature64)
{
    if (publicKey32.size() != kPublicKeySize || signature64.size() != kSignatureSize ||
        !cryptoReady())
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char*>(signature64.constData()),
               reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
               reinterpret_cast<const unsigned char*>(publicKey32.constData())) == 0;
}

QString keyErrorText(const KeyFailure& f)
{
    const QString where = f.path.isEmpty() ? QString() : f.path + QStringLiteral(": ");
    switch (f.error) {
    case KeyError::CryptoUnavailable:
        return QStringLiteral("libsodium could not be initialised");
    case KeyError::FileUnreadable:
        return where + QStringLiteral("cannot read key file: %1").arg(f.osError);
    case KeyError::FileExists:
        return where + QStringLiteral("key file exists already, not overwriting it");
    case KeyError::FileUnwritable:
        return where + QStringLiteral("cannot write key file: %1").arg(f.osError);
    case KeyError::BadFormat:
        return where + QStringLiteral("not a key file (expected one line of 64 hex digits)");
    }
    return where + QStringLiteral("key error");
}

static QByteArray formatKeyFile(const QByteArray& header, const QString& comment,
                                const QByteArray& key)
{
    QByteArray text = header;
    const QStringList lines = comment.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines)
        text += "# " + line.toUtf8() + '\n';
    text += key.toHex() + '\n';
    return text;
}

QByteArray formatPublicKeyFile(const PublicKey& key, const QString& comment)
{
    return formatKeyFile(
        "# Commissioner .UPG signing public key (Ed25519, 32 bytes as hex)\n# key id: " +
            key.keyId().toHex() + '\n',
        comment, key.bytes);
}

QByteArray formatSecretKeyFile(const SecretKey& key, const QString& comment)
{
    return formatKeyFile("# Commissioner .UPG signing SECRET key (Ed25519 seed, 32 bytes as hex)\n"
                         "# Keep this file private and out of any repository.\n# key id: " +
                             key.keyId().toHex() + '\n',
                         comment, key.seed());
}

// The single non-comment line, 64 hex digits, as 32 bytes; empty on anything else.
static QByteArray parseHexKeyLine(const QByteArray& text)
{
    QByteArray found;
    int keyLines = 0;
    for (const QByteArray& raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (++keyLines > 1)
            return {};
        if (line.size() != 64)
            return {};
        for (char c : line) {
            if (!std::isxdigit(static_cast<unsigned char>(c)))
                return {}; // QByteArray::fromHex would silently skip it
        }
        found = QByteArray::fromHex(line);
    }
    return found;
}

Result<PublicKey, KeyFailure> parsePublicKeyFile(const QByteArray& text)
{
    const QByteArray bytes = parseHexKeyLine(text);
    if (bytes.size() != kPublicKeySize)
        return KeyFailure{KeyError::BadFormat, {}, {}};
    return PublicKey{bytes};
}

Result<SecretKey, KeyFailure> parseSecretKeyFile(const QByteArray& text)
{
    if (!cryptoReady())
        return KeyFailure{KeyError::CryptoUnavailable, {}, {}};
    QByteArray seed = parseHexKeyLine(text);
    if (seed.size() != crypto_sign_SEEDBYTES)
        return KeyFailure{KeyError::BadFormat, {}, {}};
    SecretKey key(seed);
    sodium_memzero(seed.data(), size_t(seed.size()));
    return key;
}

static Result<QByteArray, KeyFailure> readSmallFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return KeyFailure{KeyError::FileUnreadable, path, file.errorString()};
    // A key file is a few hundred bytes; anything far larger is not one.
    const QByteArray text = file.read(64 * 1024);
    if (file.error() != QFileDevice::NoError)
        return KeyFailure{KeyError::FileUnreadable, path, file.errorString()};
    return text;
}

Result<PublicKey, KeyFailure> readPublicKeyFile(const QString& path)
{
    auto text = readSmallFile(path);
    if (!text)
        return text.error();
    auto key = parsePublicKeyFile(*text);
    if (!key)
        return KeyFailure{key.error().error, path, {}};
    return key;
}

Result<SecretKey, KeyFailure> readSecretKeyFile(const QString& path)
{
    auto text = readSmallFile(path);
    if (!text)
        return text.error();
    auto key = parseSecretKeyFile(*text);
    if (!key)
        return KeyFailure{key.error().error, path, {}};
    return key;
}

static Result<Ok, KeyFailure> writeNewFile(const QString& path, const QByteArray& text,
                                           QFileDevice::Permissions perms)
{
    QFile file(path);
    if (file.exists())
        return KeyFailure{KeyError::FileExists, path, {}};
    // Created with its final permissions, so a secret is never readable by others, not
    // even between create and chmod; NewOnly refuses to replace a file made meanwhile.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, perms))
        return KeyFailure{file.exists() ? KeyError::FileExists : KeyError::FileUnwritable, path,
                          file.errorString()};
    if (file.write(text) != text.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.remove();
        return KeyFailure{KeyError::FileUnwritable, path, reason};
    }
    return Ok{};
}

Result<KeyPair, KeyFailure> writeNewKeyPair(const QString& basename)
{
    if (!cryptoReady())
        return KeyFailure{KeyError::CryptoUnavailable, {}, {}};
    const QString keyPath = basename + QStringLiteral(".key");
    const QString pubPath = basename + QStringLiteral(".pub");
    if (QFile::exists(keyPath))
        return KeyFailure{KeyError::FileExists, keyPath, {}};
    if (QFile::exists(pubPath))
        return KeyFailure{KeyError::FileExists, pubPath, {}};

    KeyPair pair = generateKeyPair();
    auto wroteKey = writeNewFile(keyPath, formatSecretKeyFile(pair.secret),
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!wroteKey)
        return wroteKey.error();
    auto wrotePub = writeNewFile(pubPath, formatPublicKeyFile(pair.pub),
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                     QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!wrotePub) {
        QFile::remove(keyPath); // half a pair is of no use
        return wrotePub.error();
    }
    return pair;
}

} // namespace commissioner

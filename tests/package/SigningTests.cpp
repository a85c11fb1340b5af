// Ed25519 keys, key ids, key files and the key ring.
#include "CatchCompat.h"
#include "TestPackages.h"
#include "package/KeyRing.h"
#include "package/Signing.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace commissioner;

namespace {
void writeText(const QString& path, const QByteArray& text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
}
} // namespace

TEST_CASE("Ed25519 matches RFC 8032 test vector 1", "[signing]")
{
    // Interoperability: a vendor signing with any other Ed25519 tool gets the same bytes.
    const SecretKey key(
        QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
    CHECK(key.publicKey().bytes.toHex() ==
          "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const QByteArray sig = key.sign(QByteArray());
    CHECK(sig.toHex() == "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb882159"
                         "0a33bacc61e39701cf9b4"
                         "6bd25bf5f0595bbe24655141438e7a100b");
    CHECK(verifySignature(key.publicKey().bytes, QByteArray(), sig));
    CHECK_FALSE(verifySignature(key.publicKey().bytes, QByteArray("x"), sig));
}

TEST_CASE("key id is the first 8 bytes of the SHA-256 of the public key", "[signing]")
{
    const KeyPair pair = generateKeyPair();
    REQUIRE(pair.pub.bytes.size() == 32);
    CHECK(pair.pub.keyId() ==
          QCryptographicHash::hash(pair.pub.bytes, QCryptographicHash::Sha256).left(8));
    CHECK(pair.secret.keyId() == pair.pub.keyId());
    CHECK(generateKeyPair().pub.bytes != pair.pub.bytes);
}

TEST_CASE("key files: written, read back, secret 0600, never overwritten", "[signing]")
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("vendor"));
    const auto made = writeNewKeyPair(base);
    REQUIRE(made.ok());
    const QFileDevice::Permissions perms = QFile::permissions(base + ".key");
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((perms & others) == 0); // 0600
    CHECK(perms.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const auto pub = readPublicKeyFile(base + ".pub");
    const auto sec = readSecretKeyFile(base + ".key");
    REQUIRE(pub.ok());
    REQUIRE(sec.ok());
    CHECK(pub->bytes == made->pub.bytes);
    CHECK(sec->publicKey().bytes == made->pub.bytes);
    const QByteArray msg("firmware");
    CHECK(verifySignature(pub->bytes, msg, sec->sign(msg)));
    // The .pub names its key id for a person comparing with `upg inspect`.
    QFile pubFile(base + ".pub");
    REQUIRE(pubFile.open(QIODevice::ReadOnly));
    CHECK(pubFile.readAll().contains("key id: " + made->pub.keyId().toHex()));

    const auto again = writeNewKeyPair(base);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().error == KeyError::FileExists);
    CHECK(readSecretKeyFile(base + ".key")->seed() == made->secret.seed());
}

TEST_CASE("malformed key files are refused", "[signing]")
{
    const QByteArray good = formatPublicKeyFile(generateKeyPair().pub);
    CHECK(parsePublicKeyFile(good).ok());
    CHECK(parsePublicKeyFile("# only a comment\n").error().error == KeyError::BadFormat);
    CHECK(parsePublicKeyFile(QByteArray(63, 'a')).error().error == KeyError::BadFormat);
    CHECK(parsePublicKeyFile(QByteArray(62, 'a') + "zz").error().error == KeyError::BadFormat);
    CHECK(parsePublicKeyFile(QByteArray(64, 'a') + "\n" + QByteArray(64, 'b')).error().error ==
          KeyError::BadFormat);
    CHECK(readPublicKeyFile(QStringLiteral("/nonexistent/k.pub")).error().error ==
          KeyError::FileUnreadable);
}

TEST_CASE("key ring: a folder's *.pub files, bad ones left out", "[signing][keyring]")
{
    QTemporaryDir dir;
    const auto key = testsupport::makeTestKeyPair(dir.path(), QStringLiteral("alpha"));
    writeText(QDir(key.publicKeyDir).filePath(QStringLiteral("broken.pub")), "not a key\n");
    writeText(QDir(key.publicKeyDir).filePath(QStringLiteral("notes.txt")), "ignored\n");

    KeyRing ring;
    const QList<KeyLoadProblem> problems = ring.addFolder(key.publicKeyDir);
    REQUIRE(ring.keys().size() == 1);
    CHECK(ring.keys().constFirst().name == QStringLiteral("alpha"));
    CHECK(ring.keysWithId(key.keyId).size() == 1);
    CHECK(ring.keysWithId(QByteArray(8, '\0')).isEmpty());
    REQUIRE(problems.size() == 1);
    CHECK(problems.constFirst().path.endsWith(QStringLiteral("broken.pub")));
    CHECK(problems.constFirst().failure.error == KeyError::BadFormat);

    KeyRing none;
    CHECK(none.addFolder(dir.filePath(QStringLiteral("missing"))).size() == 1);
    CHECK(none.isEmpty());
}

TEST_CASE("the built-in key ring holds the committed vendor keys", "[signing][keyring]")
{
    QList<KeyLoadProblem> problems;
    const KeyRing ring = KeyRing::builtIn(&problems);
    CHECK(problems.isEmpty());
    const QDir source(QStringLiteral(COMMISSIONER_SOURCE_DIR "/resources/keys"));
    const QStringList files = source.entryList({QStringLiteral("*.pub")}, QDir::Files);
    REQUIRE_FALSE(files.isEmpty());
    REQUIRE(ring.keys().size() == files.size());
    for (const QString& file : files) {
        const auto pub = readPublicKeyFile(source.filePath(file));
        REQUIRE(pub.ok());
        const auto found = ring.keysWithId(pub->keyId());
        REQUIRE(found.size() == 1);
        CHECK(found.constFirst().name == QFileInfo(file).completeBaseName());
        CHECK(found.constFirst().origin.startsWith(QStringLiteral(":/keys/")));
    }
}

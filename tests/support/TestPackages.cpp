#include "TestPackages.h"

#include "package/PackageWriter.h"

#include <QDir>
#include <QFile>
#include <stdexcept>

namespace testsupport {

using namespace commissioner;

TestKeyPair makeTestKeyPair(const QString& dir, const QString& name)
{
    TestKeyPair pair;
    pair.name = name;
    pair.publicKeyDir = QDir(dir).filePath(name + QStringLiteral("-pub"));
    if (!QDir().mkpath(pair.publicKeyDir))
        throw std::runtime_error("makeTestKeyPair: cannot make the key folder");
    const auto made = writeNewKeyPair(QDir(dir).filePath(name));
    if (!made)
        throw std::runtime_error(keyErrorText(made.error()).toStdString());
    pair.secretKeyPath = QDir(dir).filePath(name + QStringLiteral(".key"));
    pair.publicKeyPath = QDir(pair.publicKeyDir).filePath(name + QStringLiteral(".pub"));
    // The .pub goes alone into its own folder, so `--keys` on it trusts this key only.
    if (!QFile::rename(QDir(dir).filePath(name + QStringLiteral(".pub")), pair.publicKeyPath))
        throw std::runtime_error("makeTestKeyPair: cannot move the public key");
    pair.secret = made->secret;
    pair.pub = made->pub;
    pair.keyId = made->pub.keyId();
    return pair;
}

KeyRing testKeyRing(const TestKeyPair& key)
{
    KeyRing ring;
    ring.add({key.name, key.pub, key.publicKeyPath});
    return ring;
}

QByteArray testPayload(int size, quint32 seed)
{
    // xorshift32: cheap, deterministic, and not all one value (so a shifted or swapped
    // block shows in the SHA-256).
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = seed * 2654435761u + 1u;
    for (int i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes[i] = char(x & 0xFF);
    }
    return bytes;
}

TestPackage makePackage(const QString& dir, quint16 deviceType, quint16 hwMin, quint16 hwMax,
                        const FirmwareVersion& version, int payloadSize, quint32 seed,
                        const TestKeyPair* signer)
{
    TestPackage made;
    made.payload = testPayload(payloadSize, seed);
    PackageWriter writer;
    writer.setPayload(made.payload)
        .setDeviceType(deviceType)
        .setHwRange(hwMin, hwMax)
        .setVersion(version)
        .setBuildTime(1704067200) // 2024-01-01T00:00:00Z
        .setNotes(QStringLiteral("Test package %1").arg(seed));
    if (signer)
        writer.setSigningKey(signer->secret);
    made.path = QDir(dir).filePath(
        QStringLiteral("pkg-%1-%2-%3.upg").arg(deviceType).arg(version.toString()).arg(seed));
    const auto written = writer.writeFile(made.path);
    if (!written)
        throw std::runtime_error(
            ("makePackage: " + packageErrorRuleText(written.error())).toStdString());
    made.fileBytes = *written;
    return made;
}

} // namespace testsupport

#pragma once

// Makes .UPG packages for tests, in a folder the test owns (a QTemporaryDir).
//
//   QTemporaryDir dir;
//   const auto signer = testsupport::makeTestKeyPair(dir.path());          // optional
//   const auto pkg = testsupport::makePackage(dir.path(), 7350, 1, 3, {2, 1, 0},
//                                             4096, /*seed*/ 7, &signer);
//   // pkg.path: the .UPG file; pkg.payload: the image bytes the meter should end up with
//   auto ring = testsupport::testKeyRing(signer); // trusts the test key (and nothing else)
//
// Keys are generated at test time into the given folder; no secret is ever committed.
// On failure these throw std::runtime_error, which Catch reports as a failed test.

#include "base/Version.h"
#include "package/KeyRing.h"
#include "package/Signing.h"

#include <QByteArray>
#include <QString>

namespace testsupport {

struct TestKeyPair
{
    QString name;          // the key's name as a KeyRing reports it ("test-signer")
    QString secretKeyPath; // DIR/NAME.key (0600)
    QString publicKeyPath; // DIR/NAME-pub/NAME.pub, alone in its folder, for --keys
    QString publicKeyDir;  // DIR/NAME-pub
    QByteArray keyId;      // 8 bytes
    commissioner::SecretKey secret;
    commissioner::PublicKey pub;
};

// A fresh Ed25519 key pair written into dir.
TestKeyPair makeTestKeyPair(const QString& dir,
                            const QString& name = QStringLiteral("test-signer"));
// A key ring that trusts exactly this key (no built-in vendor keys).
commissioner::KeyRing testKeyRing(const TestKeyPair& key);

// Deterministic bytes: the same size and seed give the same payload.
QByteArray testPayload(int size, quint32 seed);

struct TestPackage
{
    QString path;       // DIR/pkg-TYPE-VERSION-SEED.upg
    QByteArray payload; // the image inside
    QByteArray fileBytes;
};

// Writes a valid package for deviceType, hwMin..hwMax and version, with a payload of
// payloadSize bytes made from seed; signed with signer when given, else unsigned.
// Release notes: "Test package SEED". Build time: 2024-01-01T00:00:00Z.
TestPackage makePackage(const QString& dir, quint16 deviceType, quint16 hwMin, quint16 hwMax,
                        const commissioner::FirmwareVersion& version, int payloadSize, quint32 seed,
                        const TestKeyPair* signer = nullptr);

} // namespace testsupport

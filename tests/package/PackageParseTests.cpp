// Package::parse: a valid package round trips, and every rule of upg-format.md broken on
// its own is reported as that rule.
#include "CatchCompat.h"
#include "PackageBytes.h"
#include "TestPackages.h"
#include "package/Package.h"
#include "package/PackageWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace commissioner;
using namespace commissioner::upg;
using namespace packagetest;

namespace {

const QString kNotes = QStringLiteral("Fixes the clock drift.\nNeeds bootloader 3 — ünïcode.");

PackageWriter validWriter(int payloadSize = 1000)
{
    PackageWriter w;
    w.setPayload(testsupport::testPayload(payloadSize, 42))
        .setDeviceType(7350)
        .setHwRange(2, 5)
        .setVersion({3, 14, 159})
        .setBuildTime(1714564800) // 2024-05-01T12:00:00Z
        .setNotes(kNotes);
    return w;
}

QByteArray validFile()
{
    auto built = validWriter().build();
    REQUIRE(built.ok());
    return *built;
}

QByteArray signedFile(const testsupport::TestKeyPair& key)
{
    auto built = validWriter().setSigningKey(key.secret).build();
    REQUIRE(built.ok());
    return *built;
}

// The rule the parser names for these bytes; fails the test if they parse.
PackageError errorOf(const QByteArray& file)
{
    const auto parsed = Package::parse(file);
    REQUIRE_FALSE(parsed.ok());
    return parsed.error();
}

PackageRule ruleOf(const QByteArray& file)
{
    return errorOf(file).rule;
}

int headerSizeOf(const QByteArray& f)
{
    return kFixedHeaderSize + notesSize(f);
}

} // namespace

TEST_CASE("an unsigned package round trips every header field", "[package]")
{
    const QByteArray payload = testsupport::testPayload(1000, 42);
    const QByteArray file = validFile();
    const auto parsed = Package::parse(file);
    REQUIRE(parsed.ok());
    const Package& p = *parsed;
    CHECK(p.formatVersion() == 1);
    CHECK(p.headerSize() == 76 + kNotes.toUtf8().size());
    CHECK(p.deviceType() == 7350);
    CHECK(p.hwMin() == 2);
    CHECK(p.hwMax() == 5);
    CHECK(p.version() == FirmwareVersion{3, 14, 159});
    CHECK(p.buildTimeSecs() == 1714564800u);
    CHECK(p.buildTime() == QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC));
    CHECK(p.buildTime().timeSpec() == Qt::UTC);
    CHECK(p.payloadSize() == 1000u);
    CHECK(p.payload() == payload);
    CHECK(p.payloadSha256() == QCryptographicHash::hash(payload, QCryptographicHash::Sha256));
    CHECK(p.payloadCrc32() == crc32(payload));
    CHECK(p.notes() == kNotes);
    CHECK(p.flags() == 0);
    CHECK_FALSE(p.isSigned());
    CHECK(p.keyId().isEmpty());
    CHECK(p.fileBytes() == file);
    CHECK(p.fileBytes().size() == p.headerSize() + 1000);
    CHECK(p.fileSha256() == QCryptographicHash::hash(file, QCryptographicHash::Sha256));
    CHECK(p.checkSignature(KeyRing()).state == SignatureState::Unsigned);
}

TEST_CASE("the header is laid out as upg-format.md says", "[package]")
{
    // Independent of the parser: read the bytes where the spec puts them.
    const QByteArray f = validFile();
    CHECK(f.left(4) == "EUPG");
    CHECK(readLE<quint16>(f, 4) == 1);
    CHECK(readLE<quint16>(f, 8) == 7350);
    CHECK(readLE<quint16>(f, 14) == 3);
    CHECK(readLE<quint16>(f, 16) == 14);
    CHECK(readLE<quint16>(f, 18) == 159);
    CHECK(readLE<quint64>(f, 20) == 1714564800u);
    CHECK(readLE<quint32>(f, 28) == 1000u);
    const int n = kNotes.toUtf8().size();
    CHECK(readLE<quint16>(f, 68) == n);
    CHECK(readLE<quint16>(f, 6) == 76 + n);
    CHECK(f.mid(72, n) == kNotes.toUtf8());
    CHECK(readLE<quint32>(f, 72 + n) == crc32(f.left(72 + n)));
}

TEST_CASE("a signed package round trips and verifies with the trusted key", "[package][signature]")
{
    QTemporaryDir dir;
    const auto key = testsupport::makeTestKeyPair(dir.path());
    const QByteArray file = signedFile(key);
    const auto parsed = Package::parse(file);
    REQUIRE(parsed.ok());
    CHECK(parsed->isSigned());
    CHECK(parsed->flags() == kFlagSigned);
    CHECK(parsed->keyId() == key.keyId);
    CHECK(parsed->payload() == testsupport::testPayload(1000, 42));
    CHECK(file.size() == headerSizeOf(file) + 1000 + 76);
    CHECK(file.mid(headerSizeOf(file) + 1000, 4) == "SIG1");
    const SignatureCheck check = parsed->checkSignature(testsupport::testKeyRing(key));
    CHECK(check.state == SignatureState::Verified);
    CHECK(check.keyName == key.name);
    CHECK(check.keyId == key.keyId);
}

TEST_CASE("readFile reads a package from disk, and names an unreadable one", "[package]")
{
    QTemporaryDir dir;
    const auto made = testsupport::makePackage(dir.path(), 7330, 1, 1, {1, 0, 2}, 300, 9);
    const auto read = Package::readFile(made.path);
    REQUIRE(read.ok());
    CHECK(read->payload() == made.payload);
    CHECK(read->path() == made.path);

    const auto missing = Package::readFile(dir.filePath(QStringLiteral("nope.upg")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().rule == PackageRule::FileUnreadable);
    const auto folder = Package::readFile(dir.path());
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().rule == PackageRule::FileUnreadable);
}

TEST_CASE("truncated files are named truncated, at each point they can end", "[package][rules]")
{
    QTemporaryDir dir;
    const QByteArray f = validFile();
    const int header = headerSizeOf(f);

    SECTION("empty")
    {
        CHECK(ruleOf(QByteArray()) == PackageRule::TruncatedHeader);
    }
    SECTION("inside the fixed header")
    {
        const PackageError e = errorOf(f.left(40));
        CHECK(e.rule == PackageRule::TruncatedHeader);
        CHECK(packageErrorRuleText(e) ==
              QStringLiteral("truncated: file is 40 bytes, the header alone needs 76"));
    }
    SECTION("inside the release notes")
    {
        CHECK(ruleOf(f.left(78)) == PackageRule::TruncatedNotes);
    }
    SECTION("inside the payload")
    {
        const PackageError e = errorOf(f.left(header + 999));
        CHECK(e.rule == PackageRule::TruncatedPayload);
        CHECK(e.actual == header + 999);
        CHECK(e.expected == header + 1000);
    }
    SECTION("inside the signature block")
    {
        const auto key = testsupport::makeTestKeyPair(dir.path());
        const QByteArray s = signedFile(key);
        CHECK(ruleOf(s.left(s.size() - 1)) == PackageRule::TruncatedSignature);
        CHECK(ruleOf(s.left(header + 1000)) == PackageRule::TruncatedSignature);
    }
    SECTION("from disk")
    {
        const QString path = dir.filePath(QStringLiteral("cut.upg"));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(f.left(f.size() - 10));
        out.close();
        const auto read = Package::readFile(path);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().rule == PackageRule::TruncatedPayload);
        CHECK(read.error().path == path);
    }
}

TEST_CASE("bytes after the end are refused and counted", "[package][rules]")
{
    const PackageError e = errorOf(validFile() + QByteArray(7, '\0'));
    CHECK(e.rule == PackageRule::TrailingBytes);
    CHECK(packageErrorRuleText(e) ==
          QStringLiteral("file is 7 bytes longer than header and payload"));

    QTemporaryDir dir;
    const auto key = testsupport::makeTestKeyPair(dir.path());
    const PackageError s = errorOf(signedFile(key) + "x");
    CHECK(s.rule == PackageRule::TrailingBytes);
    CHECK(packageErrorRuleText(s) ==
          QStringLiteral("file is 1 bytes longer than header, payload and signature block"));
}

TEST_CASE("a huge file read from disk is refused as trailing bytes, not read whole",
          "[package][rules]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.upg"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(validFile());
    REQUIRE(out.resize(kMaxFileSize + 100)); // sparse
    out.close();
    const auto read = Package::readFile(path);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().rule == PackageRule::TrailingBytes);
    CHECK(read.error().actual == kMaxFileSize + 100);
}

TEST_CASE("wrong magic", "[package][rules]")
{
    QByteArray f = validFile();
    f[0] = 'X';
    CHECK(ruleOf(f) == PackageRule::BadMagic);
    // A short file of another kind is "not a package" rather than "truncated".
    CHECK(ruleOf(QByteArray("hello")) == PackageRule::BadMagic);
    CHECK(ruleOf(QByteArray("EUPX")) == PackageRule::BadMagic);
}

TEST_CASE("unknown format_version", "[package][rules]")
{
    QByteArray f = validFile();
    setField<quint16>(f, kOffFormatVersion, 2);
    const PackageError e = errorOf(f);
    CHECK(e.rule == PackageRule::UnknownFormatVersion);
    CHECK(e.actual == 2);
}

TEST_CASE("header_size differing from 76 + notes_size", "[package][rules]")
{
    QByteArray f = validFile();
    setField<quint16>(f, kOffHeaderSize, quint16(headerSizeOf(f) + 1));
    CHECK(ruleOf(f) == PackageRule::HeaderSizeMismatch);
}

TEST_CASE("header CRC mismatch", "[package][rules]")
{
    SECTION("a header byte changed")
    {
        QByteArray f = validFile();
        f[kOffHwMax] = char(f[kOffHwMax] + 1); // CRC not fixed
        CHECK(ruleOf(f) == PackageRule::HeaderCrcMismatch);
    }
    SECTION("a release-notes byte changed")
    {
        QByteArray f = validFile();
        f[kOffNotes] = 'f';
        CHECK(ruleOf(f) == PackageRule::HeaderCrcMismatch);
    }
    SECTION("the CRC itself changed")
    {
        QByteArray f = validFile();
        const int at = kOffNotes + notesSize(f);
        f[at] = char(f[at] ^ 0x01);
        const PackageError e = errorOf(f);
        CHECK(e.rule == PackageRule::HeaderCrcMismatch);
        CHECK(packageErrorRuleText(e).startsWith(QStringLiteral("header CRC mismatch")));
    }
}

TEST_CASE("payload CRC-32 mismatch", "[package][rules]")
{
    SECTION("the stored CRC is wrong")
    {
        QByteArray f = validFile();
        setField<quint32>(f, kOffPayloadCrc32, crc32(testsupport::testPayload(1000, 42)) ^ 1u);
        CHECK(ruleOf(f) == PackageRule::PayloadCrcMismatch);
    }
    SECTION("a payload byte is corrupted")
    {
        QByteArray f = validFile();
        f[headerSizeOf(f) + 500] = char(f[headerSizeOf(f) + 500] ^ 0x40);
        CHECK(ruleOf(f) == PackageRule::PayloadCrcMismatch);
    }
}

TEST_CASE("payload SHA-256 mismatch", "[package][rules]")
{
    QByteArray f = validFile();
    f[kOffPayloadSha256 + 31] = char(f[kOffPayloadSha256 + 31] ^ 0x01);
    fixHeaderCrc(f);
    CHECK(ruleOf(f) == PackageRule::PayloadSha256Mismatch);
}

TEST_CASE("flags using bits other than bit 0", "[package][rules]")
{
    QByteArray f = validFile();
    setField<quint16>(f, kOffFlags, 0x0002);
    const PackageError e = errorOf(f);
    CHECK(e.rule == PackageRule::UnknownFlags);
    CHECK(e.actual == 2);

    // Bit 0 alone on an unsigned file promises a signature block that is not there.
    QByteArray g = validFile();
    setField<quint16>(g, kOffFlags, kFlagSigned);
    CHECK(ruleOf(g) == PackageRule::TruncatedSignature);
}

TEST_CASE("payload_size outside 1 to 16 MiB", "[package][rules]")
{
    SECTION("0 bytes")
    {
        // A whole, consistent file whose only fault is an empty payload.
        QByteArray f = validFile();
        f.truncate(headerSizeOf(f));
        writeLE<quint32>(f, kOffPayloadSize, 0);
        f.replace(kOffPayloadSha256, 32,
                  QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256));
        writeLE<quint32>(f, kOffPayloadCrc32, crc32(QByteArray()));
        fixHeaderCrc(f);
        const PackageError e = errorOf(f);
        CHECK(e.rule == PackageRule::PayloadSizeOutOfRange);
        CHECK(e.actual == 0);
    }
    SECTION("16 MiB + 1")
    {
        QByteArray f = validFile();
        f.truncate(headerSizeOf(f));
        setField<quint32>(f, kOffPayloadSize, kMaxPayloadSize + 1);
        f += QByteArray(int(kMaxPayloadSize) + 1, 'p');
        CHECK(ruleOf(f) == PackageRule::PayloadSizeOutOfRange);
    }
    SECTION("exactly 16 MiB is fine")
    {
        auto built = validWriter().setPayload(QByteArray(int(kMaxPayloadSize), 'z')).build();
        REQUIRE(built.ok());
        CHECK(Package::parse(*built).ok());
    }
}

TEST_CASE("header values the spec rules out", "[package][rules]")
{
    SECTION("device_type 0")
    {
        QByteArray f = validFile();
        setField<quint16>(f, kOffDeviceType, 0);
        CHECK(ruleOf(f) == PackageRule::DeviceTypeZero);
    }
    SECTION("hw_min above hw_max")
    {
        QByteArray f = validFile();
        setField<quint16>(f, kOffHwMin, 6);
        const PackageError e = errorOf(f);
        CHECK(e.rule == PackageRule::HwRangeInverted);
        CHECK(e.actual == 6);
        CHECK(e.expected == 5);
    }
    SECTION("release notes not UTF-8")
    {
        QByteArray f = validFile();
        f[kOffNotes + 1] = char(0xFF);
        fixHeaderCrc(f);
        CHECK(ruleOf(f) == PackageRule::NotesNotUtf8);
    }
    SECTION("release notes containing NUL")
    {
        QByteArray f = validFile();
        f[kOffNotes + 3] = '\0';
        fixHeaderCrc(f);
        const PackageError e = errorOf(f);
        CHECK(e.rule == PackageRule::NotesContainNul);
        CHECK(e.actual == 3);
    }
}

TEST_CASE("signature block without SIG1", "[package][rules][signature]")
{
    QTemporaryDir dir;
    const auto key = testsupport::makeTestKeyPair(dir.path());
    QByteArray f = signedFile(key);
    f[headerSizeOf(f) + 1000 + 3] = '2'; // "SIG2"
    CHECK(ruleOf(f) == PackageRule::BadSignatureMagic);
}

TEST_CASE("signature states: bad signature, unknown key, and what counts", "[package][signature]")
{
    QTemporaryDir dir;
    const auto key = testsupport::makeTestKeyPair(dir.path());
    const KeyRing ring = testsupport::testKeyRing(key);

    SECTION("a signature byte changed")
    {
        QByteArray f = signedFile(key);
        f[f.size() - 1] = char(f[f.size() - 1] ^ 0x01);
        const auto p = Package::parse(f);
        REQUIRE(p.ok()); // well formed: the signature is a separate question
        CHECK(p->checkSignature(ring).state == SignatureState::BadSignature);
    }
    SECTION("a header field changed after signing, CRC made consistent again")
    {
        QByteArray f = signedFile(key);
        setField<quint16>(f, kOffHwMax, 9); // a tamperer fixing the CRC is still caught
        const auto p = Package::parse(f);
        REQUIRE(p.ok());
        CHECK(p->checkSignature(ring).state == SignatureState::BadSignature);
    }
    SECTION("signed by a key the ring does not hold")
    {
        const auto other = testsupport::makeTestKeyPair(dir.path(), QStringLiteral("stranger"));
        const auto p = Package::parse(signedFile(other));
        REQUIRE(p.ok());
        const SignatureCheck check = p->checkSignature(ring);
        CHECK(check.state == SignatureState::UnknownKey);
        CHECK(check.keyId == other.keyId);
        CHECK(p->checkSignature(KeyRing()).state == SignatureState::UnknownKey);
    }
    SECTION("only Verified counts; Unsigned only when allowed")
    {
        CHECK(acceptable(SignatureState::Verified, false));
        CHECK(acceptable(SignatureState::Unsigned, true));
        CHECK_FALSE(acceptable(SignatureState::Unsigned, false));
        CHECK_FALSE(acceptable(SignatureState::UnknownKey, true));
        CHECK_FALSE(acceptable(SignatureState::BadSignature, true));
    }
}

TEST_CASE("the writer refuses what cannot be a valid package", "[package][writer]")
{
    CHECK(validWriter().setPayload({}).build().error().rule == PackageRule::PayloadSizeOutOfRange);
    CHECK(validWriter().setDeviceType(0).build().error().rule == PackageRule::DeviceTypeZero);
    CHECK(validWriter().setHwRange(4, 3).build().error().rule == PackageRule::HwRangeInverted);
    CHECK(validWriter().setNotes(QString(QChar(0)) + "x").build().error().rule ==
          PackageRule::NotesContainNul);
    CHECK(
        validWriter().setNotes(QString(kMaxNotesSize + 1, QLatin1Char('n'))).build().error().rule ==
        PackageRule::NotesTooLong);
    const auto longest = validWriter().setNotes(QString(kMaxNotesSize, QLatin1Char('n'))).build();
    REQUIRE(longest.ok());
    CHECK(Package::parse(*longest)->headerSize() == 0xFFFF);
}

TEST_CASE("every rule has its own id and text", "[package]")
{
    QSet<QString> ids, texts;
    const int count = int(PackageRule::NotesTooLong) + 1;
    for (int i = 0; i < count; ++i) {
        PackageError e;
        e.rule = PackageRule(i);
        ids.insert(packageRuleId(e.rule));
        texts.insert(packageErrorRuleText(e));
    }
    CHECK(ids.size() == count);
    CHECK(texts.size() == count);
}

// `commissioner-cli upg ...`, run in process through runUpgCommand.
#include "CatchCompat.h"
#include "ExitCodes.h"
#include "PackageBytes.h"
#include "TestPackages.h"
#include "UpgCommand.h"
#include "package/Package.h"
#include "package/Signing.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace commissioner;
using namespace commissioner::cli;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runUpg(const QStringList& args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = runUpgCommand(args, out, err);
    out.flush();
    err.flush();
    return r;
}

QJsonObject jsonOf(const Run& r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(r.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

} // namespace

TEST_CASE("upg inspect --json gives every field of a valid package", "[cli][upg]")
{
    QTemporaryDir dir;
    const auto made = testsupport::makePackage(dir.path(), 7350, 1, 3, {2, 1, 7}, 4096, 5);
    const Run r = runUpg({QStringLiteral("inspect"), made.path, QStringLiteral("--json")});
    CHECK(r.code == ExitOk);
    const QJsonObject o = jsonOf(r);
    CHECK(o.value("valid").toBool());
    CHECK(o.value("file").toString() == made.path);
    CHECK(o.value("deviceType").toInt() == 7350);
    CHECK(o.value("hwMin").toInt() == 1);
    CHECK(o.value("hwMax").toInt() == 3);
    CHECK(o.value("version").toString() == "2.1.7");
    CHECK(o.value("buildTime").toString() == "2024-01-01T00:00:00Z");
    CHECK(o.value("buildTimeEpoch").toInteger() == 1704067200);
    CHECK(o.value("payloadSize").toInt() == 4096);
    CHECK(o.value("payloadSha256").toString() ==
          QCryptographicHash::hash(made.payload, QCryptographicHash::Sha256).toHex());
    CHECK(o.value("fileSize").toInt() == made.fileBytes.size());
    CHECK(o.value("fileSha256").toString() ==
          QCryptographicHash::hash(made.fileBytes, QCryptographicHash::Sha256).toHex());
    CHECK(o.value("notes").toString() == "Test package 5");
    CHECK(o.value("formatVersion").toInt() == 1);
    CHECK(o.value("flags").toInt() == 0);
    CHECK_FALSE(o.value("signed").toBool());
    CHECK(o.value("signature").toObject().value("state").toString() == "unsigned");
    CHECK(o.value("payloadCrc32").toString().startsWith("0x"));
}

TEST_CASE("upg inspect prints the fields for people", "[cli][upg]")
{
    QTemporaryDir dir;
    const auto made = testsupport::makePackage(dir.path(), 7330, 2, 2, {1, 0, 0}, 100, 1);
    const Run r = runUpg({QStringLiteral("inspect"), made.path});
    CHECK(r.code == ExitOk);
    CHECK(r.out.contains("Device type: 7330"));
    CHECK(r.out.contains("Firmware version: 1.0.0"));
    CHECK(r.out.contains("Test package 1"));
    CHECK(r.out.contains("unsigned"));
    CHECK(r.err.isEmpty());
}

TEST_CASE("upg inspect of an invalid package: exit 5, the rule on one stderr line", "[cli][upg]")
{
    QTemporaryDir dir;
    const auto made = testsupport::makePackage(dir.path(), 7350, 1, 3, {2, 1, 7}, 4096, 5);
    QByteArray bytes = made.fileBytes;
    bytes[commissioner::upg::kOffNotes] = '#'; // header CRC now wrong
    const QString path = writeFile(dir.filePath("bad.upg"), bytes);

    const Run r = runUpg({QStringLiteral("inspect"), path});
    CHECK(r.code == ExitBadPackage);
    CHECK(r.err.count('\n') == 1);
    CHECK(r.err.contains("header CRC mismatch"));

    const Run j = runUpg({QStringLiteral("inspect"), path, QStringLiteral("--json")});
    CHECK(j.code == ExitBadPackage);
    const QJsonObject o = jsonOf(j);
    CHECK_FALSE(o.value("valid").toBool());
    CHECK(o.value("rule").toString() == "header-crc");

    const Run extra = runUpg({QStringLiteral("inspect"),
                              writeFile(dir.filePath("long.upg"), made.fileBytes + "1234567")});
    CHECK(extra.code == ExitBadPackage);
    CHECK(extra.err.contains("file is 7 bytes longer than header and payload"));

    const Run missing = runUpg({QStringLiteral("inspect"), dir.filePath("none.upg")});
    CHECK(missing.code == ExitBadPackage);
}

TEST_CASE("upg inspect: signature states and --keys", "[cli][upg][signature]")
{
    QTemporaryDir dir;
    const auto key = testsupport::makeTestKeyPair(dir.path());
    const auto made = testsupport::makePackage(dir.path(), 7350, 1, 3, {2, 1, 7}, 512, 3, &key);

    const Run trusted = runUpg({"inspect", made.path, "--json", "--keys", key.publicKeyDir});
    CHECK(trusted.code == ExitOk);
    const QJsonObject sig = jsonOf(trusted).value("signature").toObject();
    CHECK(sig.value("state").toString() == "verified");
    CHECK(sig.value("keyName").toString() == key.name);
    CHECK(sig.value("keyId").toString() == key.keyId.toHex());

    const Run unknown = runUpg({"inspect", made.path});
    CHECK(unknown.code == ExitBadPackage);
    CHECK(unknown.err.contains(QString::fromLatin1(key.keyId.toHex())));
    CHECK(unknown.out.contains("unknown key"));

    QByteArray tampered = made.fileBytes;
    tampered[tampered.size() - 5] = char(tampered[tampered.size() - 5] ^ 0x10);
    const Run bad = runUpg({"inspect", writeFile(dir.filePath("tampered.upg"), tampered), "--json",
                            "--keys", key.publicKeyDir});
    CHECK(bad.code == ExitBadPackage);
    CHECK(jsonOf(bad).value("signature").toObject().value("state").toString() == "bad-signature");
}

TEST_CASE("upg pack builds what upg inspect reads back", "[cli][upg]")
{
    QTemporaryDir dir;
    const QByteArray image = testsupport::testPayload(3000, 77);
    const QString payload = writeFile(dir.filePath("image.bin"), image);
    const QString notes = writeFile(dir.filePath("notes.txt"), "Première version.\n");
    const QString out = dir.filePath("out.upg");

    SECTION("--hw MIN MAX, two words")
    {
        const Run r =
            runUpg({"pack", "--payload", payload, "--type", "7350", "--hw", "1", "3", "--version",
                    "4.5.6", "--notes", notes, "--build-time", "1700000000", "-o", out});
        INFO(r.err.toStdString());
        REQUIRE(r.code == ExitOk);
        const auto p = Package::readFile(out);
        REQUIRE(p.ok());
        CHECK(p->payload() == image);
        CHECK(p->deviceType() == 7350);
        CHECK(p->hwMin() == 1);
        CHECK(p->hwMax() == 3);
        CHECK(p->version() == FirmwareVersion{4, 5, 6});
        CHECK(p->buildTimeSecs() == 1700000000u);
        CHECK(p->notes() == QStringLiteral("Première version.\n"));
        CHECK_FALSE(p->isSigned());
    }
    SECTION("--hw MIN:MAX, one word, options after it")
    {
        const Run r = runUpg({"pack", "--payload", payload, "--hw", "2:4", "--type", "7330",
                              "--version", "1.0.0", "-o", out});
        INFO(r.err.toStdString());
        REQUIRE(r.code == ExitOk);
        const auto p = Package::readFile(out);
        REQUIRE(p.ok());
        CHECK(p->hwMin() == 2);
        CHECK(p->hwMax() == 4);
    }
    SECTION("signed with a key from upg keygen")
    {
        const QString base = dir.filePath("vendor");
        const Run k = runUpg({"keygen", "-o", base});
        REQUIRE(k.code == ExitOk);
        QDir().mkpath(dir.filePath("trusted"));
        REQUIRE(QFile::copy(base + ".pub", dir.filePath("trusted/vendor.pub")));
        const Run r = runUpg({"pack", "--payload", payload, "--type", "7350", "--hw", "1", "3",
                              "--version", "4.5.6", "--sign", base + ".key", "-o", out});
        INFO(r.err.toStdString());
        REQUIRE(r.code == ExitOk);
        const Run i = runUpg({"inspect", out, "--json", "--keys", dir.filePath("trusted")});
        CHECK(i.code == ExitOk);
        const QJsonObject sig = jsonOf(i).value("signature").toObject();
        CHECK(sig.value("state").toString() == "verified");
        CHECK(sig.value("keyName").toString() == "vendor");
        CHECK(k.out.contains(sig.value("keyId").toString())); // keygen printed the same key id
    }
}

TEST_CASE("upg pack refuses bad arguments and bad inputs", "[cli][upg]")
{
    QTemporaryDir dir;
    const QString payload = writeFile(dir.filePath("image.bin"), "abc");
    const QString out = dir.filePath("out.upg");
    const QStringList base{"pack",      "--payload", payload, "--type", "7350",
                           "--version", "1.2.3",     "-o",    out};

    CHECK(runUpg(base).code == ExitUsage);                                 // no --hw
    CHECK(runUpg(base + QStringList{"--hw", "3"}).code == ExitUsage);      // one value
    CHECK(runUpg(base + QStringList{"--hw", "3", "1"}).code == ExitUsage); // min > max
    CHECK(runUpg(base + QStringList{"--hw", "1:x"}).code == ExitUsage);
    CHECK(runUpg(base + QStringList{"--hw", "1:2", "9"}).code == ExitUsage); // stray word
    CHECK(runUpg({"pack", "--payload", payload, "--type", "0", "--hw", "1:2", "--version", "1.2.3",
                  "-o", out})
              .code == ExitUsage);
    CHECK(runUpg({"pack", "--payload", payload, "--type", "7350", "--hw", "1:2", "--version", "1.2",
                  "-o", out})
              .code == ExitUsage);
    CHECK_FALSE(QFileInfo::exists(out));

    const QString empty = writeFile(dir.filePath("empty.bin"), QByteArray());
    const Run e = runUpg({"pack", "--payload", empty, "--type", "7350", "--hw", "1:2", "--version",
                          "1.2.3", "-o", out});
    CHECK(e.code == ExitBadPackage);
    CHECK(e.err.contains("payload_size 0"));
    const QString badNotes = writeFile(dir.filePath("notes.bin"), "\xff\xfe");
    CHECK(runUpg(base + QStringList{"--hw", "1:2", "--notes", badNotes}).code == ExitBadPackage);
    const QString badKey = writeFile(dir.filePath("bad.key"), "nope");
    CHECK(runUpg(base + QStringList{"--hw", "1:2", "--sign", badKey}).code == ExitBadPackage);
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("upg keygen writes a key pair, the secret 0600, and never overwrites", "[cli][upg]")
{
    QTemporaryDir dir;
    const QString base = dir.filePath("k");
    const Run r = runUpg({"keygen", "-o", base});
    REQUIRE(r.code == ExitOk);
    const auto pub = readPublicKeyFile(base + ".pub");
    REQUIRE(pub.ok());
    CHECK(r.out.contains("key id " + QString::fromLatin1(pub->keyId().toHex())));
    const QFileDevice::Permissions perms = QFile::permissions(base + ".key");
    CHECK_FALSE(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                         QFileDevice::WriteOther));
    CHECK(readSecretKeyFile(base + ".key")->publicKey().bytes == pub->bytes);

    const Run again = runUpg({"keygen", "-o", base});
    CHECK(again.code != ExitOk);
    CHECK(readPublicKeyFile(base + ".pub")->bytes == pub->bytes);
    CHECK(runUpg({"keygen"}).code == ExitUsage);
}

TEST_CASE("upg usage errors exit 2, help exits 0", "[cli][upg]")
{
    CHECK(runUpg({}).code == ExitUsage);
    CHECK(runUpg({"frobnicate"}).code == ExitUsage);
    CHECK(runUpg({"inspect"}).code == ExitUsage);
    CHECK(runUpg({"inspect", "--bogus", "x"}).code == ExitUsage);
    const Run h = runUpg({"--help"});
    CHECK(h.code == ExitOk);
    CHECK(h.out.contains("keygen"));
    const Run ph = runUpg({"pack", "--help"});
    CHECK(ph.code == ExitOk);
    CHECK(ph.out.contains("--hw"));
}

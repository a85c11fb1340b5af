// Bad input: a clear one-line reason, and the meter untouched (nothing written to it).
#include "CatchCompat.h"
#include "UpgradeFixture.h"

#include <QDir>
#include <QFile>
#include <functional>
#include <vector>
#include <zlib.h>

using testsupport::CliProcess;

namespace {

void checkUntouched(const UpgradeFixture& f)
{
    const QJsonObject d = f.dump();
    CHECK(d.value(QStringLiteral("status_name")).toString() == QStringLiteral("IDLE"));
    CHECK(d.value(QStringLiteral("bytes_received_total")).toDouble() == 0);
    CHECK(d.value(QStringLiteral("fw")).toString() == QStringLiteral("1.0.0"));
    CHECK(d.value(QStringLiteral("image_size")).toDouble() == 0); // not even the descriptor
}

void putLe16(QByteArray& b, int at, quint16 v)
{
    b[at] = char(v & 0xFF);
    b[at + 1] = char(v >> 8);
}
void putLe32(QByteArray& b, int at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xFF);
}
quint16 le16(const QByteArray& b, int at)
{
    return quint16(quint8(b[at]) | (quint8(b[at + 1]) << 8));
}
quint32 crc(const QByteArray& b, int from, int len)
{
    return quint32(crc32(0, reinterpret_cast<const Bytef*>(b.constData() + from), uInt(len)));
}
// Recomputes the header CRC so that only the rule under test is broken.
void fixHeaderCrc(QByteArray& b)
{
    const int notes = le16(b, 68);
    putLe32(b, 72 + notes, crc(b, 0, 72 + notes));
}

} // namespace

TEST_CASE("checks refuse a package that does not fit the meter, before anything is written",
          "[upgrade][preflight]")
{
    struct Case
    {
        const char* name;
        QStringList meter;
        quint16 type;
        quint16 hwMin, hwMax;
        int size;
        const char* reason;
    };
    const Case c = GENERATE(Case{"wrong device type",
                                 {},
                                 7330,
                                 1,
                                 9,
                                 4000,
                                 "is for device type 7330, this meter is 7350"},
                            Case{"hardware revision out of range",
                                 {QStringLiteral("--hw"), QStringLiteral("5")},
                                 7350,
                                 1,
                                 3,
                                 4000,
                                 "hardware revision 5 is outside the package's range 1 to 3"},
                            Case{"critical event active",
                                 {QStringLiteral("--events"), QStringLiteral("1")},
                                 7350,
                                 1,
                                 9,
                                 4000,
                                 "active events (critical)"},
                            Case{"warning event active",
                                 {QStringLiteral("--events"), QStringLiteral("6")},
                                 7350,
                                 1,
                                 9,
                                 4000,
                                 "active events (warning, site wiring fault)"},
                            Case{"image too large",
                                 {QStringLiteral("--capacity-kib"), QStringLiteral("16")},
                                 7350,
                                 1,
                                 9,
                                 17000,
                                 "the image is 17000 bytes; this meter takes at most 16384"});
    INFO(c.name);
    UpgradeFixture f;
    REQUIRE(f.startMeter(QStringList{QStringLiteral("--type"), QStringLiteral("7350"),
                                     QStringLiteral("--fw"), QStringLiteral("1.0.0")} +
                         c.meter));
    const auto pkg = f.package(c.type, {1, 1, 0}, c.size, 1, c.hwMin, c.hwMax);
    CliProcess cli;
    CHECK(f.upgrade(cli, pkg.path) == 6);
    CHECK(cli.err().contains(QString::fromUtf8(c.reason)));
    checkUntouched(f);
}

TEST_CASE("a site wiring fault alone does not block an upgrade", "[upgrade][preflight]")
{
    UpgradeFixture f;
    REQUIRE(
        f.startMeter({QStringLiteral("--type"), QStringLiteral("7350"), QStringLiteral("--fw"),
                      QStringLiteral("1.0.0"), QStringLiteral("--events"), QStringLiteral("4")}));
    const auto pkg = f.package(7350, {1, 1, 0}, 3000);
    CliProcess cli;
    CHECK(f.upgrade(cli, pkg.path) == 0);
    CHECK(cli.out().contains(
        QStringLiteral("a site wiring fault is active; it does not block an upgrade")));
    CHECK(f.dump().value(QStringLiteral("fw")).toString() == QStringLiteral("1.1.0"));
}

TEST_CASE("unsigned packages and downgrades need the person's explicit word",
          "[upgrade][preflight]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter({QStringLiteral("--type"), QStringLiteral("7350"), QStringLiteral("--fw"),
                          QStringLiteral("1.0.0")}));
    CliProcess cli;
    const auto unsignedPkg = f.package(7350, {1, 1, 0}, 3000);
    REQUIRE(cli.run(f.link() + QStringList{QStringLiteral("--data-dir"), f.dataDir,
                                           QStringLiteral("upgrade"), unsignedPkg.path,
                                           QStringLiteral("--yes")}));
    CHECK(cli.exitCode() == 6);
    CHECK(cli.err().contains(QStringLiteral("use --allow-unsigned")));
    checkUntouched(f);

    const auto same = f.package(7350, {1, 0, 0}, 3000, 2);
    CliProcess sameCli;
    CHECK(f.upgrade(sameCli, same.path) == 6);
    CHECK(sameCli.err().contains(QStringLiteral("already runs this version")));
    const auto older = f.package(7350, {0, 9, 0}, 3000, 3);
    CliProcess olderCli;
    CHECK(f.upgrade(olderCli, older.path) == 6);
    CHECK(olderCli.err().contains(QStringLiteral("older than the meter's firmware")));
    checkUntouched(f);

    CliProcess allowed;
    CHECK(f.upgrade(allowed, older.path, {QStringLiteral("--allow-downgrade")}) == 0);
    CHECK(f.dump().value(QStringLiteral("fw")).toString() == QStringLiteral("0.9.0"));
}

TEST_CASE("without --yes and no terminal to ask, nothing is sent", "[upgrade][preflight]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter({QStringLiteral("--type"), QStringLiteral("7350"), QStringLiteral("--fw"),
                          QStringLiteral("1.0.0")}));
    const auto pkg = f.package(7350, {1, 1, 0}, 3000);
    CliProcess cli;
    REQUIRE(cli.run(f.link() + QStringList{QStringLiteral("--data-dir"), f.dataDir,
                                           QStringLiteral("upgrade"), pkg.path,
                                           QStringLiteral("--allow-unsigned")}));
    CHECK(cli.exitCode() == 7);
    checkUntouched(f);
}

TEST_CASE("each broken rule of the package format is named and nothing reaches the meter",
          "[upgrade][package]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter({QStringLiteral("--type"), QStringLiteral("7350"), QStringLiteral("--fw"),
                          QStringLiteral("1.0.0")}));
    const auto key = testsupport::makeTestKeyPair(f.dir.path());
    const auto stranger = testsupport::makeTestKeyPair(f.dir.path(), QStringLiteral("stranger"));
    QDir().mkpath(f.dataDir + QStringLiteral("/keys"));
    REQUIRE(QFile::copy(key.publicKeyPath, f.dataDir + QStringLiteral("/keys/test-signer.pub")));
    const auto good = testsupport::makePackage(f.dir.path(), 7350, 1, 9, {1, 1, 0}, 4000, 9, &key);
    const auto strangers =
        testsupport::makePackage(f.dir.path(), 7350, 1, 9, {1, 1, 0}, 4000, 10, &stranger);
    const QByteArray base = good.fileBytes;
    const int notes = le16(base, 68);
    const int payloadAt = 76 + notes;

    struct Broken
    {
        const char* rule;
        std::function<QByteArray()> make;
        const char* says;
    };
    const std::vector<Broken> cases{
        {"truncated", [&] { return base.left(base.size() - 10); }, "truncated"},
        {"bytes after the end", [&] { return base + QByteArray(7, 'x'); }, "7 bytes longer"},
        {"magic",
         [&] {
             QByteArray b = base;
             b[0] = 'X';
             return b;
         },
         "magic"},
        {"format version",
         [&] {
             QByteArray b = base;
             putLe16(b, 4, 2);
             fixHeaderCrc(b);
             return b;
         },
         "unknown format_version 2"},
        {"header size",
         [&] {
             QByteArray b = base;
             putLe16(b, 6, quint16(77 + notes));
             fixHeaderCrc(b);
             return b;
         },
         "header_size"},
        {"header CRC",
         [&] {
             QByteArray b = base;
             b[14] = char(b[14] + 1);
             return b;
         },
         "header CRC mismatch"},
        {"payload CRC",
         [&] {
             QByteArray b = base;
             b[payloadAt + 5] = char(b[payloadAt + 5] ^ 0x40);
             return b;
         },
         "payload CRC-32 mismatch"},
        {"payload SHA-256",
         [&] {
             QByteArray b = base;
             b[payloadAt + 5] = char(b[payloadAt + 5] ^ 0x40);
             putLe32(b, 64, crc(b, payloadAt, 4000));
             fixHeaderCrc(b);
             return b;
         },
         "payload SHA-256 mismatch"},
        {"unknown flags",
         [&] {
             QByteArray b = base;
             putLe16(b, 70, 0x0003);
             fixHeaderCrc(b);
             return b;
         },
         "unknown flags"},
        {"bad signature",
         [&] {
             QByteArray b = base;
             b[b.size() - 3] = char(b[b.size() - 3] ^ 1);
             return b;
         },
         "signature does not verify"},
        {"unknown key", [&] { return strangers.fileBytes; }, "does not trust"},
    };
    for (const Broken& c : cases) {
        INFO(c.rule);
        const QString path = f.dir.filePath(QStringLiteral("broken-%1.upg")
                                                .arg(QString::fromUtf8(c.rule))
                                                .replace(QLatin1Char(' '), QLatin1Char('-')));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(c.make());
        out.close();
        CliProcess cli;
        REQUIRE(cli.run(f.link() + QStringList{QStringLiteral("--data-dir"), f.dataDir,
                                               QStringLiteral("upgrade"), path,
                                               QStringLiteral("--yes")}));
        CHECK(cli.exitCode() == 5);
        CHECK(cli.err().contains(QString::fromUtf8(c.says)));
        CHECK(cli.err().trimmed().count(QLatin1Char('\n')) == 0); // one line
    }
    checkUntouched(f);
    // And the good one goes through.
    CliProcess ok;
    REQUIRE(ok.run(f.link() + QStringList{QStringLiteral("--data-dir"), f.dataDir,
                                          QStringLiteral("upgrade"), good.path,
                                          QStringLiteral("--yes")},
                   60000));
    CHECK(ok.exitCode() == 0);
}

// The built commissioner-cli, run as a person would: `commissioner-cli upg ...`.
#include "CatchCompat.h"
#include "TestPackages.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(COMMISSIONER_CLI_PATH), args);
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

TEST_CASE("commissioner-cli upg keygen, pack and inspect end to end", "[cli][upg][process]")
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("signer"));
    const Run k = cli({"upg", "keygen", "-o", base});
    INFO(k.err.toStdString());
    REQUIRE(k.code == 0);
    const QString image = dir.filePath(QStringLiteral("image.bin"));
    {
        QFile f(image);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(testsupport::testPayload(2048, 11));
    }
    const QString out = dir.filePath(QStringLiteral("fw.upg"));
    const Run p = cli({"upg", "pack", "--payload", image, "--type", "7350", "--hw", "1", "3",
                       "--version", "2.0.1", "--sign", base + ".key", "-o", out});
    INFO(p.err.toStdString());
    REQUIRE(p.code == 0);

    // Not trusted yet: refused, one line on stderr naming why.
    const Run untrusted = cli({"upg", "inspect", out});
    CHECK(untrusted.code == 5);
    CHECK(untrusted.err.count('\n') == 1);
    CHECK(untrusted.err.contains("unknown key"));

    QDir().mkpath(dir.filePath(QStringLiteral("trusted")));
    REQUIRE(QFile::copy(base + ".pub", dir.filePath(QStringLiteral("trusted/signer.pub"))));
    const Run i =
        cli({"upg", "inspect", out, "--json", "--keys", dir.filePath(QStringLiteral("trusted"))});
    INFO(i.err.toStdString());
    REQUIRE(i.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(i.out).object();
    CHECK(o.value("version").toString() == "2.0.1");
    CHECK(o.value("hwMax").toInt() == 3);
    CHECK(o.value("signature").toObject().value("state").toString() == "verified");

    QFile f(out);
    REQUIRE(f.open(QIODevice::Append));
    f.write("junk");
    f.close();
    const Run bad = cli({"upg", "inspect", out});
    CHECK(bad.code == 5);
    CHECK(bad.err.count('\n') == 1);
    CHECK(bad.err.contains("file is 4 bytes longer than header, payload and signature block"));
}

// lrzsz (Debian's rx and sx), which nobody here wrote, at either end: our sender to rx over
// a socat pty pair, and sx -k to metersim's recovery bootloader.
#include "CatchCompat.h"
#include "ChildProcess.h"
#include "MeterAtDefaults.h"
#include "MeterClientFactory.h"
#include "MeterSimProcess.h"
#include "SerialStream.h"
#include "SocatPtyPair.h"
#include "TestPackages.h"
#include "XmodemSender.h"
#include "meter/MeterQueries.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

using namespace commissioner;
using testsupport::MeterSimProcess;
using xmtest::ChildProcess;
using xmtest::shellQuote;

namespace {

// lrzsz and socat are part of the test set-up (scripts/install-deps.sh): a missing one is a
// failure, never a skip.
void requirePeerTools()
{
    for (const char* tool : {"rx", "sx", "socat"}) {
        INFO(tool << " is not installed (scripts/install-deps.sh installs lrzsz and socat)");
        REQUIRE_FALSE(QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty());
    }
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// rx behind a pty that socat makes: our sender opens the pty, socat relays to rx's stdin
// and stdout (a socketpair). Not rx straight on a pty: at exit rx flushes its tty both
// ways (tcflush TCIOFLUSH), and on a pty that can drop its own ACK of the EOT before the
// other side has read it, which a real serial line would have sent.
// rx gets a bare file name and runs in the folder it writes to: Debian's lrzsz
// (0.12.21-10+deb12u1) refuses a name holding a slash ("Security Violation").
QString rxCommand(const QString& mode, const QString& out)
{
    const QFileInfo file(out);
    return QStringLiteral("cd %1 && exec socat -d -d pty,raw,echo=0 %2")
        .arg(shellQuote(file.absolutePath()),
             shellQuote(QStringLiteral("EXEC:rx -X %1 -b -y %2").arg(mode, file.fileName())));
}

// sx -k FILE with its stdin and stdout on the pty; its exit code (-1: did not end in time).
int sxSend(const QString& pty, const QString& file, QString* log)
{
    ChildProcess sx;
    if (!sx.start(
            QStringLiteral("exec sx -k -b %1 < %2 > %2").arg(shellQuote(file), shellQuote(pty))))
        return -1;
    const int code = sx.waitForExit(60000);
    *log = sx.errorOutput();
    return code;
}

} // namespace

TEST_CASE("Our sender to lrzsz rx over a socat pty pair gives the file byte for byte",
          "[xmodem][peer]")
{
    requirePeerTools();
    QTemporaryDir dir;
    const auto pkg = testsupport::makePackage(dir.path(), 7350, 1, 1, {1, 2, 3}, 50000 + 37, 21);

    for (const bool use1k : {true, false}) {
        DYNAMIC_SECTION((use1k ? "XMODEM-1K" : "XMODEM-CRC, 128-byte blocks"))
        {
            const QString out =
                dir.filePath(use1k ? QStringLiteral("got-1k.bin") : QStringLiteral("got-128.bin"));
            ChildProcess rx;
            // -c: CRC mode ('C').
            REQUIRE(rx.start(rxCommand(QStringLiteral("-c"), out)));
            const QString pty = rx.waitForPty(10000);
            REQUIRE_FALSE(pty.isEmpty());
            SerialStream stream;
            SerialStream::Settings s;
            s.device = pty;
            REQUIRE(stream.open(s));
            XmodemOptions o;
            o.startWaitMs = 15000;
            o.use1k = use1k;
            XmodemSender sender(stream, o);
            const auto result = sender.send(pkg.fileBytes);
            const int code = rx.waitForExit(15000);
            INFO(rx.errorOutput()
                     .replace(QLatin1Char('\r'), QLatin1Char('\n'))
                     .right(600)
                     .toStdString());
            INFO((result ? QString() : describeForLog(result.error())).toStdString());
            REQUIRE(result.ok());
            REQUIRE(result.value().check == xmodem::Check::Crc16);
            REQUIRE(code == 0);

            // rx keeps the last block's padding: the file, then only 0x1A to a block's end.
            const QByteArray got = readAll(out);
            REQUIRE(got.size() >= pkg.fileBytes.size());
            REQUIRE(got.size() - pkg.fileBytes.size() < (use1k ? 1024 : 128));
            REQUIRE(got.left(pkg.fileBytes.size()) == pkg.fileBytes);
            const QByteArray tail = got.mid(pkg.fileBytes.size());
            REQUIRE(tail == QByteArray(tail.size(), xmodem::Pad));
        }
    }
}

TEST_CASE("Our sender to lrzsz rx in checksum mode", "[xmodem][peer]")
{
    requirePeerTools();
    QTemporaryDir dir;
    const QByteArray file = testsupport::testPayload(3000, 4);
    const QString out = dir.filePath(QStringLiteral("got.bin"));
    ChildProcess rx;
    REQUIRE(rx.start(rxCommand(QString(), out)));
    const QString pty = rx.waitForPty(10000);
    REQUIRE_FALSE(pty.isEmpty());
    SerialStream stream;
    SerialStream::Settings s;
    s.device = pty;
    REQUIRE(stream.open(s));
    XmodemOptions o;
    o.startWaitMs = 15000;
    XmodemSender sender(stream, o);
    const auto result = sender.send(file);
    REQUIRE(result.ok());
    REQUIRE(result.value().check == xmodem::Check::Checksum);
    REQUIRE(rx.waitForExit(15000) == 0);
    const QByteArray got = readAll(out);
    REQUIRE(got.left(file.size()) == file);
    REQUIRE(got.mid(file.size()) == QByteArray(got.size() - file.size(), xmodem::Pad));
}

TEST_CASE("sx -k to metersim's bootloader installs; the meter answers Modbus on the same pty",
          "[xmodem][peer]")
{
    requirePeerTools();
    QTemporaryDir dir;
    const auto pkg = testsupport::makePackage(dir.path(), 7350, 1, 2, {3, 1, 4}, 40000, 31);
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--pty"), QStringLiteral("--xmodem-bootloader"),
                       QStringLiteral("--install-ms"), QStringLiteral("300")}));
    QString log;
    const int code = sxSend(sim.serialPath(), pkg.path, &log);
    INFO(log.toStdString());
    REQUIRE(code == 0);
    QString line;
    REQUIRE(sim.waitForEvent(QStringLiteral("xmodem-installed"), 10000, &line));
    REQUIRE(line.contains(QStringLiteral("fw=3.1.4")));
    const auto id = identifyAtDefaults(sim.serialPath());
    REQUIRE(id.has_value());
    REQUIRE(id->firmware.toString() == QStringLiteral("3.1.4"));
}

TEST_CASE("sx -k of another device type ends with CAN; the bootloader takes the next",
          "[xmodem][peer]")
{
    requirePeerTools();
    QTemporaryDir dir;
    const auto wrong = testsupport::makePackage(dir.path(), 7330, 1, 9, {8, 8, 8}, 20000, 41);
    const auto right = testsupport::makePackage(dir.path(), 7350, 1, 9, {2, 2, 2}, 20000, 42);
    MeterSimProcess sim;
    // Over a socat pair too (--serial DEV), as over a USB adapter's tty.
    SocatPtyPair pair;
    REQUIRE(pair.start());
    REQUIRE(
        sim.start({QStringLiteral("--serial"), pair.first(), QStringLiteral("--xmodem-bootloader"),
                   QStringLiteral("--install-ms"), QStringLiteral("300")}));
    QString log;
    REQUIRE(sxSend(pair.second(), wrong.path, &log) != 0); // sx: "Cancelled", exit code non-zero
    QString line;
    REQUIRE(sim.waitForEvent(QStringLiteral("xmodem-refused"), 5000, &line));
    REQUIRE(line.contains(QStringLiteral("reason=device-type")));

    QThread::msleep(2000); // the bootloader lets the rest of the refused transfer pass
    const int code = sxSend(pair.second(), right.path, &log);
    INFO(log.toStdString());
    REQUIRE(code == 0);
    REQUIRE(sim.waitForEvent(QStringLiteral("xmodem-installed"), 10000, &line));
    REQUIRE(line.contains(QStringLiteral("fw=2.2.2")));
    const auto id = identifyAtDefaults(pair.second());
    REQUIRE(id.has_value());
    REQUIRE(id->firmware.toString() == QStringLiteral("2.2.2"));
}

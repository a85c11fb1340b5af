// Our XMODEM sender against metersim's recovery bootloader (--pty --xmodem-bootloader):
// install then identify over Modbus RTU on the same line; a refused package and a second
// good one; a damaged file; a window that has closed.
#include "CatchCompat.h"
#include "MeterAtDefaults.h"
#include "MeterClientFactory.h"
#include "MeterSimProcess.h"
#include "SerialStream.h"
#include "TestPackages.h"
#include "XmodemSender.h"
#include "meter/MeterQueries.h"

#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QThread>

using namespace commissioner;
using testsupport::MeterSimProcess;

namespace {

Result<XmodemReport, XmodemFailure> sendTo(const QString& device, const QByteArray& file,
                                           int startWaitMs = 10000)
{
    SerialStream stream;
    SerialStream::Settings s;
    s.device = device;
    REQUIRE(stream.open(s));
    XmodemOptions o;
    o.startWaitMs = startWaitMs;
    o.ackTimeoutMs = 3000;
    XmodemSender sender(stream, o);
    return sender.send(file);
}

} // namespace

TEST_CASE("XMODEM-1K to the bootloader installs; the meter then answers Modbus",
          "[xmodem][integration]")
{
    QTemporaryDir dir;
    const auto pkg = testsupport::makePackage(dir.path(), 7350, 1, 2, {2, 3, 4}, 20000, 5);
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--pty"), QStringLiteral("--xmodem-bootloader"),
                       QStringLiteral("--fw"), QStringLiteral("1.0.0"),
                       QStringLiteral("--install-ms"), QStringLiteral("300")}));
    REQUIRE(sim.waitForEvent(QStringLiteral("xmodem-waiting"), 5000));

    const auto sent = sendTo(sim.serialPath(), pkg.fileBytes);
    INFO((sent ? QString() : describeForLog(sent.error())).toStdString());
    REQUIRE(sent.ok());
    REQUIRE(sent.value().check == xmodem::Check::Crc16);
    QString line;
    REQUIRE(sim.waitForEvent(QStringLiteral("xmodem-installed"), 10000, &line));
    REQUIRE(line.contains(QStringLiteral("unit=1 fw=2.3.4")));

    const auto id = identifyAtDefaults(sim.serialPath());
    REQUIRE(id.has_value());
    REQUIRE(id->firmware.toString() == QStringLiteral("2.3.4"));
    REQUIRE(id->deviceType == 7350);
    REQUIRE(deviceModeName(id->mode) == QStringLiteral("NORMAL"));
}

TEST_CASE("A package for another device type ends with CAN; the next good one installs",
          "[xmodem][integration]")
{
    QTemporaryDir dir;
    const auto wrong = testsupport::makePackage(dir.path(), 7330, 1, 5, {9, 9, 9}, 5000, 1);
    const auto right = testsupport::makePackage(dir.path(), 7350, 1, 5, {2, 0, 1}, 5000, 2);
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--pty"), QStringLiteral("--xmodem-bootloader"),
                       QStringLiteral("--install-ms"), QStringLiteral("200")}));

    const auto refused = sendTo(sim.serialPath(), wrong.fileBytes);
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.error().kind == XmodemError::CancelledByReceiver);
    QString line;
    REQUIRE(sim.waitForEvent(QStringLiteral("xmodem-refused"), 5000, &line));
    REQUIRE(line.contains(QStringLiteral("reason=device-type")));

    const auto sent = sendTo(sim.serialPath(), right.fileBytes);
    REQUIRE(sent.ok());
    REQUIRE(sim.waitForEvent(QStringLiteral("xmodem-installed"), 10000, &line));
    REQUIRE(line.contains(QStringLiteral("fw=2.0.1")));
    const auto id = identifyAtDefaults(sim.serialPath());
    REQUIRE(id.has_value());
    REQUIRE(id->firmware.toString() == QStringLiteral("2.0.1"));
}

TEST_CASE("A damaged payload is refused at the end; wrong hardware from the header",
          "[xmodem][integration]")
{
    QTemporaryDir dir;
    const auto pkg = testsupport::makePackage(dir.path(), 7350, 1, 1, {2, 0, 0}, 4000, 3);
    const auto newHw = testsupport::makePackage(dir.path(), 7350, 4, 6, {2, 0, 0}, 4000, 4);
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--pty"), QStringLiteral("--xmodem-bootloader")}));

    QByteArray damaged = pkg.fileBytes;
    damaged[damaged.size() - 10] = char(damaged[damaged.size() - 10] ^ 0x40);
    const auto r1 = sendTo(sim.serialPath(), damaged);
    REQUIRE_FALSE(r1.ok());
    REQUIRE(r1.error().kind == XmodemError::CancelledByReceiver);
    REQUIRE(r1.error().offset == damaged.size()); // every block went; the EOT got CAN CAN
    QString line;
    REQUIRE(sim.waitForEvent(QStringLiteral("xmodem-refused"), 5000, &line));
    REQUIRE(line.contains(QStringLiteral("reason=sha256")));

    const auto r2 = sendTo(sim.serialPath(), newHw.fileBytes);
    REQUIRE_FALSE(r2.ok());
    REQUIRE(r2.error().kind == XmodemError::CancelledByReceiver);
    REQUIRE(sim.waitForEvent(QStringLiteral("xmodem-refused"), 5000, &line));
    REQUIRE(line.contains(QStringLiteral("reason=hw-revision")));
    REQUIRE(sim.events().filter(QStringLiteral("xmodem-installed")).isEmpty());
}

TEST_CASE("After its window the bootloader stops asking: the sender finds no receiver",
          "[xmodem][integration]")
{
    QTemporaryDir dir;
    const auto pkg = testsupport::makePackage(dir.path(), 7350, 1, 1, {2, 0, 0}, 1000, 3);
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--pty"), QStringLiteral("--xmodem-bootloader"),
                       QStringLiteral("--xmodem-window-s"), QStringLiteral("1")}));
    REQUIRE(sim.waitForEvent(QStringLiteral("xmodem-window-closed"), 5000));
    // Open (and so empty) the line's queue of old 'C's, then wait as a person would.
    SerialStream stream;
    SerialStream::Settings s;
    s.device = sim.serialPath();
    REQUIRE(stream.open(s));
    stream.discardInput();
    XmodemOptions o;
    o.startWaitMs = 2500;
    XmodemSender sender(stream, o);
    const auto r = sender.send(pkg.fileBytes);
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.error().kind == XmodemError::NoReceiver);
}

// XMODEM framing and the sender against a scripted receiver on a socketpair (and once over
// a real pty through SerialStream); the bootloader's own CRC-32 and package checks.
#include "CatchCompat.h"
#include "SerialStream.h"
#include "TestPackages.h"
#include "XmodemCrc.h"
#include "XmodemFrame.h"
#include "XmodemPackageCheck.h"
#include "XmodemSender.h"
#include "XmodemTestPeers.h"

#include <QFile>
#include <QTemporaryDir>
#include <atomic>
#include <fcntl.h>
#include <pty.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

using namespace commissioner;
using namespace commissioner::xmodem;
using namespace xmtest;

namespace {

struct SocketPair
{
    int sender = -1;
    int receiver = -1;
    SocketPair()
    {
        int fds[2];
        REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0);
        sender = fds[0];
        receiver = fds[1];
    }
    ~SocketPair()
    {
        ::close(sender);
        ::close(receiver);
    }
};

QByteArray sample(int size)
{
    QByteArray b(size, '\0');
    for (int i = 0; i < size; ++i)
        b[i] = char((i * 7 + 3) & 0xFF);
    return b;
}

XmodemOptions quick()
{
    XmodemOptions o;
    o.startWaitMs = 2000;
    o.ackTimeoutMs = 400;
    return o;
}

// The received bytes are the file, then nothing but 0x1A up to the block's end.
void requireFileThenPadding(const QByteArray& received, const QByteArray& file)
{
    REQUIRE(received.size() >= file.size());
    REQUIRE(received.left(file.size()) == file);
    const QByteArray tail = received.mid(file.size());
    REQUIRE(tail == QByteArray(tail.size(), Pad));
}

} // namespace

TEST_CASE("CRC-16/XMODEM and the 8-bit checksum", "[xmodem][unit]")
{
    REQUIRE(crc16(QByteArray("123456789")) == 0x31C3); // the catalogue check value
    REQUIRE(crc16(QByteArray()) == 0);
    REQUIRE(checksum8(QByteArray("\x01\x02\xFF", 3)) == 0x02);
    REQUIRE(metersim::crc16Xmodem("123456789", 9) == 0x31C3);
}

TEST_CASE("The bootloader's CRC-32 is zlib's", "[xmodem][unit]")
{
    REQUIRE(metersim::crc32Ieee("123456789", 9) == 0xCBF43926u);
    REQUIRE(metersim::crc32Ieee("", 0) == 0u);
}

TEST_CASE("Blocks are framed as XMODEM-CRC, XMODEM-1K and checksum XMODEM", "[xmodem][unit]")
{
    const QByteArray data = sample(100);
    const QByteArray small = frameBlock(1, data, SmallBlock, Check::Crc16);
    REQUIRE(small.size() == 133);
    REQUIRE(small[0] == Soh);
    REQUIRE(quint8(small[1]) == 1);
    REQUIRE(quint8(small[2]) == 254);
    REQUIRE(small.mid(3, 100) == data);
    REQUIRE(small.mid(103, 28) == QByteArray(28, Pad));
    const quint16 crc = crc16(small.mid(3, 128));
    REQUIRE(quint8(small[131]) == crc >> 8);
    REQUIRE(quint8(small[132]) == (crc & 0xFF));

    const QByteArray large = frameBlock(2, sample(1024), LargeBlock, Check::Crc16);
    REQUIRE(large.size() == 1029);
    REQUIRE(large[0] == Stx);

    const QByteArray sum = frameBlock(3, data, SmallBlock, Check::Checksum);
    REQUIRE(sum.size() == 132);
    REQUIRE(quint8(sum[131]) == checksum8(sum.mid(3, 128)));

    // Block numbers wrap: 256 is 0 on the wire, 257 is 1.
    REQUIRE(quint8(frameBlock(256, data, SmallBlock, Check::Crc16)[1]) == 0);
    REQUIRE(quint8(frameBlock(257, data, SmallBlock, Check::Crc16)[2]) == 254);
}

TEST_CASE("The sender delivers a file in 1K blocks to a CRC receiver", "[xmodem][unit]")
{
    SocketPair link;
    const QByteArray file = sample(300 * 1024 + 77); // over 256 blocks: numbers wrap
    ScriptedReceiver receiver(link.receiver, WantCrc, nullptr);
    FdStream stream(link.sender);
    XmodemSender sender(stream, quick());
    qint64 lastDone = -1;
    bool monotonic = true;
    XmodemObserver observer;
    observer.progress = [&](qint64 done, qint64 total) {
        monotonic = monotonic && done >= lastDone && total == file.size();
        lastDone = done;
    };
    sender.setObserver(observer);
    const auto result = sender.send(file);
    const ReceivedTransfer got = receiver.join();
    REQUIRE(result.ok());
    REQUIRE(result.value().check == Check::Crc16);
    REQUIRE(result.value().resends == 0);
    REQUIRE(got.ended);
    REQUIRE(got.smallBlocks == 0);
    REQUIRE(got.largeBlocks == 301);
    REQUIRE(monotonic);
    REQUIRE(lastDone == file.size());
    requireFileThenPadding(got.data, file);
}

TEST_CASE("A NAKed block is sent again", "[xmodem][unit]")
{
    SocketPair link;
    const QByteArray file = sample(5000);
    ScriptedReceiver receiver(link.receiver, WantCrc, [](char, quint8 number, int attempt) {
        return (number == 2 && attempt == 1) ? Nak : Ack;
    });
    FdStream stream(link.sender);
    XmodemSender sender(stream, quick());
    int resendCalls = 0;
    XmodemObserver observer;
    observer.resending = [&](quint32 block, int, bool nak) {
        ++resendCalls;
        REQUIRE(block == 2);
        REQUIRE(nak);
    };
    sender.setObserver(observer);
    const auto result = sender.send(file);
    const ReceivedTransfer got = receiver.join();
    REQUIRE(result.ok());
    REQUIRE(result.value().resends == 1);
    REQUIRE(resendCalls == 1);
    requireFileThenPadding(got.data, file);
}

TEST_CASE("An unanswered block is sent again after the timeout", "[xmodem][unit]")
{
    SocketPair link;
    const QByteArray file = sample(3000);
    ScriptedReceiver receiver(link.receiver, WantCrc, [](char, quint8 number, int attempt) -> char {
        return (number == 1 && attempt == 1) ? 0 : Ack;
    });
    FdStream stream(link.sender);
    XmodemSender sender(stream, quick());
    const auto result = sender.send(file);
    const ReceivedTransfer got = receiver.join();
    REQUIRE(result.ok());
    REQUIRE(result.value().resends == 1);
    requireFileThenPadding(got.data, file);
}

TEST_CASE("A block refused too often ends the transfer", "[xmodem][unit]")
{
    SocketPair link;
    ScriptedReceiver receiver(
        link.receiver, WantCrc, [](char, quint8, int) { return Nak; }, 1500);
    FdStream stream(link.sender);
    XmodemOptions o = quick();
    o.use1k = false;
    o.maxAttempts = 4;
    XmodemSender sender(stream, o);
    const auto result = sender.send(sample(1000));
    receiver.join();
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.error().kind == XmodemError::TooManyRetries);
    REQUIRE(result.error().block == 1);
    REQUIRE(result.error().attempts == 4);
}

TEST_CASE("CAN CAN from the receiver stops the sender", "[xmodem][unit]")
{
    SocketPair link;
    ScriptedReceiver receiver(link.receiver, WantCrc,
                              [](char, quint8 number, int) { return number == 3 ? Can : Ack; });
    FdStream stream(link.sender);
    XmodemSender sender(stream, quick());
    const auto result = sender.send(sample(10 * 1024));
    receiver.join();
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.error().kind == XmodemError::CancelledByReceiver);
    REQUIRE(result.error().block == 3);
    REQUIRE(result.error().offset == 2048);
}

TEST_CASE("Repeated NAKs of a 1K block: the rest goes in 128-byte blocks", "[xmodem][unit]")
{
    SocketPair link;
    const QByteArray file = sample(4000);
    // A receiver with a 128-byte buffer: every STX block is NAKed.
    ScriptedReceiver receiver(link.receiver, WantCrc,
                              [](char header, quint8, int) { return header == Stx ? Nak : Ack; });
    FdStream stream(link.sender);
    XmodemSender sender(stream, quick());
    bool told = false;
    XmodemObserver observer;
    observer.fellBackTo128 = [&] { told = true; };
    sender.setObserver(observer);
    const auto result = sender.send(file);
    const ReceivedTransfer got = receiver.join();
    REQUIRE(result.ok());
    REQUIRE(result.value().fellBackTo128);
    REQUIRE(told);
    REQUIRE(got.largeBlocks == 3); // naksBefore128
    REQUIRE(got.smallBlocks == 32);
    requireFileThenPadding(got.data, file);
}

TEST_CASE("A receiver that starts with NAK gets checksum XMODEM in 128-byte blocks",
          "[xmodem][unit]")
{
    SocketPair link;
    const QByteArray file = sample(1000);
    ScriptedReceiver receiver(link.receiver, Nak, nullptr);
    FdStream stream(link.sender);
    XmodemSender sender(stream, quick());
    const auto result = sender.send(file);
    const ReceivedTransfer got = receiver.join();
    REQUIRE(result.ok());
    REQUIRE(result.value().check == Check::Checksum);
    REQUIRE(got.largeBlocks == 0);
    REQUIRE(got.smallBlocks == 8);
    REQUIRE(got.badBlocks == 0);
    requireFileThenPadding(got.data, file);
}

TEST_CASE("Option: 128-byte blocks only", "[xmodem][unit]")
{
    SocketPair link;
    ScriptedReceiver receiver(link.receiver, WantCrc, nullptr);
    FdStream stream(link.sender);
    XmodemOptions o = quick();
    o.use1k = false;
    XmodemSender sender(stream, o);
    REQUIRE(sender.send(sample(1024)).ok());
    const ReceivedTransfer got = receiver.join();
    REQUIRE(got.smallBlocks == 8);
    REQUIRE(got.largeBlocks == 0);
}

TEST_CASE("No receiver: the sender reports waiting, then NoReceiver", "[xmodem][unit]")
{
    SocketPair link;
    FdStream stream(link.sender);
    XmodemOptions o = quick();
    o.startWaitMs = 1200;
    o.waitingReportMs = 300;
    XmodemSender sender(stream, o);
    int reports = 0;
    int lastRemaining = 1 << 30;
    XmodemObserver observer;
    observer.waiting = [&](int, int remaining) {
        ++reports;
        REQUIRE(remaining <= lastRemaining);
        lastRemaining = remaining;
    };
    sender.setObserver(observer);
    writeBytes(link.receiver, QByteArray("boot banner\r\n")); // noise is not a 'C'
    const auto result = sender.send(sample(10));
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.error().kind == XmodemError::NoReceiver);
    REQUIRE(reports >= 3);
}

TEST_CASE("Cancel between blocks sends CAN CAN CAN", "[xmodem][unit]")
{
    SocketPair link;
    std::atomic_bool cancel{false};
    ScriptedReceiver receiver(link.receiver, WantCrc, nullptr);
    FdStream stream(link.sender);
    XmodemSender sender(stream, quick());
    sender.setCancelFlag(&cancel);
    XmodemObserver observer;
    observer.progress = [&](qint64 done, qint64) {
        if (done >= 2048)
            cancel = true;
    };
    sender.setObserver(observer);
    const auto result = sender.send(sample(8192));
    const ReceivedTransfer got = receiver.join();
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.error().kind == XmodemError::Cancelled);
    REQUIRE(got.senderCans == 3);
    REQUIRE(got.data.size() == 2048);
    REQUIRE_FALSE(got.ended);
}

TEST_CASE("SerialStream: the sender over a real pseudo-terminal", "[xmodem][unit]")
{
    int master = -1;
    int slave = -1;
    char name[256] = {0};
    REQUIRE(::openpty(&master, &slave, name, nullptr, nullptr) == 0);
    termios t{};
    ::tcgetattr(master, &t);
    ::cfmakeraw(&t);
    ::tcsetattr(master, TCSANOW, &t);
    const QByteArray file = sample(2500);
    {
        // Stale 'C's queued before the port is opened (a bootloader asking into a line
        // nobody read) must not upset the transfer.
        ScriptedReceiver receiver(master, WantCrc, nullptr);
        SerialStream stream;
        SerialStream::Settings s;
        s.device = QString::fromLocal8Bit(name);
        REQUIRE(stream.open(s));
        XmodemSender sender(stream, quick());
        const auto result = sender.send(file);
        const ReceivedTransfer got = receiver.join();
        REQUIRE(result.ok());
        requireFileThenPadding(got.data, file);
    }
    ::close(slave);
    ::close(master);
}

TEST_CASE("The bootloader's package check", "[xmodem][unit]")
{
    QTemporaryDir dir;
    const auto pkg = testsupport::makePackage(dir.path(), 7350, 1, 2, {3, 4, 5}, 3000, 9);
    metersim::BootloaderIdentity me;
    me.deviceType = 7350;
    me.hwRevision = 2;
    using V = metersim::XmodemPackageCheck::Verdict;

    auto feedAll = [](metersim::XmodemPackageCheck& c, QByteArray bytes, int block) {
        bytes.append(QByteArray((block - bytes.size() % block) % block, Pad));
        for (int at = 0; at < bytes.size(); at += block) {
            if (c.feed(bytes.mid(at, block)) == V::Refused)
                return V::Refused;
        }
        return c.finish();
    };

    SECTION("a good package, in 128- or 1024-byte blocks, padding dropped")
    {
        for (int block : {128, 1024}) {
            metersim::XmodemPackageCheck c(me);
            REQUIRE(feedAll(c, pkg.fileBytes, block) == V::Accepted);
            REQUIRE(c.versionString() == QStringLiteral("3.4.5"));
            REQUIRE(c.payload() == pkg.payload);
        }
    }
    SECTION("another device type is refused from the header")
    {
        metersim::BootloaderIdentity other = me;
        other.deviceType = 7330;
        metersim::XmodemPackageCheck c(other);
        REQUIRE(c.feed(pkg.fileBytes.left(128)) == V::Refused);
        REQUIRE(c.reason() == QStringLiteral("device-type"));
    }
    SECTION("a hardware revision outside the range")
    {
        metersim::BootloaderIdentity other = me;
        other.hwRevision = 3;
        metersim::XmodemPackageCheck c(other);
        REQUIRE(feedAll(c, pkg.fileBytes, 128) == V::Refused);
        REQUIRE(c.reason() == QStringLiteral("hw-revision"));
    }
    SECTION("a damaged header, a damaged payload, a short file, a long file")
    {
        QByteArray header = pkg.fileBytes;
        header[20] = char(header[20] ^ 1); // build_time: only the header CRC notices
        metersim::XmodemPackageCheck a(me);
        REQUIRE(feedAll(a, header, 128) == V::Refused);
        REQUIRE(a.reason() == QStringLiteral("header-crc"));

        QByteArray payload = pkg.fileBytes;
        payload[payload.size() - 5] = char(payload[payload.size() - 5] ^ 1);
        metersim::XmodemPackageCheck b(me);
        REQUIRE(feedAll(b, payload, 1024) == V::Refused);
        REQUIRE(b.reason() == QStringLiteral("sha256"));

        metersim::XmodemPackageCheck c(me);
        REQUIRE(feedAll(c, pkg.fileBytes.left(pkg.fileBytes.size() - 200), 128) == V::Refused);
        REQUIRE(c.reason() == QStringLiteral("truncated"));

        metersim::XmodemPackageCheck d(me);
        REQUIRE(feedAll(d, pkg.fileBytes + QByteArray(300, 'x'), 128) == V::Refused);
        REQUIRE(d.reason() == QStringLiteral("too-long"));

        metersim::XmodemPackageCheck e(me);
        REQUIRE(feedAll(e, QByteArray("NOTAPACKAGE") + pkg.fileBytes, 128) == V::Refused);
        REQUIRE(e.reason() == QStringLiteral("magic"));
    }
}

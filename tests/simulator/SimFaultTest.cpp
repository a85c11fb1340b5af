// metersim's meters that bend the spec, each seen through the real wire as a client would
// see it: metersim as its own process, the small client of WireClient, and a raw pty.
#include "CatchCompat.h"
#include "Crc16.h"
#include "MeterSimProcess.h"
#include "SimTestHelpers.h"
#include "WireClient.h"

#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QThread>
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

using testsupport::MeterSimProcess;
using namespace simtest;

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

quint32 u32(const WireReply& r)
{
    return r.values.size() >= 2 ? (quint32(r.values[0]) << 16) | r.values[1] : 0xFFFFFFFFu;
}

quint32 nextOffset(WireClient& c)
{
    return u32(c.read(9027, 2));
}

bool connectTcp(WireClient& c, const MeterSimProcess& sim)
{
    return c.connectTo(sim.tcpHost(), sim.tcpPort());
}

// Descriptor and BEGIN for an image of this meter type; true when BEGIN is answered OK.
bool begin(WireClient& c, const QByteArray& image, quint16 type = 7350)
{
    return c.write(9002, descriptor(quint32(image.size()), sha256(image), type)).ok() &&
           c.writeSingle(9000, 1).ok();
}

WireReply sendBlock(WireClient& c, const QByteArray& image, quint32 offset, int size = 240)
{
    return c.write(9100, dataWrite(offset, image.mid(int(offset), size)));
}

// How many NAME events so far, after waiting (bounded) for `more` new ones: the lines
// come through a pipe, so one not read yet is not proof that it was not printed.
int countEvents(MeterSimProcess& sim, const QString& name, int more)
{
    for (int i = 0; i < more; ++i) {
        if (!sim.waitForEvent(name, 3000))
            break;
    }
    int n = 0;
    for (const QString& e : sim.events())
        n += e == name || e.startsWith(name + QLatin1Char(' ')) ? 1 : 0;
    return n;
}

// The eight bytes of SERIAL_NUMBER (registers 6-13), NULs at the end removed.
QByteArray serialOf(WireClient& c)
{
    QByteArray b;
    for (quint16 v : c.read(6, 8).values)
        b.append(char(v >> 8)).append(char(v & 0xFF));
    while (b.endsWith('\0'))
        b.chop(1);
    return b;
}

// The slave end of metersim's --pty, raw, for one RTU request and its answer.
class RawPty
{
public:
    explicit RawPty(const QString& path)
    {
        m_fd = ::open(path.toLocal8Bit().constData(), O_RDWR | O_NOCTTY | O_NONBLOCK);
        if (m_fd < 0)
            return;
        termios t{};
        ::tcgetattr(m_fd, &t);
        ::cfmakeraw(&t);
        ::tcsetattr(m_fd, TCSANOW, &t);
    }
    ~RawPty()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isOpen() const { return m_fd >= 0; }
    // Sends the frame and collects what comes back until `want` bytes or the timeout.
    QByteArray transact(const QByteArray& frame, int want, int timeoutMs = 1500)
    {
        if (::write(m_fd, frame.constData(), size_t(frame.size())) != frame.size())
            return {};
        QByteArray in;
        const QDeadlineTimer deadline(timeoutMs);
        while (in.size() < want && !deadline.hasExpired()) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, int(qMax<qint64>(1, deadline.remainingTime()))) <= 0)
                continue;
            char buf[256];
            const ssize_t n = ::read(m_fd, buf, sizeof buf);
            if (n > 0)
                in.append(buf, int(n));
        }
        return in;
    }

private:
    int m_fd = -1;
};

} // namespace

TEST_CASE("--mute-first: the first N requests to each meter are neither acted on nor answered",
          "[sim][fault]")
{
    MeterSimProcess sim;
    REQUIRE(sim.start({s("--tcp"), s("0"), s("--mute-first"), s("3"), s("--meter"), s("unit=2")}));
    WireClient c;
    REQUIRE(connectTcp(c, sim));
    c.setTimeout(300);
    CHECK_FALSE(c.write(1130, {1}).answered); // 1st: not acted on either
    CHECK_FALSE(c.read(0, 1).answered);
    CHECK_FALSE(c.read(0, 1).answered);
    c.setTimeout(1500);
    CHECK(c.read(0, 1).values == QVector<quint16>{1});    // the 4th is answered
    CHECK(c.read(1130, 1).values == QVector<quint16>{0}); // the muted write changed nothing
    CHECK(countEvents(sim, s("muted"), 3) == 3);

    // Each meter counts its own: unit 2 has not had a request yet.
    c.setUnit(2);
    c.setTimeout(300);
    for (int i = 0; i < 3; ++i)
        CHECK_FALSE(c.read(0, 1).answered);
    c.setTimeout(1500);
    CHECK(c.read(0, 1).values == QVector<quint16>{1});
    CHECK(countEvents(sim, s("muted"), 3) == 6);
}

TEST_CASE("--data-exception: data writes answer the code and store nothing", "[sim][fault]")
{
    const QByteArray image = makeImage(1000);
    SECTION("the first COUNT writes")
    {
        MeterSimProcess sim;
        REQUIRE(sim.start({s("--tcp"), s("0"), s("--data-exception"), s("6:2")}));
        WireClient c;
        REQUIRE(connectTcp(c, sim));
        REQUIRE(begin(c, image));
        CHECK(sendBlock(c, image, 0).exception == 6);
        CHECK(nextOffset(c) == 0);
        CHECK(sendBlock(c, image, 0).exception == 6);
        CHECK(nextOffset(c) == 0);
        CHECK(sendBlock(c, image, 0).ok()); // the third is the meter's own answer
        CHECK(nextOffset(c) == 240);
        CHECK(countEvents(sim, s("data-exception"), 2) == 2);
    }
    SECTION("every write, without COUNT; other writes are not touched")
    {
        MeterSimProcess sim;
        REQUIRE(sim.start({s("--tcp"), s("0"), s("--data-exception"), s("4")}));
        WireClient c;
        REQUIRE(connectTcp(c, sim));
        REQUIRE(begin(c, image)); // function 16 elsewhere and 06 answer as usual
        for (int i = 0; i < 5; ++i)
            CHECK(sendBlock(c, image, 0).exception == 4);
        CHECK(nextOffset(c) == 0);
        CHECK(c.read(9001, 1).values == QVector<quint16>{1}); // still RECEIVING
    }
}

TEST_CASE("--next-offset-skew: NEXT_OFFSET reads off the truth, data only at the true offset",
          "[sim][fault]")
{
    const QByteArray image = makeImage(1000);
    SECTION("ahead")
    {
        MeterSimProcess sim;
        REQUIRE(sim.start({s("--tcp"), s("0"), s("--next-offset-skew"), s("5")}));
        WireClient c;
        REQUIRE(connectTcp(c, sim));
        REQUIRE(begin(c, image));
        CHECK(nextOffset(c) == 5);
        for (int i = 0; i < 3; ++i)
            CHECK(sendBlock(c, image, nextOffset(c)).exception == 3); // at what it says
        CHECK(sendBlock(c, image, 0).ok());                           // at the truth
        CHECK(nextOffset(c) == 245);
        CHECK(sendBlock(c, image, 245).exception == 3);
    }
    SECTION("behind, modulo 2^32; a repeat is refused too")
    {
        MeterSimProcess sim;
        REQUIRE(sim.start({s("--tcp"), s("0"), s("--next-offset-skew"), s("-100")}));
        WireClient c;
        REQUIRE(connectTcp(c, sim));
        REQUIRE(begin(c, image));
        CHECK(nextOffset(c) == 0xFFFFFF9Cu);
        CHECK(sendBlock(c, image, 0).ok());
        CHECK(nextOffset(c) == 140);
        CHECK(sendBlock(c, image, 140).exception == 3);
        CHECK(sendBlock(c, image, 140, 100).exception == 3); // bytes already stored
        CHECK(sendBlock(c, image, 240).ok());
    }
}

TEST_CASE("--max-block-at: MAX_BLOCK reads VALUE past OFFSET; the real limit stays", "[sim][fault]")
{
    MeterSimProcess sim;
    REQUIRE(sim.start(
        {s("--tcp"), s("0"), s("--max-block"), s("120"), s("--max-block-at"), s("240:200")}));
    WireClient c;
    REQUIRE(connectTcp(c, sim));
    const QByteArray image = makeImage(2000);
    REQUIRE(begin(c, image));
    CHECK(c.read(9026, 1).values == QVector<quint16>{120});
    REQUIRE(sendBlock(c, image, 0, 120).ok());
    CHECK(c.read(9026, 1).values == QVector<quint16>{120});
    REQUIRE(sendBlock(c, image, 120, 120).ok());
    CHECK(c.read(9026, 1).values == QVector<quint16>{200});
    CHECK(sendBlock(c, image, 240, 200).exception == 3); // what it says is not what it takes
    CHECK(nextOffset(c) == 240);
    CHECK(sendBlock(c, image, 240, 120).ok());
    CHECK(c.read(9026, 1).values == QVector<quint16>{200});
}

TEST_CASE("--upg-status-after-install: UPG_STATUS reads N after an install until BEGIN",
          "[sim][fault]")
{
    MeterSimProcess sim;
    REQUIRE(sim.start({s("--tcp"), s("0"), s("--upg-status-after-install"), s("7"),
                       s("--verify-ms"), s("50"), s("--install-ms"), s("200")}));
    WireClient c;
    REQUIRE(connectTcp(c, sim));
    const QByteArray image = makeImage(300);
    REQUIRE(begin(c, image));
    CHECK(c.read(9001, 1).values == QVector<quint16>{1}); // RECEIVING reads true
    REQUIRE(sendBlock(c, image, 0).ok());
    REQUIRE(sendBlock(c, image, 240, 60).ok());
    REQUIRE(c.writeSingle(9000, 2).ok());
    REQUIRE(sim.waitForEvent(s("installed")));
    QDeadlineTimer back(10000);
    while (!(c.connectTo(sim.tcpHost(), sim.tcpPort(), 500) && c.read(0, 1).ok()) &&
           !back.hasExpired())
        QThread::msleep(100);
    CHECK(c.read(9001, 1).values == QVector<quint16>{7});
    CHECK(c.read(3, 3).values == QVector<quint16>{2, 1, 7}); // the new firmware runs
    CHECK(c.read(22, 1).values == QVector<quint16>{0});
    CHECK(c.read(100, 2).ok());
    REQUIRE(begin(c, image));
    CHECK(c.read(9001, 1).values == QVector<quint16>{1});
}

TEST_CASE("--device-mode-value: DEVICE_MODE reads N; the real mode still decides", "[sim][fault]")
{
    MeterSimProcess sim;
    REQUIRE(
        sim.start({s("--tcp"), s("0"), s("--type"), s("7330"), s("--device-mode-value"), s("5")}));
    WireClient c;
    REQUIRE(connectTcp(c, sim));
    CHECK(c.read(22, 1).values == QVector<quint16>{5});
    CHECK(c.read(1000, 2).ok()); // NORMAL really: settings answer
    const QByteArray image = makeImage(500);
    REQUIRE(begin(c, image, 7330)); // single bank: now UPGRADE really
    CHECK(c.read(22, 1).values == QVector<quint16>{5});
    CHECK(c.read(1000, 2).exception == 2);
}

TEST_CASE("--wrong-unit-id: replies carry the unit ID one higher, on every framing", "[sim][fault]")
{
    SECTION("Modbus TCP and RTU over TCP")
    {
        MeterSimProcess sim;
        REQUIRE(sim.start({s("--tcp"), s("0"), s("--rtu-tcp"), s("0"), s("--wrong-unit-id"),
                           s("--meter"), s("unit=247")}));
        WireClient tcp;
        REQUIRE(connectTcp(tcp, sim));
        const WireReply a = tcp.read(1, 1);
        CHECK(a.values == QVector<quint16>{7350});
        CHECK(a.unit == 2);
        WireClient rtu(WireClient::Framing::Rtu, 247);
        REQUIRE(rtu.connectTo(sim.rtuTcpHost(), sim.rtuTcpPort()));
        const WireReply b = rtu.read(1, 1); // answered means its CRC was good
        CHECK(b.values == QVector<quint16>{7350});
        CHECK(b.unit == 1);
        const WireReply e = rtu.read(5000, 1);
        CHECK(e.exception == 2);
        CHECK(e.unit == 1);
    }
    SECTION("RTU on a serial line")
    {
        MeterSimProcess sim;
        REQUIRE(sim.start({s("--pty"), s("--unit"), s("9"), s("--wrong-unit-id")}));
        RawPty pty(sim.serialPath());
        REQUIRE(pty.isOpen());
        const QByteArray in =
            pty.transact(metersim::withCrc(QByteArray::fromHex("0903000100 01")), 7);
        REQUIRE(in.size() == 7);
        CHECK(quint8(in[0]) == 10);
        CHECK(in.mid(1, 4) == QByteArray::fromHex("0302 1cb6")); // 7350
        CHECK(metersim::crcValid(in));
    }
}

TEST_CASE("--raw-template: raw values at first start, stored, then left alone", "[sim][fault]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString state = dir.filePath(s("raw.json"));
    {
        MeterSimProcess sim;
        REQUIRE(sim.start({s("--tcp"), s("0"), s("--state"), state, s("--raw-template"),
                           s("1002=0,1020=0xFF41,1130=7")}));
        WireClient c;
        REQUIRE(connectTcp(c, sim));
        CHECK(c.read(1002, 1).values == QVector<quint16>{0});
        CHECK(c.read(1020, 2).values == (QVector<quint16>{0xFF41, 0}));
        CHECK(c.read(1130, 1).values == QVector<quint16>{7});
        CHECK(c.read(1000, 2).values == (QVector<quint16>{0, 120})); // the rest: defaults
        CHECK(c.write(1002, {0}).exception == 3);                    // writes still checked
        REQUIRE(sim.stop());
    }
    const QJsonObject t = MeterSimProcess::dump(state).value(s("template")).toObject();
    CHECK(t.value(s("1002")).toInt() == 0);
    CHECK(t.value(s("1020")).toInt() == 0xFF41);

    MeterSimProcess sim; // stored state: the option is for a first start only
    REQUIRE(sim.start({s("--tcp"), s("0"), s("--state"), state, s("--raw-template"), s("1002=5")}));
    WireClient c;
    REQUIRE(connectTcp(c, sim));
    CHECK(c.read(1002, 1).values == QVector<quint16>{0});

    MeterSimProcess bad;
    CHECK_FALSE(bad.start({s("--tcp"), s("0"), s("--raw-template"), s("1014=1")}));
    CHECK(bad.errorOutput().contains(s("1014")));
}

TEST_CASE("serial numbers take C escapes, in --serial-number and in --meter", "[sim][fault]")
{
    MeterSimProcess sim;
    REQUIRE(sim.start({s("--tcp"), s("0"), s("--serial-number"), s("PC\\x1b[2J\\t\\\\"),
                       s("--meter"), s("unit=2,serial=A\\x2cB\\r\\n")}));
    WireClient c;
    REQUIRE(connectTcp(c, sim));
    CHECK(serialOf(c) == QByteArray("PC\x1b[2J\t\\"));
    c.setUnit(2);
    CHECK(serialOf(c) == QByteArray("A,B\r\n"));

    for (const char* badSerial : {"PC\\q", "PC\\x1", "PC\\xZZ", "0123456789ABCDEF\\x41"}) {
        MeterSimProcess bad;
        CHECK_FALSE(bad.start({s("--tcp"), s("0"), s("--serial-number"), s(badSerial)}));
        CHECK(bad.errorOutput().contains(s("serial")));
    }
}

TEST_CASE("--gone-at-offset: that meter stops for good; the others on the bus answer",
          "[sim][fault]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString state = dir.filePath(s("gone.json"));
    MeterSimProcess sim;
    REQUIRE(sim.start({s("--tcp"), s("0"), s("--state"), state, s("--unit"), s("5"),
                       s("--gone-at-offset"), s("480"), s("--meter"), s("unit=1,serial=SN-OTHER"),
                       s("--meter"), s("unit=3,gone-at-offset=240")}));
    WireClient c(WireClient::Framing::Mbap, 5);
    REQUIRE(connectTcp(c, sim));
    const QByteArray image = makeImage(2000);
    REQUIRE(begin(c, image));
    REQUIRE(sendBlock(c, image, 0).ok());
    c.setTimeout(400);
    CHECK_FALSE(sendBlock(c, image, 240).answered); // stored, not answered
    QString gone;
    REQUIRE(sim.waitForEvent(s("gone"), 3000, &gone));
    CHECK(gone == s("gone unit=5 next_offset=480"));
    for (int i = 0; i < 3; ++i)
        CHECK_FALSE(c.read(0, 1).answered);

    // The meter at the factory unit ID does not go, not even past 480 (the option is the
    // first meter's only); unit 3 goes at its own gone-at-offset.
    c.setUnit(1);
    c.setTimeout(1500);
    CHECK(serialOf(c) == QByteArray("SN-OTHER"));
    REQUIRE(begin(c, image));
    for (quint32 off = 0; off < 960; off += 240)
        CHECK(sendBlock(c, image, off).ok());
    CHECK(nextOffset(c) == 960);
    c.setUnit(3);
    REQUIRE(begin(c, image));
    c.setTimeout(400);
    CHECK_FALSE(sendBlock(c, image, 0).answered);
    REQUIRE(sim.waitForEvent(s("gone"), 3000, &gone));
    CHECK(gone == s("gone unit=3 next_offset=240"));
    CHECK_FALSE(c.read(0, 1).answered);
    c.setUnit(1);
    CHECK(c.read(0, 1).ok());
    REQUIRE(sim.stop());
    CHECK(MeterSimProcess::dump(state).value(s("next_offset")).toInt() == 480);
}

TEST_CASE("--refuse-write: writes touching those registers answer 03 and change nothing",
          "[sim][fault]")
{
    MeterSimProcess sim;
    REQUIRE(sim.start({s("--tcp"), s("0"), s("--refuse-write"), s("1002,1130")}));
    WireClient c;
    REQUIRE(connectTcp(c, sim));
    CHECK(c.write(1002, {100}).exception == 3); // in the spec's range 1-690
    CHECK(c.read(1002, 1).values == QVector<quint16>{120});
    CHECK(c.write(1000, {0, 480, 100}).exception == 3); // PT_PRIMARY with it: nothing changes
    CHECK(c.read(1000, 2).values == (QVector<quint16>{0, 120}));
    CHECK(c.writeSingle(1130, 1).exception == 3);
    CHECK(c.read(1130, 1).values == QVector<quint16>{0});
    CHECK(c.write(1000, {0, 480}).ok()); // the others are writable
    CHECK(c.read(1000, 2).values == (QVector<quint16>{0, 480}));
    CHECK(countEvents(sim, s("write-refused"), 3) == 3);
}

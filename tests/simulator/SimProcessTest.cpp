// metersim as its own process, driven over TCP with a small client written here: state
// across kill -9, power-loss faults, the restart rules, TCP and RTU-over-TCP behaviour.
#include "CatchCompat.h"
#include "MeterSimProcess.h"
#include "SimTestHelpers.h"
#include "WireClient.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

using testsupport::MeterSimProcess;
using namespace simtest;

namespace {

quint32 u32(const WireReply& r)
{
    return r.values.size() >= 2 ? (quint32(r.values[0]) << 16) | r.values[1] : 0xFFFFFFFFu;
}

quint32 nextOffset(WireClient& c)
{
    return u32(c.read(9027, 2));
}

// Sends [from, to) in MAX_BLOCK pieces; false at the first write that is not answered OK.
bool upload(WireClient& c, const QByteArray& image, quint32 from, quint32 to, int block = 240)
{
    for (quint32 off = from; off < to; off += quint32(block)) {
        const int n = int(qMin<quint32>(quint32(block), to - off));
        if (!c.write(9100, dataWrite(off, image.mid(int(off), n))).ok())
            return false;
    }
    return true;
}

bool connect(WireClient& c, const MeterSimProcess& sim)
{
    return c.connectTo(sim.tcpHost(), sim.tcpPort());
}

// Waits (bounded) until the meter answers again after installing.
bool reconnectWhenBack(WireClient& c, const MeterSimProcess& sim, int timeoutMs = 10000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (c.connectTo(sim.tcpHost(), sim.tcpPort(), 500) && c.read(0, 1).ok())
            return true;
        QThread::msleep(100);
    }
    return false;
}

} // namespace

TEST_CASE("state survives kill -9 mid-transfer; the upgrade then completes", "[sim][process]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString state = dir.filePath(QStringLiteral("meter.json"));
    const QStringList args = {QStringLiteral("--tcp"),        QStringLiteral("0"),
                              QStringLiteral("--type"),       QStringLiteral("7350"),
                              QStringLiteral("--state"),      state,
                              QStringLiteral("--verify-ms"),  QStringLiteral("100"),
                              QStringLiteral("--install-ms"), QStringLiteral("500")};
    const QByteArray image = makeImage(5000);

    MeterSimProcess sim;
    REQUIRE(sim.start(args));
    CHECK(sim.tcpHost() == QStringLiteral("127.0.0.1"));
    WireClient c;
    REQUIRE(connect(c, sim));
    REQUIRE(c.write(1130, {1}).ok());
    REQUIRE(c.write(9002, descriptor(5000, sha256(image), 7350)).ok());
    REQUIRE(c.writeSingle(9000, 1).ok());
    REQUIRE(sim.waitForEvent(QStringLiteral("begin")));
    REQUIRE(upload(c, image, 0, 2400));
    sim.kill9();
    CHECK(sim.exitStatus() == QProcess::CrashExit);

    QJsonObject d = MeterSimProcess::dump(state);
    CHECK(d.value(QStringLiteral("next_offset")).toInt() == 2400);
    CHECK(d.value(QStringLiteral("status")).toInt() == 1);
    CHECK(d.value(QStringLiteral("image_sha256")).toString() ==
          QString::fromLatin1(sha256(image.left(2400)).toHex()));
    CHECK(d.value(QStringLiteral("bytes_received_total")).toInt() == 2400);

    REQUIRE(sim.start(args));
    REQUIRE(sim.waitForEvent(QStringLiteral("restart")));
    REQUIRE(connect(c, sim));
    CHECK(c.read(9001, 1).values == QVector<quint16>{1});
    CHECK(nextOffset(c) == 2400);
    CHECK(c.read(22, 1).values == QVector<quint16>{0}); // dual-bank: still NORMAL
    REQUIRE(c.writeSingle(9000, 1).ok());               // BEGIN again: a resume
    CHECK(nextOffset(c) == 2400);
    REQUIRE(upload(c, image, 2400, 5000));
    REQUIRE(c.writeSingle(9000, 2).ok());
    REQUIRE(sim.waitForEvent(QStringLiteral("installing")));
    QString installed;
    REQUIRE(sim.waitForEvent(QStringLiteral("installed"), 10000, &installed));
    CHECK(installed.contains(QStringLiteral("fw=2.1.7")));
    REQUIRE(reconnectWhenBack(c, sim));
    CHECK(c.read(3, 3).values == QVector<quint16>{2, 1, 7});
    CHECK(c.read(9001, 1).values == QVector<quint16>{4});
    CHECK(nextOffset(c) == 0);
    CHECK(c.read(1130, 1).values == QVector<quint16>{1}); // no restart in UPGRADE: kept
    REQUIRE(sim.stop());

    d = MeterSimProcess::dump(state);
    CHECK(d.value(QStringLiteral("installed_sha256")).toString() ==
          QString::fromLatin1(sha256(image).toHex()));
    CHECK(d.value(QStringLiteral("fw")).toString() == QStringLiteral("2.1.7"));
    CHECK(d.value(QStringLiteral("bytes_received_total")).toInt() == 5000);
    CHECK(d.value(QStringLiteral("template")).toObject().value(QStringLiteral("1130")).toInt() ==
          1);
}

TEST_CASE("power-loss faults on a single-bank meter, and settings reset after it", "[sim][process]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString state = dir.filePath(QStringLiteral("m.json"));
    const QStringList base = {QStringLiteral("--tcp"),        QStringLiteral("0"),
                              QStringLiteral("--type"),       QStringLiteral("7330"),
                              QStringLiteral("--state"),      state,
                              QStringLiteral("--verify-ms"),  QStringLiteral("400"),
                              QStringLiteral("--install-ms"), QStringLiteral("300")};
    const QByteArray image = makeImage(3000);

    MeterSimProcess sim;
    REQUIRE(sim.start(
        base + QStringList{QStringLiteral("--power-loss-at-offset"), QStringLiteral("1000")}));
    WireClient c;
    REQUIRE(connect(c, sim));
    REQUIRE(c.write(1000, {0, 480}).ok()); // PT_PRIMARY 480
    REQUIRE(c.write(9002, descriptor(3000, sha256(image), 7330)).ok());
    REQUIRE(c.writeSingle(9000, 1).ok());
    c.setTimeout(500);
    CHECK_FALSE(upload(c, image, 0, 3000)); // the meter dies after storing the block past 1000
    REQUIRE(sim.waitForExit(5000));
    CHECK(sim.exitStatus() == QProcess::CrashExit);
    CHECK(sim.events().filter(QStringLiteral("power-loss")).size() == 1);
    QJsonObject d = MeterSimProcess::dump(state);
    CHECK(d.value(QStringLiteral("next_offset")).toInt() == 1200);
    CHECK(d.value(QStringLiteral("mode")).toString() == QStringLiteral("upgrade"));

    // Back up, finish, and lose power again while verifying.
    REQUIRE(sim.start(base +
                      QStringList{QStringLiteral("--power-loss-in"), QStringLiteral("verifying")}));
    REQUIRE(connect(c, sim));
    c.setTimeout(1500);
    CHECK(c.read(22, 1).values == QVector<quint16>{1});
    CHECK(c.read(1000, 2).exception == 2);
    CHECK(nextOffset(c) == 1200);
    REQUIRE(c.writeSingle(9000, 1).ok());
    CHECK(nextOffset(c) == 1200);
    REQUIRE(upload(c, image, 1200, 3000));
    REQUIRE(c.writeSingle(9000, 2).ok());
    CHECK(c.read(100, 2).exception == 6); // busy while verifying
    REQUIRE(sim.waitForExit(5000));
    CHECK(sim.exitStatus() == QProcess::CrashExit);

    REQUIRE(sim.start(base));
    REQUIRE(connect(c, sim));
    CHECK(c.read(9001, 1).values == QVector<quint16>{1});
    CHECK(nextOffset(c) == 3000);
    CHECK(c.read(22, 1).values == QVector<quint16>{1});
    REQUIRE(c.writeSingle(9000, 2).ok()); // COMMIT again
    REQUIRE(sim.waitForEvent(QStringLiteral("installed")));
    REQUIRE(reconnectWhenBack(c, sim));
    CHECK(c.read(22, 1).values == QVector<quint16>{0});
    CHECK(u32(c.read(1000, 2)) == 120); // restarted in UPGRADE: factory defaults
    REQUIRE(sim.stop());
    d = MeterSimProcess::dump(state);
    CHECK(d.value(QStringLiteral("template")).toObject().value(QStringLiteral("1000")).toInt() ==
          0);
    CHECK(d.value(QStringLiteral("template")).toObject().value(QStringLiteral("1001")).toInt() ==
          120);
}

TEST_CASE("TCP: unit ID change after the reply; installing drops and refuses connections",
          "[sim][process]")
{
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--install-ms"), QStringLiteral("1500"),
                       QStringLiteral("--verify-ms"), QStringLiteral("50")}));
    WireClient c;
    REQUIRE(connect(c, sim));
    c.setTimeout(500);
    CHECK(c.write(1150, {7}).ok()); // answered on the old unit
    CHECK_FALSE(c.read(0, 1).answered);
    c.setUnit(7);
    CHECK(c.read(0, 1).ok());
    CHECK(c.raw(QByteArray::fromHex("0400000001")).exception == 1);
    CHECK(c.read(0, 126).exception == 3);

    const QByteArray image = makeImage(100);
    REQUIRE(c.write(9002, descriptor(100, sha256(image), 7350)).ok());
    REQUIRE(c.writeSingle(9000, 1).ok());
    REQUIRE(upload(c, image, 0, 100));
    REQUIRE(c.writeSingle(9000, 2).ok());
    REQUIRE(sim.waitForEvent(QStringLiteral("installing")));
    QThread::msleep(100);
    CHECK_FALSE(c.read(0, 1).answered);
    WireClient other(WireClient::Framing::Mbap, 7);
    CHECK_FALSE((other.connectTo(sim.tcpHost(), sim.tcpPort(), 300) && other.read(0, 1).answered));
    REQUIRE(sim.waitForEvent(QStringLiteral("installed")));
    REQUIRE(reconnectWhenBack(other, sim));
    CHECK(other.read(3, 3).values == QVector<quint16>{2, 1, 7});
}

TEST_CASE("RTU over TCP: two meters on one bus, broadcast, garbage", "[sim][process]")
{
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--rtu-tcp"), QStringLiteral("0"), QStringLiteral("--meter"),
                       QStringLiteral("unit=2,type=7330,serial=PC-0209A001-12")}));
    REQUIRE(sim.rtuTcpPort() != 0);
    WireClient c(WireClient::Framing::Rtu, 1);
    REQUIRE(c.connectTo(sim.rtuTcpHost(), sim.rtuTcpPort()));
    c.setTimeout(500);
    CHECK(c.read(1, 1).values == QVector<quint16>{7350});
    c.setUnit(2);
    CHECK(c.read(1, 1).values == QVector<quint16>{7330});
    c.setUnit(3);
    CHECK_FALSE(c.read(1, 1).answered);
    c.setUnit(0); // broadcast: acted on by both, answered by none
    CHECK_FALSE(c.write(1130, {1}).answered);
    c.setUnit(1);
    CHECK(c.read(1130, 1).values == QVector<quint16>{1});
    c.setUnit(2);
    CHECK(c.read(1130, 1).values == QVector<quint16>{1});
    // garbage, a pause, then a good request
    c.sendRawBytes(QByteArray::fromHex("02030000ff"));
    QThread::msleep(100);
    CHECK(c.read(0, 32).values.size() == 32);
    // a bad CRC is not answered
    c.sendRawBytes(QByteArray::fromHex("0203000000010000"));
    QThread::msleep(100);
    CHECK(c.read(25, 1).values == QVector<quint16>{1});
    CHECK(c.raw(QByteArray::fromHex("0400000001")).exception ==
          1); // unknown function after silence
}

TEST_CASE("faults: a dropped reply is still acted on; a silent range answers again after it",
          "[sim][process]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString state = dir.filePath(QStringLiteral("f.json"));
    {
        MeterSimProcess sim;
        REQUIRE(sim.start({QStringLiteral("--tcp"), QStringLiteral("0"), QStringLiteral("--state"),
                           state, QStringLiteral("--drop-replies"), QStringLiteral("100")}));
        WireClient c;
        REQUIRE(connect(c, sim));
        c.setTimeout(300);
        CHECK_FALSE(c.write(1130, {1}).answered);
        REQUIRE(sim.stop());
        CHECK(MeterSimProcess::dump(state)
                  .value(QStringLiteral("template"))
                  .toObject()
                  .value(QStringLiteral("1130"))
                  .toInt() == 1);
    }
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--tcp"), QStringLiteral("0"),
                       QStringLiteral("--silent-between"), QStringLiteral("240:241")}));
    WireClient c;
    REQUIRE(connect(c, sim));
    c.setTimeout(300);
    const QByteArray image = makeImage(1000);
    REQUIRE(c.write(9002, descriptor(1000, sha256(image), 7350)).ok());
    REQUIRE(c.writeSingle(9000, 1).ok());
    REQUIRE(upload(c, image, 0, 240));
    CHECK_FALSE(
        c.write(9100, dataWrite(240, image.mid(240, 240))).answered); // stored, not answered
    CHECK(c.write(9100, dataWrite(240, image.mid(240, 240))).ok());   // a repeat: answered
    CHECK(nextOffset(c) == 480);
}

TEST_CASE("--state keeps what the meter is: a restart without options is the same meter",
          "[sim][process]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString state = dir.filePath(QStringLiteral("id.json"));
    const auto tcp = [&state](const QStringList& more) {
        return QStringList{QStringLiteral("--tcp"), QStringLiteral("0"), QStringLiteral("--state"),
                           state} +
               more;
    };
    {
        MeterSimProcess sim;
        REQUIRE(sim.start(tcp(
            {QStringLiteral("--type"), QStringLiteral("7330"), QStringLiteral("--hw"),
             QStringLiteral("4"), QStringLiteral("--serial-number"), QStringLiteral("SN-ID\\x1b1"),
             QStringLiteral("--max-block"), QStringLiteral("128"),
             QStringLiteral("--bootloader-version"), QStringLiteral("5"),
             QStringLiteral("--install-seconds"), QStringLiteral("12"), QStringLiteral("--unit"),
             QStringLiteral("3"), QStringLiteral("--fw"), QStringLiteral("1.2.3")})));
        REQUIRE(sim.stop());
    }
    const auto checkSameMeter = [](WireClient& c) {
        c.setUnit(3);
        CHECK(c.read(1, 2).values == (QVector<quint16>{7330, 4}));
        CHECK(c.read(3, 3).values == (QVector<quint16>{1, 2, 3}));
        CHECK(c.read(6, 4).values ==
              (QVector<quint16>{0x534e, 0x2d49, 0x441b, 0x3100}));                 // SN-ID ESC 1
        CHECK(c.read(14, 3).values == (QVector<quint16>{0x454d, 0x3733, 0x3330})); // EM7330
        CHECK(c.read(24, 2).values == (QVector<quint16>{5, 1}));
        CHECK(c.read(9026, 1).values == QVector<quint16>{128});
        CHECK(c.read(9029, 2).values == (QVector<quint16>{12, 2048}));
    };
    {
        MeterSimProcess sim; // nothing but the state file
        REQUIRE(sim.start(tcp({})));
        WireClient c;
        REQUIRE(connect(c, sim));
        checkSameMeter(c);
        REQUIRE(sim.stop());
        CHECK_FALSE(sim.errorOutput().contains(QStringLiteral("warning")));
    }
    MeterSimProcess sim; // other options: the stored identity wins, with a warning for each
    REQUIRE(sim.start(
        tcp({QStringLiteral("--type"), QStringLiteral("7350"), QStringLiteral("--serial-number"),
             QStringLiteral("SN-OTHER"), QStringLiteral("--hw"), QStringLiteral("4")})));
    WireClient c;
    REQUIRE(connect(c, sim));
    checkSameMeter(c);
    REQUIRE(sim.stop());
    const QString err = sim.errorOutput();
    CHECK(err.contains(QStringLiteral("ignoring --type 7350 (stored: 7330)")));
    CHECK(err.contains(QStringLiteral("ignoring --serial-number SN-OTHER (stored: SN-ID\\x1b1)")));
    CHECK_FALSE(err.contains(QStringLiteral("--hw")));
    const QJsonObject identity =
        MeterSimProcess::dump(state).value(QStringLiteral("identity")).toObject();
    CHECK(identity.value(QStringLiteral("serial")).toString() == QStringLiteral("SN-ID\x1b"
                                                                                "1"));
    CHECK(identity.value(QStringLiteral("type")).toInt() == 7330);
}

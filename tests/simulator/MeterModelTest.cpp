// The meter model against device-protocol.md sections 2-5, one rule at a time.
#include "MeterModel.h"

#include "CatchCompat.h"
#include "SimTestHelpers.h"

#include <cstring>

using namespace metersim;
using namespace simtest;

namespace {

struct Bench
{
    MeterConfig config;
    MemoryStorage storage;
    std::unique_ptr<MeterModel> model;
    qint64 nowMs = 1000;
    qint64 utc = 1700000000;
    QStringList events;

    explicit Bench(quint16 type = 7350, DeviceMode mode = DeviceMode::Normal)
    {
        config.deviceType = type;
        config.applyTypeDefaults();
        config.hwRevision = 3;
        config.fw[0] = 1;
        config.fw[1] = 4;
        config.fw[2] = 2;
        config.serialNumber = QStringLiteral("PC-0209A001-11");
        config.startMode = mode;
        powerUp();
    }
    // A new model on the same storage: what a power cycle is.
    void powerUp()
    {
        model = std::make_unique<MeterModel>(config, &storage);
        model->setClocks([this] { return nowMs; }, [this] { return utc; });
        model->setEventSink([this](const QString& n, const QString&) { events << n; });
        model->powerUp();
    }
    quint16 r1(quint16 a)
    {
        const ModelReply r = model->read(a, 1);
        REQUIRE(r.exception == 0);
        return r.values[0];
    }
    quint32 r2(quint16 a)
    {
        const ModelReply r = model->read(a, 2);
        REQUIRE(r.exception == 0);
        return (quint32(r.values[0]) << 16) | r.values[1];
    }
    quint8 w(quint16 a, const QVector<quint16>& v) { return model->write(a, v).exception; }
    quint16 status() { return r1(9001); }
    quint32 next() { return r2(9027); }
    quint8 begin(const QByteArray& image, quint16 type = 0)
    {
        REQUIRE(w(9002, descriptor(quint32(image.size()), sha256(image),
                                   type ? type : config.deviceType)) == 0);
        return w(9000, {1});
    }
    void sendAll(const QByteArray& image, int from = 0, int to = -1)
    {
        if (to < 0)
            to = image.size();
        for (int off = from; off < to; off += 240)
            REQUIRE(w(9100, dataWrite(quint32(off), image.mid(off, qMin(240, to - off)))) == 0);
    }
    void install(const QByteArray& image)
    {
        REQUIRE(begin(image) == 0);
        sendAll(image, int(next()));
        REQUIRE(w(9000, {2}) == 0);
        model->finishVerification();
        REQUIRE(status() == 3);
        model->finishInstallation();
    }
};

QString ascii(const QVector<quint16>& regs)
{
    QByteArray b;
    for (quint16 v : regs) {
        b.append(char(v >> 8));
        b.append(char(v & 0xFF));
    }
    return QString::fromLatin1(b.constData()); // up to the first NUL
}

float floatAt(const QVector<quint16>& v, int i)
{
    const quint32 bits = (quint32(v[i]) << 16) | v[i + 1];
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

} // namespace

TEST_CASE("identity block reads whole in one request", "[sim][model]")
{
    Bench b(7330);
    const ModelReply r = b.model->read(0, 32);
    REQUIRE(r.exception == 0);
    REQUIRE(r.values.size() == 32);
    CHECK(r.values[0] == 1);
    CHECK(r.values[1] == 7330);
    CHECK(r.values[2] == 3);
    CHECK(r.values.mid(3, 3) == QVector<quint16>{1, 4, 2});
    CHECK(ascii(r.values.mid(6, 8)) == QStringLiteral("PC-0209A001-11"));
    CHECK(ascii(r.values.mid(14, 8)) == QStringLiteral("EM7330"));
    CHECK(r.values[22] == 0);
    CHECK(r.values[25] == 1);
    CHECK(r.values.mid(26, 6) == QVector<quint16>(6, 0));
    CHECK(b.model->read(0, 33).exception == 2); // 32 is no register
    CHECK(b.w(1, {7350}) == 2);                 // read-only
    CHECK(b.r1(9030) == 2048);
    CHECK(Bench(7350).r1(9030) == 4096);
    CHECK(Bench(7350).r1(25) == 2);
}

TEST_CASE("measurements scale with PT and CT and vanish outside NORMAL", "[sim][model]")
{
    Bench b;
    ModelReply r = b.model->read(100, 24);
    REQUIRE(r.exception == 0);
    CHECK(floatAt(r.values, 0) > 110.0f);
    CHECK(floatAt(r.values, 0) < 130.0f);
    CHECK(floatAt(r.values, 20) == Approx(60.0).margin(0.5));
    // PT 14400:120 (ratio 120) and CT 400:5 (ratio 80)
    REQUIRE(b.w(1000, {0, 14400, 120}) == 0);
    REQUIRE(b.w(1003, {0, 400, 5}) == 0);
    b.nowMs += 5500;
    r = b.model->read(100, 24);
    CHECK(floatAt(r.values, 0) == Approx(14400.0).epsilon(0.02));
    CHECK(floatAt(r.values, 6) > 100.0f);
    CHECK(floatAt(r.values, 22) == Approx(5.0));
    Bench up(7330, DeviceMode::Upgrade);
    CHECK(up.model->read(100, 2).exception == 2);
}

TEST_CASE("template: defaults, whole settings, ranges, all or nothing", "[sim][model]")
{
    Bench b;
    CHECK(b.r2(1000) == 120);
    CHECK(b.r1(1005) == 5);
    CHECK(b.r1(1007) == 60);
    CHECK(b.r1(1150) == 1);
    CHECK(b.r1(1151) == 1);
    CHECK(b.r1(1152) == 1);

    SECTION("a read may start inside a setting, not touch a gap")
    {
        CHECK(b.model->read(1001, 2).exception == 0);
        CHECK(b.model->read(1008, 2).exception == 2);  // 1009 has no setting
        CHECK(b.model->read(1150, 4).exception == 2);  // 1153
        CHECK(b.model->read(1100, 20).exception == 0); // energy block
    }
    SECTION("a write must cover whole settings")
    {
        CHECK(b.w(1001, {5}) == 2);             // inside PT_PRIMARY
        CHECK(b.w(1000, {0}) == 2);             // ends inside PT_PRIMARY
        CHECK(b.w(1009, {1}) == 2);             // no setting
        CHECK(b.w(1100, {0, 0, 0, 1, 0}) == 2); // runs into KWH_RECEIVED's middle
        CHECK(b.r2(1000) == 120);
    }
    SECTION("out of range answers 03")
    {
        CHECK(b.w(1005, {2}) == 3);
        CHECK(b.w(1007, {55}) == 3);
        CHECK(b.w(1010, {quint16(-721)}) == 3);
        CHECK(b.w(1010, {quint16(-720)}) == 0);
        CHECK(b.w(1000, {0x000F, 0x4241}) == 3); // 1000001
        CHECK(b.w(1000, {0x000F, 0x4240}) == 0); // 1000000
        CHECK(b.w(1150, {0}) == 3);
        CHECK(b.w(1150, {248}) == 3);
        CHECK(b.w(1151, {5}) == 3);
        CHECK(b.w(1137, {301}) == 3);
        CHECK(b.w(1131, {quint16(-1000)}) == 0);
    }
    SECTION("a multi-register write is applied whole or not at all")
    {
        // PT_PRIMARY 240, PT_SECONDARY 0 (bad): nothing changes
        CHECK(b.w(1000, {0, 240, 0}) == 3);
        CHECK(b.r2(1000) == 120);
        CHECK(b.w(1000, {0, 240, 240, 0, 50, 5, 1, 50, 240}) == 0);
        CHECK(b.r2(1000) == 240);
        CHECK(b.r2(1003) == 50);
        CHECK(b.r1(1007) == 50);
        // energy preset (u64) and a nameplate string
        CHECK(b.w(1100, {0, 0, 1, 2}) == 0);
        CHECK(b.model->read(1100, 4).values == QVector<quint16>{0, 0, 1, 2});
    }
    SECTION("CLOCK_UTC is a live clock set by offset")
    {
        CHECK(b.r2(1014) == quint32(b.utc));
        REQUIRE(b.w(1014, {quint16(2000000000u >> 16), quint16(2000000000u & 0xFFFF)}) == 0);
        b.utc += 10;
        CHECK(b.r2(1014) == 2000000010u);
        CHECK(b.w(1014, {1}) == 2);
    }
    SECTION("comm settings take effect only when applied (after the reply)")
    {
        const ModelReply r = b.model->write(1150, {7});
        CHECK(r.exception == 0);
        CHECK(r.commSettingsWritten);
        CHECK(b.model->unitId() == 1);
        b.model->applyCommSettings();
        CHECK(b.model->unitId() == 7);
    }
}

TEST_CASE("request rules of section 1 and 5", "[sim][model]")
{
    Bench b;
    CHECK(b.r1(9000) == 0);     // UPG_COMMAND reads 0
    CHECK(b.w(9000, {9}) == 3); // unknown command
    CHECK(b.w(9001, {1}) == 2); // UPG_STATUS read-only
    CHECK(b.w(9026, {100}) == 2);
    CHECK(b.w(9027, {0, 0}) == 2);
    CHECK(b.w(9000, {1, 0}) == 2); // runs into UPG_STATUS
    CHECK(b.model->read(9031, 1).exception == 2);
    CHECK(b.model->read(9100, 3).exception == 2);
    CHECK(b.r1(9026) == 240);
    CHECK(b.r1(9029) == 30);
}

TEST_CASE("descriptor reads back and survives restarts; later writes do not change the image",
          "[sim][model]")
{
    Bench b;
    const QByteArray image = makeImage(1000);
    REQUIRE(b.begin(image) == 0);
    b.sendAll(image, 0, 480);
    REQUIRE(b.w(9002, {0, 999}) == 0); // changes the registers, not the image
    b.powerUp();
    CHECK(b.r2(9002) == 999);
    CHECK(b.status() == 1);
    CHECK(b.next() == 480);
    CHECK(b.w(9100, dataWrite(480, image.mid(480, 520))) == 3); // over MAX_BLOCK
    b.sendAll(image, 480);
    CHECK(b.next() == 1000); // the image is 1000 bytes, as BEGIN took it
}

TEST_CASE("BEGIN checks in the spec's order, changing nothing else", "[sim][model]")
{
    const QByteArray image = makeImage(600);
    SECTION("events: critical or warning blocks, wiring fault alone does not")
    {
        Bench b;
        b.config.activeEvents = 0x2;
        b.powerUp();
        // also incompatible and too large: events are checked first
        REQUIRE(b.w(9002, descriptor(0, sha256(image), 7330)) == 0);
        CHECK(b.w(9000, {1}) == 4);
        CHECK(b.status() == 17);
        b.config.activeEvents = 0x4;
        b.powerUp();
        CHECK(b.begin(image) == 0);
    }
    SECTION("device type and hardware range")
    {
        Bench b;
        REQUIRE(b.w(9002, descriptor(0, sha256(image), 7330)) == 0);
        CHECK(b.w(9000, {1}) == 4);
        CHECK(b.status() == 16);
        REQUIRE(b.w(9002, descriptor(600, sha256(image), 7350, 4, 9)) == 0); // hw 3 < 4
        CHECK(b.w(9000, {1}) == 4);
        CHECK(b.status() == 16);
        REQUIRE(b.w(9002, descriptor(600, sha256(image), 7350, 1, 2)) == 0);
        CHECK(b.w(9000, {1}) == 4);
        REQUIRE(b.w(9002, descriptor(600, sha256(image), 7350, 3, 3)) == 0);
        CHECK(b.w(9000, {1}) == 0);
    }
    SECTION("size 0 or over capacity")
    {
        Bench b(7330);
        REQUIRE(b.w(9002, descriptor(0, sha256(image), 7330)) == 0);
        CHECK(b.w(9000, {1}) == 4);
        CHECK(b.status() == 19);
        REQUIRE(b.w(9002, descriptor(2048 * 1024 + 1, sha256(image), 7330)) == 0);
        CHECK(b.w(9000, {1}) == 4);
        CHECK(b.status() == 19);
        CHECK(b.r1(22) == 0); // still NORMAL: nothing erased
        CHECK(b.r1(3) == 1);
        REQUIRE(b.w(9002, descriptor(2048 * 1024, sha256(image), 7330)) == 0);
        CHECK(b.w(9000, {1}) == 0);
    }
    SECTION("a rejected BEGIN keeps a partial image for a later resume")
    {
        Bench b;
        REQUIRE(b.begin(image) == 0);
        b.sendAll(image, 0, 240);
        REQUIRE(b.w(9002, descriptor(600, sha256(image), 7330)) == 0);
        CHECK(b.w(9000, {1}) == 4);
        CHECK(b.next() == 240);
        CHECK(b.w(9100, dataWrite(240, image.mid(240, 10))) == 4); // not RECEIVING
        CHECK(b.begin(image) == 0);
        CHECK(b.next() == 240);
    }
}

TEST_CASE("BEGIN: resume only for the same SHA-256 and size", "[sim][model]")
{
    Bench b;
    const QByteArray image = makeImage(1000);
    REQUIRE(b.begin(image) == 0);
    b.sendAll(image, 0, 480);
    REQUIRE(b.begin(image) == 0);
    CHECK(b.next() == 480);
    const QByteArray other = makeImage(1000, 99);
    REQUIRE(b.begin(other) == 0);
    CHECK(b.next() == 0);
}

TEST_CASE("single-bank BEGIN erases the firmware; dual-bank keeps running", "[sim][model]")
{
    const QByteArray image = makeImage(500);
    Bench single(7330);
    REQUIRE(single.begin(image) == 0);
    CHECK(single.r1(22) == 1);
    CHECK(single.model->read(3, 3).values == QVector<quint16>{0, 0, 0});
    CHECK(single.model->read(1000, 1).exception == 2);
    CHECK(single.model->read(100, 2).exception == 2);
    CHECK(single.w(1130, {1}) == 2);
    CHECK(single.model->read(0, 32).exception == 0);
    CHECK(single.model->read(9000, 31).exception == 0);

    Bench dual(7350);
    REQUIRE(dual.begin(image) == 0);
    CHECK(dual.r1(22) == 0);
    CHECK(dual.r1(3) == 1);
    CHECK(dual.model->read(100, 24).exception == 0);
    CHECK(dual.w(1130, {1}) == 0);
}

TEST_CASE("data window: every case of the table", "[sim][model]")
{
    Bench b;
    const QByteArray image = makeImage(1001);
    const quint64 before = b.model->state().bytesReceivedTotal;
    SECTION("not RECEIVING answers 04 before any other check")
    {
        CHECK(b.w(9100, dataWrite(0, image.left(10))) == 4);
        CHECK(b.w(9100, {0, 0, 0}) == 4); // LENGTH 0 would be 03
        CHECK(b.w(9100, {0}) == 4);
    }
    REQUIRE(b.begin(image) == 0);
    SECTION("LENGTH 0, over MAX_BLOCK, count mismatch, beyond the image: 03")
    {
        CHECK(b.w(9100, {0, 0, 0}) == 3);
        CHECK(b.w(9100, dataWrite(0, image.left(242))) == 3);
        QVector<quint16> r = dataWrite(0, image.left(10));
        r.append(0);
        CHECK(b.w(9100, r) == 3);
        r = dataWrite(0, image.left(10));
        r[2] = 11; // odd: ceil(11/2) = 6 registers, 5 given
        CHECK(b.w(9100, r) == 3);
        CHECK(b.w(9100, dataWrite(1000, image.left(2))) == 3);
        CHECK(b.w(9100, {0, 0}) == 3);
        CHECK(b.next() == 0);
    }
    SECTION("OFFSET = NEXT_OFFSET stores; a repeat changes nothing; a gap or overlap is 03")
    {
        CHECK(b.w(9100, dataWrite(0, image.left(240))) == 0);
        CHECK(b.next() == 240);
        CHECK(b.w(9100, dataWrite(0, image.left(240))) == 0);      // repeat
        CHECK(b.w(9100, dataWrite(100, image.mid(100, 20))) == 0); // inside: repeat too
        CHECK(b.next() == 240);
        CHECK(b.w(9100, dataWrite(242, image.mid(242, 10))) == 3);  // gap
        CHECK(b.w(9100, dataWrite(200, image.mid(200, 100))) == 3); // partial overlap
        CHECK(b.next() == 240);
        b.sendAll(image, 240);
        CHECK(b.next() == 1001); // the odd last byte
        CHECK(b.storage.readImage() == image);
        CHECK(b.model->state().bytesReceivedTotal == before + 240 + 240 + 20 + 10 + 100 + 761);
    }
    SECTION("a data write elsewhere in the window is an address error")
    {
        CHECK(b.w(9101, {0, 2, 0, 0}) == 2);
        CHECK(b.w(9100 + 1, {0}) == 2);
    }
}

TEST_CASE("COMMIT, VERIFYING busy rule, install, DONE", "[sim][model]")
{
    Bench b;
    const QByteArray image = makeImage(700);
    REQUIRE(b.w(1130, {1}) == 0); // a setting to keep
    REQUIRE(b.begin(image) == 0);
    CHECK(b.w(9000, {2}) == 3); // incomplete
    b.sendAll(image);
    REQUIRE(b.w(9000, {2}) == 0);
    CHECK(b.status() == 2);
    CHECK(b.model->read(0, 32).exception == 0);
    CHECK(b.model->read(9000, 31).exception == 0);
    CHECK(b.model->read(0, 33).exception == 6);
    CHECK(b.model->read(100, 2).exception == 6);
    CHECK(b.model->read(1130, 1).exception == 6);
    CHECK(b.model->read(8999, 2).exception == 6);
    CHECK(b.w(9000, {3}) == 6);
    CHECK(b.w(1130, {0}) == 6);
    b.model->finishVerification();
    CHECK(b.status() == 3);
    CHECK(b.model->isSilent());
    b.model->finishInstallation();
    CHECK(b.status() == 4);
    CHECK(b.next() == 0);
    CHECK(b.model->read(3, 3).values == QVector<quint16>{2, 1, 7});
    CHECK(b.r1(22) == 0);
    CHECK(b.r1(1130) == 1); // settings survive an upgrade without a restart in it
    CHECK(b.model->state().installedSha256 == sha256(image));
    CHECK(b.events.contains(QStringLiteral("installed")));
}

TEST_CASE("verify failure discards the image; single-bank stays in UPGRADE", "[sim][model]")
{
    Bench b(7330);
    const QByteArray image = makeImage(300);
    REQUIRE(b.w(9002, descriptor(300, sha256(makeImage(300, 1)), 7330)) == 0); // wrong hash
    REQUIRE(b.w(9000, {1}) == 0);
    b.sendAll(image);
    REQUIRE(b.w(9000, {2}) == 0);
    b.model->finishVerification();
    CHECK(b.status() == 18);
    CHECK(b.next() == 0);
    CHECK(b.r1(22) == 1);
    CHECK(b.w(9100, dataWrite(0, image.left(10))) == 4);
    // the next COMMIT's check can be made to fail on purpose too
    b.model->setFailNextVerify(true);
    REQUIRE(b.begin(image) == 0);
    b.sendAll(image);
    REQUIRE(b.w(9000, {2}) == 0);
    b.model->finishVerification();
    CHECK(b.status() == 18);
}

TEST_CASE("ABORT", "[sim][model]")
{
    const QByteArray image = makeImage(500);
    Bench single(7330);
    REQUIRE(single.begin(image) == 0);
    single.sendAll(image, 0, 240);
    REQUIRE(single.w(9000, {3}) == 0);
    CHECK(single.status() == 0);
    CHECK(single.next() == 0);
    CHECK(single.r1(22) == 2);
    CHECK(single.model->read(1000, 2).exception == 2);
    single.install(image); // a new transfer brings it back
    CHECK(single.r1(22) == 0);
    CHECK(single.r1(3) == 2);

    Bench dual(7350);
    REQUIRE(dual.begin(image) == 0);
    dual.sendAll(image, 0, 240);
    REQUIRE(dual.w(9000, {3}) == 0);
    CHECK(dual.r1(22) == 0);
    CHECK(dual.r1(3) == 1);
    CHECK(dual.next() == 0);
    CHECK(dual.begin(image) == 0);
    CHECK(dual.next() == 0); // the partial image is gone: no resume
}

TEST_CASE("restart rules", "[sim][model]")
{
    const QByteArray image = makeImage(900);
    SECTION("single-bank restarted in UPGRADE: factory defaults once installed")
    {
        Bench b(7330);
        REQUIRE(b.w(1000, {0, 480}) == 0);
        REQUIRE(b.w(1100, {0, 0, 0, 1234}) == 0);
        REQUIRE(b.begin(image) == 0);
        b.sendAll(image, 0, 480);
        b.powerUp();
        CHECK(b.events.contains(QStringLiteral("restart")));
        CHECK(b.r1(22) == 1);
        CHECK(b.status() == 1);
        CHECK(b.next() == 480);
        b.install(image);
        CHECK(b.r1(22) == 0);
        CHECK(b.r2(1000) == 120);
        CHECK(b.model->read(1100, 4).values == QVector<quint16>{0, 0, 0, 0});
    }
    SECTION("single-bank without a restart keeps its settings")
    {
        Bench b(7330);
        REQUIRE(b.w(1000, {0, 480}) == 0);
        b.install(image);
        CHECK(b.r2(1000) == 480);
    }
    SECTION("power lost while VERIFYING or INSTALLING: RECEIVING with the whole image")
    {
        for (int installing = 0; installing < 2; ++installing) {
            Bench b(7330);
            REQUIRE(b.begin(image) == 0);
            b.sendAll(image);
            REQUIRE(b.w(9000, {2}) == 0);
            if (installing)
                b.model->finishVerification();
            b.powerUp();
            CHECK(b.status() == 1);
            CHECK(b.next() == 900);
            CHECK(b.r1(22) == 1);
            REQUIRE(b.w(9000, {2}) == 0); // COMMIT again
            b.model->finishVerification();
            b.model->finishInstallation();
            CHECK(b.r1(3) == 2);
        }
    }
    SECTION("dual-bank: old firmware, NORMAL, settings kept; partial transfer survives")
    {
        Bench b(7350);
        REQUIRE(b.w(1130, {1}) == 0);
        REQUIRE(b.begin(image) == 0);
        b.sendAll(image, 0, 240);
        b.powerUp();
        CHECK(b.status() == 1);
        CHECK(b.next() == 240);
        CHECK(b.r1(22) == 0);
        b.sendAll(image, 240);
        REQUIRE(b.w(9000, {2}) == 0);
        b.powerUp(); // lost in VERIFYING
        CHECK(b.status() == 1);
        CHECK(b.next() == 900);
        CHECK(b.r1(22) == 0);
        CHECK(b.r1(3) == 1);
        REQUIRE(b.w(9000, {2}) == 0);
        b.model->finishVerification();
        b.model->finishInstallation();
        CHECK(b.r1(1130) == 1);
    }
    SECTION("NO_FIRMWARE restart also means defaults after the next install")
    {
        Bench b(7330);
        REQUIRE(b.w(1130, {1}) == 0);
        REQUIRE(b.begin(image) == 0);
        REQUIRE(b.w(9000, {3}) == 0);
        b.powerUp();
        CHECK(b.r1(22) == 2);
        b.install(image);
        CHECK(b.r1(1130) == 0);
    }
    SECTION("uptime restarts with power")
    {
        Bench b;
        b.nowMs += 10000;
        const ModelReply r = b.model->read(122, 2);
        CHECK(floatAt(r.values, 0) == Approx(10.0));
        b.powerUp();
        CHECK(floatAt(b.model->read(122, 2).values, 0) == Approx(0.0));
    }
}

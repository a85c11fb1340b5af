// Framing of the simulator: the CRC, RTU frame cutting, and PDU request-size rules.
#include "CatchCompat.h"
#include "Crc16.h"
#include "MeterModel.h"
#include "ModbusPdu.h"
#include "RtuFramer.h"

using namespace metersim;

namespace {
QByteArray hex(const char* h)
{
    return QByteArray::fromHex(h);
}
} // namespace

TEST_CASE("CRC-16 matches the Modbus reference", "[sim][wire]")
{
    // Read 1 register at 0 from unit 1: 01 03 00 00 00 01 84 0A
    CHECK(withCrc(hex("010300000001")) == hex("010300000001840a"));
    CHECK(crcValid(hex("010300000001840a")));
    CHECK_FALSE(crcValid(hex("010300000001840b")));
}

TEST_CASE("RTU framer cuts by function code and drops garbage at silence", "[sim][wire]")
{
    RtuFramer f;
    const QByteArray read = withCrc(hex("010300000020"));
    const QByteArray write = withCrc(hex("011004620001020001")); // FC16, 1 register
    SECTION("split and joined frames")
    {
        CHECK(f.feed(read.left(3)).isEmpty());
        const auto frames = f.feed(read.mid(3) + write);
        REQUIRE(frames.size() == 2);
        CHECK(frames[0] == hex("010300000020"));
        CHECK(frames[1] == write.left(write.size() - 2));
        CHECK_FALSE(f.hasPending());
    }
    SECTION("a bad CRC holds everything until the silence drops it")
    {
        QByteArray bad = read;
        bad[7] = char(bad[7] ^ 1);
        CHECK(f.feed(bad).isEmpty());
        CHECK(f.feed(read).isEmpty()); // same burst: lost with the garbage
        CHECK(f.silence().isEmpty());
        CHECK(f.feed(read).size() == 1);
    }
    SECTION("an unknown function code is a frame once the line is quiet")
    {
        const QByteArray other = withCrc(hex("01040000000a"));
        CHECK(f.feed(other).isEmpty());
        CHECK(f.silence() == hex("01040000000a"));
    }
}

TEST_CASE("PDU rules: functions, counts, byte counts", "[sim][wire]")
{
    MemoryStorage storage;
    MeterModel model(MeterConfig{}, &storage);
    model.powerUp();
    auto run = [&](const char* h) { return ModbusPdu::process(model, hex(h)).response.toHex(); };
    CHECK(run("0400000001") == "8401"); // function 04: 01
    CHECK(run("2b0e0100") == "ab01");   // device identification: 01
    CHECK(run("0300000000") == "8303"); // count 0
    CHECK(run("030000007e") == "8303"); // count 126
    CHECK(run("030000007d") == "8302"); // 125 passes the count, not the address
    CHECK(run("0300000020").startsWith("0340"));
    CHECK(run("0300200001") == "8302");             // address 32
    CHECK(run("10046a0001020001") == "10046a0001"); // ITC_ENABLE = 1
    CHECK(run("10046a0001030001") == "9003");       // byte count mismatch
    CHECK(run("10046a007c") == "9003");             // 124 registers
    CHECK(run("06046a0000") == "06046a0000");       // echo
    CHECK(run("0600010002") == "8602");             // read-only
    CHECK(run("06232800ff") == "8603");             // unknown UPG_COMMAND
}

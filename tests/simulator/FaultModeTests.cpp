// metersim's fault modes --ack-without-store, --offset-reset-at, --long-write-silence and
// --exception-at, and the counters of its state (begin_count, commit_count,
// data_write_count): metersim as its own process, reached over Modbus TCP by the tool's own
// client (MeterClientFactory), and its --state file read back with --dump.
#include "CatchCompat.h"
#include "MeterClientFactory.h"
#include "MeterSimProcess.h"
#include "SimTestHelpers.h"
#include "meter/LinkSettings.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <memory>

using namespace commissioner;
using testsupport::MeterSimProcess;
using namespace simtest;

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

// One metersim on 127.0.0.1 with its state in a temporary folder, and a client for it.
struct FaultMeter
{
    QTemporaryDir dir;
    QString stateFile = dir.filePath(s("meter.json"));
    MeterSimProcess sim;
    std::unique_ptr<MeterClient> client;

    // Starts metersim with these options (plus --tcp and --state) and opens a client that
    // does not retry: each request is sent once, so what the meter did with it is clear.
    bool start(const QStringList& options)
    {
        if (!dir.isValid() ||
            !sim.start(QStringList{s("--tcp"), s("127.0.0.1:0"), s("--state"), stateFile} +
                       options))
            return false;
        LinkSettings link;
        link.kind = LinkDescription::Kind::Tcp;
        link.host = sim.tcpHost();
        link.port = sim.tcpPort();
        link.retry.responseTimeoutMs = 700;
        link.retry.retries = 0;
        auto opened = MeterClientFactory::open(link);
        if (!opened.ok())
            return false;
        client = std::move(opened).value();
        return true;
    }

    qint64 dumped(const char* key) const
    {
        return qint64(MeterSimProcess::dump(stateFile).value(s(key)).toDouble(-1));
    }
};

Registers registersOf(const Result<Registers, LinkError>& r)
{
    return r.ok() ? r.value() : Registers{};
}

quint32 nextOffset(MeterClient& c)
{
    const Registers r = registersOf(c.readRegisters(9027, 2));
    return r.size() == 2 ? (quint32(r[0]) << 16) | r[1] : 0xFFFFFFFFu;
}

quint16 upgStatus(MeterClient& c)
{
    const Registers r = registersOf(c.readRegisters(9001, 1));
    return r.size() == 1 ? r[0] : 0xFFFF;
}

// The descriptor of `image` for a 7350 (one function-16 request of 24 registers), then BEGIN.
bool begin(MeterClient& c, const QByteArray& image)
{
    return c.writeRegisters(9002, descriptor(quint32(image.size()), sha256(image), 7350)).ok() &&
           c.writeRegister(9000, 1).ok();
}

Result<Ok, LinkError> sendBlock(MeterClient& c, const QByteArray& image, quint32 offset,
                                int size = 240)
{
    return c.writeRegisters(9100, dataWrite(offset, image.mid(int(offset), size)));
}

// The exception code of a failed request; 0 when it succeeded or failed otherwise.
template <typename T> int exceptionOf(const Result<T, LinkError>& r)
{
    return !r.ok() && r.error().kind == LinkErrorKind::Exception ? r.error().exceptionCode : 0;
}

template <typename T> bool timedOut(const Result<T, LinkError>& r)
{
    return !r.ok() && r.error().kind == LinkErrorKind::Timeout;
}

QString emptySha256()
{
    return QString::fromLatin1(sha256(QByteArray()).toHex());
}

} // namespace

TEST_CASE("--ack-without-store: data writes are answered OK and nothing is stored", "[sim][fault]")
{
    FaultMeter m;
    REQUIRE(m.start({s("--ack-without-store")}));
    MeterClient& c = *m.client;
    const QByteArray image = makeImage(1000);
    REQUIRE(begin(c, image));
    CHECK(sendBlock(c, image, 0).ok());
    CHECK(nextOffset(c) == 0);
    CHECK(sendBlock(c, image, 0).ok()); // sent again: accepted again, still nothing
    CHECK(sendBlock(c, image, 240).ok());
    CHECK(nextOffset(c) == 0);
    CHECK(upgStatus(c) == 1);                          // RECEIVING
    CHECK(exceptionOf(c.writeRegister(9000, 2)) == 3); // COMMIT: the image is not all there
    QString line;
    CHECK(m.sim.waitForEvent(s("ack-without-store"), 3000, &line));
    CHECK(line.contains(s("offset=0 length=240")));

    const QJsonObject d = MeterSimProcess::dump(m.stateFile);
    CHECK(d.value(s("next_offset")).toInt() == 0);
    CHECK(d.value(s("image_sha256")).toString() == emptySha256()); // no byte kept
    CHECK(d.value(s("data_write_count")).toInt() == 3);
    CHECK(d.value(s("bytes_received_total")).toInt() == 720);
    CHECK(d.value(s("begin_count")).toInt() == 1);
    CHECK(d.value(s("commit_count")).toInt() == 1);
}

TEST_CASE("--offset-reset-at: NEXT_OFFSET falls back to 0 each time it reaches N", "[sim][fault]")
{
    FaultMeter m;
    REQUIRE(m.start({s("--offset-reset-at"), s("480")}));
    MeterClient& c = *m.client;
    const QByteArray image = makeImage(1000);
    REQUIRE(begin(c, image));
    for (int round = 0; round < 2; ++round) {
        INFO("round " << round);
        REQUIRE(sendBlock(c, image, 0).ok());
        CHECK(nextOffset(c) == 240);
        CHECK(sendBlock(c, image, 240).ok()); // stored and answered, then lost
        CHECK(nextOffset(c) == 0);
        CHECK(upgStatus(c) == 1);                          // still RECEIVING the same image
        CHECK(exceptionOf(sendBlock(c, image, 480)) == 3); // a gap now
        QString line;
        CHECK(m.sim.waitForEvent(s("offset-reset"), 3000, &line));
        CHECK(line.contains(s("next_offset=480")));
    }
    const QJsonObject d = MeterSimProcess::dump(m.stateFile);
    CHECK(d.value(s("next_offset")).toInt() == 0);
    CHECK(d.value(s("has_image")).toBool());
    CHECK(d.value(s("status")).toInt() == 1);
    CHECK(d.value(s("image_expected_sha256")).toString() ==
          QString::fromLatin1(sha256(image).toHex()));
    CHECK(d.value(s("data_write_count")).toInt() == 6);
    CHECK(d.value(s("bytes_received_total")).toInt() == 6 * 240);
}

TEST_CASE("--long-write-silence: longer function-16 writes go unanswered and do nothing",
          "[sim][fault]")
{
    FaultMeter m;
    REQUIRE(m.start({s("--long-write-silence"), s("10")}));
    MeterClient& c = *m.client;
    const QByteArray image = makeImage(1000);
    const Registers desc = descriptor(quint32(image.size()), sha256(image), 7350);

    // Reads of any length are answered.
    const auto identity = c.readRegisters(0, 32);
    REQUIRE(identity.ok());
    CHECK(identity.value()[1] == 7350);
    CHECK(c.readRegisters(9000, 31).ok());

    // 24 registers: no answer, and the descriptor stays as it was.
    CHECK(timedOut(c.writeRegisters(9002, desc)));
    CHECK(registersOf(c.readRegisters(9002, 24)) == Registers(24, 0));
    QString line;
    CHECK(m.sim.waitForEvent(s("long-write-silence"), 3000, &line));
    CHECK(line.contains(s("registers=24")));

    // The same descriptor in writes of at most 10 registers, and BEGIN (function 06).
    for (int i = 0; i < desc.size(); i += 8)
        REQUIRE(c.writeRegisters(9002 + i, desc.mid(i, 8)).ok());
    CHECK(registersOf(c.readRegisters(9002, 24)) == desc);
    REQUIRE(c.writeRegister(9000, 1).ok());
    CHECK(upgStatus(c) == 1);

    // A full block (123 registers) is lost; one of 14 bytes (10 registers) is stored.
    CHECK(timedOut(sendBlock(c, image, 0)));
    CHECK(nextOffset(c) == 0);
    CHECK(sendBlock(c, image, 0, 14).ok());
    CHECK(nextOffset(c) == 14);
    CHECK(m.dumped("data_write_count") == 1); // the silenced one never reached the meter
    CHECK(m.dumped("begin_count") == 1);
}

TEST_CASE("--exception-at: any request touching ADDR answers CODE and does nothing", "[sim][fault]")
{
    FaultMeter m;
    REQUIRE(m.start({s("--exception-at"), s("9000:2,1001:4,9100:6")}));
    MeterClient& c = *m.client;
    const QByteArray image = makeImage(1000);

    // Reads of the upgrade control block include UPG_COMMAND: exception 02.
    const auto control = c.readRegisters(9000, 31);
    REQUIRE_FALSE(control.ok());
    CHECK(control.error().isException(ModbusException::IllegalDataAddress));
    CHECK(exceptionOf(c.readRegisters(9000, 1)) == 2);
    CHECK(upgStatus(c) == 0);  // 9001 alone does not touch 9000
    CHECK(nextOffset(c) == 0); // nor 9027-9028
    CHECK(c.readRegisters(0, 32).ok());
    QString line;
    CHECK(m.sim.waitForEvent(s("exception-at"), 3000, &line));
    CHECK(line.contains(s("address=9000 code=2")));

    // Template registers 1000-1001: a read or write touching 1001 answers 04.
    CHECK(exceptionOf(c.readRegisters(1000, 2)) == 4);
    CHECK(exceptionOf(c.writeRegisters(1000, {0, 100})) == 4);

    // The descriptor (9002-9025) is written; BEGIN (a write of 9000) answers 02, not acted on.
    REQUIRE(c.writeRegisters(9002, descriptor(quint32(image.size()), sha256(image), 7350)).ok());
    CHECK(exceptionOf(c.writeRegister(9000, 1)) == 2);
    CHECK(upgStatus(c) == 0); // still IDLE
    CHECK(m.dumped("begin_count") == 0);
    CHECK_FALSE(MeterSimProcess::dump(m.stateFile).value(s("has_image")).toBool());

    // A data write at 9100 answers 06 whatever the meter's state.
    CHECK(exceptionOf(sendBlock(c, image, 0)) == 6);
    CHECK(m.dumped("data_write_count") == 1);
}

TEST_CASE("begin_count, commit_count and data_write_count are kept in the state file",
          "[sim][fault]")
{
    FaultMeter m;
    const QStringList options{s("--verify-ms"), s("50"), s("--install-ms"), s("200")};
    REQUIRE(m.start(options));
    const QByteArray image = makeImage(500);
    MeterClient& c = *m.client;
    REQUIRE(begin(c, image));
    CHECK(exceptionOf(c.writeRegister(9000, 2)) == 3); // COMMIT too early: counted too
    REQUIRE(sendBlock(c, image, 0).ok());
    REQUIRE(sendBlock(c, image, 0).ok());                  // a repeat: counted, not stored
    CHECK(exceptionOf(sendBlock(c, image, 480, 20)) == 3); // a gap: counted, refused
    REQUIRE(sendBlock(c, image, 240).ok());
    REQUIRE(sendBlock(c, image, 480, 20).ok());
    REQUIRE(c.writeRegister(9000, 2).ok());
    REQUIRE(m.sim.waitForEvent(s("installed")));
    QJsonObject d = MeterSimProcess::dump(m.stateFile);
    CHECK(d.value(s("begin_count")).toInt() == 1);
    CHECK(d.value(s("commit_count")).toInt() == 2);
    CHECK(d.value(s("data_write_count")).toInt() == 5);
    CHECK(d.value(s("fw")).toString() == s("2.1.7"));

    SECTION("they survive a power loss")
    {
        m.sim.kill9();
        m.client.reset();
        REQUIRE(m.start(options));
        REQUIRE(m.sim.waitForEvent(s("restart")));
        REQUIRE(begin(*m.client, image));
        REQUIRE(sendBlock(*m.client, image, 0).ok());
        d = MeterSimProcess::dump(m.stateFile);
        CHECK(d.value(s("begin_count")).toInt() == 2);
        CHECK(d.value(s("commit_count")).toInt() == 2);
        CHECK(d.value(s("data_write_count")).toInt() == 6);
    }
    SECTION("a state file from before them loads, counting from 0")
    {
        REQUIRE(m.sim.stop());
        m.client.reset();
        QFile file(m.stateFile);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        REQUIRE(state.contains(s("begin_count")));
        for (const char* key : {"begin_count", "commit_count", "data_write_count"})
            state.remove(s(key));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(state).toJson());
        file.close();

        d = MeterSimProcess::dump(m.stateFile);
        CHECK(d.value(s("begin_count")).toInt(-1) == 0);
        CHECK(d.value(s("commit_count")).toInt(-1) == 0);
        CHECK(d.value(s("data_write_count")).toInt(-1) == 0);
        CHECK(d.value(s("fw")).toString() == s("2.1.7")); // the rest of it is still there
        REQUIRE(m.start(options));
        REQUIRE(m.sim.waitForEvent(s("restart"))); // stored state, not a first start
        REQUIRE(begin(*m.client, image));
        CHECK(m.dumped("begin_count") == 1);
        CHECK(m.dumped("data_write_count") == 0);
        CHECK(m.dumped("bytes_received_total") == 760); // that one is not new
    }
}

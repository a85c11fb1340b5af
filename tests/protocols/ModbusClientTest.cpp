// ModbusMeterClient against a libmodbus server in a thread on 127.0.0.1: normal answers,
// silence (timeouts and our retries), exceptions (final), refused and dropped connections,
// late answers (flushed), over Modbus TCP and RTU over TCP.
#include "CatchCompat.h"
#include "MeterClientFactory.h"
#include "ModbusMeterClient.h"
#include "TestModbusServer.h"
#include "meter/LinkSettings.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <chrono>
#include <thread>

using namespace commissioner;

namespace {

LinkSettings settingsFor(const TestModbusServer& server, LinkDescription::Kind kind)
{
    LinkSettings s;
    s.kind = kind;
    s.host = QStringLiteral("127.0.0.1");
    s.port = server.port();
    s.unitId = 1;
    s.retry.responseTimeoutMs = 150;
    s.retry.retries = 2;
    s.retry.backoffMs = 20;
    s.retry.backoffFactor = 2;
    s.retry.maxBackoffMs = 100;
    return s;
}

struct ObservedRetry
{
    int k;
    int n;
    LinkErrorKind why;
    int attemptsSoFar;
};

int freeLocalPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

TEST_CASE("client reads and writes holding registers", "[protocols][client][integration]")
{
    const auto framing = GENERATE(TestModbusServer::Framing::Tcp, TestModbusServer::Framing::Rtu);
    TestModbusServer server(framing);
    REQUIRE(server.start());
    const auto kind = framing == TestModbusServer::Framing::Tcp ? LinkDescription::Kind::Tcp
                                                                : LinkDescription::Kind::RtuOverTcp;
    auto client = MeterClientFactory::create(settingsFor(server, kind));

    auto r = client->readRegisters(10, 5);
    REQUIRE(r.ok());
    CHECK(r.value() == Registers{1010, 1011, 1012, 1013, 1014});
    CHECK(client->lastRecord().attemptCount() == 1);
    CHECK(client->lastRecord().attempts[0].ok);
    CHECK(client->lastRecord().address == 10);
    CHECK(client->lastRecord().count == 5);
    CHECK_FALSE(client->lastRecord().write);

    REQUIRE(client->writeRegisters(100, Registers{0, 240}).ok());
    CHECK(client->lastRecord().write);
    REQUIRE(client->writeRegister(102, 120).ok());
    r = client->readRegisters(100, 3);
    REQUIRE(r.ok());
    CHECK(r.value() == Registers{0, 240, 120});

    // The largest read Modbus allows (the server has 200 registers).
    r = client->readRegisters(0, 125);
    REQUIRE(r.ok());
    CHECK(r.value().size() == 125);
    CHECK(r.value()[124] == 1124);
    CHECK(server.connectionsAccepted() == 1);
}

TEST_CASE("a silent meter times out after our retries, each observed",
          "[protocols][client][integration]")
{
    const auto framing = GENERATE(TestModbusServer::Framing::Tcp, TestModbusServer::Framing::Rtu);
    TestModbusServer server(framing);
    REQUIRE(server.start());
    server.setMode(TestModbusServer::Mode::Silent);
    const auto kind = framing == TestModbusServer::Framing::Tcp ? LinkDescription::Kind::Tcp
                                                                : LinkDescription::Kind::RtuOverTcp;
    ModbusMeterClient client(settingsFor(server, kind));
    QVector<ObservedRetry> seen;
    client.setRetryObserver([&](int k, int n, const LinkError& why, const RequestRecord& soFar) {
        seen.append({k, n, why.kind, soFar.attemptCount()});
    });

    QElapsedTimer clock;
    clock.start();
    const auto r = client.readRegisters(0, 32);
    const qint64 took = clock.elapsed();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == LinkErrorKind::Timeout);
    CHECK(r.error().address == 0);
    CHECK(r.error().count == 32);

    const RequestRecord rec = client.lastRecord();
    REQUIRE(rec.attemptCount() == 3);
    for (const AttemptRecord& a : rec.attempts) {
        CHECK_FALSE(a.ok);
        CHECK(a.error.kind == LinkErrorKind::Timeout);
        CHECK(a.roundTripMs >= 140);
        CHECK(a.roundTripMs < 1000);
    }
    REQUIRE(seen.size() == 2);
    CHECK(seen[0].k == 1);
    CHECK(seen[0].n == 2);
    CHECK(seen[0].why == LinkErrorKind::Timeout);
    CHECK(seen[0].attemptsSoFar == 1);
    CHECK(seen[1].k == 2);
    CHECK(seen[1].attemptsSoFar == 2);
    // 3 timeouts of 150 ms and pauses of 20 + 40 ms.
    CHECK(took >= 3 * 150 + 60 - 10);
    CHECK(took < 3000);
    CHECK(server.requestsSeen() == 3);
    CHECK(server.connectionsAccepted() == 1); // a timeout does not reopen the link
}

TEST_CASE("an exception is final and not retried", "[protocols][client][integration]")
{
    const auto framing = GENERATE(TestModbusServer::Framing::Tcp, TestModbusServer::Framing::Rtu);
    TestModbusServer server(framing);
    REQUIRE(server.start());
    server.setMode(TestModbusServer::Mode::Exception);
    server.setExceptionCode(2);
    const auto kind = framing == TestModbusServer::Framing::Tcp ? LinkDescription::Kind::Tcp
                                                                : LinkDescription::Kind::RtuOverTcp;
    ModbusMeterClient client(settingsFor(server, kind));
    int observed = 0;
    client.setRetryObserver([&](int, int, const LinkError&, const RequestRecord&) { ++observed; });

    const auto r = client.readRegisters(50, 1);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().isException(ModbusException::IllegalDataAddress));
    CHECK(r.error().address == 50);
    CHECK(r.error().count == 1);
    CHECK(client.lastRecord().attemptCount() == 1);
    CHECK(observed == 0);
    CHECK(server.requestsSeen() == 1);

    server.setExceptionCode(4);
    const auto w = client.writeRegister(9000, 1);
    REQUIRE_FALSE(w.ok());
    CHECK(w.error().isException(ModbusException::ServerDeviceFailure));
    CHECK(w.error().address == 9000);
    CHECK(server.requestsSeen() == 2);
}

TEST_CASE("retries recover from a few silent requests", "[protocols][client][integration]")
{
    TestModbusServer server;
    REQUIRE(server.start());
    server.setMode(TestModbusServer::Mode::Silent);
    server.setFaultCount(2);
    ModbusMeterClient client(settingsFor(server, LinkDescription::Kind::Tcp));
    const auto r = client.readRegisters(3, 2);
    REQUIRE(r.ok());
    CHECK(r.value() == Registers{1003, 1004});
    REQUIRE(client.lastRecord().attemptCount() == 3);
    CHECK(client.lastRecord().attempts[0].error.kind == LinkErrorKind::Timeout);
    CHECK(client.lastRecord().attempts[1].error.kind == LinkErrorKind::Timeout);
    CHECK(client.lastRecord().attempts[2].ok);
}

TEST_CASE("a late answer is flushed, not taken for the retry's answer",
          "[protocols][client][integration]")
{
    const auto framing = GENERATE(TestModbusServer::Framing::Tcp, TestModbusServer::Framing::Rtu);
    TestModbusServer server(framing);
    REQUIRE(server.start());
    const auto kind = framing == TestModbusServer::Framing::Tcp ? LinkDescription::Kind::Tcp
                                                                : LinkDescription::Kind::RtuOverTcp;
    LinkSettings s = settingsFor(server, kind);
    s.retry.backoffMs = 300; // the late answer (at 250 ms) arrives during the pause
    s.retry.maxBackoffMs = 300;
    ModbusMeterClient client(s);
    REQUIRE(client.readRegisters(0, 1).ok());

    server.setLateAnswers(1, 250);
    const auto r = client.readRegisters(20, 4);
    REQUIRE(r.ok());
    CHECK(r.value() == Registers{1020, 1021, 1022, 1023});
    REQUIRE(client.lastRecord().attemptCount() == 2);
    CHECK(client.lastRecord().attempts[0].error.kind == LinkErrorKind::Timeout);
    CHECK(client.lastRecord().attempts[1].ok);

    // And the request after it gets its own answer, not a stale one.
    const auto next = client.readRegisters(30, 1);
    REQUIRE(next.ok());
    CHECK(next.value() == Registers{1030});
    CHECK(client.lastRecord().attemptCount() == 1);

    // A request whose last attempt timed out: its late answer (same function, same size)
    // must not be taken for the next request's. RTU has no transaction ID to tell them
    // apart; only the flush does.
    RetryPolicy once = client.retryPolicy();
    once.retries = 0;
    client.setRetryPolicy(once);
    server.setLateAnswers(1, 250);
    const auto timedOut = client.readRegisters(40, 4);
    REQUIRE_FALSE(timedOut.ok());
    CHECK(timedOut.error().kind == LinkErrorKind::Timeout);
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    const auto own = client.readRegisters(50, 4);
    REQUIRE(own.ok());
    CHECK(own.value() == Registers{1050, 1051, 1052, 1053});
}

TEST_CASE("a refused connection is NotConnected after every attempt",
          "[protocols][client][integration]")
{
    const auto kind = GENERATE(LinkDescription::Kind::Tcp, LinkDescription::Kind::RtuOverTcp);
    const int port = freeLocalPort();
    REQUIRE(port > 0);
    LinkSettings s;
    s.kind = kind;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.retry.responseTimeoutMs = 200;
    s.retry.retries = 2;
    s.retry.backoffMs = 10;
    ModbusMeterClient client(s);
    int observed = 0;
    client.setRetryObserver([&](int, int, const LinkError& why, const RequestRecord&) {
        ++observed;
        CHECK(why.kind == LinkErrorKind::NotConnected);
    });

    const auto opened = client.open();
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == LinkErrorKind::NotConnected);
    CHECK(opened.error().sysErrno == ECONNREFUSED);

    const auto r = client.readRegisters(0, 32);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == LinkErrorKind::NotConnected);
    CHECK(r.error().address == 0);
    CHECK(r.error().count == 32);
    CHECK(client.lastRecord().attemptCount() == 3);
    CHECK(observed == 2);

    auto viaFactory = MeterClientFactory::open(s);
    REQUIRE_FALSE(viaFactory.ok());
    CHECK(viaFactory.error().kind == LinkErrorKind::NotConnected);
}

TEST_CASE("a dropped connection is LinkDown and the client reconnects before retrying",
          "[protocols][client][integration]")
{
    const auto framing = GENERATE(TestModbusServer::Framing::Tcp, TestModbusServer::Framing::Rtu);
    TestModbusServer server(framing);
    REQUIRE(server.start());
    const auto kind = framing == TestModbusServer::Framing::Tcp ? LinkDescription::Kind::Tcp
                                                                : LinkDescription::Kind::RtuOverTcp;
    ModbusMeterClient client(settingsFor(server, kind));
    REQUIRE(client.open().ok());

    server.setMode(TestModbusServer::Mode::CloseConnection);
    server.setFaultCount(1);
    const auto r = client.readRegisters(7, 1);
    REQUIRE(r.ok());
    CHECK(r.value() == Registers{1007});
    const RequestRecord rec = client.lastRecord();
    REQUIRE(rec.attemptCount() == 2);
    CHECK(rec.attempts[0].error.kind == LinkErrorKind::LinkDown);
    CHECK(rec.attempts[1].ok);
    CHECK(server.connectionsAccepted() == 2);

    // A gateway that has gone for good: a write to its socket must not kill the process
    // (SIGPIPE), and ends as LinkDown or NotConnected.
    server.stop();
    ModbusMeterClient other(settingsFor(server, kind));
    const auto gone = other.readRegisters(0, 1);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().isTransient());
}

TEST_CASE("explicit reconnect opens a new connection", "[protocols][client][integration]")
{
    TestModbusServer server;
    REQUIRE(server.start());
    ModbusMeterClient client(settingsFor(server, LinkDescription::Kind::Tcp));
    REQUIRE(client.readRegisters(0, 1).ok());
    REQUIRE(client.reconnect().ok());
    REQUIRE(client.readRegisters(0, 1).ok());
    CHECK(server.connectionsAccepted() == 2);
    CHECK(client.description().kind == LinkDescription::Kind::Tcp);
    CHECK(client.description().endpoint == QStringLiteral("127.0.0.1:%1").arg(server.port()));
}

TEST_CASE("a cancelled client stops before its next attempt", "[protocols][client][integration]")
{
    TestModbusServer server;
    REQUIRE(server.start());
    server.setMode(TestModbusServer::Mode::Silent);
    ModbusMeterClient client(settingsFor(server, LinkDescription::Kind::Tcp));
    std::atomic_bool cancel{false};
    client.setCancelFlag(&cancel);
    client.setRetryObserver(
        [&](int, int, const LinkError&, const RequestRecord&) { cancel = true; });
    const auto r = client.readRegisters(0, 1);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == LinkErrorKind::Cancelled);
    CHECK(client.lastRecord().attemptCount() == 1);
}

TEST_CASE("a modem link on a device that is no modem is NotConnected", "[protocols][client]")
{
    LinkSettings s;
    s.kind = LinkDescription::Kind::Modem;
    s.device = QStringLiteral("/dev/null");
    s.phoneNumber = QStringLiteral("5551234");
    auto r = MeterClientFactory::open(s);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == LinkErrorKind::NotConnected);
}

// A reply that carries another unit ID than the request's is never taken for the meter's, on
// every link: Modbus TCP (the MBAP unit, which libmodbus 3.1.6 does not check), RTU over TCP
// and RTU on a socat pty pair (the address byte). Against metersim --wrong-unit-id as its own
// process; and the Modbus TCP frame checks on their own.
#include "CatchCompat.h"
#include "CliProcess.h"
#include "MeterSimProcess.h"
#include "ModbusMeterClient.h"
#include "ModbusTcpAdu.h"
#include "SocatPtyPair.h"
#include "meter/LinkSettings.h"

#include <QJsonObject>
#include <QMutex>
#include <QStringList>

using namespace commissioner;
using testsupport::MeterSimProcess;

namespace {

enum class Transport
{
    Tcp,
    RtuOverTcp,
    SerialPty
};

const char* name(Transport t)
{
    switch (t) {
    case Transport::Tcp:
        return "tcp";
    case Transport::RtuOverTcp:
        return "rtu-tcp";
    case Transport::SerialPty:
        return "serial pty";
    }
    return "?";
}

struct Meter
{
    MeterSimProcess sim;
    SocatPtyPair ptys;
    LinkSettings settings;
    QStringList cliLink;

    void start(Transport t, const QStringList& extra)
    {
        settings.unitId = 1;
        settings.retry.responseTimeoutMs = 400;
        settings.retry.retries = 2;
        settings.retry.backoffMs = 10;
        QStringList args = extra;
        switch (t) {
        case Transport::Tcp:
            REQUIRE(sim.start(args << QStringLiteral("--tcp") << QStringLiteral("127.0.0.1:0")));
            settings.kind = LinkDescription::Kind::Tcp;
            settings.host = sim.tcpHost();
            settings.port = sim.tcpPort();
            cliLink = {QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:%1").arg(settings.port)};
            break;
        case Transport::RtuOverTcp:
            REQUIRE(
                sim.start(args << QStringLiteral("--rtu-tcp") << QStringLiteral("127.0.0.1:0")));
            settings.kind = LinkDescription::Kind::RtuOverTcp;
            settings.host = sim.rtuTcpHost();
            settings.port = sim.rtuTcpPort();
            cliLink = {QStringLiteral("--rtu-tcp"),
                       QStringLiteral("127.0.0.1:%1").arg(settings.port)};
            break;
        case Transport::SerialPty:
            REQUIRE(ptys.start()); // socat is required: a missing one fails the test
            REQUIRE(sim.start(args << QStringLiteral("--serial") << ptys.first()
                                   << QStringLiteral("--baud") << QStringLiteral("19200")
                                   << QStringLiteral("--parity") << QStringLiteral("E")));
            settings.kind = LinkDescription::Kind::Serial;
            settings.device = ptys.second();
            settings.baudRate = 19200;
            settings.parity = 'E';
            cliLink = {QStringLiteral("--serial"), ptys.second(), QStringLiteral("--baud"),
                       QStringLiteral("19200")};
            break;
        }
    }
};

// lcModbus warnings, to see that each refused reply is logged.
QMutex g_logMutex;
QStringList g_log;
void capture(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    if (type == QtWarningMsg &&
        QByteArray(context.category ? context.category : "").contains("modbus")) {
        QMutexLocker lock(&g_logMutex);
        g_log << text;
    }
}

} // namespace

TEST_CASE("a reply from another unit is a bad response on every link, retried and logged",
          "[protocols][metersim][unitid]")
{
    const Transport transport =
        GENERATE(Transport::Tcp, Transport::RtuOverTcp, Transport::SerialPty);
    INFO("transport: " << name(transport));

    {
        // The same meter without the fault answers: the frames are right, only the unit is at
        // stake.
        Meter good;
        good.start(transport, {});
        ModbusMeterClient client(good.settings);
        const auto id = client.readRegisters(0, 32);
        REQUIRE(id.ok());
        CHECK(id.value()[1] == 7350);
        REQUIRE(client.writeRegisters(1000, Registers{0, 13800}).ok());
        REQUIRE(client.writeRegister(1002, 115).ok());
        CHECK(client.readRegisters(1000, 3).value() == Registers({0, 13800, 115}));
    }

    Meter meter;
    meter.start(transport, {QStringLiteral("--wrong-unit-id")});
    ModbusMeterClient client(meter.settings);
    QVector<LinkError> retried;
    client.setRetryObserver(
        [&](int, int, const LinkError& why, const RequestRecord&) { retried << why; });
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    const auto read = client.readRegisters(0, 32);
    const auto write = client.writeRegisters(1000, Registers{0, 13800});
    const auto single = client.writeRegister(1002, 115);
    qInstallMessageHandler(previous);

    REQUIRE_FALSE(read.ok());
    REQUIRE_FALSE(write.ok());
    REQUIRE_FALSE(single.ok());
    for (const LinkError* error : {&read.error(), &write.error(), &single.error()}) {
        CHECK(error->kind == LinkErrorKind::BadResponse);
        CHECK(error->detail.contains(QLatin1String("unit")));
    }
    // Every attempt was tried, each refused as a bad response.
    CHECK(client.lastRecord().attemptCount() == 3);
    for (const AttemptRecord& a : client.lastRecord().attempts)
        CHECK(a.error.kind == LinkErrorKind::BadResponse);
    CHECK(retried.size() == 6);
    for (const LinkError& e : retried)
        CHECK(e.kind == LinkErrorKind::BadResponse);
    QMutexLocker lock(&g_logMutex);
    CHECK(g_log.filter(QStringLiteral("reply refused")).size() == 9);
    if (transport == Transport::Tcp)
        CHECK(g_log.filter(QStringLiteral("a reply from unit 2 to a request for unit 1")).size() ==
              9);
}

TEST_CASE("commissioner-cli identify refuses a meter whose replies carry another unit ID",
          "[protocols][metersim][unitid][cli]")
{
    const Transport transport =
        GENERATE(Transport::Tcp, Transport::RtuOverTcp, Transport::SerialPty);
    INFO("transport: " << name(transport));
    Meter meter;
    meter.start(transport, {QStringLiteral("--wrong-unit-id")});
    testsupport::CliProcess cli;
    REQUIRE(cli.run(meter.cliLink + QStringList{QStringLiteral("--timeout-ms"),
                                                QStringLiteral("300"), QStringLiteral("--retries"),
                                                QStringLiteral("1"), QStringLiteral("identify")},
                    60000));
    INFO(cli.all().toStdString());
    CHECK(cli.exitCode() != 0);
    CHECK_FALSE(cli.out().contains(QLatin1String("PC-0209A001-11")));
}

TEST_CASE("Modbus TCP frames: built as the spec says, replies checked whole", "[protocols][unitid]")
{
    using namespace mbtcp;
    const QByteArray pdu = QByteArray::fromHex("0303e80002");
    CHECK(buildRequest(0x1234, 5, pdu) == QByteArray::fromHex("123400000006050303e80002"));

    const QByteArray ok = QByteArray::fromHex("12340000000705030400003600");
    Reply r = checkReply(ok, 0x1234, 5, 3);
    CHECK(r.kind == ReplyKind::Ok);
    CHECK(r.data == QByteArray::fromHex("0400003600"));

    r = checkReply(QByteArray::fromHex("12340000000706030400003600"), 0x1234, 5, 3);
    CHECK(r.kind == ReplyKind::WrongUnit);
    CHECK(r.replyUnit == 6);
    CHECK(r.detail == QLatin1String("a reply from unit 6 to a request for unit 5"));

    CHECK(checkReply(QByteArray::fromHex("12330000000705030400003600"), 0x1234, 5, 3).kind ==
          ReplyKind::WrongTransaction);
    CHECK(checkReply(QByteArray::fromHex("12340001000705030400003600"), 0x1234, 5, 3).kind ==
          ReplyKind::WrongProtocol);
    CHECK(checkReply(QByteArray::fromHex("12340100000705030400003600"), 0x1234, 5, 3).kind ==
          ReplyKind::WrongProtocol);
    CHECK(checkReply(QByteArray::fromHex("12340000000805030400003600"), 0x1234, 5, 3).kind ==
          ReplyKind::WrongLength);
    CHECK(checkReply(QByteArray::fromHex("123400000003050602"), 0x1234, 5, 3).kind ==
          ReplyKind::WrongFunction);
    r = checkReply(QByteArray::fromHex("123400000003058302"), 0x1234, 5, 3);
    CHECK(r.kind == ReplyKind::Exception);
    CHECK(r.exceptionCode == 2);
    // An exception from another unit is not the meter's exception either.
    CHECK(checkReply(QByteArray::fromHex("123400000003078302"), 0x1234, 5, 3).kind ==
          ReplyKind::WrongUnit);
    CHECK(checkReply(QByteArray::fromHex("1234000000"), 0x1234, 5, 3).kind ==
          ReplyKind::WrongLength);
}

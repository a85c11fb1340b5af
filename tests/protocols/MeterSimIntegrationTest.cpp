// ModbusMeterClient and BusScanner against metersim as its own process: Modbus TCP, RTU over
// TCP, and RTU on a socat pty pair (metersim on one end, the client on the other).
#include "BusScanner.h"
#include "CatchCompat.h"
#include "MeterClientFactory.h"
#include "MeterSimProcess.h"
#include "ModbusMeterClient.h"
#include "SocatPtyPair.h"
#include "meter/LinkSettings.h"
#include "meter/RegisterMap.h"

#include <QElapsedTimer>

using namespace commissioner;
using testsupport::MeterSimProcess;

namespace {

QString ascii(const Registers& r, int start, int count)
{
    QByteArray bytes;
    for (int i = start; i < start + count; ++i) {
        bytes.append(char(r[i] >> 8));
        bytes.append(char(r[i] & 0xff));
    }
    const int nul = bytes.indexOf('\0');
    return QString::fromLatin1(nul >= 0 ? bytes.left(nul) : bytes);
}

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

// metersim behind one transport, and the LinkSettings for a client to reach it.
struct SimulatedMeter
{
    MeterSimProcess sim;
    SocatPtyPair ptys;
    LinkSettings settings;

    bool start(Transport t, const QStringList& extra = {})
    {
        QStringList args = extra;
        settings.retry.responseTimeoutMs = 500;
        settings.retry.retries = 1;
        settings.retry.backoffMs = 20;
        switch (t) {
        case Transport::Tcp:
            args << QStringLiteral("--tcp") << QStringLiteral("127.0.0.1:0");
            if (!sim.start(args))
                return false;
            settings.kind = LinkDescription::Kind::Tcp;
            settings.host = sim.tcpHost();
            settings.port = sim.tcpPort();
            return settings.port != 0;
        case Transport::RtuOverTcp:
            args << QStringLiteral("--rtu-tcp") << QStringLiteral("127.0.0.1:0");
            if (!sim.start(args))
                return false;
            settings.kind = LinkDescription::Kind::RtuOverTcp;
            settings.host = sim.rtuTcpHost();
            settings.port = sim.rtuTcpPort();
            return settings.port != 0;
        case Transport::SerialPty:
            if (!ptys.start())
                return false;
            args << QStringLiteral("--serial") << ptys.first();
            if (!sim.start(args))
                return false;
            settings.kind = LinkDescription::Kind::Serial;
            settings.device = ptys.second();
            return true;
        }
        return false;
    }
};

} // namespace

TEST_CASE("client against metersim: identity, template write, exception, wrong unit",
          "[protocols][metersim][integration]")
{
    const Transport transport =
        GENERATE(Transport::Tcp, Transport::RtuOverTcp, Transport::SerialPty);
    INFO("transport: " << name(transport));
    SimulatedMeter meter;
    // The spec's serial defaults: 19200 8E1 (libmodbus sets even parity on a pty).
    REQUIRE(meter.start(transport, {QStringLiteral("--baud"), QStringLiteral("19200"),
                                    QStringLiteral("--parity"), QStringLiteral("E")}));
    meter.settings.baudRate = 19200;
    meter.settings.parity = 'E';
    meter.settings.stopBits = 1;

    auto opened = MeterClientFactory::open(meter.settings);
    REQUIRE(opened.ok());
    std::unique_ptr<MeterClient> client = std::move(opened).value();

    // The identity block, in one read.
    const auto identity = client->readRegisters(regs::IdentityStart, regs::IdentityCount);
    REQUIRE(identity.ok());
    REQUIRE(identity.value().size() == 32);
    CHECK(identity.value()[regs::MapVersion] == 1);
    CHECK(identity.value()[regs::DeviceType] == 7350);
    CHECK(ascii(identity.value(), regs::SerialNumber, regs::SerialNumberCount) ==
          QStringLiteral("PC-0209A001-11"));
    CHECK(ascii(identity.value(), regs::ModelName, regs::ModelNameCount) ==
          QStringLiteral("EM7350"));
    CHECK(identity.value()[regs::DeviceMode] == 0);

    // PT_PRIMARY (u32 at 1000): write 13800 V, read it back.
    REQUIRE(client->writeRegisters(1000, Registers{0, 13800}).ok());
    const auto pt = client->readRegisters(1000, 2);
    REQUIRE(pt.ok());
    CHECK(pt.value() == Registers{0, 13800});
    // An out-of-range value is refused with exception 03 and changes nothing.
    const auto bad = client->writeRegisters(1000, Registers{0, 0});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().isException(ModbusException::IllegalDataValue));
    CHECK(client->readRegisters(1000, 2).value() == Registers{0, 13800});

    // Address 50 is not in the map: exception 02, one attempt.
    const auto hole = client->readRegisters(50, 1);
    REQUIRE_FALSE(hole.ok());
    CHECK(hole.error().isException(ModbusException::IllegalDataAddress));
    CHECK(hole.error().address == 50);
    CHECK(client->lastRecord().attemptCount() == 1);

    // Another unit ID: nobody answers.
    LinkSettings other = meter.settings;
    other.unitId = 9;
    other.retry.responseTimeoutMs = 300;
    other.retry.retries = 1;
    client.reset(); // one client on a serial port at a time
    ModbusMeterClient wrongUnit(other);
    const auto silent = wrongUnit.readRegisters(0, 1);
    REQUIRE_FALSE(silent.ok());
    CHECK(silent.error().kind == LinkErrorKind::Timeout);
    CHECK(wrongUnit.lastRecord().attemptCount() == 2);

    // And the right unit still answers on that same link afterwards.
    wrongUnit.setUnitId(1);
    const auto again = wrongUnit.readRegisters(0, 1);
    REQUIRE(again.ok());
    CHECK(again.value()[0] == 1);
}

TEST_CASE("bus scan finds a meter at 9600 N unit 5 on a pty pair",
          "[protocols][metersim][busscan][integration]")
{
    SimulatedMeter meter;
    REQUIRE(meter.start(Transport::SerialPty, {QStringLiteral("--baud"), QStringLiteral("9600"),
                                               QStringLiteral("--parity"), QStringLiteral("N"),
                                               QStringLiteral("--unit"), QStringLiteral("5")}));

    // A pty carries bytes whatever its baud rate and parity, so only the meter's combination
    // is searched (a wrong one would be "found" too); the units are cut to 1-8.
    BusScanOptions options;
    options.device = meter.settings.device;
    options.baudRates = {9600};
    options.parities = {'N'};
    options.firstUnit = 1;
    options.lastUnit = 8;
    BusScanner scanner(options);
    QVector<FoundMeter> reported;
    int lastProgress = 0;
    int progressTotal = 0;
    scanner.setFoundCallback([&](const FoundMeter& m) { reported.append(m); });
    scanner.setProgressCallback([&](const BusScanProgress& p) {
        lastProgress = p.probesDone;
        progressTotal = p.probesTotal;
    });

    QElapsedTimer clock;
    clock.start();
    const BusScanResult r = scanner.run();
    INFO(meter.sim.errorOutput().toStdString());
    CHECK_FALSE(r.lineError);
    CHECK_FALSE(r.cancelled);
    REQUIRE(r.found.size() == 1);
    CHECK(r.found[0].unitId == 5);
    CHECK(r.found[0].line.baudRate == 9600);
    CHECK(r.found[0].line.parity == 'N');
    CHECK(r.found[0].line.stopBits == 1);
    CHECK(r.found[0].exceptionCode == 0);
    REQUIRE(reported.size() == 1);
    CHECK(lastProgress == 8);
    CHECK(progressTotal == 8);
    // 7 silent probes bounded by the worst case (plus opening the port).
    CHECK(clock.elapsed() < BusScanner::worstCaseMs(options) + 2000);
}

TEST_CASE("a port that refuses RS-485 mode opens with a warning",
          "[protocols][serial][integration]")
{
    SocatPtyPair ptys;
    REQUIRE(ptys.start());
    LinkSettings s;
    s.kind = LinkDescription::Kind::Serial;
    s.device = ptys.second();
    s.rs485 = true; // a pty has no RS-485 mode
    LinkWarnings warnings;
    auto opened = MeterClientFactory::open(s, &warnings);
    REQUIRE(opened.ok());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].kind == LinkWarningKind::Rs485ModeRefused);
    CHECK(warnings[0].sysErrno != 0);
}

TEST_CASE("a serial device that does not exist is NotConnected", "[protocols][serial][integration]")
{
    LinkSettings s;
    s.kind = LinkDescription::Kind::Serial;
    s.device = QStringLiteral("/dev/commissioner-no-such-port");
    auto opened = MeterClientFactory::open(s);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == LinkErrorKind::NotConnected);
    CHECK(opened.error().sysErrno == ENOENT);
    CHECK(opened.error().detail.contains(s.device));
}

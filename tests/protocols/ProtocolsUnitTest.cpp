// Pure tests of protocols/: errno mapping, Modbus limits, port names, timeouts, and the bus
// scanner's order, callbacks, cancellation and worst-case time against a fake line.
#include "BusScanner.h"
#include "CatchCompat.h"
#include "ModbusErrors.h"
#include "ModbusMeterClient.h"
#include "RawSocket.h"
#include "SerialPortDiscovery.h"
#include "SerialPortName.h"
#include "meter/LinkSettings.h"

#include <QSerialPortInfo>
#include <cerrno>
#include <map>
#include <sys/socket.h>
#include <unistd.h>

using namespace commissioner;

TEST_CASE("errno from libmodbus maps to LinkError kinds", "[protocols][errors]")
{
    CHECK(linkErrorFromErrno(ETIMEDOUT).kind == LinkErrorKind::Timeout);

    for (int code = 1; code <= 11; ++code) {
        const LinkError e = linkErrorFromErrno(modbusExceptionErrno(code), 1000, 2);
        CHECK(e.kind == LinkErrorKind::Exception);
        CHECK(e.exceptionCode == code);
        CHECK(e.address == 1000);
        CHECK(e.count == 2);
    }
    CHECK(linkErrorFromErrno(modbusExceptionErrno(2))
              .isException(ModbusException::IllegalDataAddress));

    // EMBBADCRC .. EMBBADSLAVE follow EMBXGTAR (exception 11) in libmodbus.
    const int embBadCrc = modbusExceptionErrno(11) + 1;
    for (int err = embBadCrc; err <= embBadCrc + 5; ++err)
        CHECK(linkErrorFromErrno(err).kind == LinkErrorKind::BadResponse);

    for (int err : {ECONNRESET, EPIPE, EBADF, ENOTCONN, EIO, ENXIO}) {
        const LinkError e = linkErrorFromErrno(err, 9100, 123);
        CHECK(e.kind == LinkErrorKind::LinkDown);
        CHECK(e.sysErrno == err);
        CHECK(e.isTransient());
    }
    CHECK(linkErrorFromErrno(ECONNREFUSED).kind == LinkErrorKind::NotConnected);
    CHECK(linkErrorFromErrno(EINVAL).kind == LinkErrorKind::InvalidArgument);

    const LinkError c = connectErrorFromErrno(ECONNREFUSED, QStringLiteral("127.0.0.1:1"));
    CHECK(c.kind == LinkErrorKind::NotConnected);
    CHECK(c.sysErrno == ECONNREFUSED);
    CHECK(c.detail.startsWith(QStringLiteral("127.0.0.1:1")));
}

TEST_CASE("Modbus limits are enforced before sending", "[protocols][limits]")
{
    CHECK_FALSE(checkRequestLimits(0, 1, false));
    CHECK_FALSE(checkRequestLimits(0, 125, false));
    CHECK_FALSE(checkRequestLimits(9100, 123, true));
    CHECK_FALSE(checkRequestLimits(65535, 1, false));

    const auto tooMany = checkRequestLimits(0, 126, false);
    REQUIRE(tooMany);
    CHECK(tooMany->kind == LinkErrorKind::InvalidArgument);
    CHECK(tooMany->address == 0);
    CHECK(tooMany->count == 126);
    CHECK(checkRequestLimits(0, 124, true));
    CHECK(checkRequestLimits(0, 0, false));
    CHECK(checkRequestLimits(0, 0, true));
    CHECK(checkRequestLimits(-1, 1, false));
    CHECK(checkRequestLimits(65535, 2, false));
}

TEST_CASE("a client refuses out-of-range requests without opening anything", "[protocols][limits]")
{
    LinkSettings s;
    s.kind = LinkDescription::Kind::Tcp;
    s.host = QStringLiteral("127.0.0.1");
    s.port = 1; // never contacted
    ModbusMeterClient client(s);
    const auto r = client.readRegisters(0, 126);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == LinkErrorKind::InvalidArgument);
    CHECK(client.lastRecord().attemptCount() == 0);
    CHECK_FALSE(client.isOpen());
    const auto w = client.writeRegisters(0, Registers(124, 0));
    REQUIRE_FALSE(w.ok());
    CHECK(w.error().kind == LinkErrorKind::InvalidArgument);
    CHECK(w.error().count == 124);
}

TEST_CASE("Windows COM10 and up get the device namespace prefix", "[protocols][serial]")
{
    CHECK(libmodbusSerialName(QStringLiteral("COM1")) == QStringLiteral("COM1"));
    CHECK(libmodbusSerialName(QStringLiteral("COM9")) == QStringLiteral("COM9"));
    CHECK(libmodbusSerialName(QStringLiteral("COM10")) == QStringLiteral("\\\\.\\COM10"));
    CHECK(libmodbusSerialName(QStringLiteral("com12")) == QStringLiteral("\\\\.\\com12"));
    CHECK(libmodbusSerialName(QStringLiteral("COM256")) == QStringLiteral("\\\\.\\COM256"));
    CHECK(libmodbusSerialName(QStringLiteral("\\\\.\\COM10")) == QStringLiteral("\\\\.\\COM10"));
    CHECK(libmodbusSerialName(QStringLiteral("/dev/ttyUSB0")) == QStringLiteral("/dev/ttyUSB0"));
    CHECK(libmodbusSerialName(QStringLiteral("COMX")) == QStringLiteral("COMX"));
}

TEST_CASE("byte timeouts follow the link", "[protocols][timeouts]")
{
    LinkSettings s;
    s.retry.responseTimeoutMs = 1000;
    s.kind = LinkDescription::Kind::Tcp;
    CHECK(ModbusMeterClient::byteTimeoutMs(s) == 1000);
    s.kind = LinkDescription::Kind::RtuOverTcp;
    CHECK(ModbusMeterClient::byteTimeoutMs(s) == 250);
    s.kind = LinkDescription::Kind::Serial;
    s.baudRate = 115200;
    CHECK(ModbusMeterClient::byteTimeoutMs(s) == 100);
    s.baudRate = 300; // 20 characters of 11 bits at 300 baud
    CHECK(ModbusMeterClient::byteTimeoutMs(s) == 734);
    s.retry.responseTimeoutMs = 50; // never longer than the response timeout
    CHECK(ModbusMeterClient::byteTimeoutMs(s) == 50);
}

namespace {

// A bus with meters at given (baud, parity, unit) places; records what was probed.
class FakeLine final : public LineProber
{
public:
    struct Key
    {
        int baud;
        char parity;
        int unit;
        bool operator<(const Key& o) const
        {
            return std::tie(baud, parity, unit) < std::tie(o.baud, o.parity, o.unit);
        }
    };
    std::map<Key, int> meters; // value: exception code it answers with, 0 for a normal answer
    QVector<QPair<SerialLine, int>> probes;
    QVector<int> timeouts;
    int opens = 0;
    bool failOpen = false;
    std::function<void()> onProbe;

    Result<Ok, LinkError> openLine(const SerialLine& line) override
    {
        ++opens;
        if (failOpen) {
            LinkError e;
            e.kind = LinkErrorKind::NotConnected;
            return e;
        }
        m_line = line;
        return Ok{};
    }
    Probe probe(int unit, int timeoutMs) override
    {
        probes.append({m_line, unit});
        timeouts.append(timeoutMs);
        if (onProbe)
            onProbe();
        Probe p;
        const auto it = meters.find(Key{m_line.baudRate, m_line.parity, unit});
        if (it == meters.end()) {
            p.outcome = Outcome::Silent;
            p.error.kind = LinkErrorKind::Timeout;
        } else {
            p.outcome = Outcome::Answered;
            p.exceptionCode = it->second;
        }
        return p;
    }
    void closeLine() override {}

private:
    SerialLine m_line;
};

BusScanOptions smallScan()
{
    BusScanOptions o;
    o.baudRates = {19200, 9600};
    o.parities = {'E', 'N'};
    o.firstUnit = 1;
    o.lastUnit = 10;
    return o;
}

} // namespace

TEST_CASE("bus scan order: the spec's default first, unit 1 on every combination first",
          "[protocols][busscan]")
{
    const auto lines = BusScanner::lines(BusScanOptions{});
    REQUIRE(lines.size() == 15);
    CHECK(lines[0].baudRate == 19200);
    CHECK(lines[0].parity == 'E');
    CHECK(lines[1].parity == 'N');
    CHECK(lines[2].parity == 'O');
    CHECK(lines[3].baudRate == 9600);
    CHECK(lines[14].baudRate == 115200);
    CHECK(lines[14].parity == 'O');

    auto line = std::make_unique<FakeLine>();
    FakeLine* fake = line.get();
    BusScanner scanner(smallScan(), std::move(line));
    const BusScanResult r = scanner.run();
    CHECK(r.found.isEmpty());
    CHECK_FALSE(r.cancelled);
    CHECK_FALSE(r.lineError);
    REQUIRE(fake->probes.size() == 4 * 10); // every unit once on every combination
    for (int i = 0; i < 4; ++i)
        CHECK(fake->probes[i].second == 1); // pass 1: unit 1 everywhere
    CHECK(fake->probes[4].second == 2);     // pass 2 skips unit 1
    CHECK(fake->probes[4].first.baudRate == 19200);
    CHECK(fake->probes[4].first.parity == 'E');
    CHECK(r.probesDone == 40);
}

TEST_CASE("bus scan finds meters, reports them and goes on with the combination that answered",
          "[protocols][busscan]")
{
    auto line = std::make_unique<FakeLine>();
    FakeLine* fake = line.get();
    fake->meters[{9600, 'N', 1}] = 0;
    fake->meters[{9600, 'N', 5}] = 2; // answers with an exception: still a meter
    fake->meters[{19200, 'E', 7}] = 0;

    BusScanner scanner(smallScan(), std::move(line));
    QVector<FoundMeter> reported;
    QVector<BusScanProgress> progress;
    scanner.setFoundCallback([&](const FoundMeter& m) { reported.append(m); });
    scanner.setProgressCallback([&](const BusScanProgress& p) { progress.append(p); });
    const BusScanResult r = scanner.run();

    REQUIRE(r.found.size() == 3);
    REQUIRE(reported.size() == 3);
    // 9600 N answered on unit 1 in pass 1 and was swept at once.
    CHECK(reported[0].line.baudRate == 9600);
    CHECK(reported[0].line.parity == 'N');
    CHECK(reported[0].unitId == 1);
    CHECK(reported[1].unitId == 5);
    CHECK(reported[1].exceptionCode == 2);
    CHECK(reported[1].line.stopBits == 1);
    CHECK(reported[2].line.baudRate == 19200);
    CHECK(reported[2].unitId == 7);
    // The sweep of 9600 N came right after its unit-1 probe (probe index 3: 19200E, 19200N,
    // 9600E, 9600N).
    CHECK(fake->probes[3].first.baudRate == 9600);
    CHECK(fake->probes[3].first.parity == 'N');
    CHECK(fake->probes[4].first.baudRate == 9600);
    CHECK(fake->probes[4].second == 2);
    CHECK(r.probesDone == 40);
    REQUIRE(progress.size() == 40);
    CHECK(progress.last().probesDone == 40);
    CHECK(progress.last().probesTotal == 40);
}

TEST_CASE("bus scan can stop at the first meter", "[protocols][busscan]")
{
    auto line = std::make_unique<FakeLine>();
    FakeLine* fake = line.get();
    fake->meters[{19200, 'N', 4}] = 0;
    fake->meters[{19200, 'N', 6}] = 0;
    BusScanOptions o = smallScan();
    o.stopAtFirstFound = true;
    BusScanner scanner(o, std::move(line));
    const BusScanResult r = scanner.run();
    REQUIRE(r.found.size() == 1);
    CHECK(r.found[0].unitId == 4);
    CHECK(r.found[0].line.parity == 'N');
    CHECK(fake->probes.size() == 4 + 9 + 3); // pass 1, 19200 E units 2-10, 19200 N 2-4
}

TEST_CASE("bus scan is cancelled between probes", "[protocols][busscan]")
{
    auto line = std::make_unique<FakeLine>();
    FakeLine* fake = line.get();
    std::atomic_bool cancel{false};
    fake->onProbe = [&] {
        if (fake->probes.size() == 7)
            cancel = true;
    };
    BusScanner scanner(smallScan(), std::move(line));
    scanner.setCancelFlag(&cancel);
    const BusScanResult r = scanner.run();
    CHECK(r.cancelled);
    CHECK(fake->probes.size() == 7);
    CHECK(r.probesDone == 7);
}

TEST_CASE("bus scan stops when the port cannot be opened", "[protocols][busscan]")
{
    auto line = std::make_unique<FakeLine>();
    line->failOpen = true;
    BusScanner scanner(smallScan(), std::move(line));
    const BusScanResult r = scanner.run();
    REQUIRE(r.lineError);
    CHECK(r.lineError->kind == LinkErrorKind::NotConnected);
    CHECK(r.probesDone == 0);
}

TEST_CASE("bus scan probe timeouts and worst case", "[protocols][busscan]")
{
    // 22 characters (8 request, 7 answer, two 3.5-character silences) of 11 bits.
    CHECK(BusScanner::probeTimeoutMs(9600, 0) == 26);
    CHECK(BusScanner::probeTimeoutMs(9600, 80) == 106);
    CHECK(BusScanner::probeTimeoutMs(19200, 80) == 93);
    CHECK(BusScanner::probeTimeoutMs(115200, 80) == 83);

    BusScanOptions o = smallScan(); // 19200 and 9600, E and N, units 1-10
    CHECK(BusScanner::worstCaseMs(o) == 2 * 10 * 93 + 2 * 10 * 106);

    const BusScanOptions all;
    qint64 expected = 0;
    for (int baud : {19200, 9600, 38400, 57600, 115200})
        expected += 3 * 247 * BusScanner::probeTimeoutMs(baud, 80);
    CHECK(BusScanner::worstCaseMs(all) == expected);
    CHECK(BusScanner::worstCaseMs(all) < 7 * 60 * 1000); // about six minutes at worst

    // Each probe waits the timeout for its line's baud rate.
    auto line = std::make_unique<FakeLine>();
    FakeLine* fake = line.get();
    BusScanner scanner(o, std::move(line));
    (void)scanner.run();
    CHECK(fake->timeouts[0] == 93);  // 19200 E, unit 1
    CHECK(fake->timeouts[2] == 106); // 9600 E, unit 1
}

TEST_CASE("a write to a socket whose peer has gone fails with EPIPE instead of SIGPIPE",
          "[protocols][socket]")
{
    int fds[2];
    REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0);
    ::close(fds[1]);
    int rc = 0;
    int err = 0;
    {
        rawsocket::SigPipeGuard guard;
        rc = static_cast<int>(::write(fds[0], "x", 1)); // what libmodbus's RTU send does
        err = errno;
    }
    CHECK(rc == -1);
    CHECK(err == EPIPE);
    CHECK(linkErrorFromErrno(err).kind == LinkErrorKind::LinkDown);
    CHECK(rawsocket::drain(fds[0]) == -1); // the peer is gone
    ::close(fds[0]);
}

namespace {

// A person's order, written here apart from SerialPortDiscovery's: runs of digits compare as
// numbers (leading zeros aside), the rest without regard to case. True when a must not come
// after b.
bool readsBefore(const QString& a, const QString& b)
{
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            int ei = i;
            int ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            const qulonglong x = a.mid(i, ei - i).toULongLong();
            const qulonglong y = b.mid(j, ej - j).toULongLong();
            if (x != y)
                return x < y;
            i = ei;
            j = ej;
        } else {
            if (a[i].toCaseFolded() != b[j].toCaseFolded())
                return a[i].toCaseFolded() < b[j].toCaseFolded();
            ++i;
            ++j;
        }
    }
    return a.size() - i <= b.size() - j;
}

} // namespace

TEST_CASE("serial port discovery gives every port Qt finds, with each field Qt reports, in a "
          "person's order",
          "[protocols][serial]")
{
    // What the connection dialog lists. Qt finds hardware ports only (a tty with a parent
    // device: USB, PCI, PNP; or rfcomm and the like): a pseudo-terminal, socat's or metersim
    // --pty's, has no parent device and is never listed, so it cannot stand in for a port here.
    // On a machine without a serial port (a build machine) there is nothing to compare, and
    // the case says so; where there is one (a laptop with a USB adapter), every field the
    // dialog shows or keeps is compared with Qt's own answer for that port.
    const QVector<SerialPortInfo> ports = SerialPortDiscovery::availablePorts();
    const QList<QSerialPortInfo> qt = QSerialPortInfo::availablePorts();
    if (qt.isEmpty())
        WARN("no serial port on this machine: discovery has nothing to be compared with");
    CHECK(ports.size() == qt.size());
    for (const QSerialPortInfo& info : qt) {
        INFO(info.systemLocation().toStdString());
        int found = 0;
        for (const SerialPortInfo& p : ports) {
            if (p.systemLocation != info.systemLocation())
                continue;
            ++found;
            CHECK(p.portName == info.portName());
            CHECK(p.description == info.description());
            CHECK(p.manufacturer == info.manufacturer());
            CHECK(p.serialNumber == info.serialNumber());
            const bool ids = info.hasVendorIdentifier() && info.hasProductIdentifier();
            CHECK(p.hasUsbIds == ids);
            CHECK(p.vendorId == (ids ? info.vendorIdentifier() : 0));
            CHECK(p.productId == (ids ? info.productIdentifier() : 0));
        }
        CHECK(found == 1); // none lost, none twice
    }
    // Already in the order a person reads them (checked here, not with sortByName itself).
    for (int i = 1; i < ports.size(); ++i) {
        INFO(ports[i - 1].portName.toStdString() << " then " << ports[i].portName.toStdString());
        CHECK(readsBefore(ports[i - 1].portName, ports[i].portName));
    }
}

TEST_CASE("serial ports are ordered as a person reads them: COM2 before COM10",
          "[protocols][serial]")
{
    // Whatever the locale (the tests run with LANG=C.UTF-8, where QCollator's numeric mode
    // does nothing).
    QVector<SerialPortInfo> ports;
    for (const char* name :
         {"COM10", "ttyUSB10", "COM2", "ttyUSB2", "com3", "COM1", "ttyUSB0", "ttyS0"}) {
        SerialPortInfo p;
        p.portName = QString::fromLatin1(name);
        ports.append(p);
    }
    SerialPortDiscovery::sortByName(ports);
    QStringList names;
    for (const SerialPortInfo& p : ports)
        names.append(p.portName);
    CHECK(names.join(QLatin1Char(' ')).toStdString() ==
          "COM1 COM2 com3 COM10 ttyS0 ttyUSB0 ttyUSB2 ttyUSB10");
}

// Result codes, line splitting, NO CARRIER spotting, and the Hayes dialer against a
// scripted fake line (no port, no simulator).
#include "CatchCompat.h"
#include "FakeModemIo.h"
#include "HayesDialer.h"
#include "ModemError.h"
#include "ModemResult.h"
#include "meter/LinkSettings.h"

using namespace commissioner;

namespace {

DialerOptions fastOptions()
{
    DialerOptions o;
    o.guardMs = 1000; // recorded by the fake, not slept
    o.commandTimeoutMs = 200;
    o.connectTimeoutMs = 400;
    o.dtrDropMs = 10;
    return o;
}

// A well-behaved modem with echo on: OK to everything, `dialAnswer` to a dial.
void politeModem(FakeModemIo& io, const QByteArray& dialAnswer, bool echo = true)
{
    io.respond = [dialAnswer, echo](const QByteArray& w, FakeModemIo& m) {
        if (echo && w != "+++")
            m.say(w);
        if (w.startsWith("ATD"))
            m.say("\r\n" + dialAnswer + "\r\n");
        else if (w.startsWith("AT") || w == "+++")
            m.say("\r\nOK\r\n");
    };
}

} // namespace

TEST_CASE("result codes are parsed in verbose and numeric form", "[modem][unit]")
{
    REQUIRE(parseModemResult("OK"));
    CHECK(parseModemResult("OK")->code == ModemResultCode::Ok);
    CHECK(parseModemResult("  ERROR ")->code == ModemResultCode::Error);
    CHECK(parseModemResult("BUSY")->code == ModemResultCode::Busy);
    CHECK(parseModemResult("NO CARRIER")->code == ModemResultCode::NoCarrier);
    CHECK(parseModemResult("NO DIALTONE")->code == ModemResultCode::NoDialtone);
    CHECK(parseModemResult("NO DIAL TONE")->code == ModemResultCode::NoDialtone);
    CHECK(parseModemResult("NO ANSWER")->code == ModemResultCode::NoAnswer);
    CHECK(parseModemResult("RING")->code == ModemResultCode::Ring);
    CHECK_FALSE(parseModemResult("RING")->isFinal());
    const auto c = parseModemResult("CONNECT 19200");
    REQUIRE(c);
    CHECK(c->code == ModemResultCode::Connect);
    CHECK(c->rate == 19200);
    CHECK(parseModemResult("CONNECT 9600/ARQ")->rate == 9600);
    CHECK(parseModemResult("CONNECT")->rate == 0);
    CHECK(parseModemResult("7")->code == ModemResultCode::Busy);
    CHECK(parseModemResult("0")->code == ModemResultCode::Ok);
    CHECK_FALSE(parseModemResult(""));
    CHECK_FALSE(parseModemResult("CARRIER 19200"));
    CHECK_FALSE(parseModemResult("OKAY"));
    CHECK_FALSE(parseModemResult("ATZ"));
}

TEST_CASE("lines end at CR, LF or CR LF, and a late LF is not data", "[modem][unit]")
{
    ModemLineSplitter s;
    s.feed("\r\nOK\r\nCONN");
    CHECK(s.takeLine() == QByteArray(""));
    CHECK(s.takeLine() == QByteArray("OK"));
    CHECK_FALSE(s.takeLine());
    s.feed("ECT 19200\r");
    CHECK(s.takeLine() == QByteArray("CONNECT 19200"));
    CHECK(s.awaitingLf());
    s.feed("\n\x01\x03");
    CHECK_FALSE(s.takeLine());
    CHECK(s.takeRemainder() == QByteArray("\x01\x03"));
}

TEST_CASE("NO CARRIER is spotted in a byte stream, even split across reads", "[modem][unit]")
{
    CarrierLossDetector d;
    CHECK_FALSE(d.feed(QByteArray("\x01\x03\x02\x00\x05", 5)));
    CHECK_FALSE(d.feed("\r\nNO CAR"));
    CHECK(d.feed("RIER\r\n"));
    d.reset();
    CHECK_FALSE(d.lost());
    CHECK_FALSE(d.feed("NO CARRIER")); // not on a line of its own
}

TEST_CASE("the dialer sends the init string, dials, and reads CONNECT with echo on or off",
          "[modem][unit]")
{
    for (const bool echo : {true, false}) {
        FakeModemIo io;
        politeModem(io, "CONNECT 19200", echo);
        HayesDialer dialer(io, fastOptions());
        DialRequest r;
        r.init = "AT&F E0 V1 Q0 &D2";
        r.number = "5551234";
        const auto call = dialer.dial(r);
        REQUIRE(call);
        CHECK(call->rate == 19200);
        CHECK(call->leftover.isEmpty());
        CHECK(io.written == QByteArray("AT&F E0 V1 Q0 &D2\rATDT5551234\r"));
    }
}

TEST_CASE("pulse dialing uses ATDP; data right behind CONNECT is handed on", "[modem][unit]")
{
    FakeModemIo io;
    io.respond = [](const QByteArray& w, FakeModemIo& m) {
        if (w.startsWith("ATD")) {
            m.say("\r\nRING\r\nCARRIER 19200\r\nCONNECT 19200\r");
            m.say(QByteArray("\n\x01\x03", 3));
        } else {
            m.say("\r\nOK\r\n");
        }
    };
    HayesDialer dialer(io, fastOptions());
    DialRequest r;
    r.number = "5551234";
    r.pulse = true;
    const auto call = dialer.dial(r);
    REQUIRE(call);
    CHECK(io.written.contains("ATDP5551234\r"));
    CHECK(call->leftover == QByteArray("\x01\x03"));
}

TEST_CASE("each dial result code becomes its error, naming the command", "[modem][unit]")
{
    const std::pair<QByteArray, ModemError> cases[] = {{"BUSY", ModemError::Busy},
                                                       {"NO CARRIER", ModemError::NoCarrier},
                                                       {"NO DIALTONE", ModemError::NoDialtone},
                                                       {"NO ANSWER", ModemError::NoAnswer},
                                                       {"ERROR", ModemError::Error},
                                                       {"OK", ModemError::Unexpected}};
    for (const auto& [answer, error] : cases) {
        FakeModemIo io;
        politeModem(io, answer);
        HayesDialer dialer(io, fastOptions());
        DialRequest r;
        r.number = "5551234";
        const auto call = dialer.dial(r);
        REQUIRE_FALSE(call);
        CHECK(call.error().error == error);
        CHECK(call.error().command == QByteArray("ATDT5551234"));
        const LinkError e = toLinkError(call.error(), QStringLiteral("/dev/ttyS0"));
        CHECK(e.kind == LinkErrorKind::NotConnected);
        if (error != ModemError::Unexpected)
            CHECK(e.detail.contains(modemErrorName(error)));
    }
}

TEST_CASE("an init string the modem refuses is an ERROR on the init", "[modem][unit]")
{
    FakeModemIo io;
    io.respond = [](const QByteArray& w, FakeModemIo& m) { m.say(w + "\r\nERROR\r\n"); };
    HayesDialer dialer(io, fastOptions());
    DialRequest r;
    r.init = "AT&Q9";
    r.number = "1";
    const auto call = dialer.dial(r);
    REQUIRE_FALSE(call);
    CHECK(call.error().error == ModemError::Error);
    CHECK(call.error().command == QByteArray("AT&Q9"));
    CHECK_FALSE(io.written.contains("ATD"));
}

TEST_CASE("a modem that says nothing is NoResponse; a dial that never answers is ConnectTimeout",
          "[modem][unit]")
{
    {
        FakeModemIo io; // mute
        HayesDialer dialer(io, fastOptions());
        DialRequest r;
        r.number = "1";
        const auto call = dialer.dial(r);
        REQUIRE_FALSE(call);
        CHECK(call.error().error == ModemError::NoResponse);
        CHECK(call.error().command == QByteArray("ATZ"));
        CHECK(toLinkError(call.error(), QStringLiteral("/dev/x"))
                  .detail.contains(QStringLiteral("no response")));
    }
    {
        FakeModemIo io;
        io.respond = [](const QByteArray& w, FakeModemIo& m) {
            if (!w.startsWith("ATD") && w != "\r")
                m.say("\r\nOK\r\n");
        };
        HayesDialer dialer(io, fastOptions());
        DialRequest r;
        r.number = "1";
        const auto call = dialer.dial(r);
        REQUIRE_FALSE(call);
        CHECK(call.error().error == ModemError::ConnectTimeout);
        CHECK(io.written.endsWith("ATDT1\r\r")); // a character ends the dial in progress
    }
}

TEST_CASE("hang-up: guard, +++, guard, OK, ATH, OK; DTR only as a last resort", "[modem][unit]")
{
    {
        FakeModemIo io;
        politeModem(io, "CONNECT");
        HayesDialer dialer(io, fastOptions());
        REQUIRE(dialer.hangUp());
        CHECK(io.written == QByteArray("+++ATH\r"));
        REQUIRE(io.pauses.size() == 1);
        CHECK(io.pauses[0] == 1000); // silence before; the modem's OK comes after the guard
        CHECK(io.dtrChanges.isEmpty());
    }
    {
        FakeModemIo io; // already in command mode after NO CARRIER
        politeModem(io, "CONNECT");
        HayesDialer dialer(io, fastOptions());
        REQUIRE(dialer.hangUp(true));
        CHECK(io.written == QByteArray("ATH\r"));
        CHECK(io.pauses.isEmpty());
    }
    {
        FakeModemIo io; // deaf to everything: DTR is dropped and raised again
        HayesDialer dialer(io, fastOptions());
        REQUIRE(dialer.hangUp());
        CHECK(io.dtrChanges == QVector<bool>{false, true});
    }
    {
        FakeModemIo io; // deaf, and no DTR (a pty): the hang-up fails so the owner closes the port
        io.dtrSupported = false;
        HayesDialer dialer(io, fastOptions());
        CHECK_FALSE(dialer.hangUp());
    }
}

TEST_CASE("a failing port is PortFailed", "[modem][unit]")
{
    FakeModemIo io;
    io.failReads = true;
    HayesDialer dialer(io, fastOptions());
    DialRequest r;
    r.number = "1";
    const auto call = dialer.dial(r);
    REQUIRE_FALSE(call);
    CHECK(call.error().error == ModemError::PortFailed);
}

TEST_CASE("a modem link starts with the modem retry policy", "[modem][unit]")
{
    CHECK(LinkSettings::defaultRetryFor(LinkDescription::Kind::Modem).responseTimeoutMs == 5000);
    CHECK(LinkSettings::defaultRetryFor(LinkDescription::Kind::Serial).responseTimeoutMs ==
          RetryPolicy{}.responseTimeoutMs);
}

// The foundation commands end to end: what a person sees for a good meter, and the one-line
// cause and exit code for each way it goes wrong.
#include "CatchCompat.h"
#include "CliProcess.h"
#include "MeterSimProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>

using testsupport::CliProcess;
using testsupport::MeterSimProcess;

namespace {
QStringList tcp(const MeterSimProcess& sim)
{
    return {QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:%1").arg(sim.tcpPort())};
}

quint16 closedPort()
{
    QTcpServer s;
    REQUIRE(s.listen(QHostAddress::LocalHost, 0));
    const quint16 port = s.serverPort();
    s.close();
    return port;
}
} // namespace

TEST_CASE("identify shows the whole identity block, in text and JSON", "[cli][identify]")
{
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--tcp"), QStringLiteral("0"), QStringLiteral("--type"),
                       QStringLiteral("7330"), QStringLiteral("--hw"), QStringLiteral("2"),
                       QStringLiteral("--fw"), QStringLiteral("3.4.5"),
                       QStringLiteral("--serial-number"), QStringLiteral("PC-0209A001-11"),
                       QStringLiteral("--events"), QStringLiteral("4")}));
    CliProcess text;
    REQUIRE(text.run(tcp(sim) + QStringList{QStringLiteral("identify")}));
    CHECK(text.exitCode() == 0);
    const QString out = text.out();
    CHECK(out.contains(QStringLiteral("7330 (EM7330)")));
    CHECK(out.contains(QRegularExpression(QStringLiteral("Hardware revision:\\s+2"))));
    CHECK(out.contains(QRegularExpression(QStringLiteral("Firmware:\\s+3\\.4\\.5"))));
    CHECK(out.contains(QStringLiteral("PC-0209A001-11")));
    CHECK(out.contains(QRegularExpression(QStringLiteral("Mode:\\s+NORMAL"))));
    CHECK(out.contains(QRegularExpression(QStringLiteral("Active events:\\s+site wiring fault"))));
    CHECK(out.contains(QRegularExpression(QStringLiteral("Flash banks:\\s+1"))));
    CHECK(text.err().isEmpty());

    CliProcess json;
    REQUIRE(json.run(tcp(sim) + QStringList{QStringLiteral("identify"), QStringLiteral("--json")}));
    REQUIRE(json.exitCode() == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out().toUtf8()).object();
    CHECK(o.value(QStringLiteral("device_type")).toInt() == 7330);
    CHECK(o.value(QStringLiteral("model")).toString() == QStringLiteral("EM7330"));
    CHECK(o.value(QStringLiteral("hw_revision")).toInt() == 2);
    CHECK(o.value(QStringLiteral("firmware")).toString() == QStringLiteral("3.4.5"));
    CHECK(o.value(QStringLiteral("serial_number")).toString() == QStringLiteral("PC-0209A001-11"));
    CHECK(o.value(QStringLiteral("mode")).toString() == QStringLiteral("NORMAL"));
    CHECK(o.value(QStringLiteral("active_events")).toInt() == 4);
    CHECK(o.value(QStringLiteral("bootloader_version")).toInt() == 3);
    CHECK(o.value(QStringLiteral("banks")).toInt() == 1);
}

TEST_CASE("identify works over RTU through a TCP gateway and over a serial line", "[cli][identify]")
{
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--rtu-tcp"), QStringLiteral("0"), QStringLiteral("--pty"),
                       QStringLiteral("--unit"), QStringLiteral("105"), QStringLiteral("--baud"),
                       QStringLiteral("9600"), QStringLiteral("--serial-number"),
                       QStringLiteral("GW-1")}));
    CliProcess gw;
    REQUIRE(gw.run({QStringLiteral("--rtu-tcp"),
                    QStringLiteral("127.0.0.1:%1").arg(sim.rtuTcpPort()), QStringLiteral("--unit"),
                    QStringLiteral("105"), QStringLiteral("identify"), QStringLiteral("--json")}));
    CHECK(gw.exitCode() == 0);
    CHECK(gw.out().contains(QStringLiteral("GW-1")));
    CliProcess serial;
    REQUIRE(serial.run({QStringLiteral("--serial"), sim.serialPath(), QStringLiteral("--baud"),
                        QStringLiteral("9600"), QStringLiteral("--unit"), QStringLiteral("105"),
                        QStringLiteral("identify")}));
    CHECK(serial.exitCode() == 0);
    CHECK(serial.out().contains(QStringLiteral("GW-1")));
}

TEST_CASE("read-live shows the measurements", "[cli][read-live]")
{
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--tcp"), QStringLiteral("0")}));
    CliProcess cli;
    REQUIRE(
        cli.run(tcp(sim) + QStringList{QStringLiteral("read-live"), QStringLiteral("--json"),
                                       QStringLiteral("--count"), QStringLiteral("2"),
                                       QStringLiteral("--interval-ms"), QStringLiteral("100")}));
    CHECK(cli.exitCode() == 0);
    const QStringList lines = cli.out().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    const QJsonObject o = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    // A meter on a 120 V, 60 Hz system at factory PT/CT settings.
    CHECK(o.value(QStringLiteral("v1")).toDouble() > 100);
    CHECK(o.value(QStringLiteral("v1")).toDouble() < 140);
    CHECK(o.value(QStringLiteral("hz")).toDouble() > 55);
    CHECK(o.value(QStringLiteral("hz")).toDouble() < 65);
    CHECK(o.contains(QStringLiteral("kw")));
}

TEST_CASE("each way of failing gives one line naming the cause and its exit code", "[cli][errors]")
{
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--tcp"), QStringLiteral("0"), QStringLiteral("--mode"),
                       QStringLiteral("upgrade")}));

    SECTION("nothing listens there")
    {
        CliProcess cli;
        REQUIRE(cli.run({QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:%1").arg(closedPort()),
                         QStringLiteral("identify")}));
        CHECK(cli.exitCode() == 3);
        CHECK(cli.err().contains(QStringLiteral("Connection refused")));
        CHECK(cli.err().trimmed().count(QLatin1Char('\n')) == 0);
    }
    SECTION("a wrong unit ID is a silent meter")
    {
        CliProcess cli;
        QElapsedTimer t;
        t.start();
        REQUIRE(cli.run(tcp(sim) + QStringList{QStringLiteral("--unit"), QStringLiteral("9"),
                                               QStringLiteral("--timeout-ms"),
                                               QStringLiteral("200"), QStringLiteral("--retries"),
                                               QStringLiteral("1"), QStringLiteral("identify")}));
        CHECK(cli.exitCode() == 3);
        CHECK(cli.err().contains(QStringLiteral("no answer from the meter")));
        CHECK(cli.err().contains(QStringLiteral("unit ID")));
        CHECK(t.elapsed() < 5000);
    }
    SECTION("an exception answer names the exception")
    {
        CliProcess cli; // in upgrade mode the measurements answer exception 02
        REQUIRE(cli.run(tcp(sim) + QStringList{QStringLiteral("read-live")}));
        CHECK(cli.exitCode() == 4);
        CHECK(cli.err().contains(QStringLiteral("exception 02 (illegal data address)")));
    }
    SECTION("a bad argument")
    {
        CliProcess cli;
        REQUIRE(
            cli.run({QStringLiteral("--serial"), QStringLiteral("/dev/null"),
                     QStringLiteral("--parity"), QStringLiteral("X"), QStringLiteral("identify")}));
        CHECK(cli.exitCode() == 2);
        CHECK(cli.err().contains(QStringLiteral("--parity must be N, E or O")));
        CliProcess none;
        REQUIRE(none.run({QStringLiteral("identify")}));
        CHECK(none.exitCode() == 2);
        CHECK(none.err().contains(QStringLiteral("no link given")));
        CliProcess unknown;
        REQUIRE(unknown.run({QStringLiteral("frobnicate")}));
        CHECK(unknown.exitCode() == 2);
    }
    SECTION("identify says when a transfer is unfinished")
    {
        CliProcess cli;
        REQUIRE(cli.run(tcp(sim) + QStringList{QStringLiteral("identify")}));
        CHECK(cli.exitCode() == 0);
        CHECK(cli.out().contains(QStringLiteral("UPGRADE")));
    }
}

TEST_CASE("scan finds a meter whose baud rate, parity and unit ID are unknown", "[cli][scan]")
{
    // On a pseudo-terminal every line setting reaches the meter, so the scan is asked for the
    // combination the meter uses first; what is tested is the unit sweep and the report.
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--pty"), QStringLiteral("--baud"), QStringLiteral("9600"),
                       QStringLiteral("--parity"), QStringLiteral("N"), QStringLiteral("--unit"),
                       QStringLiteral("17")}));
    CliProcess cli;
    REQUIRE(cli.run({QStringLiteral("scan"), QStringLiteral("--serial"), sim.serialPath(),
                     QStringLiteral("--bauds"), QStringLiteral("9600"),
                     QStringLiteral("--parities"), QStringLiteral("N"), QStringLiteral("--units"),
                     QStringLiteral("1-20"), QStringLiteral("--json")},
                    60000));
    CHECK(cli.exitCode() == 0);
    const QJsonObject o =
        QJsonDocument::fromJson(cli.out().mid(cli.out().indexOf(QLatin1Char('{'))).toUtf8())
            .object();
    const auto found = o.value(QStringLiteral("found")).toArray();
    REQUIRE(found.size() == 1);
    CHECK(found.first().toObject().value(QStringLiteral("unit")).toInt() == 17);
    CHECK(found.first().toObject().value(QStringLiteral("baud")).toInt() == 9600);
    CHECK(cli.out().contains(QStringLiteral("at worst")));
}

TEST_CASE("--help documents commands and exit codes; --version answers", "[cli]")
{
    CliProcess help;
    REQUIRE(help.run({QStringLiteral("--help")}));
    CHECK(help.exitCode() == 0);
    for (const char* word : {"identify", "read-live", "scan", "upgrade", "recover", "template",
                             "Exit codes", "8 interrupted"})
        CHECK(help.out().contains(QString::fromLatin1(word)));
    CliProcess version;
    REQUIRE(version.run({QStringLiteral("--version")}));
    CHECK(version.out().startsWith(QStringLiteral("commissioner-cli ")));
}

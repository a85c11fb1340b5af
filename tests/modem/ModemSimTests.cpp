// Modem links end to end: metersim --pty --modem as its own process, the tool opening the
// pty's slave as a modem port (commissioner-cli, or the factory's client in process).
#include "CatchCompat.h"
#include "CliProcess.h"
#include "MeterClientFactory.h"
#include "MeterSimProcess.h"
#include "TestPackages.h"
#include "meter/LinkSettings.h"
#include "meter/RegisterMap.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace commissioner;
using testsupport::CliProcess;
using testsupport::MeterSimProcess;

namespace {

const QString kPhone = QStringLiteral("5551234");

QStringList modemSim(const QStringList& extra = {})
{
    return QStringList{QStringLiteral("--pty"),           QStringLiteral("--modem"),
                       QStringLiteral("--modem-ring-ms"), QStringLiteral("50"),
                       QStringLiteral("--serial-number"), QStringLiteral("MODEM-7350-1")} +
           extra;
}

QStringList modemLink(const MeterSimProcess& sim)
{
    return {QStringLiteral("--modem"), sim.serialPath(), QStringLiteral("--phone"), kPhone};
}

} // namespace

TEST_CASE("identify over a dial-up modem, twice: the tool hangs up when it is done", "[modem][sim]")
{
    MeterSimProcess sim;
    REQUIRE(sim.start(modemSim()));
    for (int call = 0; call < 2; ++call) {
        CliProcess cli;
        REQUIRE(cli.run(modemLink(sim) + QStringList{QStringLiteral("identify")}, 60000));
        INFO(cli.all().toStdString());
        CHECK(cli.exitCode() == 0);
        CHECK(cli.out().contains(QStringLiteral("MODEM-7350-1")));
    }
}

TEST_CASE("a custom init string works and pulse dialing is accepted", "[modem][sim]")
{
    MeterSimProcess sim;
    REQUIRE(sim.start(modemSim()));
    CliProcess cli;
    REQUIRE(cli.run(modemLink(sim) +
                        QStringList{QStringLiteral("--init"), QStringLiteral("AT&F E0 V1 Q0 &D2"),
                                    QStringLiteral("--pulse"), QStringLiteral("identify")},
                    60000));
    INFO(cli.all().toStdString());
    CHECK(cli.exitCode() == 0);
    CHECK(cli.out().contains(QStringLiteral("MODEM-7350-1")));

    CliProcess refused;
    REQUIRE(
        refused.run(modemLink(sim) + QStringList{QStringLiteral("--init"), QStringLiteral("AT&Q9"),
                                                 QStringLiteral("identify")},
                    60000));
    CHECK(refused.exitCode() == 3);
    CHECK(refused.err().contains(QStringLiteral("ERROR to AT&Q9")));
}

TEST_CASE("each dial result code gives its error in one line and exit 3", "[modem][sim]")
{
    const std::pair<const char*, const char*> cases[] = {
        {"--modem-busy", "BUSY"},
        {"--modem-no-answer", "NO ANSWER"},
        {"--modem-no-dialtone", "NO DIALTONE"},
        {"--modem-error-on-dial", "ERROR"},
        {"--modem-mute", "no response"},
    };
    for (const auto& [option, name] : cases) {
        DYNAMIC_SECTION(option)
        {
            MeterSimProcess sim;
            REQUIRE(sim.start(modemSim({QString::fromLatin1(option)})));
            CliProcess cli;
            QElapsedTimer t;
            t.start();
            REQUIRE(cli.run(modemLink(sim) + QStringList{QStringLiteral("identify")}, 60000));
            INFO(cli.all().toStdString());
            CHECK(cli.exitCode() == 3);
            const QString err = cli.err().trimmed();
            CHECK(err.contains(QString::fromLatin1(name)));
            CHECK_FALSE(err.contains(QLatin1Char('\n')));
            CHECK(t.elapsed() < 20000); // one dial, no retries
        }
    }
}

TEST_CASE("the factory's modem client dials, reads, redials on reconnect and hangs up",
          "[modem][sim]")
{
    MeterSimProcess sim;
    REQUIRE(sim.start(modemSim({QStringLiteral("--modem-guard-ms"), QStringLiteral("1000")})));
    LinkSettings s;
    s.kind = LinkDescription::Kind::Modem;
    s.device = sim.serialPath();
    s.phoneNumber = kPhone;
    auto opened = MeterClientFactory::open(s);
    REQUIRE(opened);
    auto& client = *opened.value();
    CHECK(client.retryPolicy().responseTimeoutMs == 5000); // the modem's default
    CHECK(client.description().summary().contains(QStringLiteral("modem")));
    auto first = client.readRegisters(0, 16);
    REQUIRE(first);
    REQUIRE(client.reconnect()); // +++ with guard times, ATH, ATZ, ATDT
    auto second = client.readRegisters(0, 16);
    REQUIRE(second);
    CHECK(first.value() == second.value());
}

TEST_CASE("an upgrade whose carrier drops mid-way redials and resumes", "[modem][sim][upgrade]")
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("meter.json"));
    MeterSimProcess sim;
    REQUIRE(sim.start(modemSim({QStringLiteral("--modem-drop-after"), QStringLiteral("20000"),
                                QStringLiteral("--state"), state, QStringLiteral("--install-ms"),
                                QStringLiteral("300")})));
    const auto pkg = testsupport::makePackage(dir.path(), 7350, 1, 9, {1, 1, 0}, 64 * 1024, 3);
    const QString data = dir.filePath(QStringLiteral("data"));
    CliProcess cli;
    REQUIRE(cli.run(modemLink(sim) +
                        QStringList{QStringLiteral("--data-dir"), data, QStringLiteral("upgrade"),
                                    pkg.path, QStringLiteral("--yes"),
                                    QStringLiteral("--allow-unsigned"),
                                    QStringLiteral("--outage-wait"), QStringLiteral("60")},
                    240000));
    INFO(cli.all().toStdString());
    CHECK(cli.exitCode() == 0);
    sim.stop();

    const QJsonObject d = MeterSimProcess::dump(state);
    CHECK(d.value(QStringLiteral("installed_sha256")).toString() ==
          QString::fromLatin1(
              QCryptographicHash::hash(pkg.payload, QCryptographicHash::Sha256).toHex()));
    QFile f(data + QStringLiteral("/logs/Upgrade.log"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString log = QString::fromUtf8(f.readAll());
    INFO(log.toStdString());
    CHECK(log.contains(QStringLiteral("Communication lost")));
    CHECK(log.contains(QStringLiteral("NO CARRIER")));
    CHECK(log.contains(QStringLiteral("Communication restored after")));
}

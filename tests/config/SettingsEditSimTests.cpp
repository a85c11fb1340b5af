// applySettingsEdit through a real libmodbus client to metersim (its own process, 127.0.0.1
// or a pty): the read-back per setting, and what becomes of a COMM_* change when the meter
// is found at its new settings, still at its old ones, or nowhere.
#include "CatchCompat.h"
#include "CliProcess.h"
#include "MeterClientFactory.h"
#include "MeterSimProcess.h"
#include "meter/MeterQueries.h"
#include "settings/DeviceProfile.h"
#include "settings/SettingsEdit.h"

#include <QTemporaryDir>

using namespace commissioner;
using testsupport::CliProcess;
using testsupport::MeterSimProcess;

namespace {

const DeviceProfile& profile()
{
    static const DeviceProfiles all = DeviceProfiles::load().value();
    return *all.forDeviceType(7350);
}

struct Sim
{
    QTemporaryDir dir;
    MeterSimProcess process;
    std::unique_ptr<MeterClient> client;
    QString statePath() const { return dir.filePath(QStringLiteral("meter.json")); }

    void start()
    {
        REQUIRE(process.start({QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:0"),
                               QStringLiteral("--state"), statePath()}));
        LinkSettings s;
        s.kind = LinkDescription::Kind::Tcp;
        s.host = process.tcpHost();
        s.port = process.tcpPort();
        s.retry.responseTimeoutMs = 300;
        s.retry.retries = 0;
        s.retry.backoffMs = 20;
        client = MeterClientFactory::create(s);
        REQUIRE(client);
        REQUIRE(client->reconnect().ok());
    }
    MeterIdentity identity()
    {
        const auto id = readIdentity(*client);
        REQUIRE(id);
        return id.value();
    }
    int stored(int address) const
    {
        return MeterSimProcess::dump(statePath())
            .value(QStringLiteral("template"))
            .toObject()
            .value(QString::number(address))
            .toInt(-1);
    }
};

SettingsEditPlan plan(std::initializer_list<std::pair<const char*, const char*>> values)
{
    QVector<SettingAssignment> a;
    for (const auto& [name, text] : values)
        a.append({QString::fromLatin1(name), QString::fromLatin1(text)});
    auto p = planSettingsEdit(profile(), a);
    REQUIRE(p.ok());
    return p.value();
}

// Passes everything through, but can swallow the COMM_* write (a meter that answers it and
// ignores it) or lose every answer after it (a meter gone from the wire).
class CommFault : public MeterClient
{
public:
    enum class Mode
    {
        SwallowCommWrite,
        SilentAfterCommWrite
    };
    CommFault(MeterClient& inner, Mode mode) : m_inner(inner), m_mode(mode) {}
    Result<Registers, LinkError> readRegisters(int a, int c) override
    {
        if (m_silent)
            return timeout(a, c);
        return m_inner.readRegisters(a, c);
    }
    Result<Ok, LinkError> writeRegisters(int a, const Registers& v) override
    {
        if (m_silent)
            return timeout(a, int(v.size()));
        if (a == 1150) {
            if (m_mode == Mode::SwallowCommWrite)
                return Ok{};
            m_silent = true;
        }
        return m_inner.writeRegisters(a, v);
    }
    Result<Ok, LinkError> writeRegister(int a, quint16 v) override
    {
        return writeRegisters(a, Registers{v});
    }
    Result<Ok, LinkError> reconnect() override { return m_inner.reconnect(); }
    LinkDescription description() const override { return m_inner.description(); }
    bool setCommSettings(int unit, int baud, char parity) override
    {
        return m_inner.setCommSettings(unit, baud, parity);
    }
    void setRetryPolicy(const RetryPolicy& p) override { m_inner.setRetryPolicy(p); }
    RetryPolicy retryPolicy() const override { return m_inner.retryPolicy(); }
    void setRetryObserver(RetryObserver o) override { m_inner.setRetryObserver(std::move(o)); }
    RequestRecord lastRecord() const override { return m_inner.lastRecord(); }

private:
    static LinkError timeout(int a, int c)
    {
        LinkError e;
        e.kind = LinkErrorKind::Timeout;
        e.address = a;
        e.count = c;
        return e;
    }
    MeterClient& m_inner;
    Mode m_mode;
    bool m_silent = false;
};

SettingsEditOptions quickFollow()
{
    SettingsEditOptions o;
    o.followAttempts = 2;
    o.followPauseMs = 50;
    return o;
}

} // namespace

TEST_CASE("settings are written one by one and read back; unchanged ones are not written",
          "[config][sim]")
{
    Sim sim;
    sim.start();
    const auto r = applySettingsEdit(*sim.client, sim.identity(), profile(),
                                     plan({{"PT_PRIMARY", "14400"},
                                           {"CT_PRIMARY", "5"},
                                           {"NAMEPLATE_TAG2", "Feeder 7"},
                                           {"KWH_RECEIVED", "9007199254740993"}}));
    CHECK(r.allVerified());
    CHECK(r.writeRequests == 3);
    CHECK_FALSE(r.comm);
    REQUIRE(r.results.size() == 4);
    CHECK(r.result(QStringLiteral("CT_PRIMARY"))->outcome == SettingWriteOutcome::Unchanged);
    CHECK(r.result(QStringLiteral("PT_PRIMARY"))->outcome == SettingWriteOutcome::Verified);
    CHECK(r.result(QStringLiteral("PT_PRIMARY"))->before == SettingValue::integer(120));
    CHECK(*r.result(QStringLiteral("PT_PRIMARY"))->readBack == SettingValue::integer(14400));
    CHECK(*r.result(QStringLiteral("KWH_RECEIVED"))->readBack ==
          SettingValue::unsigned64(Q_UINT64_C(9007199254740993)));
    CHECK(sim.stored(1001) == 14400);
    CHECK(sim.stored(1052) == (('F' << 8) | 'e'));
}

TEST_CASE("a COMM_UNIT_ID change: the client follows the same meter to its new unit",
          "[config][sim]")
{
    Sim sim;
    sim.start();
    const auto r =
        applySettingsEdit(*sim.client, sim.identity(), profile(),
                          plan({{"COMM_UNIT_ID", "42"}, {"DST_ENABLE", "1"}}), quickFollow());
    REQUIRE(r.comm);
    CHECK(r.comm->outcome == CommFollow::Outcome::FoundAtNew);
    CHECK(r.comm->before == CommSettings{1, 19200, 'E'});
    CHECK(r.comm->target == CommSettings{42, 19200, 'E'});
    CHECK(r.comm->link.unitId == 42);
    CHECK(r.allVerified());
    CHECK(r.writeRequests == 2);
    CHECK(sim.client->description().unitId == 42);
    CHECK(sim.stored(1150) == 42);
    CHECK(sim.stored(1011) == 1);
    // The client talks to it there.
    CHECK(readIdentity(*sim.client).ok());
}

TEST_CASE("a COMM_* write the meter ignores: found at the old settings, reads back unchanged",
          "[config][sim]")
{
    Sim sim;
    sim.start();
    CommFault fault(*sim.client, CommFault::Mode::SwallowCommWrite);
    const auto r = applySettingsEdit(fault, sim.identity(), profile(),
                                     plan({{"COMM_UNIT_ID", "42"}}), quickFollow());
    REQUIRE(r.comm);
    CHECK(r.comm->outcome == CommFollow::Outcome::FoundAtOld);
    CHECK(r.comm->link.unitId == 1);
    CHECK(sim.client->description().unitId == 1);
    CHECK(r.result(QStringLiteral("COMM_UNIT_ID"))->outcome ==
          SettingWriteOutcome::ReadBackDiffers);
    CHECK(*r.result(QStringLiteral("COMM_UNIT_ID"))->readBack == SettingValue::integer(1));
    CHECK_FALSE(r.allVerified());
    CHECK(sim.stored(1150) == 1);
}

TEST_CASE("a meter not found after a COMM_* write: the client is left at what was written",
          "[config][sim]")
{
    Sim sim;
    sim.start();
    CommFault fault(*sim.client, CommFault::Mode::SilentAfterCommWrite);
    const auto r =
        applySettingsEdit(fault, sim.identity(), profile(),
                          plan({{"COMM_UNIT_ID", "42"}, {"COMM_PARITY", "odd"}}), quickFollow());
    REQUIRE(r.comm);
    CHECK(r.comm->outcome == CommFollow::Outcome::NotFound);
    CHECK(r.comm->target == CommSettings{42, 19200, 'O'});
    CHECK(r.comm->link.unitId == 42);
    REQUIRE(r.comm->error);
    CHECK(r.comm->error->kind == LinkErrorKind::Timeout);
    CHECK(sim.client->description().unitId == 42);
    CHECK(r.result(QStringLiteral("COMM_UNIT_ID"))->outcome == SettingWriteOutcome::NotReadBack);
    CHECK(r.result(QStringLiteral("COMM_PARITY"))->outcome == SettingWriteOutcome::NotReadBack);
    CHECK_FALSE(r.allVerified());
    CHECK(r.anyChanged());
    // It was written all the same, in one request.
    CHECK(r.writeRequests == 1);
    CHECK(sim.stored(1150) == 42);
    CHECK(sim.stored(1152) == 2);
}

TEST_CASE("on a serial line the tool follows a new unit, baud rate and parity",
          "[config][sim][serial]")
{
    QTemporaryDir dir;
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--pty"), QStringLiteral("--state"),
                       dir.filePath(QStringLiteral("m.json"))}));
    CliProcess cli;
    REQUIRE(cli.run({QStringLiteral("--serial"), sim.serialPath(), QStringLiteral("--timeout-ms"),
                     QStringLiteral("500"), QStringLiteral("--retries"), QStringLiteral("1"),
                     QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                     QStringLiteral("config"), QStringLiteral("set"),
                     QStringLiteral("COMM_UNIT_ID=3"), QStringLiteral("COMM_BAUD=9600"),
                     QStringLiteral("COMM_PARITY=odd"), QStringLiteral("--yes")},
                    60000));
    INFO(cli.all().toStdString());
    CHECK(cli.exitCode() == 0);
    CHECK(cli.out().contains(
        QStringLiteral("answers at its new settings (unit 3, 9600 baud, odd parity)")));
    CHECK(cli.out().contains(QStringLiteral("--unit 3 --baud 9600 --parity O")));
    const QJsonObject t = MeterSimProcess::dump(dir.filePath(QStringLiteral("m.json")))
                              .value(QStringLiteral("template"))
                              .toObject();
    CHECK(t.value(QStringLiteral("1150")).toInt() == 3);
    CHECK(t.value(QStringLiteral("1151")).toInt() == 0);
    CHECK(t.value(QStringLiteral("1152")).toInt() == 2);
}

// Templates against metersim, the meter of the spec, as its own process over Modbus TCP:
// through core's functions and through the template commands as a person runs them.
#include "CatchCompat.h"
#include "MeterClientFactory.h"
#include "MeterSimProcess.h"
#include "meter/MeterQueries.h"
#include "settings/DeviceProfile.h"
#include "settings/TemplateBackup.h"
#include "settings/TemplateDiff.h"
#include "settings/TemplateFile.h"
#include "settings/TemplateIo.h"
#include "settings/TemplateRestore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace commissioner;
using testsupport::MeterSimProcess;

namespace {

const DeviceProfile& profile()
{
    static const DeviceProfiles all = DeviceProfiles::load().value();
    return *all.forDeviceType(7350);
}

const DeviceProfiles& profiles()
{
    static const DeviceProfiles all = DeviceProfiles::load().value();
    return all;
}

TemplateValues siteValues()
{
    TemplateValues v = profile().factoryDefaults();
    v[QStringLiteral("PT_PRIMARY")] = SettingValue::integer(14400);
    v[QStringLiteral("CT_PRIMARY")] = SettingValue::integer(2000);
    v[QStringLiteral("CT_SECONDARY")] = SettingValue::integer(1);
    v[QStringLiteral("VOLTS_MODE")] = SettingValue::integer(1);
    v[QStringLiteral("NOMINAL_FREQUENCY")] = SettingValue::integer(50);
    v[QStringLiteral("TZ_OFFSET")] = SettingValue::integer(-300);
    v[QStringLiteral("DST_ENABLE")] = SettingValue::integer(1);
    v[QStringLiteral("NAMEPLATE_OWNER")] = SettingValue::text(QStringLiteral("City North Power"));
    v[QStringLiteral("NAMEPLATE_TAG2")] = SettingValue::text(QStringLiteral("Feeder 7, bay 3"));
    v[QStringLiteral("KWH_DELIVERED")] = SettingValue::unsigned64(Q_UINT64_C(12345678901234567890));
    v[QStringLiteral("KVARH_RECEIVED")] = SettingValue::unsigned64(Q_UINT64_C(9007199254740993));
    v[QStringLiteral("ITC_ENABLE")] = SettingValue::integer(1);
    v[QStringLiteral("ITC_V_RATIO_C")] = SettingValue::integer(-1000);
    v[QStringLiteral("ITC_PHASE_A")] = SettingValue::integer(300);
    return v;
}

// One simulated meter with its state file, and a client to it.
struct Sim
{
    QTemporaryDir dir;
    MeterSimProcess process;
    std::unique_ptr<MeterClient> client;
    QString statePath() const { return dir.filePath(QStringLiteral("meter.json")); }

    void start(const QStringList& extra = {})
    {
        client.reset();
        process.stop();
        REQUIRE(process.start(QStringList{QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:0"),
                                          QStringLiteral("--state"), statePath()} +
                              extra));
        LinkSettings s;
        s.kind = LinkDescription::Kind::Tcp;
        s.host = process.tcpHost();
        s.port = process.tcpPort();
        s.retry.responseTimeoutMs = 400;
        s.retry.retries = 1;
        s.retry.backoffMs = 20;
        client = MeterClientFactory::create(s);
        REQUIRE(client);
        REQUIRE(client->reconnect().ok());
    }
    QStringList link() const
    {
        return {
            QStringLiteral("--tcp"),        QStringLiteral("127.0.0.1:%1").arg(process.tcpPort()),
            QStringLiteral("--timeout-ms"), QStringLiteral("400"),
            QStringLiteral("--retries"),    QStringLiteral("1")};
    }
    MeterIdentity identity()
    {
        auto id = readIdentity(*client);
        REQUIRE(id);
        return id.value();
    }
    TemplateValues values()
    {
        auto v = readTemplate(*client, profile());
        REQUIRE(v);
        return v.value();
    }
    // The meter's stored template registers, as metersim --dump shows them.
    QJsonObject dumpedTemplate() const
    {
        return MeterSimProcess::dump(statePath()).value(QStringLiteral("template")).toObject();
    }
    void setValues(const TemplateValues& values)
    {
        TemplateFile f = TemplateFile::fromMeter(identity(), values, QStringLiteral("test"));
        RestoreOptions all;
        all.groups = QStringList{QStringLiteral("all")};
        auto plan = planRestore(f, identity(), profile(), all);
        REQUIRE(plan);
        REQUIRE(executeRestore(*client, plan.value()).verified());
    }
};

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList& args, int timeoutMs = 30000)
{
    QProcess p;
    p.setProgram(QStringLiteral(COMMISSIONER_CLI_PATH));
    p.setArguments(args);
    p.setStandardInputFile(QProcess::nullDevice()); // no terminal
    p.start();
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(3000);
        FAIL("the CLI did not finish in time");
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// A client that lets a test pull the plug after some writes.
class PlugPuller : public MeterClient
{
public:
    PlugPuller(MeterClient& inner, std::function<void()> pull, int afterWrites)
        : m_inner(inner), m_pull(std::move(pull)), m_left(afterWrites)
    {
    }
    Result<Registers, LinkError> readRegisters(int a, int c) override
    {
        return m_inner.readRegisters(a, c);
    }
    Result<Ok, LinkError> writeRegisters(int a, const Registers& v) override
    {
        if (m_left-- == 0)
            m_pull();
        return m_inner.writeRegisters(a, v);
    }
    Result<Ok, LinkError> writeRegister(int a, quint16 v) override
    {
        return writeRegisters(a, Registers{v});
    }
    Result<Ok, LinkError> reconnect() override { return m_inner.reconnect(); }
    LinkDescription description() const override { return m_inner.description(); }
    void setRetryPolicy(const RetryPolicy& p) override { m_inner.setRetryPolicy(p); }
    RetryPolicy retryPolicy() const override { return m_inner.retryPolicy(); }
    void setRetryObserver(RetryObserver o) override { m_inner.setRetryObserver(std::move(o)); }
    RequestRecord lastRecord() const override { return m_inner.lastRecord(); }

private:
    MeterClient& m_inner;
    std::function<void()> m_pull;
    int m_left;
};

} // namespace

// Every group but communications, energy readings included (named: they are not by default),
// as the restore after a settings loss takes them.
RestoreOptions allButCommunications()
{
    RestoreOptions o;
    o.groups = QStringList{QStringLiteral("transformers"), QStringLiteral("volts"),
                           QStringLiteral("clock"),        QStringLiteral("nameplate"),
                           QStringLiteral("energy"),       QStringLiteral("itc")};
    return o;
}

TEST_CASE("metersim: save, change, restore, diff equal (CLI)", "[template][sim]")
{
    Sim sim;
    sim.start();
    sim.setValues(siteValues());
    const QString file = sim.dir.filePath(QStringLiteral("site.json"));

    CliRun save =
        runCli(sim.link() + QStringList{QStringLiteral("template"), QStringLiteral("save"), file});
    INFO(save.out.toStdString() << save.err.toStdString());
    REQUIRE(save.exitCode == 0);
    auto saved = loadTemplateFile(file, profiles());
    REQUIRE(saved);
    CHECK(saved->settings == siteValues());
    CHECK(saved->serialNumber == QLatin1String("PC-0209A001-11"));

    CHECK(runCli(sim.link() + QStringList{QStringLiteral("template"), QStringLiteral("diff"), file})
              .exitCode == 0);

    // Change some settings on the meter.
    TemplateValues changed = siteValues();
    changed[QStringLiteral("PT_PRIMARY")] = SettingValue::integer(7200);
    changed[QStringLiteral("NAMEPLATE_OWNER")] = SettingValue::text(QStringLiteral("Someone else"));
    changed[QStringLiteral("KWH_DELIVERED")] = SettingValue::unsigned64(1);
    sim.setValues(changed);
    CliRun diff =
        runCli(sim.link() + QStringList{QStringLiteral("template"), QStringLiteral("diff"), file});
    CHECK(diff.exitCode == 1);
    CHECK(diff.out.contains(QLatin1String("3 of 31 settings differ")));

    // No terminal and no --yes: refused, nothing written.
    CliRun asked = runCli(sim.link() +
                          QStringList{QStringLiteral("template"), QStringLiteral("restore"), file});
    CHECK(asked.exitCode == 7);
    CHECK(sim.values() == changed);

    CliRun dry =
        runCli(sim.link() + QStringList{QStringLiteral("template"), QStringLiteral("restore"), file,
                                        QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(sim.values() == changed);

    CliRun restore =
        runCli(sim.link() + QStringList{QStringLiteral("template"), QStringLiteral("restore"), file,
                                        QStringLiteral("--yes")});
    INFO(restore.out.toStdString() << restore.err.toStdString());
    CHECK(restore.exitCode == 0);
    CHECK(restore.out.contains(
        QLatin1String("Read-back: every setting written reads as in the template")));
    CHECK(restore.out.contains(QLatin1String("Left out: Communications")));
    CHECK(restore.out.contains(QLatin1String("Left out: Energy")));
    // The energy reading is named to be restored, after the question shows it in kWh.
    CHECK(runCli(sim.link() + QStringList{QStringLiteral("template"), QStringLiteral("diff"), file})
              .exitCode == 1);
    CliRun energy =
        runCli(sim.link() + QStringList{QStringLiteral("template"), QStringLiteral("restore"), file,
                                        QStringLiteral("--groups"), QStringLiteral("energy"),
                                        QStringLiteral("--yes")});
    INFO(energy.out.toStdString() << energy.err.toStdString());
    CHECK(energy.exitCode == 0);
    CHECK(energy.out.contains(QLatin1String("KWH_DELIVERED: 0.001 kWh -> ")));
    CHECK(runCli(sim.link() + QStringList{QStringLiteral("template"), QStringLiteral("diff"), file})
              .exitCode == 0);
    CHECK(sim.values() == siteValues());
}

TEST_CASE("metersim: a restore onto a meter at factory defaults", "[template][sim]")
{
    Sim sim;
    sim.start();
    CHECK(looksFactoryDefault(sim.values(), profile()));
    TemplateFile f =
        TemplateFile::fromMeter(sim.identity(), siteValues(), QStringLiteral("pre-upgrade"));
    auto plan = planRestore(f, sim.identity(), profile(), allButCommunications());
    REQUIRE(plan);
    const RestoreReport r = executeRestore(*sim.client, plan.value());
    CHECK(r.verified());
    CHECK(r.writeRequests == 5);
    CHECK_FALSE(looksFactoryDefault(sim.values(), profile()));
    CHECK(sim.values() == siteValues());
}

TEST_CASE("metersim: a restore cut off is partial; a second run completes it", "[template][sim]")
{
    Sim sim;
    sim.start();
    TemplateFile f =
        TemplateFile::fromMeter(sim.identity(), siteValues(), QStringLiteral("manual"));
    auto plan = planRestore(f, sim.identity(), profile(), allButCommunications());
    REQUIRE(plan);

    // The meter loses power just before the third write request.
    PlugPuller puller(
        *sim.client, [&] { sim.process.kill9(); }, 2);
    const RestoreReport cut = executeRestore(puller, plan.value());
    CHECK_FALSE(cut.complete());
    REQUIRE(cut.stoppedBy);
    CHECK(cut.stoppedBy->kind == TemplateErrorKind::Link);
    CHECK(cut.written.size() == 10); // 1000-1008 and 1010-1012
    CHECK(cut.written.contains(QStringLiteral("TZ_OFFSET")));
    CHECK(cut.unconfirmed + cut.notWritten ==
          QStringList({QStringLiteral("NAMEPLATE_OWNER"), QStringLiteral("NAMEPLATE_TAG1"),
                       QStringLiteral("NAMEPLATE_TAG2"), QStringLiteral("KWH_DELIVERED"),
                       QStringLiteral("KWH_RECEIVED"), QStringLiteral("KVARH_DELIVERED"),
                       QStringLiteral("KVARH_RECEIVED"), QStringLiteral("KVAH"),
                       QStringLiteral("ITC_ENABLE"), QStringLiteral("ITC_V_RATIO_A"),
                       QStringLiteral("ITC_V_RATIO_B"), QStringLiteral("ITC_V_RATIO_C"),
                       QStringLiteral("ITC_I_RATIO_A"), QStringLiteral("ITC_I_RATIO_B"),
                       QStringLiteral("ITC_I_RATIO_C"), QStringLiteral("ITC_PHASE_A"),
                       QStringLiteral("ITC_PHASE_B"), QStringLiteral("ITC_PHASE_C")}));

    // The meter back (same stored state, a new port): what was confirmed is there.
    sim.start();
    const TemplateValues after = sim.values();
    CHECK(after.value(QStringLiteral("PT_PRIMARY")) == SettingValue::integer(14400));
    CHECK(after.value(QStringLiteral("KWH_DELIVERED")) == SettingValue::unsigned64(0));

    const RestoreReport second = executeRestore(*sim.client, plan.value());
    CHECK(second.verified());
    TemplateValues expected = siteValues();
    CHECK(sim.values() == expected);
}

TEST_CASE("metersim: bad files are refused with a clear error and the meter is untouched",
          "[template][sim]")
{
    Sim sim;
    sim.start();
    sim.setValues(siteValues());
    const QJsonObject before = sim.dumpedTemplate();
    REQUIRE_FALSE(before.isEmpty());

    const QByteArray good =
        TemplateFile::fromMeter(sim.identity(), siteValues(), QStringLiteral("manual"))
            .toJson(profile());
    QJsonObject o = QJsonDocument::fromJson(good).object();
    auto withSetting = [&](const QString& name, const QJsonValue& v) {
        QJsonObject c = o;
        QJsonObject s = c.value(QStringLiteral("settings")).toObject();
        if (v.isUndefined()) {
            s.remove(name);
        } else {
            QJsonObject e = s.value(name).toObject();
            e.insert(QStringLiteral("value"), v);
            s.insert(name, e);
        }
        c.insert(QStringLiteral("settings"), s);
        return QJsonDocument(c).toJson();
    };
    auto withField = [&](const QString& name, const QJsonValue& v) {
        QJsonObject c = o;
        c.insert(name, v);
        return QJsonDocument(c).toJson();
    };

    struct Case
    {
        const char* name;
        QByteArray contents;
        int exitCode;
        const char* says;
    };
    const QVector<Case> cases = {
        {"not JSON", good.left(good.size() / 2), 5, "not valid JSON at line"},
        {"unknown format version", withField(QStringLiteral("format_version"), 7), 5,
         "format version 7"},
        {"unknown setting", withSetting(QStringLiteral("PT_QUATERNARY"), 1), 5,
         "unknown setting PT_QUATERNARY"},
        {"missing setting", withSetting(QStringLiteral("CT_SECONDARY"), QJsonValue::Undefined), 5,
         "the setting CT_SECONDARY is missing"},
        {"another device type", withField(QStringLiteral("device_type"), 7330), 6,
         "device type 7330"},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const QString path = sim.dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(c.contents);
        f.close();
        const CliRun r =
            runCli(sim.link() + QStringList{QStringLiteral("template"), QStringLiteral("restore"),
                                            path, QStringLiteral("--yes"),
                                            QStringLiteral("--groups"), QStringLiteral("all")});
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == c.exitCode);
        CHECK(r.err.contains(QLatin1String(c.says)));
        CHECK(sim.dumpedTemplate() == before);
    }
}

TEST_CASE(
    "metersim: a file with one bad value restores every other setting and names that one (CLI)",
    "[template][sim]")
{
    Sim sim;
    sim.start();
    const QByteArray good =
        TemplateFile::fromMeter(sim.identity(), siteValues(), QStringLiteral("manual"))
            .toJson(profile());
    struct Case
    {
        const char* setting;
        QJsonValue value;
        const char* says;
    };
    const QVector<Case> cases = {
        {"TZ_OFFSET", 900,
         "Not restored: setting TZ_OFFSET holds 900 in the file, which breaks its rule (-720 to "
         "840)"},
        {"NOMINAL_VOLTAGE", QStringLiteral("120 V"),
         "Not restored: setting NOMINAL_VOLTAGE holds \"120 V\""},
    };
    for (const Case& c : cases) {
        INFO(c.setting);
        sim.setValues(profile().factoryDefaults());
        QJsonObject o = QJsonDocument::fromJson(good).object();
        QJsonObject s = o.value(QStringLiteral("settings")).toObject();
        QJsonObject e = s.value(QLatin1String(c.setting)).toObject();
        e.insert(QStringLiteral("value"), c.value);
        s.insert(QLatin1String(c.setting), e);
        o.insert(QStringLiteral("settings"), s);
        const QString path = sim.dir.filePath(QStringLiteral("one-bad.json"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
        f.close();
        const CliRun r =
            runCli(sim.link() + QStringList{QStringLiteral("template"), QStringLiteral("restore"),
                                            path, QStringLiteral("--groups"),
                                            QStringLiteral("transformers,volts,clock,nameplate,"
                                                           "energy,itc"),
                                            QStringLiteral("--yes")});
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 10); // partial: its own code, not "the meter refused" (4)
        CHECK(r.out.contains(QLatin1String(c.says)));
        CHECK(r.out.contains(QLatin1String("Restore PARTIAL: 27 setting(s) written and read "
                                           "back; these were not:")));
        CHECK(r.out.contains(QLatin1String("Not restored (invalid in the file): ") +
                             QLatin1String(c.setting)));
        // Every other setting is on the meter, byte for byte; that one kept its value.
        TemplateValues expected = siteValues();
        expected[QLatin1String(c.setting)] =
            profile().factoryDefaults().value(QLatin1String(c.setting));
        for (const QString& comm : {QStringLiteral("COMM_UNIT_ID"), QStringLiteral("COMM_BAUD"),
                                    QStringLiteral("COMM_PARITY")})
            expected[comm] = profile().factoryDefaults().value(comm);
        const QJsonObject dumped = sim.dumpedTemplate();
        for (const SettingDef& def : profile().settings()) {
            INFO(def.name.toStdString());
            const Registers want = encodeSetting(def, expected.value(def.name));
            for (int i = 0; i < def.registers; ++i)
                CHECK(dumped.value(QString::number(def.address + i)).toInt(-1) == want[i]);
        }
    }
}

TEST_CASE("metersim: list backups and sync the clock (CLI)", "[template][sim]")
{
    Sim sim;
    sim.start();
    const QString data = sim.dir.filePath(QStringLiteral("data"));
    auto path = saveTemplateBackup(*sim.client, sim.identity(), DataFolder(data),
                                   QStringLiteral("pre-upgrade"));
    REQUIRE(path);
    CliRun list = runCli(
        {QStringLiteral("--data-dir"), data, QStringLiteral("template"), QStringLiteral("list")});
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QLatin1String("PC-0209A001-11")));
    CHECK(list.out.contains(QLatin1String("pre-upgrade")));

    CliRun clock =
        runCli(sim.link() + QStringList{QStringLiteral("clock"), QStringLiteral("sync")});
    INFO(clock.out.toStdString() << clock.err.toStdString());
    CHECK(clock.exitCode == 0);
    CHECK(clock.out.contains(QLatin1String("Read back:")));
}

// Unit tests of template settings: profiles, value rules, the file format, reading and
// restoring against an in-memory meter that follows device-protocol.md section 4.
#include "CatchCompat.h"
#include "FakeTemplateMeter.h"
#include "meter/MeterQueries.h"
#include "settings/CommSettings.h"
#include "settings/DeviceProfile.h"
#include "settings/TemplateBackup.h"
#include "settings/TemplateDiff.h"
#include "settings/TemplateFile.h"
#include "settings/TemplateIo.h"
#include "settings/TemplateRestore.h"
#include "store/DataFolder.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace commissioner;
using commissioner::test::FakeTemplateMeter;

namespace {

const DeviceProfiles& profiles()
{
    static const DeviceProfiles p = [] {
        auto loaded = DeviceProfiles::load();
        if (!loaded)
            FAIL(describe(loaded.error()).toStdString());
        return loaded.value();
    }();
    return p;
}

const DeviceProfile& em7350()
{
    const DeviceProfile* p = profiles().forDeviceType(7350);
    REQUIRE(p);
    return *p;
}

TemplateValues siteValues()
{
    TemplateValues v = em7350().factoryDefaults();
    v[QStringLiteral("PT_PRIMARY")] = SettingValue::integer(14400);
    v[QStringLiteral("PT_SECONDARY")] = SettingValue::integer(120);
    v[QStringLiteral("CT_PRIMARY")] = SettingValue::integer(2000);
    v[QStringLiteral("CT_SECONDARY")] = SettingValue::integer(1);
    v[QStringLiteral("VOLTS_MODE")] = SettingValue::integer(1);
    v[QStringLiteral("NOMINAL_FREQUENCY")] = SettingValue::integer(50);
    v[QStringLiteral("TZ_OFFSET")] = SettingValue::integer(-300);
    v[QStringLiteral("NAMEPLATE_OWNER")] =
        SettingValue::text(QStringLiteral("City \"North\" Power"));
    v[QStringLiteral("NAMEPLATE_TAG1")] =
        SettingValue::text(QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"));
    v[QStringLiteral("KWH_DELIVERED")] = SettingValue::unsigned64(Q_UINT64_C(18446744073709551615));
    v[QStringLiteral("KVAH")] = SettingValue::unsigned64(Q_UINT64_C(9007199254740993)); // 2^53 + 1
    v[QStringLiteral("ITC_PHASE_B")] = SettingValue::integer(-300);
    v[QStringLiteral("COMM_UNIT_ID")] = SettingValue::integer(17);
    return v;
}

TemplateFile siteFile(int deviceType = 7350)
{
    FakeTemplateMeter m(deviceType);
    auto id = readIdentity(m);
    REQUIRE(id);
    TemplateFile f = TemplateFile::fromMeter(id.value(), siteValues(), QStringLiteral("manual"));
    return f;
}

// The site file's JSON, with one change made by `edit`.
QByteArray editedJson(const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject o = QJsonDocument::fromJson(siteFile().toJson(em7350())).object();
    edit(o);
    return QJsonDocument(o).toJson();
}

QJsonObject& settingsOf(QJsonObject& o, QJsonObject& holder)
{
    holder = o.value(QStringLiteral("settings")).toObject();
    return holder;
}

void setSetting(QJsonObject& o, const QString& name, const QJsonValue& value)
{
    QJsonObject s = o.value(QStringLiteral("settings")).toObject();
    QJsonObject e = s.value(name).toObject();
    e.insert(QStringLiteral("value"), value);
    s.insert(name, e);
    o.insert(QStringLiteral("settings"), s);
}

TemplateError parseError(const QByteArray& json)
{
    auto r = parseTemplate(json, profiles());
    REQUIRE_FALSE(r.ok());
    return r.error();
}

// A file with one bad value still loads: that setting is left out and reported with the rule
// it breaks, and every other setting is there.
TemplateError settingProblem(const QByteArray& json, const QString& setting)
{
    auto r = parseTemplate(json, profiles());
    REQUIRE(r.ok());
    CHECK(r->invalid.keys() == QStringList{setting});
    CHECK_FALSE(r->settings.contains(setting));
    CHECK(r->settings.size() + 1 == em7350().settings().size());
    return r->invalid.value(setting).error;
}

TemplateValues meterValues(FakeTemplateMeter& m)
{
    auto v = readTemplate(m, em7350());
    REQUIRE(v);
    return v.value();
}

} // namespace

TEST_CASE("the compiled-in profile lists the section 4 settings", "[template][profile]")
{
    const DeviceProfile* a = profiles().forDeviceType(7330);
    const DeviceProfile* b = profiles().forDeviceType(7350);
    REQUIRE(a);
    REQUIRE(a == b);
    CHECK(profiles().forDeviceType(7999) == nullptr);
    CHECK(a->modelFor(7330) == QLatin1String("EM7330"));
    CHECK(a->settings().size() == 31);
    CHECK(a->setting(QStringLiteral("CLOCK_UTC")) == nullptr);
    REQUIRE(a->excluded().size() == 1);
    CHECK(a->excluded()[0].address == 1014);
    const SettingDef* itc = a->setting(QStringLiteral("ITC_V_RATIO_B"));
    REQUIRE(itc);
    CHECK(itc->address == 1132);
    CHECK(itc->type == SettingType::S16);
    CHECK(itc->unit == QLatin1String("0.01 %"));
    const SettingGroup* comm = a->group(QStringLiteral("communications"));
    REQUIRE(comm);
    CHECK_FALSE(comm->restoreByDefault);
    CHECK(a->factoryDefaults().value(QStringLiteral("PT_PRIMARY")) == SettingValue::integer(120));
    CHECK(a->factoryDefaults().value(QStringLiteral("COMM_BAUD")) == SettingValue::integer(1));
}

TEST_CASE("the profile agrees with an independent model of the meter", "[template][profile]")
{
    FakeTemplateMeter m;
    // Every setting alone is writable with its factory default, and readable.
    for (const SettingDef& d : em7350().settings()) {
        INFO(d.name.toStdString());
        CHECK(m.writeRegisters(d.address, encodeSetting(d, d.factoryDefault)).ok());
        CHECK(m.readRegisters(d.address, d.registers).ok());
    }
    CHECK(looksFactoryDefault(meterValues(m), em7350()));
}

TEST_CASE("a user folder's profile adds a device type without new code", "[template][profile]")
{
    QTemporaryDir dir;
    QFile in(QStringLiteral(":/profiles/em7300.json"));
    REQUIRE(in.open(QIODevice::ReadOnly));
    QByteArray json = in.readAll();
    json.replace("\"device_type\": 7350, \"model\": \"EM7350\"",
                 "\"device_type\": 7390, \"model\": \"EM7390\"");
    QFile out(dir.filePath(QStringLiteral("em7390.json")));
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    auto loaded = DeviceProfiles::load(dir.path());
    REQUIRE(loaded);
    REQUIRE(loaded->forDeviceType(7390));
    CHECK(loaded->forDeviceType(7390)->modelFor(7390) == QLatin1String("EM7390"));
    CHECK(loaded->forDeviceType(7350));

    SECTION("a broken profile is an error naming the file")
    {
        QFile bad(dir.filePath(QStringLiteral("zz-bad.json")));
        REQUIRE(bad.open(QIODevice::WriteOnly));
        bad.write(json.replace("\"min\": -720", "\"min\": \"low\""));
        bad.close();
        auto r = DeviceProfiles::load(dir.path());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == TemplateErrorKind::ProfileInvalid);
        CHECK(r.error().path.endsWith(QLatin1String("zz-bad.json")));
        CHECK(r.error().setting == QLatin1String("TZ_OFFSET"));
    }
}

TEST_CASE("values are checked against the profile's rules", "[template][profile]")
{
    const DeviceProfile& p = em7350();
    auto check = [&](const char* name, const SettingValue& v) {
        return DeviceProfile::validate(*p.setting(QLatin1String(name)), v);
    };
    CHECK_FALSE(check("PT_PRIMARY", SettingValue::integer(1000000)));
    auto e = check("PT_PRIMARY", SettingValue::integer(1000001));
    REQUIRE(e);
    CHECK(e->setting == QLatin1String("PT_PRIMARY"));
    CHECK(e->rule == ValueRule::AboveMaximum);
    CHECK(e->ruleText == QLatin1String("1 to 1000000"));
    CHECK(e->value == QLatin1String("1000001"));
    CHECK(check("PT_PRIMARY", SettingValue::integer(0))->rule == ValueRule::BelowMinimum);
    CHECK(check("CT_SECONDARY", SettingValue::integer(3))->rule == ValueRule::NotAllowed);
    CHECK(check("CT_SECONDARY", SettingValue::integer(3))->ruleText ==
          QLatin1String("one of 1, 5"));
    CHECK_FALSE(check("CT_SECONDARY", SettingValue::integer(1)));
    CHECK_FALSE(check("TZ_OFFSET", SettingValue::integer(-720)));
    CHECK(check("TZ_OFFSET", SettingValue::integer(-721))->rule == ValueRule::BelowMinimum);
    CHECK(check("VOLTS_MODE", SettingValue::integer(4))->rule == ValueRule::NotAllowed);
    CHECK(
        check("VOLTS_MODE", SettingValue::integer(4))->ruleText.contains(QLatin1String("1 DELTA")));
    CHECK(check("NAMEPLATE_OWNER", SettingValue::text(QString(33, QLatin1Char('x'))))->rule ==
          ValueRule::TooLong);
    CHECK_FALSE(check("NAMEPLATE_OWNER", SettingValue::text(QString(32, QLatin1Char('x')))));
    CHECK(check("NAMEPLATE_OWNER", SettingValue::text(QStringLiteral("Zürich")))->rule ==
          ValueRule::NotAscii);
    CHECK(check("KWH_DELIVERED", SettingValue::integer(5))->rule == ValueRule::WrongType);
    CHECK_FALSE(check("KWH_DELIVERED", SettingValue::unsigned64(~quint64(0))));
    CHECK(check("ITC_PHASE_C", SettingValue::integer(301))->rule == ValueRule::AboveMaximum);
}

TEST_CASE("the whole template is read in six requests", "[template][read]")
{
    FakeTemplateMeter m;
    const auto runs = planRuns(em7350().settings(), 125);
    REQUIRE(runs.size() == 6);
    auto v = readTemplate(m, em7350());
    REQUIRE(v);
    CHECK(m.reads == 6);
    const QVector<QPair<int, int>> expected = {{1000, 9},  {1010, 3},  {1020, 48},
                                               {1100, 20}, {1130, 10}, {1150, 3}};
    CHECK(m.readLog == expected);
    CHECK(v->size() == 31);

    SECTION("a run never exceeds the request limit nor splits a setting")
    {
        const auto small = planRuns(em7350().settings(), 20);
        CHECK(small.size() == 8); // the nameplate's 48 registers in three requests
        for (const RegisterRun& r : small) {
            CHECK(r.count <= 20);
            int sum = 0;
            for (const SettingDef& d : r.settings)
                sum += d.registers;
            CHECK(sum == r.count);
        }
    }
    SECTION("a meter in UPGRADE mode: an error, not a template")
    {
        m.setMode(1);
        auto r = readTemplate(m, em7350());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == TemplateErrorKind::Link);
        CHECK(r.error().link.isException(ModbusException::IllegalDataAddress));
    }
}

TEST_CASE("values survive encoding, the meter and the file exactly", "[template][file]")
{
    const TemplateValues values = siteValues();
    for (const SettingDef& d : em7350().settings()) {
        INFO(d.name.toStdString());
        const Registers regs = encodeSetting(d, values.value(d.name));
        CHECK(regs.size() == d.registers);
        CHECK(decodeSetting(d, regs, 0) == values.value(d.name));
    }

    const TemplateFile f = siteFile();
    const QByteArray json = f.toJson(em7350());
    CHECK(json.contains("\"KWH_DELIVERED\": {\"group\": \"Energy\", \"value\": "
                        "\"18446744073709551615\", \"unit\": \"Wh\"}"));
    CHECK(json.contains("\"label\": \"DELTA\""));
    CHECK(json.contains("\"format\": \"commissioner-template\""));
    CHECK(json.contains("\"tool_version\": \"" COMMISSIONER_VERSION "\""));
    CHECK(json.contains("\"reason\": \"manual\""));
    // Settings in address order, for people.
    CHECK(json.indexOf("PT_PRIMARY") < json.indexOf("COMM_PARITY"));

    auto back = parseTemplate(json, profiles());
    REQUIRE(back);
    CHECK(back->settings == values);
    CHECK(back->deviceType == 7350);
    CHECK(back->serialNumber == QLatin1String("PC-0209A001-11"));
    CHECK(back->model == QLatin1String("EM7350"));
    CHECK(back->firmware == QLatin1String("2.1.0"));
    CHECK(back->hwRevision == 3);
    CHECK(back->savedAt.toSecsSinceEpoch() == f.savedAt.toSecsSinceEpoch());
    CHECK(back->savedAt.timeSpec() == Qt::UTC);
}

TEST_CASE("every bad file gives its own clear error", "[template][file]")
{
    SECTION("not JSON, with the position")
    {
        const auto e = parseError("{\n  \"format\": \"commissioner-template\",\n  oops\n}");
        CHECK(e.kind == TemplateErrorKind::NotJson);
        CHECK(e.line == 3);
        CHECK(e.column >= 3);
        CHECK(e.offset > 0);
        CHECK(describe(e).contains(QLatin1String("line 3")));
    }
    SECTION("not a template")
    {
        const auto e = parseError(editedJson(
            [](QJsonObject& o) { o.insert(QStringLiteral("format"), QStringLiteral("x")); }));
        CHECK(e.kind == TemplateErrorKind::NotATemplate);
        CHECK(parseError("[1, 2]").kind == TemplateErrorKind::NotATemplate);
    }
    SECTION("unknown format version")
    {
        const auto e = parseError(
            editedJson([](QJsonObject& o) { o.insert(QStringLiteral("format_version"), 2); }));
        CHECK(e.kind == TemplateErrorKind::UnknownFormatVersion);
        CHECK(e.value == QLatin1String("2"));
    }
    SECTION("unknown device type")
    {
        const auto e = parseError(
            editedJson([](QJsonObject& o) { o.insert(QStringLiteral("device_type"), 1234); }));
        CHECK(e.kind == TemplateErrorKind::UnknownDeviceType);
        CHECK(e.value == QLatin1String("1234"));
    }
    SECTION("missing device type")
    {
        const auto e =
            parseError(editedJson([](QJsonObject& o) { o.remove(QStringLiteral("device_type")); }));
        CHECK(e.kind == TemplateErrorKind::MissingField);
        CHECK(e.field == QLatin1String("device_type"));
    }
    SECTION("unknown setting")
    {
        const auto e = parseError(
            editedJson([](QJsonObject& o) { setSetting(o, QStringLiteral("PT_TERTIARY"), 5); }));
        CHECK(e.kind == TemplateErrorKind::UnknownSetting);
        CHECK(e.setting == QLatin1String("PT_TERTIARY"));
    }
    SECTION("missing setting")
    {
        const auto e = parseError(editedJson([](QJsonObject& o) {
            QJsonObject s = o.value(QStringLiteral("settings")).toObject();
            s.remove(QStringLiteral("ITC_PHASE_A"));
            o.insert(QStringLiteral("settings"), s);
        }));
        CHECK(e.kind == TemplateErrorKind::MissingSetting);
        CHECK(e.setting == QLatin1String("ITC_PHASE_A"));
    }
    SECTION("out-of-range value, with the setting and the rule")
    {
        const auto e = settingProblem(
            editedJson([](QJsonObject& o) { setSetting(o, QStringLiteral("PT_SECONDARY"), 691); }),
            QStringLiteral("PT_SECONDARY"));
        CHECK(e.kind == TemplateErrorKind::OutOfRange);
        CHECK(e.setting == QLatin1String("PT_SECONDARY"));
        CHECK(e.rule == QLatin1String("1 to 690"));
        CHECK(e.value == QLatin1String("691"));
        const auto big = settingProblem(editedJson([](QJsonObject& o) {
                                            setSetting(o, QStringLiteral("KVAH"),
                                                       QStringLiteral("18446744073709551616"));
                                        }),
                                        QStringLiteral("KVAH"));
        CHECK(big.kind == TemplateErrorKind::OutOfRange);
        CHECK(big.setting == QLatin1String("KVAH"));
        const auto enumBad = settingProblem(
            editedJson([](QJsonObject& o) { setSetting(o, QStringLiteral("COMM_BAUD"), 5); }),
            QStringLiteral("COMM_BAUD"));
        CHECK(enumBad.kind == TemplateErrorKind::OutOfRange);
    }
    SECTION("wrong type")
    {
        const auto e =
            settingProblem(editedJson([](QJsonObject& o) {
                               setSetting(o, QStringLiteral("CT_PRIMARY"), QStringLiteral("2000"));
                           }),
                           QStringLiteral("CT_PRIMARY"));
        CHECK(e.kind == TemplateErrorKind::WrongType);
        CHECK(e.setting == QLatin1String("CT_PRIMARY"));
        CHECK(settingProblem(editedJson([](QJsonObject& o) {
                                 setSetting(o, QStringLiteral("CT_PRIMARY"), 2.5);
                             }),
                             QStringLiteral("CT_PRIMARY"))
                  .kind == TemplateErrorKind::WrongType);
        CHECK(settingProblem(editedJson([](QJsonObject& o) {
                                 setSetting(o, QStringLiteral("NAMEPLATE_TAG2"), 7);
                             }),
                             QStringLiteral("NAMEPLATE_TAG2"))
                  .kind == TemplateErrorKind::WrongType);
        CHECK(settingProblem(editedJson([](QJsonObject& o) {
                                 setSetting(o, QStringLiteral("KWH_RECEIVED"),
                                            QStringLiteral("-1"));
                             }),
                             QStringLiteral("KWH_RECEIVED"))
                  .kind == TemplateErrorKind::WrongType);
        CHECK(settingProblem(editedJson([](QJsonObject& o) {
                                 QJsonObject s = o.value(QStringLiteral("settings")).toObject();
                                 s.insert(QStringLiteral("PT_PRIMARY"), 14400);
                                 o.insert(QStringLiteral("settings"), s);
                             }),
                             QStringLiteral("PT_PRIMARY"))
                  .kind == TemplateErrorKind::WrongType);
    }
    SECTION("a unit that is not the profile's")
    {
        const auto e =
            settingProblem(editedJson([](QJsonObject& o) {
                               QJsonObject s = o.value(QStringLiteral("settings")).toObject();
                               QJsonObject k = s.value(QStringLiteral("KWH_DELIVERED")).toObject();
                               k.insert(QStringLiteral("unit"), QStringLiteral("kWh"));
                               s.insert(QStringLiteral("KWH_DELIVERED"), k);
                               o.insert(QStringLiteral("settings"), s);
                           }),
                           QStringLiteral("KWH_DELIVERED"));
        CHECK(e.kind == TemplateErrorKind::UnitMismatch);
        CHECK(e.setting == QLatin1String("KWH_DELIVERED"));
    }
    SECTION("a file that is not there")
    {
        auto r = loadTemplateFile(QStringLiteral("/nonexistent/x.json"), profiles());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == TemplateErrorKind::FileUnreadable);
    }
}

TEST_CASE("save, change, restore, compare equal", "[template][restore]")
{
    FakeTemplateMeter m;
    auto id = readIdentity(m);
    REQUIRE(id);
    // The site's settings on the meter.
    for (const SettingDef& d : em7350().settings())
        REQUIRE(m.writeRegisters(d.address, encodeSetting(d, siteValues().value(d.name))).ok());
    const TemplateFile saved =
        TemplateFile::fromMeter(id.value(), meterValues(m), QStringLiteral("manual"));
    auto reread = parseTemplate(saved.toJson(em7350()), profiles());
    REQUIRE(reread);

    m.resetToFactory();
    CHECK(looksFactoryDefault(meterValues(m), em7350()));
    CHECK(anyChanged(compareTemplates(em7350(), reread->settings, em7350(), meterValues(m))));

    RestoreOptions all;
    all.groups = QStringList{QStringLiteral("all")};
    auto plan = planRestore(reread.value(), id.value(), em7350(), all);
    REQUIRE(plan);
    m.writes = 0;
    m.writeLog.clear();
    const RestoreReport report = executeRestore(m, plan.value());
    CHECK(report.complete());
    CHECK(report.verified());
    CHECK(report.written.size() == 31);
    CHECK(report.writeRequests == 6);
    CHECK(m.writes == 6);
    CHECK(m.writeLog.last().first == 1150); // communications last
    const auto rows = compareTemplates(em7350(), reread->settings, em7350(), meterValues(m));
    CHECK_FALSE(anyChanged(rows));
    CHECK(rows.size() == 31);
    CHECK_FALSE(looksFactoryDefault(meterValues(m), em7350()));
}

TEST_CASE("communications and energy readings are left out unless asked", "[template][restore]")
{
    FakeTemplateMeter m;
    auto id = readIdentity(m);
    REQUIRE(id);
    auto plan = planRestore(siteFile(), id.value(), em7350(), RestoreOptions{});
    REQUIRE(plan);
    CHECK(plan->groupsLeftOut ==
          QStringList{QStringLiteral("energy"), QStringLiteral("communications")});
    CHECK(plan->heldBack.isEmpty()); // the file is this meter's
    CHECK_FALSE(plan->values.contains(QStringLiteral("COMM_UNIT_ID")));
    CHECK_FALSE(plan->values.contains(QStringLiteral("KWH_DELIVERED")));
    const RestoreReport report = executeRestore(m, plan.value());
    CHECK(report.verified());
    CHECK(report.writeRequests == 4);
    CHECK(m.reg(1150) == 1); // unit ID untouched
    CHECK(m.reg(1000) == 0);
    CHECK(m.reg(1001) == 14400);

    SECTION("only the groups named")
    {
        RestoreOptions o;
        o.groups = QStringList{QStringLiteral("Transformers"), QStringLiteral("itc")};
        auto p = planRestore(siteFile(), id.value(), em7350(), o);
        REQUIRE(p);
        CHECK(p->settings.size() == 14);
        RestoreOptions bad;
        bad.groups = QStringList{QStringLiteral("nonsense")};
        auto r = planRestore(siteFile(), id.value(), em7350(), bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == TemplateErrorKind::UnknownGroup);
    }
}

TEST_CASE("one bad value: every other setting is written, that one is named", "[template][restore]")
{
    FakeTemplateMeter m;
    auto id = readIdentity(m);
    REQUIRE(id);
    TemplateFile f = siteFile();
    f.settings[QStringLiteral("ITC_PHASE_C")] = SettingValue::integer(999);
    auto plan = planRestore(f, id.value(), em7350(), RestoreOptions{});
    REQUIRE(plan.ok());
    REQUIRE(plan->invalid.size() == 1);
    CHECK(plan->invalid[0].name == QLatin1String("ITC_PHASE_C"));
    CHECK(plan->invalid[0].error.kind == TemplateErrorKind::OutOfRange);
    CHECK(plan->invalid[0].error.rule == QLatin1String("-300 to 300"));
    CHECK_FALSE(plan->values.contains(QStringLiteral("ITC_PHASE_C")));
    const RestoreReport report = executeRestore(m, plan.value());
    CHECK(report.complete());
    CHECK_FALSE(report.verified());
    REQUIRE(report.skipped.size() == 1);
    CHECK(report.skipped[0].name == QLatin1String("ITC_PHASE_C"));
    CHECK(report.written.size() == 22); // 31 less communications, energy and the bad one
    CHECK(m.reg(1001) == 14400);        // PT_PRIMARY written
    CHECK(m.reg(1139) == 0);            // ITC_PHASE_C untouched
}

TEST_CASE("a file of another device type is refused unless forced", "[template][restore]")
{
    FakeTemplateMeter m(7330, QStringLiteral("PC-OTHER"));
    auto id = readIdentity(m);
    REQUIRE(id);
    const TemplateFile f = siteFile(7350);
    auto refused = planRestore(f, id.value(), *profiles().forDeviceType(7330), RestoreOptions{});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == TemplateErrorKind::DeviceTypeMismatch);
    CHECK(refused.error().value == QLatin1String("7350"));
    CHECK(refused.error().rule == QLatin1String("7330"));

    RestoreOptions force;
    force.forceType = true;
    auto plan = planRestore(f, id.value(), *profiles().forDeviceType(7330), force);
    REQUIRE(plan);
    CHECK(plan->otherDeviceType);
    CHECK(plan->otherSerial);
    CHECK(executeRestore(m, plan.value()).verified());
}

TEST_CASE("a meter not in NORMAL mode is refused before writing", "[template][restore]")
{
    FakeTemplateMeter m;
    m.setMode(2);
    auto id = readIdentity(m);
    REQUIRE(id);
    auto plan = planRestore(siteFile(), id.value(), em7350(), RestoreOptions{});
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error().kind == TemplateErrorKind::MeterNotNormal);
    CHECK(plan.error().value == QLatin1String("NO_FIRMWARE"));
}

TEST_CASE("a restore cut off by a lost link is partial, and a second run completes it",
          "[template][restore]")
{
    FakeTemplateMeter m;
    auto id = readIdentity(m);
    REQUIRE(id);
    RestoreOptions all;
    all.groups = QStringList{QStringLiteral("all")};
    auto plan = planRestore(siteFile(), id.value(), em7350(), all);
    REQUIRE(plan);
    const bool applied = GENERATE(false, true); // the reply lost, or the request itself

    m.dropLinkAfterWrites(2, applied);
    const RestoreReport cut = executeRestore(m, plan.value());
    CHECK_FALSE(cut.complete());
    REQUIRE(cut.stoppedBy);
    CHECK(cut.stoppedBy->kind == TemplateErrorKind::Link);
    // Runs 1 (1000-1008) and 2 (1010-1012) confirmed; 3 (nameplate) unanswered; the rest never
    // sent.
    CHECK(cut.written ==
          QStringList({QStringLiteral("PT_PRIMARY"), QStringLiteral("PT_SECONDARY"),
                       QStringLiteral("CT_PRIMARY"), QStringLiteral("CT_SECONDARY"),
                       QStringLiteral("VOLTS_MODE"), QStringLiteral("NOMINAL_FREQUENCY"),
                       QStringLiteral("NOMINAL_VOLTAGE"), QStringLiteral("TZ_OFFSET"),
                       QStringLiteral("DST_ENABLE"), QStringLiteral("TIME_SYNC_SOURCE")}));
    CHECK(cut.unconfirmed ==
          QStringList({QStringLiteral("NAMEPLATE_OWNER"), QStringLiteral("NAMEPLATE_TAG1"),
                       QStringLiteral("NAMEPLATE_TAG2")}));
    CHECK(cut.notWritten.size() == 31 - 13);
    CHECK(cut.notWritten.contains(QStringLiteral("COMM_PARITY")));
    CHECK(cut.readBackError);
    CHECK(m.reg(1101) == 0); // energy never sent

    REQUIRE(m.reconnect().ok());
    const RestoreReport second = executeRestore(m, plan.value());
    CHECK(second.verified());
    CHECK_FALSE(anyChanged(compareTemplates(em7350(), siteValues(), em7350(), meterValues(m))));
}

TEST_CASE("a meter that left NORMAL mode stops the restore; nothing after it is sent",
          "[template][restore]")
{
    FakeTemplateMeter m;
    auto id = readIdentity(m);
    REQUIRE(id);
    auto plan = planRestore(siteFile(), id.value(), em7350(), RestoreOptions{});
    REQUIRE(plan);
    m.setMode(1); // the meter went to UPGRADE mode meanwhile: exception 02, then mode 1
    const RestoreReport r = executeRestore(m, plan.value());
    REQUIRE(r.stoppedBy);
    CHECK(r.stoppedBy->kind == TemplateErrorKind::MeterNotNormal);
    CHECK(r.written.isEmpty());
    CHECK(r.unconfirmed.isEmpty());
    CHECK(r.refused.isEmpty());
    CHECK(r.notWritten.size() == 23);
    CHECK(m.writes == 1);
}

TEST_CASE("a setting the meter refuses is named; every other one is still written",
          "[template][restore]")
{
    FakeTemplateMeter m;
    auto id = readIdentity(m);
    REQUIRE(id);
    TemplateFile f = siteFile();
    // PT_SECONDARY 0 breaks its rule: set in the plan by hand, so that the meter refuses it
    // (exception 03), not the plan.
    auto plan = planRestore(f, id.value(), em7350(), RestoreOptions{});
    REQUIRE(plan);
    plan.value().values[QStringLiteral("PT_SECONDARY")] = SettingValue::integer(0);
    const RestoreReport r = executeRestore(m, plan.value());
    CHECK(r.complete());
    CHECK_FALSE(r.verified());
    CHECK(r.partial());
    REQUIRE(r.refused.size() == 1);
    CHECK(r.refused[0].setting == QLatin1String("PT_SECONDARY"));
    CHECK(r.refused[0].error.isException(ModbusException::IllegalDataValue));
    CHECK(r.written.size() == 22);
    CHECK(m.reg(1001) == 14400);         // PT_PRIMARY, sent again on its own after the refusal
    CHECK(m.reg(1002) == 120);           // PT_SECONDARY unchanged
    CHECK(m.reg(1138) == quint16(-300)); // ITC_PHASE_B, a later request, written
}

TEST_CASE("compare two templates", "[template][diff]")
{
    TemplateValues a = siteValues();
    TemplateValues b = a;
    b[QStringLiteral("VOLTS_MODE")] = SettingValue::integer(3);
    const auto rows = compareTemplates(em7350(), a, em7350(), b);
    int changed = 0;
    for (const DiffRow& r : rows) {
        if (!r.changed)
            continue;
        ++changed;
        CHECK(r.setting == QLatin1String("VOLTS_MODE"));
        CHECK(r.left == QLatin1String("1 (DELTA)"));
        CHECK(r.right == QLatin1String("3 (SINGLE)"));
        CHECK(r.group == QLatin1String("Volts mode and nominal values"));
    }
    CHECK(changed == 1);
}

TEST_CASE("pre-upgrade backups are durable files, listed newest first", "[template][backup]")
{
    QTemporaryDir tmp;
    const DataFolder folder(tmp.path());
    FakeTemplateMeter m;
    for (const SettingDef& d : em7350().settings())
        REQUIRE(m.writeRegisters(d.address, encodeSetting(d, siteValues().value(d.name))).ok());
    auto id = readIdentity(m);
    REQUIRE(id);

    auto first = saveTemplateBackup(m, id.value(), folder, QStringLiteral("manual"));
    REQUIRE(first);
    auto second = saveTemplateBackup(m, id.value(), folder, QStringLiteral("pre-upgrade"));
    REQUIRE(second);
    CHECK(first.value() != second.value());
    CHECK(second.value().startsWith(
        folder.backupsDir(QStringLiteral("PC-0209A001-11"), id->deviceType)));
    CHECK(second.value().endsWith(QLatin1String("-pre-upgrade.json")));
    CHECK(QFileInfo(second.value())
              .fileName()
              .contains(QRegularExpression(QStringLiteral("^\\d{8}T\\d{6}Z-"))));

    auto loaded = loadTemplateFile(second.value(), profiles());
    REQUIRE(loaded);
    CHECK(loaded->settings == siteValues());
    CHECK(loaded->reason == QLatin1String("pre-upgrade"));

    const auto all = listBackups(folder, QString());
    REQUIRE(all.size() == 2);
    CHECK(all[0].savedAt >= all[1].savedAt);
    CHECK(all[0].serial == QLatin1String("PC-0209A001-11"));
    const auto latest =
        latestBackup(folder, QStringLiteral("PC-0209A001-11"), QStringLiteral("pre-upgrade"));
    REQUIRE(latest);
    CHECK(latest->path == second.value());
    CHECK(latestBackup(folder, QStringLiteral("PC-0209A001-11"), QStringLiteral("manual"))->path ==
          first.value());
    CHECK_FALSE(latestBackup(folder, QStringLiteral("OTHER"), QString()));

    SECTION("no backup of a meter whose template cannot be read")
    {
        m.setMode(1);
        auto id2 = readIdentity(m);
        REQUIRE(id2);
        auto r = saveTemplateBackup(m, id2.value(), folder, QStringLiteral("pre-upgrade"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == TemplateErrorKind::MeterNotNormal);
    }
}

TEST_CASE("the factory link and the baud rates come from the device profiles",
          "[template][profile]")
{
    // device-protocol.md section 4: COMM_UNIT_ID 1, COMM_BAUD 1 (19200), COMM_PARITY 1 (even).
    const auto f = factoryCommSettings(em7350());
    REQUIRE(f);
    CHECK(*f == CommSettings{1, 19200, 'E'});
    const auto all = factoryCommSettings(profiles()); // every compiled-in profile agrees
    REQUIRE(all);
    CHECK(*all == *f);
    CHECK(commBaudRates(profiles()) == QVector<int>{9600, 19200, 38400, 57600, 115200});
    const LinkSettings link = factorySerialLink(QStringLiteral("COM3"));
    CHECK(link.device == QStringLiteral("COM3"));
    CHECK(link.baudRate == 19200);
    CHECK(link.parity == 'E');
    CHECK(link.unitId == 1);
}

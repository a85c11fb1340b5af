// Settings one by one without a meter: typed input and its named errors, plans, the change
// history file, the upgrade log reader, the report's HTML.
#include "CatchCompat.h"
#include "report/CommissioningReport.h"
#include "settings/DeviceProfile.h"
#include "settings/SettingInput.h"
#include "settings/SettingsEdit.h"
#include "store/ChangeHistory.h"
#include "upgrade/UpgradeRuns.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace commissioner;

namespace {

const DeviceProfile& profile()
{
    static const DeviceProfiles all = DeviceProfiles::load().value();
    return *all.forDeviceType(7350);
}

const SettingDef& def(const char* name)
{
    const SettingDef* d = profile().setting(QString::fromLatin1(name));
    REQUIRE(d);
    return *d;
}

SettingValue parsed(const char* name, const QString& text)
{
    const auto v = parseSettingValue(def(name), text);
    INFO(name << " = " << text.toStdString());
    REQUIRE(v.ok());
    return v.value();
}

SettingInputErrorKind refused(const char* name, const QString& text)
{
    const auto v = parseSettingValue(def(name), text);
    INFO(name << " = " << text.toStdString());
    REQUIRE_FALSE(v.ok());
    CHECK(v.error().setting == QString::fromLatin1(name));
    CHECK(v.error().text == text);
    CHECK(v.error().rule == def(name).ruleText());
    return v.error().kind;
}

} // namespace

TEST_CASE("numbers are read within the spec's ranges", "[config][unit]")
{
    using K = SettingInputErrorKind;
    CHECK(parsed("PT_PRIMARY", QStringLiteral("14400")) == SettingValue::integer(14400));
    CHECK(parsed("PT_PRIMARY", QStringLiteral(" 1000000 ")) == SettingValue::integer(1000000));
    CHECK(refused("PT_PRIMARY", QStringLiteral("0")) == K::BelowMinimum);
    CHECK(refused("PT_PRIMARY", QStringLiteral("1000001")) == K::AboveMaximum);
    CHECK(refused("PT_PRIMARY", QStringLiteral("99999999999999999999999")) == K::AboveMaximum);
    CHECK(refused("PT_PRIMARY", QStringLiteral("12.5")) == K::NotANumber);
    CHECK(refused("PT_PRIMARY", QStringLiteral("0x10")) == K::NotANumber);
    CHECK(refused("PT_PRIMARY", QStringLiteral("")) == K::NotANumber);
    CHECK(refused("PT_SECONDARY", QStringLiteral("691")) == K::AboveMaximum);
    CHECK(parsed("CT_SECONDARY", QStringLiteral("1")) == SettingValue::integer(1));
    CHECK(refused("CT_SECONDARY", QStringLiteral("3")) == K::NotAChoice);
    CHECK(refused("NOMINAL_FREQUENCY", QStringLiteral("55")) == K::NotAChoice);
    CHECK(parsed("TZ_OFFSET", QStringLiteral("-720")) == SettingValue::integer(-720));
    CHECK(parsed("TZ_OFFSET", QStringLiteral("+840")) == SettingValue::integer(840));
    CHECK(refused("TZ_OFFSET", QStringLiteral("-721")) == K::BelowMinimum);
    CHECK(refused("ITC_PHASE_B", QStringLiteral("301")) == K::AboveMaximum);
    CHECK(refused("COMM_UNIT_ID", QStringLiteral("248")) == K::AboveMaximum);
    CHECK(refused("COMM_UNIT_ID", QStringLiteral("0")) == K::BelowMinimum);
}

TEST_CASE("energy readings take every 64-bit value and no more", "[config][unit]")
{
    using K = SettingInputErrorKind;
    CHECK(parsed("KWH_DELIVERED", QStringLiteral("18446744073709551615")) ==
          SettingValue::unsigned64(Q_UINT64_C(18446744073709551615)));
    CHECK(parsed("KVAH", QStringLiteral("9007199254740993")) ==
          SettingValue::unsigned64(Q_UINT64_C(9007199254740993)));
    CHECK(refused("KWH_DELIVERED", QStringLiteral("18446744073709551616")) == K::AboveMaximum);
    CHECK(refused("KWH_DELIVERED", QStringLiteral("-1")) == K::BelowMinimum);
    CHECK(refused("KWH_DELIVERED", QStringLiteral("1e6")) == K::NotANumber);
}

TEST_CASE("enums take their labels in any case or their numbers", "[config][unit]")
{
    using K = SettingInputErrorKind;
    CHECK(parsed("VOLTS_MODE", QStringLiteral("delta")) == SettingValue::integer(1));
    CHECK(parsed("VOLTS_MODE", QStringLiteral("3W-WYE")) == SettingValue::integer(2));
    CHECK(parsed("VOLTS_MODE", QStringLiteral("3")) == SettingValue::integer(3));
    CHECK(refused("VOLTS_MODE", QStringLiteral("4")) == K::NotAChoice);
    CHECK(refused("VOLTS_MODE", QStringLiteral("WYE")) == K::NotAChoice);
    // A baud rate's label is the rate: 9600 is the label of value 0.
    CHECK(parsed("COMM_BAUD", QStringLiteral("9600")) == SettingValue::integer(0));
    CHECK(parsed("COMM_BAUD", QStringLiteral("115200")) == SettingValue::integer(4));
    CHECK(refused("COMM_BAUD", QStringLiteral("4800")) == K::NotAChoice);
    CHECK(parsed("COMM_PARITY", QStringLiteral("ODD")) == SettingValue::integer(2));
    CHECK(parsed("TIME_SYNC_SOURCE", QStringLiteral("gps")) == SettingValue::integer(2));
    CHECK(formatSettingValue(def("VOLTS_MODE"), SettingValue::integer(1)) ==
          QStringLiteral("1 (DELTA)"));
    CHECK(editText(def("VOLTS_MODE"), SettingValue::integer(1)) == QStringLiteral("1"));
    CHECK(formatSettingValue(def("PT_PRIMARY"), SettingValue::integer(14400), true) ==
          QStringLiteral("14400 V"));
}

TEST_CASE("nameplate text is printable ASCII that fits its registers", "[config][unit]")
{
    using K = SettingInputErrorKind;
    CHECK(parsed("NAMEPLATE_OWNER", QStringLiteral(" City <North> ")) ==
          SettingValue::text(QStringLiteral(" City <North> ")));
    CHECK(parsed("NAMEPLATE_OWNER", QString()) == SettingValue::text(QString()));
    CHECK(parsed("NAMEPLATE_TAG1", QString(32, QLatin1Char('x'))) ==
          SettingValue::text(QString(32, QLatin1Char('x'))));
    CHECK(refused("NAMEPLATE_TAG1", QString(33, QLatin1Char('x'))) == K::TooLong);
    CHECK(refused("NAMEPLATE_TAG2", QStringLiteral("Zürich")) == K::NotAscii);
    CHECK(refused("NAMEPLATE_TAG2", QStringLiteral("tab\there")) == K::NotAscii);
}

TEST_CASE("a plan lists every bad assignment and plans nothing", "[config][unit]")
{
    const auto plan = planSettingsEdit(
        profile(), QVector<SettingAssignment>{
                       {QStringLiteral("pt_primary"), QStringLiteral("14400")},
                       {QStringLiteral("CT_SECONDARY"), QStringLiteral("3")},
                       {QStringLiteral("NO_SUCH"), QStringLiteral("1")},
                       {QStringLiteral("clock_utc"), QStringLiteral("5")},
                       {QStringLiteral("PT_PRIMARY"), QStringLiteral("100")},
                       {QStringLiteral("NAMEPLATE_OWNER"), QString(40, QLatin1Char('a'))}});
    REQUIRE_FALSE(plan.ok());
    const auto& errors = plan.error();
    REQUIRE(errors.size() == 5);
    CHECK(errors[0].kind == SettingInputErrorKind::NotAChoice);
    CHECK(errors[0].setting == QStringLiteral("CT_SECONDARY"));
    CHECK(errors[1].kind == SettingInputErrorKind::UnknownSetting);
    CHECK(errors[1].setting == QStringLiteral("NO_SUCH"));
    CHECK(errors[2].kind == SettingInputErrorKind::NotASetting);
    CHECK(errors[2].setting == QStringLiteral("CLOCK_UTC"));
    CHECK(errors[2].detail.contains(QStringLiteral("clock sync")));
    CHECK(errors[3].kind == SettingInputErrorKind::Duplicate);
    CHECK(errors[3].setting == QStringLiteral("PT_PRIMARY"));
    CHECK(errors[4].kind == SettingInputErrorKind::TooLong);

    CHECK(parseAssignment(QStringLiteral("=5")).error().kind ==
          SettingInputErrorKind::BadAssignment);
    CHECK(parseAssignment(QStringLiteral("PT_PRIMARY")).error().kind ==
          SettingInputErrorKind::BadAssignment);
    const auto a = parseAssignment(QStringLiteral("NAMEPLATE_OWNER=a=b"));
    REQUIRE(a.ok());
    CHECK(a->name == QStringLiteral("NAMEPLATE_OWNER"));
    CHECK(a->text == QStringLiteral("a=b"));
}

TEST_CASE("a good plan is in address order and flags COMM_* and energy", "[config][unit]")
{
    const auto plan = planSettingsEdit(
        profile(),
        QVector<SettingAssignment>{{QStringLiteral("COMM_UNIT_ID"), QStringLiteral("7")},
                                   {QStringLiteral("KVAH"), QStringLiteral("5")},
                                   {QStringLiteral("PT_PRIMARY"), QStringLiteral("14400")}});
    REQUIRE(plan.ok());
    REQUIRE(plan->settings.size() == 3);
    CHECK(plan->settings[0].name == QStringLiteral("PT_PRIMARY"));
    CHECK(plan->settings[1].name == QStringLiteral("KVAH"));
    CHECK(plan->settings[2].name == QStringLiteral("COMM_UNIT_ID"));
    CHECK(plan->commSettings == QStringList{QStringLiteral("COMM_UNIT_ID")});
    CHECK(plan->energySettings == QStringList{QStringLiteral("KVAH")});

    TemplateValues typed;
    typed.insert(QStringLiteral("TZ_OFFSET"), SettingValue::integer(900));
    typed.insert(QStringLiteral("VOLTS_MODE"), SettingValue::integer(1));
    const auto bad = planSettingsEdit(profile(), typed);
    REQUIRE_FALSE(bad.ok());
    REQUIRE(bad.error().size() == 1);
    CHECK(bad.error()[0].setting == QStringLiteral("TZ_OFFSET"));
    CHECK(bad.error()[0].kind == SettingInputErrorKind::AboveMaximum);
}

TEST_CASE("communications settings read as unit, baud rate and parity", "[config][unit]")
{
    TemplateValues v = profile().factoryDefaults();
    auto c = commSettingsFrom(profile(), v);
    REQUIRE(c);
    CHECK(*c == CommSettings{1, 19200, 'E'});
    v[QStringLiteral("COMM_UNIT_ID")] = SettingValue::integer(247);
    v[QStringLiteral("COMM_BAUD")] = SettingValue::integer(4);
    v[QStringLiteral("COMM_PARITY")] = SettingValue::integer(0);
    c = commSettingsFrom(profile(), v);
    REQUIRE(c);
    CHECK(*c == CommSettings{247, 115200, 'N'});
    v.remove(QStringLiteral("COMM_PARITY"));
    CHECK_FALSE(commSettingsFrom(profile(), v));
}

TEST_CASE("the change history is kept per meter, one line per change", "[config][unit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const DataFolder folder(dir.path());
    ChangeRecord r;
    r.time = QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 250), Qt::UTC);
    r.serialNumber = QStringLiteral("PC/1");
    r.deviceType = 7350;
    r.setting = QStringLiteral("VOLTS_MODE");
    r.from = QStringLiteral("0 (4W-WYE)");
    r.to = QStringLiteral("1 (DELTA)");
    r.result = QStringLiteral("verified");
    r.user = QStringLiteral("alice");
    r.tool = QStringLiteral("test");
    ChangeRecord r2 = r;
    r2.setting = QStringLiteral("PT_PRIMARY");
    r2.unit = QStringLiteral("V");
    REQUIRE(ChangeHistory::append(folder, {r}));
    REQUIRE(ChangeHistory::append(folder, {r2}));
    // A line that is no record (a crash mid-line, an edit) is skipped, not fatal.
    {
        QFile f(ChangeHistory::path(folder, r.serialNumber, 7350));
        REQUIRE(f.open(QIODevice::Append));
        f.write("{\"time\":\"garbage\n");
    }
    CHECK(ChangeHistory::path(folder, r.serialNumber, 7350) ==
          dir.path() + QStringLiteral("/backups/PC%2F1@7350/history.jsonl"));
    int skipped = 0;
    const auto read = ChangeHistory::read(folder, r.serialNumber, 7350, &skipped);
    CHECK(skipped == 1);
    REQUIRE(read.size() == 2);
    CHECK(read[0].time == r.time);
    CHECK(read[0].setting == QStringLiteral("VOLTS_MODE"));
    CHECK(read[0].to == QStringLiteral("1 (DELTA)"));
    CHECK(read[0].user == QStringLiteral("alice"));
    CHECK(read[1].unit == QStringLiteral("V"));
    CHECK(ChangeHistory::meters(folder) == QStringList{QStringLiteral("PC/1")});
    CHECK(ChangeHistory::read(folder, QStringLiteral("other"), 0).isEmpty());
    // A 7330 that carries the same serial number has a history of its own.
    CHECK(ChangeHistory::read(folder, r.serialNumber, 7330).isEmpty());
    CHECK(read[0].deviceType == 7350);
    CHECK_FALSE(ChangeHistory::currentUser().isEmpty());
}

TEST_CASE("the latest upgrade run of a meter is read from upgrade.jsonl", "[config][unit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("upgrade.jsonl"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    auto run = [&](const char* time, const char* serial, const char* before, const char* after,
                   const char* outcome) {
        f.write(QStringLiteral("{\"event\":\"start\",\"text\":\"Upgrade started\",\"time\":\"%1\","
                               "\"tool_version\":\"0.1.0\"}\n")
                    .arg(QLatin1String(time))
                    .toUtf8());
        f.write(
            "{\"event\":\"start\",\"package_version\":\"2.1.0\",\"text\":\"Firmware Version\"}\n");
        f.write(QStringLiteral("{\"event\":\"device\",\"serial_number\":\"%1\",\"text\":\"x\"}\n")
                    .arg(QLatin1String(serial))
                    .toUtf8());
        f.write(QStringLiteral("{\"event\":\"device\",\"firmware\":\"%1\",\"text\":\"x\"}\n")
                    .arg(QLatin1String(before))
                    .toUtf8());
        f.write("{\"event\":\"check\",\"text\":\"Checks passed\"}\n");
        f.write("not json\n");
        if (*after)
            f.write(
                QStringLiteral("{\"event\":\"step\",\"firmware\":\"%1\",\"text\":\"New firmware "
                               "confirmed: %1\"}\n")
                    .arg(QLatin1String(after))
                    .toUtf8());
        f.write(QStringLiteral("{\"event\":\"result\",\"outcome\":\"%1\",\"text\":\"done\"}\n")
                    .arg(QLatin1String(outcome))
                    .toUtf8());
    };
    run("2024-05-01T10:00:00.000Z", "A", "1.0.0", "", "link-lost");
    run("2024-05-02T10:00:00.000Z", "A", "1.0.0", "2.1.0", "succeeded");
    run("2024-05-03T10:00:00.000Z", "B", "1.5.0", "2.1.0", "succeeded");
    f.close();

    const auto a = latestUpgradeRun(path, QStringLiteral("A"));
    REQUIRE(a);
    CHECK(a->started == QDateTime(QDate(2024, 5, 2), QTime(10, 0), Qt::UTC));
    CHECK(a->firmwareBefore == QStringLiteral("1.0.0"));
    CHECK(a->firmwareAfter == QStringLiteral("2.1.0"));
    CHECK(a->packageVersion == QStringLiteral("2.1.0"));
    CHECK(a->outcome == QStringLiteral("succeeded"));
    CHECK(a->checks == QStringList{QStringLiteral("Checks passed")});
    CHECK(a->confirmation == QStringLiteral("New firmware confirmed: 2.1.0"));
    CHECK(latestUpgradeRun(path, QStringLiteral("B"))->firmwareBefore == QStringLiteral("1.5.0"));
    CHECK_FALSE(latestUpgradeRun(path, QStringLiteral("C")));
    CHECK_FALSE(latestUpgradeRun(dir.filePath(QStringLiteral("none.jsonl")), QStringLiteral("A")));
}

TEST_CASE("the report's HTML names the meter and every setting, escaped", "[config][unit]")
{
    CommissioningReportData d;
    d.generatedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    d.technician = QStringLiteral("Alice & Bob");
    d.identity.modelName = QStringLiteral("EM7350");
    d.identity.serialNumber = QStringLiteral("PC-0209A001-11");
    d.identity.deviceType = 7350;
    d.profile = profile();
    d.settings = profile().factoryDefaults();
    d.settings[QStringLiteral("NAMEPLATE_OWNER")] =
        SettingValue::text(QStringLiteral("<b>City</b>"));
    d.settings[QStringLiteral("KWH_DELIVERED")] =
        SettingValue::unsigned64(Q_UINT64_C(12345678901234567890));
    const QString html = commissioningReportHtml(d);
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.contains(QStringLiteral("PC-0209A001-11")));
    CHECK(html.contains(QStringLiteral("Alice &amp; Bob")));
    CHECK(html.contains(QStringLiteral("&lt;b&gt;City&lt;/b&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>City")));
    CHECK(html.contains(QStringLiteral("12345678901234567890")));
    for (const SettingDef& s : profile().settings())
        CHECK(html.contains(QStringLiteral("<td>%1</td>").arg(s.name)));
    CHECK(html.contains(QStringLiteral("No upgrade of this meter is recorded")));
    CHECK(html.contains(QStringLiteral("No change of this meter is recorded")));
}

TEST_CASE("the report says when the meter no longer holds a recorded change", "[config][unit]")
{
    CommissioningReportData d;
    d.identity.serialNumber = QStringLiteral("PC-0209A001-11");
    d.identity.deviceType = 7350;
    d.profile = profile();
    d.settings = profile().factoryDefaults(); // a power cut in upgrade mode since
    d.settings[QStringLiteral("CT_PRIMARY")] = SettingValue::integer(2000);
    ChangeRecord pt;
    pt.time = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    pt.setting = QStringLiteral("PT_PRIMARY");
    pt.from = QStringLiteral("120");
    pt.to = QStringLiteral("14400");
    pt.unit = QStringLiteral("V");
    pt.result = QStringLiteral("verified");
    ChangeRecord ct = pt;
    ct.setting = QStringLiteral("CT_PRIMARY");
    ct.from = QStringLiteral("5");
    ct.to = QStringLiteral("2000");
    ct.unit = QStringLiteral("A");
    ChangeRecord ptAgain = pt; // an earlier change of a setting changed again later
    ptAgain.to = QStringLiteral("13800");
    d.changes = {ptAgain, pt, ct};
    const QString html = commissioningReportHtml(d);
    CHECK(html.count(QStringLiteral("the meter now reads")) == 1);
    CHECK(html.contains(QStringLiteral("verified; the meter now reads 120 V")));
    CHECK_FALSE(html.contains(QStringLiteral("the meter now reads 2000")));
}

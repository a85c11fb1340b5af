// Unit tests of what keeps one meter's data from another's and from a terminal: file names
// per serial number, journals and backups checked against the serial number inside them,
// printable text; and of settings that break their rule (kept as read, flagged, restorable
// around) and energy values that a JSON number cannot hold exactly.
#include "CatchCompat.h"
#include "FakeTemplateMeter.h"
#include "base/JsonNumbers.h"
#include "base/PrintableText.h"
#include "meter/MeterQueries.h"
#include "settings/DeviceProfile.h"
#include "settings/RawSettings.h"
#include "settings/TemplateBackup.h"
#include "settings/TemplateFile.h"
#include "settings/TemplateIo.h"
#include "settings/TemplateRestore.h"
#include "store/ChangeHistory.h"
#include "store/DataFolder.h"
#include "upgrade/UpgradeHooksFactory.h"
#include "upgrade/UpgradeJournal.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>

using namespace commissioner;
using commissioner::test::FakeTemplateMeter;

namespace {

const DeviceProfiles& profiles()
{
    static const DeviceProfiles p = DeviceProfiles::load().value();
    return p;
}

const DeviceProfile& em7350()
{
    return *profiles().forDeviceType(7350);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

UpgradeJournal journalOf(const QString& serial, int type = 7350)
{
    UpgradeJournal j;
    j.serialNumber = serial;
    j.deviceType = type;
    j.payloadSha256 = QByteArray(32, '\x11');
    j.backupPath = QStringLiteral("/backups/%1.json").arg(serial);
    j.stage = QStringLiteral("transfer");
    return j;
}

// A backup file of `serial` written straight into `dir`, as an earlier version would have.
QString plantBackup(const QString& dir, const QString& serial, const QString& stamp,
                    int type = 7350)
{
    FakeTemplateMeter m(type, serial);
    auto id = readIdentity(m);
    REQUIRE(id);
    TemplateFile f = TemplateFile::fromMeter(id.value(), em7350().factoryDefaults(),
                                             QStringLiteral("pre-upgrade"));
    f.savedAt = QDateTime::fromString(stamp, Qt::ISODate);
    const QString path = dir + QLatin1Char('/') +
                         f.savedAt.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) +
                         QStringLiteral("-pre-upgrade.json");
    writeFile(path, f.toJson(*profiles().forDeviceType(type)));
    return path;
}

// Registers 1020.. holding bytes that are not printable ASCII.
Registers rawNameplate(std::initializer_list<quint16> words)
{
    Registers r(16, 0);
    int i = 0;
    for (quint16 w : words)
        r[i++] = w;
    return r;
}

} // namespace

TEST_CASE("printableText escapes control characters and backslashes", "[printable]")
{
    CHECK(printableText(QStringLiteral("PC-0209A001-11")) == QLatin1String("PC-0209A001-11"));
    CHECK(printableText(QStringLiteral("PC-\x1b[31m-01")) == QLatin1String("PC-\\x1b[31m-01"));
    CHECK(printableText(QStringLiteral("a\\b")) == QLatin1String("a\\\\b"));
    CHECK(printableText(QStringLiteral("tab\there\r\n")) ==
          QLatin1String("tab\\x09here\\x0d\\x0a"));
    CHECK(printableText(QString(QChar(0x9b)) + QStringLiteral("2J")) == QLatin1String("\\x9b2J"));
    CHECK(printableText(QString(QChar(0x7f))) == QLatin1String("\\x7f"));
    CHECK(printableText(QString(QChar(0x202e))) ==
          QLatin1String("\\u{202e}")); // right-to-left override
    CHECK(printableText(QStringLiteral("Zürich")) == QStringLiteral("Zürich"));
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    for (const QChar c : printableText(controls))
        CHECK((c.unicode() >= 0x20 && c.unicode() < 0x7f));
}

TEST_CASE("every serial number gets its own file name, safe on Linux and Windows", "[datafolder]")
{
    const QStringList serials{
        QStringLiteral("a/b"),           QStringLiteral("a_b"),         QStringLiteral("A_B"),
        QStringLiteral("a_B"),           QStringLiteral("A/B"),         QStringLiteral("a\\b"),
        QStringLiteral("a:b"),           QStringLiteral("a%2Fb"),       QStringLiteral("a%2fb"),
        QStringLiteral("CON"),           QStringLiteral("con"),         QStringLiteral("Con.x"),
        QStringLiteral("COM1"),          QStringLiteral("lpt9"),        QStringLiteral("NUL.json"),
        QStringLiteral(".hidden"),       QStringLiteral("dot."),        QStringLiteral(".."),
        QStringLiteral(" lead"),         QStringLiteral("trail "),      QStringLiteral(""),
        QStringLiteral("(none)"),        QStringLiteral("PC-\x1b[31m"), QStringLiteral("a*b?c"),
        QStringLiteral("<a>|\"b\""),     QStringLiteral("Zürich"),      QStringLiteral("ZÜRICH"),
        QStringLiteral("PC-0209A001-11")};
    QSet<QString> folded;
    for (const QString& serial : serials) {
        const QString name = DataFolder::safeName(serial);
        INFO(serial.toStdString() << " -> " << name.toStdString());
        CHECK_FALSE(name.isEmpty());
        // Case-insensitive file systems (NTFS) must not fold two names into one.
        CHECK_FALSE(folded.contains(name.toUpper()));
        folded.insert(name.toUpper());
        for (const QChar c : name) {
            CHECK(c.unicode() > 0x20);
            CHECK(c.unicode() < 0x7f);
            CHECK_FALSE(QStringLiteral("<>:\"/\\|?*").contains(c));
        }
        CHECK_FALSE(name.startsWith(QLatin1Char('.')));
        CHECK_FALSE(name.endsWith(QLatin1Char('.')));
        const QString stem = name.section(QLatin1Char('.'), 0, 0).toUpper();
        CHECK_FALSE(
            QStringList({QStringLiteral("CON"), QStringLiteral("NUL"), QStringLiteral("COM1"),
                         QStringLiteral("LPT9"), QStringLiteral("PRN"), QStringLiteral("AUX")})
                .contains(stem));
        if (!serial.isEmpty())
            CHECK(QUrl::fromPercentEncoding(name.toUtf8()) == serial);
    }
    // The usual serial numbers keep the names earlier versions gave them.
    CHECK(DataFolder::safeName(QStringLiteral("PC-0209A001-11")) ==
          QLatin1String("PC-0209A001-11"));
    CHECK(DataFolder::safeName(QStringLiteral("a/b")) == QLatin1String("%61%2F%62"));
    CHECK(DataFolder::legacySafeName(QStringLiteral("a/b")) ==
          DataFolder::legacySafeName(QStringLiteral("a_b")));

    // Really distinct files in a real folder.
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    for (const QString& serial : serials)
        REQUIRE(journalOf(serial).save(folder));
    CHECK(QDir(folder.journalDir()).entryList(QDir::Files).size() == serials.size());
    for (const QString& serial : serials) {
        const auto j = UpgradeJournal::load(folder, serial, 0);
        REQUIRE(j);
        CHECK(j->serialNumber == serial);
    }
}

TEST_CASE("a journal is only ever this meter's, under its new or its old name",
          "[datafolder][journal]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    // An earlier version wrote the journal of meter "a/b" as journal/a_b.json.
    writeFile(folder.legacyJournalPath(QStringLiteral("a/b")),
              journalOf(QStringLiteral("a/b")).toJson());
    CHECK(folder.legacyJournalPath(QStringLiteral("a_b")) ==
          folder.legacyJournalPath(QStringLiteral("a/b")));

    // Meter "a_b" does not adopt it; meter "a/b" still finds it.
    CHECK_FALSE(UpgradeJournal::load(folder, QStringLiteral("a_b"), 0));
    CHECK_FALSE(UpgradeJournal::load(folder, QStringLiteral("A_B"), 0));
    const auto mine = UpgradeJournal::load(folder, QStringLiteral("a/b"), 0);
    REQUIRE(mine);
    CHECK(mine->serialNumber == QLatin1String("a/b"));
    // Same serial number, another device type: not this meter.
    CHECK_FALSE(UpgradeJournal::load(folder, QStringLiteral("a/b"), 7330));
    CHECK(UpgradeJournal::load(folder, QStringLiteral("a/b"), 7350));

    // Removing a_b's journal leaves a/b's alone; removing a/b's takes the old file too.
    REQUIRE(journalOf(QStringLiteral("a_b")).save(folder));
    UpgradeJournal::remove(folder, QStringLiteral("a_b"), 7350);
    CHECK(QFile::exists(folder.legacyJournalPath(QStringLiteral("a/b"))));
    CHECK_FALSE(UpgradeJournal::load(folder, QStringLiteral("a_b"), 0));
    UpgradeJournal::remove(folder, QStringLiteral("a/b"), 7350);
    CHECK_FALSE(UpgradeJournal::load(folder, QStringLiteral("a/b"), 0));

    // A file under a meter's own name that names another meter is not returned either.
    writeFile(folder.journalPath(QStringLiteral("X1"), 7350),
              journalOf(QStringLiteral("X2")).toJson());
    CHECK_FALSE(UpgradeJournal::load(folder, QStringLiteral("X1"), 0));
}

TEST_CASE("backup lookups never return another meter's file", "[datafolder][backup]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    // Old layout: meter "a/b"'s backup in backups/a_b/, which "a_b" would also have used.
    const QString old = plantBackup(folder.legacyBackupsDir(QStringLiteral("a/b")),
                                    QStringLiteral("a/b"), QStringLiteral("2024-05-01T10:00:00Z"));
    // New layout: meter "a_b"'s own folder, and "A_B"'s.
    FakeTemplateMeter other(7350, QStringLiteral("a_b"));
    auto otherId = readIdentity(other);
    REQUIRE(otherId);
    auto otherBackup =
        saveTemplateBackup(other, otherId.value(), folder, QStringLiteral("pre-upgrade"));
    REQUIRE(otherBackup);
    const QString upper =
        plantBackup(folder.backupsDir(QStringLiteral("A_B"), 7350), QStringLiteral("A_B"),
                    QStringLiteral("2024-05-02T10:00:00Z"));

    const auto ab = listBackups(folder, QStringLiteral("a/b"));
    REQUIRE(ab.size() == 1);
    CHECK(ab[0].path == old);
    const auto a_b = listBackups(folder, QStringLiteral("a_b"));
    REQUIRE(a_b.size() == 1);
    CHECK(a_b[0].path == otherBackup.value());
    CHECK(latestBackup(folder, QStringLiteral("a_b"), QStringLiteral("pre-upgrade"))->path ==
          otherBackup.value());
    CHECK(latestBackup(folder, QStringLiteral("A_B"))->path == upper);
    CHECK(latestBackup(folder, QStringLiteral("a/b"))->path == old);
    CHECK_FALSE(latestBackup(folder, QStringLiteral("a/b"), QString(), 7330));
    CHECK(backupBelongsTo(old, QStringLiteral("a/b"), 7350));
    CHECK_FALSE(backupBelongsTo(old, QStringLiteral("a_b")));
    CHECK_FALSE(backupBelongsTo(old, QStringLiteral("a/b"), 7330));
    CHECK(listBackups(folder).size() == 3);

    // The upgrade job's hook finds the same.
    const UpgradeHooks hooks = makeUpgradeHooks(folder);
    CHECK(hooks.latestBackup(QStringLiteral("a_b"), 7350) == otherBackup.value());
    CHECK(hooks.latestBackup(QStringLiteral("a/b"), 7350) == old);
}

TEST_CASE("two meters of different types with one serial number keep their own files",
          "[datafolder][backup][journal]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    // A 7350 and a 7330 that both report "SN-1" (issue 20, item 6).
    FakeTemplateMeter a(7350, QStringLiteral("SN-1"));
    FakeTemplateMeter b(7330, QStringLiteral("SN-1"));
    auto idA = readIdentity(a);
    auto idB = readIdentity(b);
    REQUIRE(idA);
    REQUIRE(idB);
    const auto backupA = saveTemplateBackup(a, idA.value(), folder, kPreUpgradeReason);
    REQUIRE(backupA);
    CHECK(backupA.value().contains(QStringLiteral("/backups/SN-1@7350/")));
    REQUIRE(journalOf(QStringLiteral("SN-1"), 7350).save(folder));

    // B finds neither A's backup nor A's journal, and its own are beside them, not over them.
    CHECK_FALSE(latestBackup(folder, QStringLiteral("SN-1"), QString(), 7330));
    CHECK(makeUpgradeHooks(folder).latestBackup(QStringLiteral("SN-1"), 7330).isEmpty());
    CHECK_FALSE(UpgradeJournal::load(folder, QStringLiteral("SN-1"), 7330));
    const auto backupB = saveTemplateBackup(b, idB.value(), folder, kPreUpgradeReason);
    REQUIRE(backupB);
    CHECK(backupB.value().contains(QStringLiteral("/backups/SN-1@7330/")));
    REQUIRE(journalOf(QStringLiteral("SN-1"), 7330).save(folder));
    CHECK(latestBackup(folder, QStringLiteral("SN-1"), QString(), 7350)->path == backupA.value());
    CHECK(latestBackup(folder, QStringLiteral("SN-1"), QString(), 7330)->path == backupB.value());
    CHECK(UpgradeJournal::load(folder, QStringLiteral("SN-1"), 7350)->deviceType == 7350);
    CHECK(UpgradeJournal::load(folder, QStringLiteral("SN-1"), 7330)->deviceType == 7330);
    // Ending B's upgrade leaves A's journal alone.
    UpgradeJournal::remove(folder, QStringLiteral("SN-1"), 7330);
    CHECK_FALSE(UpgradeJournal::load(folder, QStringLiteral("SN-1"), 7330));
    CHECK(UpgradeJournal::load(folder, QStringLiteral("SN-1"), 7350));

    // Histories too: a change recorded for A is not B's.
    ChangeRecord r =
        clockChangeRecord(idA.value(), 0, 60, QStringLiteral("verified"), QStringLiteral("test"));
    REQUIRE(ChangeHistory::append(folder, {r}));
    CHECK(ChangeHistory::read(folder, QStringLiteral("SN-1"), 7350).size() == 1);
    CHECK(ChangeHistory::read(folder, QStringLiteral("SN-1"), 7330).isEmpty());
}

TEST_CASE("files kept under the serial number alone are still found, for their meter only",
          "[datafolder][backup][journal]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    // The previous version: backups/SN-1/ and journal/SN-1.json, the type only inside.
    const QString old =
        plantBackup(folder.unkeyedBackupsDir(QStringLiteral("SN-1")), QStringLiteral("SN-1"),
                    QStringLiteral("2024-05-01T10:00:00Z"), 7330);
    writeFile(folder.unkeyedJournalPath(QStringLiteral("SN-1")),
              journalOf(QStringLiteral("SN-1"), 7330).toJson());
    writeFile(folder.unkeyedBackupsDir(QStringLiteral("SN-1")) + QStringLiteral("/history.jsonl"),
              "{\"time\":\"2024-05-01T10:00:00.000Z\",\"serial_number\":\"SN-1\","
              "\"setting\":\"PT_PRIMARY\",\"from\":\"120\",\"to\":\"14400\"}\n");

    CHECK(latestBackup(folder, QStringLiteral("SN-1"), QString(), 7330)->path == old);
    CHECK_FALSE(latestBackup(folder, QStringLiteral("SN-1"), QString(), 7350));
    CHECK(UpgradeJournal::load(folder, QStringLiteral("SN-1"), 7330));
    CHECK_FALSE(UpgradeJournal::load(folder, QStringLiteral("SN-1"), 7350));
    // The old history names no device type: it is shown for the meter of that serial number.
    CHECK(ChangeHistory::read(folder, QStringLiteral("SN-1"), 7330).size() == 1);
    UpgradeJournal::remove(folder, QStringLiteral("SN-1"), 7330);
    CHECK_FALSE(QFile::exists(folder.unkeyedJournalPath(QStringLiteral("SN-1"))));
}

TEST_CASE("whole JSON numbers are read exactly as written", "[template][json]")
{
    CHECK(wholeNumberText("0") == QStringLiteral("0"));
    CHECK(wholeNumberText("-0") == QStringLiteral("0"));
    CHECK(wholeNumberText("9007199254740993") == QStringLiteral("9007199254740993"));
    CHECK(wholeNumberText("1e3") == QStringLiteral("1000"));
    CHECK(wholeNumberText("5.000") == QStringLiteral("5"));
    CHECK(wholeNumberText("-12.5e1") == QStringLiteral("-125"));
    CHECK_FALSE(wholeNumberText("1250E-2"));
    CHECK_FALSE(wholeNumberText("4503599627370496.5"));
    CHECK_FALSE(wholeNumberText("1.0000000000000001"));
    CHECK_FALSE(wholeNumberText("1e-1"));
    CHECK_FALSE(wholeNumberText("1e400"));

    const auto numbers =
        jsonNumberTexts(R"({"a": {"b\u0022": [1, 2.50, {"c": -3e2}]}, "d": "4", "e": 5})");
    CHECK(numbers.value(QStringLiteral("a/b\"/0")) == "1");
    CHECK(numbers.value(QStringLiteral("a/b\"/1")) == "2.50");
    CHECK(numbers.value(QStringLiteral("a/b\"/2/c")) == "-3e2");
    CHECK(numbers.value(QStringLiteral("e")) == "5");
    CHECK_FALSE(numbers.contains(QStringLiteral("d")));
}

TEST_CASE("an energy value given as a JSON number that is not exact is refused, never rounded",
          "[template][json]")
{
    FakeTemplateMeter m;
    auto id = readIdentity(m);
    REQUIRE(id);
    const QByteArray good =
        TemplateFile::fromMeter(id.value(), em7350().factoryDefaults(), QStringLiteral("manual"))
            .toJson(em7350());
    auto withEnergy = [&](const QByteArray& number) {
        QByteArray json = good;
        const QByteArray from = "\"KWH_DELIVERED\": {\"group\": \"Energy\", \"value\": \"0\"";
        REQUIRE(json.contains(from));
        json.replace(from, "\"KWH_DELIVERED\": {\"group\": \"Energy\", \"value\": " + number);
        auto parsed = parseTemplate(json, profiles());
        REQUIRE(parsed);
        return parsed.value();
    };
    for (const QByteArray& bad :
         {QByteArray("9007199254740993"), QByteArray("9007199254740993.0"),
          QByteArray("18446744073709551615"), QByteArray("4503599627370496.5"), QByteArray("12.5"),
          QByteArray("1e20"), QByteArray("-1")}) {
        INFO(bad.toStdString());
        const TemplateFile f = withEnergy(bad);
        CHECK_FALSE(f.settings.contains(QStringLiteral("KWH_DELIVERED")));
        REQUIRE(f.invalid.contains(QStringLiteral("KWH_DELIVERED")));
        const TemplateError e = f.invalid.value(QStringLiteral("KWH_DELIVERED")).error;
        CHECK(e.setting == QLatin1String("KWH_DELIVERED"));
        CHECK(e.value == QString::fromLatin1(bad));
        CHECK(describe(e).contains(QLatin1String("KWH_DELIVERED")));
        CHECK(f.settings.size() == 30); // every other setting loads
    }
    CHECK(withEnergy("9007199254740992").settings.value(QStringLiteral("KWH_DELIVERED")) ==
          SettingValue::unsigned64(Q_UINT64_C(9007199254740992)));
    CHECK(withEnergy("1e3").settings.value(QStringLiteral("KWH_DELIVERED")) ==
          SettingValue::unsigned64(1000));
    CHECK(withEnergy("\"9007199254740993\"").settings.value(QStringLiteral("KWH_DELIVERED")) ==
          SettingValue::unsigned64(Q_UINT64_C(9007199254740993)));
    const auto rule = describe(
        withEnergy("9007199254740993").invalid.value(QStringLiteral("KWH_DELIVERED")).error);
    CHECK(rule.contains(QLatin1String("string")));
}

TEST_CASE(
    "settings read out of their range are kept as read, flagged, and everything else restores",
    "[template][raw]")
{
    FakeTemplateMeter m;
    auto id = readIdentity(m);
    REQUIRE(id);
    // A meter holding values its spec does not allow (the fake takes raw registers).
    m.setReg(1001, 14400);                                          // PT_PRIMARY fine
    m.setReg(1002, 0);                                              // PT_SECONDARY 0: below 1
    m.setReg(1006, 7);                                              // VOLTS_MODE 7: no such mode
    const Registers owner = rawNameplate({0xFF41, 0x1B5B, 0x005C}); // \xffA ESC [ NUL backslash
    for (int i = 0; i < 16; ++i)
        m.setReg(1020 + i, owner[i]);
    m.setReg(1036, 0x4142);
    m.setReg(1037, 0x0043); // "AB", NUL, then 'C': not clean either
    m.setReg(1103, 5);      // KWH_DELIVERED 5

    const auto read = readCheckedTemplate(m, em7350());
    REQUIRE(read);
    CHECK(read->invalid.keys() ==
          QStringList({QStringLiteral("NAMEPLATE_OWNER"), QStringLiteral("NAMEPLATE_TAG1"),
                       QStringLiteral("PT_SECONDARY"), QStringLiteral("VOLTS_MODE")}));
    CHECK(read->invalid.value(QStringLiteral("NAMEPLATE_OWNER")).valueText ==
          QLatin1String("\\xffA\\x1b[\\x00\\\\"));
    CHECK(read->invalid.value(QStringLiteral("NAMEPLATE_TAG1")).valueText ==
          QLatin1String("AB\\x00C"));
    CHECK(read->invalid.value(QStringLiteral("PT_SECONDARY")).valueText == QLatin1String("0"));
    CHECK(read->invalid.value(QStringLiteral("PT_SECONDARY")).error.rule ==
          QLatin1String("1 to 690"));

    // Saved, the file holds them exactly and flags them; loaded back, every register is there.
    const TemplateFile saved =
        TemplateFile::fromMeter(id.value(), read.value(), QStringLiteral("pre-upgrade"));
    const QByteArray json = saved.toJson(em7350());
    const QJsonObject s =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("settings")).toObject();
    const QJsonObject ownerEntry = s.value(QStringLiteral("NAMEPLATE_OWNER")).toObject();
    CHECK(ownerEntry.value(QStringLiteral("value")).isNull());
    CHECK(ownerEntry.value(QStringLiteral("registers"))
              .toString()
              .startsWith(QLatin1String("FF41 1B5B 005C 0000")));
    CHECK(ownerEntry.value(QStringLiteral("invalid"))
              .toString()
              .contains(QLatin1String("NAMEPLATE_OWNER")));
    CHECK(s.value(QStringLiteral("PT_SECONDARY"))
              .toObject()
              .value(QStringLiteral("value"))
              .toInt(-1) == 0);
    CHECK(s.value(QStringLiteral("PT_SECONDARY")).toObject().contains(QStringLiteral("invalid")));
    CHECK_FALSE(
        s.value(QStringLiteral("PT_PRIMARY")).toObject().contains(QStringLiteral("invalid")));

    const auto loaded = parseTemplate(json, profiles());
    REQUIRE(loaded);
    CHECK(loaded->settings == read->valid);
    CHECK(loaded->invalid.keys() == read->invalid.keys());
    CHECK(loaded->registers(em7350()) == read->registers);
    // Saved again, the same file.
    CHECK(loaded->toJson(em7350()) == json);

    // A person who writes a value in place of the raw registers is taken at their word.
    {
        QJsonObject o = QJsonDocument::fromJson(json).object();
        QJsonObject settings = o.value(QStringLiteral("settings")).toObject();
        QJsonObject entry = settings.value(QStringLiteral("NAMEPLATE_OWNER")).toObject();
        entry.insert(QStringLiteral("value"), QStringLiteral("City Power"));
        settings.insert(QStringLiteral("NAMEPLATE_OWNER"), entry);
        o.insert(QStringLiteral("settings"), settings);
        const auto fixed = parseTemplate(QJsonDocument(o).toJson(), profiles());
        REQUIRE(fixed);
        CHECK(fixed->settings.value(QStringLiteral("NAMEPLATE_OWNER")) ==
              SettingValue::text(QStringLiteral("City Power")));
        CHECK(fixed->invalid.size() == 3);
    }

    // The meter lost its settings (a restart during an upgrade); the restore writes every
    // valid setting, PT/CT and kWh included, and names the ones it could not.
    m.resetToFactory();
    RestoreOptions all;
    all.groups = QStringList{QStringLiteral("all")};
    const auto plan = planRestore(loaded.value(), id.value(), em7350(), all);
    REQUIRE(plan);
    CHECK(plan->invalid.size() == 4);
    const RestoreReport report = executeRestore(m, plan.value());
    CHECK(report.complete());
    CHECK_FALSE(report.verified());
    CHECK(report.written.size() == 27);
    CHECK(report.mismatches.isEmpty());
    CHECK(report.skipped.size() == 4);
    CHECK(m.reg(1001) == 14400);
    CHECK(m.reg(1103) == 5);
    CHECK(m.reg(1002) == 120); // left at its factory value, not written
}

TEST_CASE("the pre-upgrade backup is read back and must give every register back",
          "[template][backup]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    FakeTemplateMeter m;
    auto id = readIdentity(m);
    REQUIRE(id);
    m.setReg(1002, 0);
    m.setReg(1020, 0xFF41);
    m.setReg(1103, 77);
    const UpgradeHooks hooks = makeUpgradeHooks(folder);
    const auto path = hooks.backup(m, id.value());
    REQUIRE(path);
    const auto loaded = loadTemplateFile(path.value(), profiles());
    REQUIRE(loaded);
    CHECK(loaded->settings.value(QStringLiteral("KWH_DELIVERED")) == SettingValue::unsigned64(77));
    CHECK(loaded->invalid.contains(QStringLiteral("PT_SECONDARY")));

    // A backup that does not read back as the meter was read fails, and is not listed.
    auto written = writeTemplateBackup(m, id.value(), folder, QStringLiteral("pre-upgrade"));
    REQUIRE(written);
    CHECK(verifyTemplateBackup(written.value(), id.value(), profiles()).ok());
    WrittenBackup tampered = written.value();
    tampered.read[QStringLiteral("KWH_DELIVERED")] = Registers{0, 0, 0, 78};
    const auto bad = verifyTemplateBackup(tampered, id.value(), profiles());
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().kind == TemplateErrorKind::BackupUnfaithful);
    CHECK(bad.error().setting == QLatin1String("KWH_DELIVERED"));
    FakeTemplateMeter someoneElse(7350, QStringLiteral("OTHER"));
    CHECK_FALSE(
        verifyTemplateBackup(written.value(), readIdentity(someoneElse).value(), profiles()).ok());
}

// The rules every writing job keeps (issue 19), on the desktop's path: a backup of the meter on
// disk before the first write, every change in the meter's history (when, who, from, to and
// through what), a meter's backup and a confirmed upgrade never going to another meter, energy
// readings rewritten only when named after a question in kWh, the restore offered after a
// recovery written only to the meter recovered, and a partial restore called partial. Each
// meter is a metersim process; what it holds is checked with `metersim --state F --dump` (or a
// Modbus read while it runs), and the data folder as a person would open it.
#include "CatchCompat.h"
#include "ClockDialog.h"
#include "GuiTestSupport.h"
#include "MeterClientFactory.h"
#include "MeterFiles.h"
#include "MeterSimProcess.h"
#include "TemplatesPage.h"
#include "TestPackages.h"
#include "UpgradeFlow.h"
#include "UpgradeProgressDialog.h"
#include "UpgradeWizard.h"
#include "XmodemRecoveryDialog.h"
#include "meter/MeterQueries.h"
#include "settings/TemplateBackup.h"
#include "store/DataFolder.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <optional>

using namespace guitest;
using namespace commissioner;
using namespace commissioner::gui;
using testsupport::MeterSimProcess;

namespace {

// 48,213.500 kWh in KWH_DELIVERED (1100-1103, Wh): 48213500 = 0x02DF'ADFC.
const Registers kSiteEnergy = {0, 0, 0x02DF, 0xADFC};
const QString kSiteKwh = QStringLiteral("KWH_DELIVERED: 0.000 kWh → 48,213.500 kWh");

QStringList meterArgs(const QString& type, const QString& serial, const QString& state,
                      const QStringList& extra = {})
{
    return QStringList{QStringLiteral("--tcp"),           QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--type"),          type,
                       QStringLiteral("--serial-number"), serial,
                       QStringLiteral("--state"),         state} +
           extra;
}

QStringList upgradeArgs(const QString& serial, const QString& state)
{
    return meterArgs(QStringLiteral("7350"), serial, state,
                     {QStringLiteral("--fw"), QStringLiteral("1.0.0"),
                      QStringLiteral("--verify-ms"), QStringLiteral("100"),
                      QStringLiteral("--install-ms"), QStringLiteral("300")});
}

LinkSettings tcpLink(const MeterSimProcess& sim)
{
    LinkSettings s;
    s.kind = LinkDescription::Kind::Tcp;
    s.host = sim.tcpHost();
    s.port = sim.tcpPort();
    s.unitId = 1;
    return s;
}

// Registers written straight to the meter, as another tool (or the meter itself) would.
void writeTo(const MeterSimProcess& sim, const QVector<QPair<int, Registers>>& writes)
{
    auto client = MeterClientFactory::open(tcpLink(sim));
    REQUIRE(client.ok());
    for (const auto& w : writes)
        REQUIRE(client.value()->writeRegisters(w.first, w.second).ok());
}

Registers readFrom(const MeterSimProcess& sim, int address, int count)
{
    auto client = MeterClientFactory::open(tcpLink(sim));
    REQUIRE(client.ok());
    const auto regs = client.value()->readRegisters(address, count);
    REQUIRE(regs.ok());
    return regs.value();
}

// Site settings: PT 14400 V, and 48,213.500 kWh delivered.
void writeSite(const MeterSimProcess& sim)
{
    writeTo(sim, {{1000, {0, 14400}}, {1100, kSiteEnergy}});
}

int reg(const QJsonObject& dump, int address)
{
    return dump.value(QStringLiteral("template"))
        .toObject()
        .value(QString::number(address))
        .toInt(-1);
}

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// One setting's value in a template file (a backup or a saved template).
QJsonValue heldIn(const QString& path, const QString& setting)
{
    return readJson(path)
        .value(QStringLiteral("settings"))
        .toObject()
        .value(setting)
        .toObject()
        .value(QStringLiteral("value"));
}

void setValue(const QString& path, const QString& setting, const QJsonValue& value)
{
    QJsonObject doc = readJson(path);
    REQUIRE_FALSE(doc.isEmpty());
    QJsonObject settings = doc.value(QStringLiteral("settings")).toObject();
    QJsonObject s = settings.value(setting).toObject();
    s.insert(QStringLiteral("value"), value);
    settings.insert(setting, s);
    doc.insert(QStringLiteral("settings"), settings);
    REQUIRE(writeJson(path, doc));
}

QDateTime savedAt(const QString& backupPath)
{
    return QDateTime::fromString(readJson(backupPath).value(QStringLiteral("saved_at")).toString(),
                                 Qt::ISODate);
}

// The meter's backups the tool took for `reason`, as files in its folder of the data folder.
QStringList backupsOf(const QString& dataDir, const QString& serial, int type,
                      const QString& reason)
{
    const QDir dir(meterBackupsDir(dataDir, serial, type));
    QStringList paths;
    const QStringList names =
        dir.entryList({QStringLiteral("*-") + reason + QStringLiteral(".json")}, QDir::Files);
    for (const QString& name : names)
        paths << dir.filePath(name);
    return paths;
}

// The meter's history.jsonl, one record a line, oldest first.
QList<QJsonObject> historyOf(const QString& dataDir, const QString& serial, int type)
{
    QList<QJsonObject> records;
    QFile file(meterHistoryPath(dataDir, serial, type));
    if (!file.open(QIODevice::ReadOnly))
        return records;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines)
        if (!line.trimmed().isEmpty())
            records << QJsonDocument::fromJson(line).object();
    return records;
}

QList<QJsonObject> recordsOf(const QList<QJsonObject>& history, const QString& setting)
{
    QList<QJsonObject> out;
    for (const QJsonObject& r : history)
        if (r.value(QStringLiteral("setting")).toString() == setting)
            out << r;
    return out;
}

// The one backup the tool took of the meter for `reason`: the test stops unless there is
// exactly one.
QString onlyBackupOf(const QString& dataDir, const QString& serial, int type, const QString& reason)
{
    INFO("backups of " << serial.toStdString() << " for " << reason.toStdString());
    const QStringList backups = backupsOf(dataDir, serial, type, reason);
    REQUIRE(backups.size() == 1);
    return backups.first();
}

// The one record of `setting` in the history: the test stops unless there is exactly one.
QJsonObject onlyRecordOf(const QList<QJsonObject>& history, const QString& setting)
{
    INFO("records of " << setting.toStdString());
    const QList<QJsonObject> records = recordsOf(history, setting);
    REQUIRE(records.size() == 1);
    return records.first();
}

// No backup of the meter in the data folder (its folder may exist: the Templates tab lists a
// meter's backups once it has read it).
bool noBackupsOf(const QString& dataDir, const QString& serial, int type)
{
    return QDir(meterBackupsDir(dataDir, serial, type)).entryList(QDir::Files).isEmpty();
}

QString field(const QJsonObject& record, const char* name)
{
    return record.value(QLatin1String(name)).toString();
}

QDateTime timeOf(const QJsonObject& record)
{
    return QDateTime::fromString(field(record, "time"), Qt::ISODateWithMs);
}

// When and who: a time since the test began, and the person at this computer.
void checkWhenAndWho(const QJsonObject& record, const QDateTime& since)
{
    INFO(QJsonDocument(record).toJson(QJsonDocument::Compact).toStdString());
    const QDateTime when = timeOf(record);
    REQUIRE(when.isValid());
    CHECK(when >= since);
    CHECK(when <= QDateTime::currentDateTimeUtc().addSecs(2));
    CHECK_FALSE(field(record, "user").isEmpty());
}

// The last question whose title is `title` ("title: text"), or empty.
QString askedWithTitle(const ScriptedAsker& asker, const QString& title)
{
    for (auto it = asker.asked.crbegin(); it != asker.asked.crend(); ++it)
        if (it->startsWith(title + QStringLiteral(": ")))
            return *it;
    return QString();
}

QDateTime testStart()
{
    // Record times are in milliseconds, saved_at in seconds: a second of slack.
    return QDateTime::currentDateTimeUtc().addSecs(-1);
}

// What the meter holds once the window has let it go and it is stopped.
QJsonObject stopAndDump(GuiFixture& f, MeterSimProcess& sim, const QString& state)
{
    f.window->disconnectLink();
    REQUIRE(sim.stop());
    return MeterSimProcess::dump(state);
}

// A meter recovered, and the names its history gives the recovery and the restore after it.
struct Recovered
{
    QString serial;
    int type = 0;
    QString firmware;     // what the recovery installed
    QString recoveryTool; // the firmware record's tool
    QString restoreTool;  // the restored settings' tool
};

// What the restore after a recovery left, for the checks only one test makes.
struct RestoreSeen
{
    QString backup; // the recovered meter's factory settings, kept before the restore wrote
    QList<QJsonObject> history;
};

// The restore offered after recovering meter `m` from the site backup (writeSite): rules 5 and
// 4, the question titled `title` goes to meter `m` and shows its energy readings in kWh, and
// they are written with PT_PRIMARY; rule 1, the factory settings backed up first; rule 2, the
// firmware recorded through the recovery and PT_PRIMARY through the restore.
RestoreSeen checkRestoredAfterRecovery(const GuiFixture& f, const RestoreReport& restored,
                                       const QString& title, const Recovered& m,
                                       const QDateTime& since)
{
    INFO("the restore after recovering " << m.serial.toStdString());
    const QString question = askedWithTitle(f.asker, title);
    CHECK(question.contains(QStringLiteral("to meter ") + m.serial));
    CHECK(question.contains(kSiteKwh));
    CHECK(restored.written.contains(QStringLiteral("PT_PRIMARY")));
    CHECK(restored.written.contains(QStringLiteral("KWH_DELIVERED")));
    RestoreSeen seen;
    seen.backup = onlyBackupOf(f.dataDir(), m.serial, m.type, kPreRestoreReason);
    CHECK(heldIn(seen.backup, QStringLiteral("PT_PRIMARY")) == QJsonValue(120));
    seen.history = historyOf(f.dataDir(), m.serial, m.type);
    const QJsonObject firmware = onlyRecordOf(seen.history, QStringLiteral("FIRMWARE"));
    CHECK(field(firmware, "to") == m.firmware);
    CHECK(field(firmware, "tool") == m.recoveryTool);
    checkWhenAndWho(firmware, since);
    const QJsonObject pt = onlyRecordOf(seen.history, QStringLiteral("PT_PRIMARY"));
    CHECK(field(pt, "from") == QStringLiteral("120"));
    CHECK(field(pt, "to") == QStringLiteral("14400"));
    CHECK(field(pt, "tool") == m.restoreTool);
    return seen;
}

// The recovered meter once stopped: the firmware installed, the site's PT and energy back, and
// Communications left as the link found them.
void checkMeterRestored(const QJsonObject& dump, const Recovered& m)
{
    INFO("meter " << m.serial.toStdString() << " after its restore");
    CHECK(dump.value(QStringLiteral("fw")).toString() == m.firmware);
    CHECK(reg(dump, 1001) == 14400);
    CHECK(reg(dump, 1102) == 0x02DF);
    CHECK(reg(dump, 1103) == 0xADFC);
    CHECK(reg(dump, 1150) == 1);
}

// Connected to `sim`, the meter's template saved through the Templates tab to `path`.
TemplatesPage* connectAndSave(GuiFixture& f, const MeterSimProcess& sim, const QString& path)
{
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
    TemplatesPage* page = f.window->templatesPage();
    bool saved = false;
    QObject context; // the connection ends with this function, before `saved` does
    QObject::connect(page, &TemplatesPage::saved, &context, [&] { saved = true; });
    page->saveTo(path);
    REQUIRE(waitUntil([&] { return saved; }, 10000));
    return page;
}

struct PageRestore
{
    std::optional<RestoreReport> report; // when something was written
    QStringList failures;
};

// Restores the page's file with the groups as ticked, the question answered `yes`; waits for
// the report and the table read again after it, or for the page's word that nothing was
// written.
PageRestore restoreThroughPage(GuiFixture& f, TemplatesPage* page, bool yes)
{
    PageRestore out;
    int compared = 0;
    QObject context;
    QObject::connect(page, &TemplatesPage::restored, &context,
                     [&](const RestoreReport& r) { out.report = r; });
    QObject::connect(page, &TemplatesPage::compared, &context, [&] { ++compared; });
    QObject::connect(page, &TemplatesPage::failed, &context,
                     [&](const QString& why) { out.failures << why; });
    f.asker.answers = {yes};
    page->restore();
    REQUIRE(waitUntil(
        [&] {
            return !out.failures.isEmpty() || (out.report && compared > 0) ||
                   page->statusText() == QStringLiteral("Nothing was written.");
        },
        30000));
    return out;
}

// A restore from the Templates tab onto meter SN-P (its own template, edited by `edit`), the
// meter started with `faults`: it writes some settings and leaves others out.
struct PartialRestore
{
    GuiFixture f;
    QString state = f.dir.filePath(QStringLiteral("meter.json"));
    MeterSimProcess sim;
    PageRestore result;
    QJsonObject after; // the meter's dump once it is stopped

    template <typename Edit> void run(const QStringList& faults, Edit edit)
    {
        REQUIRE(
            sim.start(meterArgs(QStringLiteral("7350"), QStringLiteral("SN-P"), state, faults)));
        const QString site = f.dir.filePath(QStringLiteral("site.json"));
        TemplatesPage* page = connectAndSave(f, sim, site);
        edit(site);
        page->setFile(site);
        result = restoreThroughPage(f, page, true);
        INFO(page->statusText().toStdString() << "\n" << page->reportText().toStdString());
        REQUIRE(result.failures.isEmpty());
        REQUIRE(result.report.has_value());
        CHECK(result.report->partial());
        CHECK_FALSE(result.report->verified());
        // The tab says so, not "restored".
        CHECK(page->statusText().startsWith(QStringLiteral("Restored in part")));
        CHECK(backupsOf(f.dataDir(), QStringLiteral("SN-P"), 7350, kPreRestoreReason).size() == 1);
        after = stopAndDump(f, sim, state);
    }
    QString report() const { return f.window->templatesPage()->reportText(); }
    QStringList recorded() const
    {
        QStringList names;
        const auto history = historyOf(f.dataDir(), QStringLiteral("SN-P"), 7350);
        for (const QJsonObject& r : history)
            names << field(r, "setting");
        return names;
    }
};

} // namespace

TEST_CASE("Templates tab: the meter is backed up before a restore writes, each change is recorded "
          "with when, who, from, to and the tab, and the energy readings stay the meter's",
          "[gui][usecase][restore]")
{
    const QDateTime since = testStart();
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    MeterSimProcess sim;
    REQUIRE(sim.start(meterArgs(QStringLiteral("7350"), QStringLiteral("SN-A"), state)));
    writeSite(sim);
    const QString site = f.dir.filePath(QStringLiteral("site.json"));
    TemplatesPage* page = connectAndSave(f, sim, site);
    // The meter changes after the save: PT to 13800 V, and it counts energy on.
    writeTo(sim, {{1000, {0, 13800}}, {1100, {0, 0, 0x02E0, 0x0000}}});

    page->setFile(site);
    CHECK_FALSE(page->groupBoxes().value(QStringLiteral("energy"))->isChecked());
    const PageRestore r = restoreThroughPage(f, page, true);
    REQUIRE(r.failures.isEmpty());
    REQUIRE(r.report.has_value());
    CHECK(r.report->verified());
    CHECK(r.report->written.contains(QStringLiteral("PT_PRIMARY")));
    CHECK_FALSE(r.report->written.contains(QStringLiteral("KWH_DELIVERED")));
    const QString question = askedWithTitle(f.asker, QStringLiteral("Restore the template?"));
    INFO(question.toStdString());
    CHECK(question.contains(QStringLiteral("to meter SN-A")));
    CHECK_FALSE(question.contains(QStringLiteral("KWH_DELIVERED")));

    // Rule 1: the backup holds the meter as it was just before the restore (PT 13800).
    const QString backup =
        onlyBackupOf(f.dataDir(), QStringLiteral("SN-A"), 7350, kPreRestoreReason);
    CHECK(heldIn(backup, QStringLiteral("PT_PRIMARY")) == QJsonValue(13800));
    CHECK(page->reportText().contains(QFileInfo(backup).fileName()));
    // Rule 2: one record, the one setting that changed, through the Templates tab.
    const auto history = historyOf(f.dataDir(), QStringLiteral("SN-A"), 7350);
    REQUIRE(history.size() == 1);
    const QJsonObject pt = history.first();
    CHECK(field(pt, "setting") == QStringLiteral("PT_PRIMARY"));
    CHECK(field(pt, "from") == QStringLiteral("13800"));
    CHECK(field(pt, "to") == QStringLiteral("14400"));
    CHECK(field(pt, "unit") == QStringLiteral("V"));
    CHECK(field(pt, "result") == QStringLiteral("verified"));
    CHECK(field(pt, "tool") == QStringLiteral("Commissioner (Templates)"));
    checkWhenAndWho(pt, since);
    CHECK(savedAt(backup) <= timeOf(pt));

    const QJsonObject d = stopAndDump(f, sim, state);
    CHECK(reg(d, 1001) == 14400);
    CHECK(reg(d, 1102) == 0x02E0); // Rule 4: the meter's own reading, not the file's
    CHECK(reg(d, 1103) == 0);
}

TEST_CASE("Templates tab: energy readings are rewritten only when Energy is ticked, after a "
          "question that shows them in kWh",
          "[gui][usecase][restore]")
{
    const QDateTime since = testStart();
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    MeterSimProcess sim;
    REQUIRE(sim.start(meterArgs(QStringLiteral("7350"), QStringLiteral("SN-E"), state)));
    writeSite(sim);
    const QString site = f.dir.filePath(QStringLiteral("site.json"));
    TemplatesPage* page = connectAndSave(f, sim, site);
    writeTo(sim, {{1100, {0, 0, 0, 0}}}); // the readings went back to 0

    page->setFile(site);
    QCheckBox* energy = page->groupBoxes().value(QStringLiteral("energy"));
    REQUIRE(energy);
    CHECK_FALSE(energy->isChecked());
    energy->setChecked(true); // asked for by name

    // No: nothing written, not even a backup.
    PageRestore r = restoreThroughPage(f, page, false);
    CHECK_FALSE(r.report.has_value());
    QString question = askedWithTitle(f.asker, QStringLiteral("Restore the template?"));
    INFO(question.toStdString());
    CHECK(question.contains(QStringLiteral("Energy readings of meter SN-E that will be "
                                           "overwritten:")));
    CHECK(question.contains(kSiteKwh));
    CHECK(readFrom(sim, 1100, 4) == Registers({0, 0, 0, 0}));
    CHECK(backupsOf(f.dataDir(), QStringLiteral("SN-E"), 7350, kPreRestoreReason).isEmpty());
    CHECK(historyOf(f.dataDir(), QStringLiteral("SN-E"), 7350).isEmpty());

    // Yes: the readings come back, the meter's 0 kWh kept in a backup first.
    f.asker.asked.clear();
    r = restoreThroughPage(f, page, true);
    REQUIRE(r.report.has_value());
    CHECK(r.report->written.contains(QStringLiteral("KWH_DELIVERED")));
    CHECK(askedWithTitle(f.asker, QStringLiteral("Restore the template?")).contains(kSiteKwh));
    CHECK(readFrom(sim, 1100, 4) == kSiteEnergy);
    const QString backup =
        onlyBackupOf(f.dataDir(), QStringLiteral("SN-E"), 7350, kPreRestoreReason);
    CHECK(heldIn(backup, QStringLiteral("KWH_DELIVERED")).toVariant().toString() ==
          QStringLiteral("0"));
    const auto history = historyOf(f.dataDir(), QStringLiteral("SN-E"), 7350);
    REQUIRE(history.size() == 1);
    CHECK(field(history.first(), "setting") == QStringLiteral("KWH_DELIVERED"));
    CHECK(field(history.first(), "from") == QStringLiteral("0"));
    CHECK(field(history.first(), "to") == QStringLiteral("48213500"));
    CHECK(field(history.first(), "tool") == QStringLiteral("Commissioner (Templates)"));
    checkWhenAndWho(history.first(), since);
}

TEST_CASE("Templates tab: a setting the meter refuses does not stop the others, and the tab says "
          "the restore was partial",
          "[gui][usecase][restore]")
{
    PartialRestore p;
    // This meter refuses CT_PRIMARY (1003): an exception, which changes nothing.
    p.run({QStringLiteral("--refuse-write"), QStringLiteral("1003")}, [](const QString& site) {
        setValue(site, QStringLiteral("PT_PRIMARY"), 14400);
        setValue(site, QStringLiteral("CT_PRIMARY"), 2000);
        setValue(site, QStringLiteral("NAMEPLATE_OWNER"), QStringLiteral("North"));
    });
    INFO(p.report().toStdString());
    REQUIRE(p.result.report.has_value());
    REQUIRE(p.result.report->refused.size() == 1);
    CHECK(p.result.report->refused.first().setting == QStringLiteral("CT_PRIMARY"));
    CHECK(p.report().contains(QStringLiteral("Refused by the meter, unchanged: CT_PRIMARY")));
    CHECK(reg(p.after, 1001) == 14400);  // PT_PRIMARY, in CT_PRIMARY's request at first
    CHECK(reg(p.after, 1004) == 5);      // CT_PRIMARY: refused, as it was
    CHECK(reg(p.after, 1020) == 0x4E6F); // the nameplate, after it: "No"
    const QStringList recorded = p.recorded();
    CHECK(recorded.contains(QStringLiteral("PT_PRIMARY")));
    CHECK(recorded.contains(QStringLiteral("NAMEPLATE_OWNER")));
    CHECK_FALSE(recorded.contains(QStringLiteral("CT_PRIMARY")));
}

TEST_CASE("Templates tab: a value in the file that breaks its rule is left out, the others "
          "written, and the tab says the restore was partial though the meter refused nothing",
          "[gui][usecase][restore]")
{
    PartialRestore p;
    p.run({}, [](const QString& site) {
        setValue(site, QStringLiteral("PT_PRIMARY"), 14400);
        setValue(site, QStringLiteral("PT_SECONDARY"), 0); // its rule: 1 to 690
    });
    INFO(p.report().toStdString());
    REQUIRE(p.result.report.has_value());
    CHECK(p.result.report->refused.isEmpty());
    CHECK(p.report().contains(QStringLiteral("Not restored: PT_SECONDARY holds 0 in the file")));
    CHECK(reg(p.after, 1001) == 14400);
    CHECK(reg(p.after, 1002) == 120); // as it was
    const QStringList recorded = p.recorded();
    CHECK(recorded == QStringList{QStringLiteral("PT_PRIMARY")});
}

TEST_CASE("Clock dialog: the meter is backed up before its clock is set, and the change is "
          "recorded from the meter's time to this computer's",
          "[gui][usecase][clock]")
{
    const QDateTime since = testStart();
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    const QStringList args = meterArgs(QStringLiteral("7350"), QStringLiteral("SN-C"), state);
    MeterSimProcess sim;
    startWithClockAnHourAhead(f, sim, args, state);
    QList<qint64> shown;
    const auto dialog = openClockDialog(f, shown);
    dialog->syncClock();
    REQUIRE(waitUntil([&] { return shown.size() == 2; }, 10000));
    INFO(dialog->statusText().toStdString());
    CHECK(qAbs(shown.last()) <= 3);

    const QString backup = onlyBackupOf(f.dataDir(), QStringLiteral("SN-C"), 7350, kPreClockReason);
    const auto history = historyOf(f.dataDir(), QStringLiteral("SN-C"), 7350);
    REQUIRE(history.size() == 1);
    const QJsonObject clock = history.first();
    CHECK(field(clock, "setting") == QStringLiteral("CLOCK_UTC"));
    CHECK(field(clock, "result") == QStringLiteral("verified"));
    CHECK(field(clock, "tool") == QStringLiteral("Commissioner (clock)"));
    checkWhenAndWho(clock, since);
    CHECK(savedAt(backup) <= timeOf(clock));
    // From the meter's time (an hour ahead) to this computer's.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime from = QDateTime::fromString(field(clock, "from"), Qt::ISODate);
    const QDateTime to = QDateTime::fromString(field(clock, "to"), Qt::ISODate);
    REQUIRE(from.isValid());
    REQUIRE(to.isValid());
    CHECK(qAbs(now.secsTo(from) - 3600) < 60);
    CHECK(qAbs(now.secsTo(to)) < 60);

    const QJsonObject d = stopAndDump(f, sim, state);
    REQUIRE(d.contains(QStringLiteral("clock_offset_s")));
    CHECK(qAbs(d.value(QStringLiteral("clock_offset_s")).toDouble()) <= 3);
}

TEST_CASE("Clock dialog: the clock is set only on the meter the window shows, not on another "
          "that answers in its place",
          "[gui][usecase][clock]")
{
    GuiFixture f;
    MeterSimProcess a;
    REQUIRE(a.start(meterArgs(QStringLiteral("7350"), QStringLiteral("SN-A"),
                              f.dir.filePath(QStringLiteral("a.json")))));
    const quint16 port = a.tcpPort();
    REQUIRE(f.connectTcp(a.tcpHost(), port));
    // Bound as MainWindow::openClock binds it: to the meter the window shows.
    QList<qint64> shown;
    const auto dialog = openClockDialog(f, shown);
    QStringList failures; // cleared before the sync whose refusal is checked
    QObject::connect(dialog.get(), &ClockDialog::failed,
                     [&](const QString& why) { failures << why; });

    // Meter SN-B, its clock an hour ahead, takes SN-A's place on the same port.
    a.kill9();
    const QString stateB = f.dir.filePath(QStringLiteral("b.json"));
    const QStringList argsB = meterArgs(QStringLiteral("7350"), QStringLiteral("SN-B"), stateB)
                                  .replaceInStrings(QStringLiteral("127.0.0.1:0"),
                                                    QStringLiteral("127.0.0.1:%1").arg(port));
    setClockAnHourAhead(argsB, stateB);
    MeterSimProcess b;
    REQUIRE(b.start(argsB));
    // The link finds the new meter (a read binds nothing): up to 10 tries.
    for (int i = 0; i < 10 && shown.size() < 2; ++i) {
        dialog->readClock();
        waitUntil([&] { return shown.size() >= 2; }, 2000);
    }
    REQUIRE(shown.size() >= 2);
    CHECK(shown.last() > 3500);

    failures.clear();
    dialog->syncClock();
    REQUIRE(waitUntil([&] { return !failures.isEmpty(); }, 10000));
    INFO(failures.first().toStdString());
    CHECK(failures.first().contains(QStringLiteral("SN-B")));

    const QJsonObject d = stopAndDump(f, b, stateB);
    CHECK(d.value(QStringLiteral("clock_offset_s")).toDouble() > 3500);
    CHECK(noBackupsOf(f.dataDir(), QStringLiteral("SN-B"), 7350));
    CHECK(historyOf(f.dataDir(), QStringLiteral("SN-B"), 7350).isEmpty());
    CHECK(historyOf(f.dataDir(), QStringLiteral("SN-A"), 7350).isEmpty());
}

TEST_CASE("an upgrade from the wizard backs the meter up before its first write and records the "
          "firmware it confirmed",
          "[gui][usecase][upgrade]")
{
    const QDateTime since = testStart();
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    MeterSimProcess sim;
    REQUIRE(sim.start(upgradeArgs(QStringLiteral("SN-U"), state)));
    writeTo(sim, {{1000, {0, 14400}}});
    const auto pkg = testsupport::makePackage(f.dir.path(), 7350, 1, 3, {2, 1, 0}, 8000, 61);
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
    UpgradeProgressDialog* progress = startFromWizard(f, toConfirmPage(f, pkg.path));
    REQUIRE(waitUntil([&] { return !progress->isRunning(); }, 120000));
    INFO(progress->logText().toStdString());
    CHECK(progress->summaryText().contains(QStringLiteral("now runs firmware 2.1.0")));

    // Rule 1: the meter's settings as they were, on disk before the descriptor and BEGIN (the
    // job's log, in the data folder, says in which order).
    const QString backup =
        onlyBackupOf(f.dataDir(), QStringLiteral("SN-U"), 7350, kPreUpgradeReason);
    CHECK(heldIn(backup, QStringLiteral("PT_PRIMARY")) == QJsonValue(14400));
    const QString log = readText(DataFolder(f.dataDir()).upgradeLogPath());
    const int backedUp = log.indexOf(QStringLiteral("Template backup saved"));
    const int journal = log.indexOf(QStringLiteral("Journal written"));
    // The first step that writes to the meter's flash: "Transfer started (image goes to the
    // spare bank)" on a dual-bank meter, "Flash memory cleared" on a single-bank one.
    int transfer = log.indexOf(QStringLiteral("Transfer started"));
    if (transfer < 0)
        transfer = log.indexOf(QStringLiteral("Flash memory cleared"));
    CHECK(backedUp >= 0);
    CHECK(backedUp < journal);
    CHECK(journal < transfer);
    CHECK(log.indexOf(QFileInfo(backup).fileName()) >= 0);
    // Rule 2: the firmware change, through the wizard.
    const QJsonObject firmware = onlyRecordOf(historyOf(f.dataDir(), QStringLiteral("SN-U"), 7350),
                                              QStringLiteral("FIRMWARE"));
    CHECK(field(firmware, "from") == QStringLiteral("1.0.0"));
    CHECK(field(firmware, "to") == QStringLiteral("2.1.0"));
    CHECK(field(firmware, "result") == QStringLiteral("verified"));
    CHECK(field(firmware, "tool") == QStringLiteral("Commissioner (upgrade)"));
    checkWhenAndWho(firmware, since);
    CHECK(savedAt(backup) <= timeOf(firmware));

    const QJsonObject d = stopAndDump(f, sim, state);
    CHECK(d.value(QStringLiteral("fw")).toString() == QStringLiteral("2.1.0"));
    CHECK(reg(d, 1001) == 14400); // a dual-bank meter keeps its settings
}

TEST_CASE("an upgrade confirmed in the wizard for one meter sends nothing to another that answers "
          "in its place",
          "[gui][usecase][upgrade]")
{
    GuiFixture f;
    MeterSimProcess a;
    REQUIRE(a.start(upgradeArgs(QStringLiteral("SN-A"), f.dir.filePath(QStringLiteral("a.json")))));
    const quint16 port = a.tcpPort();
    const auto pkg = testsupport::makePackage(f.dir.path(), 7350, 1, 3, {2, 1, 0}, 8000, 62);
    REQUIRE(f.connectTcp(a.tcpHost(), port));
    UpgradeWizard* wizard = toConfirmPage(f, pkg.path);
    CHECK(wizard->confirmText().contains(QStringLiteral("SN-A")));

    // While the confirm page is open, meter SN-B (the same type) takes SN-A's place.
    a.kill9();
    const QString stateB = f.dir.filePath(QStringLiteral("b.json"));
    MeterSimProcess b;
    REQUIRE(b.start(upgradeArgs(QStringLiteral("SN-B"), stateB)
                        .replaceInStrings(QStringLiteral("127.0.0.1:0"),
                                          QStringLiteral("127.0.0.1:%1").arg(port))));
    std::optional<UpgradeResult> result;
    QObject context;
    QObject::connect(f.window->upgradeFlow(), &UpgradeFlow::upgradeFinished, &context,
                     [&](const UpgradeResult& r) { result = r; });
    UpgradeProgressDialog* progress = startFromWizard(f, wizard);
    REQUIRE(waitUntil([&] { return result.has_value(); }, 90000));
    INFO(progress->logText().toStdString());
    CHECK(result->outcome == UpgradeOutcome::WrongMeter);
    CHECK(result->stranger.serialNumber == QStringLiteral("SN-B"));

    const QJsonObject d = stopAndDump(f, b, stateB);
    CHECK(d.value(QStringLiteral("begin_count")).toInt() == 0);
    CHECK(d.value(QStringLiteral("bytes_received_total")).toDouble() == 0);
    CHECK(d.value(QStringLiteral("fw")).toString() == QStringLiteral("1.0.0"));
    CHECK(d.value(QStringLiteral("mode")).toString() == QStringLiteral("normal"));
    // Nothing of SN-B's in the data folder: no backup, no journal, no history.
    CHECK(noBackupsOf(f.dataDir(), QStringLiteral("SN-B"), 7350));
    CHECK_FALSE(QFileInfo::exists(meterJournalPath(f.dataDir(), QStringLiteral("SN-B"), 7350)));
}

TEST_CASE("recovery from the connect prompt is recorded as a recovery, and the meter's own backup "
          "brings its settings and energy readings back after a question in kWh",
          "[gui][usecase][recovery]")
{
    const QDateTime since = testStart();
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    const QStringList base =
        meterArgs(QStringLiteral("7330"), QStringLiteral("SN-R"), state,
                  {QStringLiteral("--fw"), QStringLiteral("1.0.0"), QStringLiteral("--verify-ms"),
                   QStringLiteral("100"), QStringLiteral("--install-ms"), QStringLiteral("500")});
    const auto pkg = testsupport::makePackage(f.dir.path(), 7330, 1, 3, {3, 0, 0}, 6000, 63);

    // An upgrade by this computer (the desktop's data folder: its backup and journal are there)
    // loses the single-bank meter's power mid-transfer.
    MeterSimProcess sim;
    REQUIRE(sim.start(
        base + QStringList{QStringLiteral("--power-loss-at-offset"), QStringLiteral("2000")}));
    writeSite(sim);
    const auto upgrade = upgradeByJob(sim.tcpHost(), sim.tcpPort(), pkg.path, f.dataDir());
    REQUIRE(upgrade.has_value()); // the package was read
    CHECK(upgrade->outcome == UpgradeOutcome::LinkLost);
    REQUIRE(sim.waitForExit(5000));
    REQUIRE(MeterSimProcess::dump(state).value(QStringLiteral("mode")).toString() ==
            QStringLiteral("upgrade"));
    const QString upgradeBackup =
        onlyBackupOf(f.dataDir(), QStringLiteral("SN-R"), 7330, kPreUpgradeReason);
    CHECK(heldIn(upgradeBackup, QStringLiteral("PT_PRIMARY")) == QJsonValue(14400));

    // Power back: the desktop connects, finds the package by the journal, recovers.
    REQUIRE(sim.start(base));
    std::optional<RestoreReport> restored;
    QObject context;
    QObject::connect(f.window->upgradeFlow(), &UpgradeFlow::restoreFinished, &context,
                     [&](const RestoreReport& r) { restored = r; });
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
    UpgradeProgressDialog* progress = nullptr;
    REQUIRE(waitUntil(
        [&] { return (progress = f.window->upgradeFlow()->progressDialog()) != nullptr; }, 15000));
    REQUIRE(waitUntil([&] { return !progress->isRunning(); }, 120000));
    INFO(progress->logText().toStdString());
    CHECK(progress->summaryText().contains(QStringLiteral("now runs firmware 3.0.0")));
    REQUIRE(waitUntil([&] { return restored.has_value(); }, 30000));
    INFO(f.asker.asked.join(QStringLiteral("\n---\n")).toStdString());

    // Rules 4, 5, 1 and 2: this meter's own backup, energy readings included, restored after a
    // question in kWh, its factory settings backed up first, each change recorded.
    const Recovered recovered{QStringLiteral("SN-R"), 7330, QStringLiteral("3.0.0"),
                              QStringLiteral("Commissioner (recovery)"),
                              QStringLiteral("Commissioner (restore after upgrade)")};
    const RestoreSeen seen = checkRestoredAfterRecovery(
        f, *restored, QStringLiteral("Restore the settings?"), recovered, since);
    const QJsonObject firmware = onlyRecordOf(seen.history, QStringLiteral("FIRMWARE"));
    CHECK(field(firmware, "result") == QStringLiteral("verified"));
    CHECK(savedAt(seen.backup) <= timeOf(onlyRecordOf(seen.history, QStringLiteral("PT_PRIMARY"))));
    const QJsonObject kwh = onlyRecordOf(seen.history, QStringLiteral("KWH_DELIVERED"));
    CHECK(field(kwh, "from") == QStringLiteral("0"));
    CHECK(field(kwh, "to") == QStringLiteral("48213500"));

    const QJsonObject d = stopAndDump(f, sim, state);
    checkMeterRestored(d, recovered);
    CHECK(d.value(QStringLiteral("mode")).toString() == QStringLiteral("normal"));
}

TEST_CASE("XMODEM recovery from the Tools menu is recorded, and the backup offered on connect is "
          "written to the meter recovered, energy readings included",
          "[gui][usecase][xmodem]")
{
    const QDateTime since = testStart();
    GuiFixture f;
    // The meter at its site, and a backup the tool took of it then.
    {
        MeterSimProcess site;
        REQUIRE(site.start(meterArgs(QStringLiteral("7350"), QStringLiteral("SN-X"),
                                     f.dir.filePath(QStringLiteral("site.json")))));
        writeSite(site);
        auto client = MeterClientFactory::create(tcpLink(site));
        const auto id = readIdentity(*client);
        REQUIRE(id);
        REQUIRE(
            saveTemplateBackup(*client, id.value(), DataFolder(f.dataDir()), kPreUpgradeReason));
    }
    // The same meter, answering no Modbus: only its bootloader, on a serial line.
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    const auto pkg = testsupport::makePackage(f.dir.path(), 7350, 1, 3, {2, 3, 4}, 8000, 64);
    MeterSimProcess sim;
    REQUIRE(sim.start(
        {QStringLiteral("--pty"), QStringLiteral("--xmodem-bootloader"), QStringLiteral("--type"),
         QStringLiteral("7350"), QStringLiteral("--serial-number"), QStringLiteral("SN-X"),
         QStringLiteral("--fw"), QStringLiteral("1.0.0"), QStringLiteral("--install-ms"),
         QStringLiteral("300"), QStringLiteral("--state"), state}));
    REQUIRE(sim.waitForEvent(QStringLiteral("xmodem-waiting"), 5000));

    std::optional<RestoreReport> restored;
    QObject context;
    QObject::connect(f.window->templatesPage(), &TemplatesPage::restored, &context,
                     [&](const RestoreReport& r) { restored = r; });
    // Tools > XMODEM recovery is modal: it is driven from inside its own loop, and closed by
    // a guard whatever happens.
    MainWindow* window = f.window.get();
    const QString port = sim.serialPath();
    const QString package = pkg.path;
    QTimer::singleShot(0, window, [window, port, package] {
        auto* d = window->findChild<XmodemRecoveryDialog*>();
        if (!d)
            return; // the guard ends the dialog's loop; the checks below fail
        d->setStartWaitMs(10000);
        d->setPort(port);
        QObject::connect(d, &XmodemRecoveryDialog::packageChecked, d, [d](bool usable) {
            if (!usable) {
                d->done(QDialog::Rejected);
                return;
            }
            d->setAllowUnsigned(true);
            d->start();
        });
        d->setPackage(package);
    });
    QTimer::singleShot(120000, window, [window] {
        if (auto* d = window->findChild<XmodemRecoveryDialog*>())
            d->done(QDialog::Rejected);
    });
    window->openXmodemRecovery(); // the asker says yes: connect, and restore the backup
    REQUIRE(waitUntil([&] { return restored.has_value(); }, 60000));
    INFO(f.asker.asked.join(QStringLiteral("\n---\n")).toStdString());

    const QString offered = askedWithTitle(f.asker, QStringLiteral("Meter recovered"));
    CHECK(offered.contains(QStringLiteral("SN-X")));
    CHECK(offered.contains(QStringLiteral("restore"), Qt::CaseInsensitive));
    // Rule 5 (the meter that answers is SN-X, the one recovered), rule 4 (its own backup:
    // energy readings included, shown in kWh first), rules 1 and 2.
    const Recovered recovered{QStringLiteral("SN-X"), 7350, QStringLiteral("2.3.4"),
                              QStringLiteral("Commissioner (XMODEM recovery)"),
                              QStringLiteral("Commissioner (restore after recovery)")};
    const RestoreSeen seen = checkRestoredAfterRecovery(
        f, *restored, QStringLiteral("Restore the template?"), recovered, since);
    checkWhenAndWho(onlyRecordOf(seen.history, QStringLiteral("PT_PRIMARY")), since);
    CHECK(recordsOf(seen.history, QStringLiteral("KWH_DELIVERED")).size() == 1);

    checkMeterRestored(stopAndDump(f, sim, state), recovered);
}

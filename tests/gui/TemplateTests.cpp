// The templates page: save, compare as a table, restore chosen groups with the report.
#include "CatchCompat.h"
#include "GuiTestSupport.h"
#include "MeterSimProcess.h"
#include "TemplatesPage.h"
#include "store/DataFolder.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableWidget>

using namespace guitest;
using namespace commissioner::gui;
using testsupport::MeterSimProcess;

namespace {

void setValue(const QString& path, const QString& setting, const QJsonValue& value)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonObject settings = doc.value(QStringLiteral("settings")).toObject();
    QJsonObject s = settings.value(setting).toObject();
    s.insert(QStringLiteral("value"), value);
    settings.insert(setting, s);
    doc.insert(QStringLiteral("settings"), settings);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(doc).toJson());
}

// Meter SN-B on the simulator (its state in `state`), connected, its template saved through the
// page to `path`, the page's file from then on.
TemplatesPage* startSnBAndSave(GuiFixture& f, MeterSimProcess& sim, const QString& state,
                               const QString& path)
{
    REQUIRE(sim.start({QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--serial-number"), QStringLiteral("SN-B"),
                       QStringLiteral("--state"), state}));
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
    TemplatesPage* page = f.window->templatesPage();
    f.asker.files = {path};
    bool saved = false;
    QObject context; // the connection ends with this function, before `saved` does
    QObject::connect(page, &TemplatesPage::saved, &context, [&] { saved = true; });
    page->saveFromMeter();
    REQUIRE(waitUntil([&] { return saved; }, 10000));
    return page;
}

// Makes a saved template another meter's: its serial number, and a backup's reason if given.
void setSerialNumber(const QString& path, const QString& serial, const QString& reason = QString())
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    doc.insert(QStringLiteral("serial_number"), serial);
    if (!reason.isEmpty())
        doc.insert(QStringLiteral("reason"), reason);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(doc).toJson());
}

} // namespace

TEST_CASE("save, compare and restore a template from the templates page", "[gui][template]")
{
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--state"), state}));
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
    TemplatesPage* page = f.window->templatesPage();

    // Communications is left out by default, with its reason.
    REQUIRE(page->groupBoxes().contains(QStringLiteral("communications")));
    CHECK_FALSE(page->groupBoxes().value(QStringLiteral("communications"))->isChecked());
    CHECK(page->groupBoxes().value(QStringLiteral("transformers"))->isChecked());

    const QString path = f.dir.filePath(QStringLiteral("site.json"));
    f.asker.files = {path};
    bool saved = false;
    QObject::connect(page, &TemplatesPage::saved, [&] { saved = true; });
    page->saveFromMeter();
    REQUIRE(waitUntil([&] { return saved; }, 10000));
    REQUIRE(QFile::exists(path));

    setValue(path, QStringLiteral("PT_PRIMARY"), 14400);
    setValue(path, QStringLiteral("NAMEPLATE_OWNER"), QStringLiteral("City North Power"));
    setValue(path, QStringLiteral("COMM_UNIT_ID"), 9);
    setValue(path, QStringLiteral("KWH_DELIVERED"), QStringLiteral("5000"));

    bool compared = false;
    QObject::connect(page, &TemplatesPage::compared, [&] { compared = true; });
    page->setFile(path);
    page->compare();
    REQUIRE(waitUntil([&] { return compared; }, 10000));
    QTableWidget* table = page->table();
    REQUIRE(table->rowCount() > 20);
    QStringList changed;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text().startsWith(QStringLiteral("≠")))
            changed << table->item(r, 0)->text().mid(2);
    CHECK(changed == QStringList{QStringLiteral("PT_PRIMARY"), QStringLiteral("NAMEPLATE_OWNER"),
                                 QStringLiteral("KWH_DELIVERED"), QStringLiteral("COMM_UNIT_ID")});
    // Energy readings are left alone unless ticked (asked for by name).
    CHECK_FALSE(page->groupBoxes().value(QStringLiteral("energy"))->isChecked());

    bool restored = false;
    commissioner::RestoreReport report;
    QObject::connect(page, &TemplatesPage::restored, [&](const commissioner::RestoreReport& r) {
        report = r;
        restored = true;
    });
    f.asker.answers = {true};
    page->restore();
    REQUIRE(waitUntil([&] { return restored; }, 15000));
    CHECK(report.verified());
    CHECK(report.written.contains(QStringLiteral("PT_PRIMARY")));
    CHECK_FALSE(report.written.contains(QStringLiteral("COMM_UNIT_ID")));
    CHECK(page->reportText().contains(QStringLiteral("every setting matches")));
    // The question named the meter and what changes, before anything was written.
    REQUIRE_FALSE(f.asker.asked.isEmpty());
    const QString question = f.asker.asked.last();
    INFO(question.toStdString());
    CHECK(question.startsWith(QStringLiteral("Restore the template?")));
    CHECK(
        question.contains(QStringLiteral("to meter ") + f.window->meter()->identity.serialNumber));
    CHECK(question.contains(QStringLiteral("PT_PRIMARY: 120")));
    CHECK_FALSE(question.contains(QStringLiteral("KWH_DELIVERED")));

    // Rule 1: the meter's settings were on disk before the first write, as they were then.
    const QString serial = f.window->meter()->identity.serialNumber;
    const QDir backups(
        f.dataDir() + QStringLiteral("/backups/") +
        commissioner::DataFolder::meterKey(serial, f.window->meter()->identity.deviceType));
    const QStringList files =
        backups.entryList({QStringLiteral("*-pre-restore.json")}, QDir::Files);
    REQUIRE(files.size() == 1);
    QFile backup(backups.filePath(files.first()));
    REQUIRE(backup.open(QIODevice::ReadOnly));
    const QJsonObject held = QJsonDocument::fromJson(backup.readAll())
                                 .object()
                                 .value(QStringLiteral("settings"))
                                 .toObject();
    CHECK(held.value(QStringLiteral("PT_PRIMARY")).toObject().value(QStringLiteral("value")) ==
          QJsonValue(120));
    // Rule 2: each change is in the meter's history, by this path.
    QFile history(backups.filePath(QStringLiteral("history.jsonl")));
    REQUIRE(history.open(QIODevice::ReadOnly));
    const QByteArray lines = history.readAll();
    CHECK(lines.contains("\"setting\":\"PT_PRIMARY\""));
    CHECK(lines.contains("Commissioner (Templates)"));
    CHECK_FALSE(lines.contains("KWH_DELIVERED"));

    f.window->disconnectLink();
    REQUIRE(sim.stop());
    const QJsonObject t = MeterSimProcess::dump(state).value(QStringLiteral("template")).toObject();
    CHECK(t.value(QStringLiteral("1001")).toInt() == 14400);
    CHECK(t.value(QStringLiteral("1150")).toInt() == 1); // Communications untouched
    for (int a = 1100; a < 1104; ++a) // Rule 4: energy untouched (0, not the file's 5000)
        CHECK(t.value(QString::number(a)).toInt() == 0);
}

TEST_CASE("a restore offered for one meter is never written to another; nor is its backup",
          "[gui][template]")
{
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter-b.json"));
    MeterSimProcess sim;
    // A's backup, as the tool writes it (the file names meter SN-A inside).
    const QString path = f.dir.filePath(QStringLiteral("a-backup.json"));
    TemplatesPage* page = startSnBAndSave(f, sim, state, path);
    setSerialNumber(path, QStringLiteral("SN-A"), QStringLiteral("pre-upgrade"));
    setValue(path, QStringLiteral("PT_PRIMARY"), 14400);

    const auto askedBefore = f.asker.asked.size();
    QStringList failures;
    QObject::connect(page, &TemplatesPage::failed, [&](const QString& why) { failures << why; });
    // After an XMODEM recovery of SN-A, B answers at the factory address.
    page->offerRestore(path, commissioner::MeterBinding{QStringLiteral("SN-A"), 7350});
    REQUIRE(waitUntil([&] { return failures.size() == 1; }, 10000));
    CHECK(failures.last().contains(QStringLiteral("Meter SN-B answers, not SN-A")));
    // Restored by hand from the Templates tab: A's backup is still not B's.
    page->setFile(path);
    page->restore();
    REQUIRE(waitUntil([&] { return failures.size() == 2; }, 10000));
    CHECK(failures.last().contains(QStringLiteral("is a backup of meter SN-A")));
    CHECK(f.asker.asked.size() == askedBefore); // refused before any question

    f.window->disconnectLink();
    REQUIRE(sim.stop());
    const QJsonObject t = MeterSimProcess::dump(state).value(QStringLiteral("template")).toObject();
    CHECK(t.value(QStringLiteral("1001")).toInt() == 120); // nothing written
    // No folder of SN-B's, of any device type.
    CHECK(QDir(f.dataDir() + QStringLiteral("/backups"))
              .entryList({QStringLiteral("SN-B*")}, QDir::Dirs)
              .isEmpty());
}

TEST_CASE("another meter's template: this meter's nameplate, energy and communications are "
          "left unticked, and stay as they are",
          "[gui][template]")
{
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter-b.json"));
    MeterSimProcess sim;
    const QString path = f.dir.filePath(QStringLiteral("site-a.json"));
    TemplatesPage* page = startSnBAndSave(f, sim, state, path);
    CHECK(page->groupBoxes().value(QStringLiteral("nameplate"))->isChecked()); // its own file

    // The same file as meter SN-A's template (a manual save, not a backup).
    setSerialNumber(path, QStringLiteral("SN-A"));
    setValue(path, QStringLiteral("PT_PRIMARY"), 14400);
    setValue(path, QStringLiteral("NAMEPLATE_OWNER"), QStringLiteral("Meter A's owner"));
    page->setFile(path);
    CHECK_FALSE(page->groupBoxes().value(QStringLiteral("nameplate"))->isChecked());
    CHECK_FALSE(page->groupBoxes().value(QStringLiteral("energy"))->isChecked());
    CHECK_FALSE(page->groupBoxes().value(QStringLiteral("communications"))->isChecked());
    CHECK(page->groupBoxes().value(QStringLiteral("transformers"))->isChecked());

    bool restored = false;
    QObject::connect(page, &TemplatesPage::restored,
                     [&](const commissioner::RestoreReport&) { restored = true; });
    f.asker.answers = {true};
    page->restore();
    REQUIRE(waitUntil([&] { return restored; }, 15000));
    // The question named both meters.
    CHECK(f.asker.asked.last().contains(QStringLiteral("of meter SN-A to meter SN-B")));

    f.window->disconnectLink();
    REQUIRE(sim.stop());
    const QJsonObject t = MeterSimProcess::dump(state).value(QStringLiteral("template")).toObject();
    CHECK(t.value(QStringLiteral("1001")).toInt() == 14400); // PT copied
    CHECK(t.value(QStringLiteral("1020")).toInt() == 0);     // the nameplate is B's own
}

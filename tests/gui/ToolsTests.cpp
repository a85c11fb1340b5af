// The technician's tools: XMODEM recovery against metersim's bootloader, the meter clock,
// and the templates page's list of this meter's backups.
#include "CatchCompat.h"
#include "ClockDialog.h"
#include "GuiTestSupport.h"
#include "MeterClientFactory.h"
#include "MeterSimProcess.h"
#include "TemplatesPage.h"
#include "TestPackages.h"
#include "XmodemRecoveryDialog.h"
#include "meter/MeterQueries.h"
#include "settings/TemplateBackup.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace guitest;
using namespace commissioner;
using namespace commissioner::gui;
using testsupport::MeterSimProcess;

TEST_CASE("XMODEM recovery dialog: install, then the meter is identified", "[gui][xmodem]")
{
    GuiFixture f;
    QTemporaryDir dir;
    const auto pkg = testsupport::makePackage(dir.path(), 7350, 1, 2, {2, 3, 4}, 20000, 5);
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--pty"), QStringLiteral("--xmodem-bootloader"),
                       QStringLiteral("--fw"), QStringLiteral("1.0.0"),
                       QStringLiteral("--install-ms"), QStringLiteral("300")}));
    REQUIRE(sim.waitForEvent(QStringLiteral("xmodem-waiting"), 5000));

    XmodemRecoveryDialog dialog(f.dataDir(), &f.asker);
    dialog.setStartWaitMs(10000);
    dialog.setPort(sim.serialPath());
    int checked = -1;
    QObject::connect(&dialog, &XmodemRecoveryDialog::packageChecked,
                     [&](bool usable) { checked = usable; });
    dialog.setPackage(pkg.path);
    REQUIRE(waitUntil([&] { return checked >= 0; }, 10000));
    CHECK(checked == 1);
    CHECK(dialog.packageText().contains(QStringLiteral("2.3.4")));
    CHECK_FALSE(dialog.packageReady()); // unsigned: only with the explicit tick
    dialog.setAllowUnsigned(true);
    REQUIRE(dialog.packageReady());

    std::optional<XmodemRecoveryDialog::Outcome> outcome;
    QObject::connect(&dialog, &XmodemRecoveryDialog::finished,
                     [&](XmodemRecoveryDialog::Outcome o) { outcome = o; });
    bool connectAsked = false;
    QObject::connect(&dialog, &XmodemRecoveryDialog::connectRequested,
                     [&] { connectAsked = true; });
    f.asker.answers = {false}; // do not connect: the test ends with the identity
    dialog.start();
    REQUIRE(waitUntil([&] { return outcome.has_value(); }, 60000));
    INFO(dialog.resultText().toStdString());
    CHECK(*outcome == XmodemRecoveryDialog::Outcome::Installed);
    REQUIRE(dialog.meter().has_value());
    CHECK(dialog.meter()->firmware.toString() == QStringLiteral("2.3.4"));
    CHECK(dialog.resultText().contains(QStringLiteral("2.3.4")));
    REQUIRE(waitUntil([&] { return !f.asker.asked.isEmpty(); }, 5000));
    CHECK(f.asker.asked.last().contains(QStringLiteral("No template backup")));
    CHECK_FALSE(connectAsked);
}

TEST_CASE("XMODEM recovery dialog: no bootloader answers", "[gui][xmodem]")
{
    GuiFixture f;
    QTemporaryDir dir;
    const auto pkg = testsupport::makePackage(dir.path(), 7350, 1, 2, {2, 3, 4}, 2000, 6);
    // A meter on normal Modbus RTU: nothing sends 'C'.
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--pty")}));
    XmodemRecoveryDialog dialog(f.dataDir(), &f.asker);
    dialog.setStartWaitMs(2000);
    dialog.setPort(sim.serialPath());
    int checked = -1;
    QObject::connect(&dialog, &XmodemRecoveryDialog::packageChecked,
                     [&](bool usable) { checked = usable; });
    dialog.setPackage(pkg.path);
    REQUIRE(waitUntil([&] { return checked >= 0; }, 10000));
    dialog.setAllowUnsigned(true);
    std::optional<XmodemRecoveryDialog::Outcome> outcome;
    QObject::connect(&dialog, &XmodemRecoveryDialog::finished,
                     [&](XmodemRecoveryDialog::Outcome o) { outcome = o; });
    dialog.start();
    REQUIRE(waitUntil([&] { return outcome.has_value(); }, 20000));
    CHECK(*outcome == XmodemRecoveryDialog::Outcome::NoBootloader);
    CHECK(dialog.resultText().contains(QStringLiteral("No bootloader answered")));
}

TEST_CASE("Clock dialog: set the meter's clock from this computer", "[gui][clock]")
{
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    const QStringList args = {QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:0"),
                              QStringLiteral("--state"), state};
    MeterSimProcess sim;
    startWithClockAnHourAhead(f, sim, args, state);

    QList<qint64> shown;
    const auto dialog = openClockDialog(f, shown);
    CHECK(shown.first() > 3500);
    CHECK(shown.first() < 3700);

    dialog->syncClock();
    REQUIRE(waitUntil([&] { return shown.size() == 2; }, 10000));
    INFO(dialog->statusText().toStdString());
    CHECK(qAbs(shown.last()) <= 3);
    CHECK(dialog->offsetSeconds().has_value());
    // The meter's settings were saved before the write, and the change is in its history.
    const QString serial = f.window->meter()->identity.serialNumber;
    const QDir backups(f.dataDir() + QStringLiteral("/backups/") +
                       DataFolder::meterKey(serial, f.window->meter()->identity.deviceType));
    CHECK(backups.entryList({QStringLiteral("*-pre-clock.json")}, QDir::Files).size() == 1);
    QFile history(backups.filePath(QStringLiteral("history.jsonl")));
    REQUIRE(history.open(QIODevice::ReadOnly));
    const QByteArray lines = history.readAll();
    CHECK(lines.contains("\"setting\":\"CLOCK_UTC\""));
    CHECK(lines.contains("Commissioner (clock)"));

    f.window->disconnectLink();
    REQUIRE(sim.stop());
    const QJsonObject dump = MeterSimProcess::dump(state);
    REQUIRE(dump.contains(QStringLiteral("clock_offset_s")));
    CHECK(qAbs(dump.value(QStringLiteral("clock_offset_s")).toDouble()) <= 3);
}

TEST_CASE("Templates page: this meter's backups, compared and restored", "[gui][template]")
{
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    MeterSimProcess sim;
    REQUIRE(sim.start({QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--state"), state}));

    // A backup as an upgrade makes it, with a different PT primary than the meter has now.
    QString backupPath;
    {
        LinkSettings s;
        s.kind = LinkDescription::Kind::Tcp;
        s.host = sim.tcpHost();
        s.port = sim.tcpPort();
        s.unitId = 1;
        auto client = MeterClientFactory::create(s);
        const auto id = readIdentity(*client);
        REQUIRE(id);
        const auto saved = saveTemplateBackup(*client, id.value(), DataFolder(f.dataDir()),
                                              QStringLiteral("pre-upgrade"));
        REQUIRE(saved);
        backupPath = saved.value();
    }
    QJsonObject doc = readJson(backupPath);
    QJsonObject settings = doc.value(QStringLiteral("settings")).toObject();
    QJsonObject pt = settings.value(QStringLiteral("PT_PRIMARY")).toObject();
    REQUIRE(pt.contains(QStringLiteral("value")));
    pt.insert(QStringLiteral("value"), 14400);
    settings.insert(QStringLiteral("PT_PRIMARY"), pt);
    doc.insert(QStringLiteral("settings"), settings);
    REQUIRE(writeJson(backupPath, doc));

    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
    TemplatesPage* page = f.window->templatesPage();
    QTableWidget* backups = page->backupsTable();
    REQUIRE(waitUntil([&] { return backups->rowCount() == 1; }, 5000));
    CHECK(backups->item(0, 1)->text() == QStringLiteral("pre-upgrade"));
    backups->selectRow(0);
    CHECK(page->selectedBackup() == backupPath);

    bool compared = false;
    QObject::connect(page, &TemplatesPage::compared, [&] { compared = true; });
    page->compareBackup();
    REQUIRE(waitUntil([&] { return compared; }, 10000));
    CHECK(page->file() == backupPath);
    CHECK(page->statusText().contains(QStringLiteral("1 setting")));

    bool restored = false;
    commissioner::RestoreReport report;
    QObject::connect(page, &TemplatesPage::restored, [&](const commissioner::RestoreReport& r) {
        report = r;
        restored = true;
    });
    f.asker.answers = {true};
    page->restoreBackup();
    REQUIRE(waitUntil([&] { return restored; }, 15000));
    CHECK(report.verified());
    CHECK(report.written.contains(QStringLiteral("PT_PRIMARY")));

    f.window->disconnectLink();
    REQUIRE(sim.stop());
    const QJsonObject t = MeterSimProcess::dump(state).value(QStringLiteral("template")).toObject();
    CHECK(t.value(QStringLiteral("1001")).toInt() == 14400);
}

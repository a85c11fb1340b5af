// The Meter menu's History and Report against metersim as a process: the history of the meter
// on the link only, narrowed by setting and by date; the report written as a person asks for
// it, naming the meter, its site and its customer, which are offered again for that meter
// only.
#include "CatchCompat.h"
#include "GuiTestSupport.h"
#include "HistoryDialog.h"
#include "MeterSimProcess.h"
#include "ReportDialog.h"
#include "store/ChangeHistory.h"
#include "store/SiteDetails.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QTableWidget>
#include <QTimer>

using namespace guitest;
using namespace commissioner;
using namespace commissioner::gui;
using testsupport::MeterSimProcess;

namespace {

QStringList simArgs(const QString& state, const QStringList& extra = {})
{
    return QStringList{QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--state"), state} +
           extra;
}

ChangeRecord record(const QString& serial, int deviceType, const QString& setting,
                    const QDateTime& time)
{
    ChangeRecord r;
    r.time = time;
    r.serialNumber = serial;
    r.deviceType = deviceType;
    r.setting = setting;
    r.from = QStringLiteral("100");
    r.to = QStringLiteral("200");
    r.unit = QStringLiteral("V");
    r.result = QStringLiteral("verified");
    r.user = QStringLiteral("alice");
    r.tool = QStringLiteral("commissioner-cli config set");
    return r;
}

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The Alt+letter shortcuts of the dialog's buttons and labelled fields claimed twice.
QStringList mnemonicClashes(QWidget* dialog)
{
    QMap<QString, QStringList> claims;
    const auto add = [&](const QString& text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            claims[key.toString()] << text;
    };
    for (QWidget* w : dialog->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(dialog))
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(b->text());
        else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
            add(l->text());
    }
    QStringList clashes;
    for (auto it = claims.cbegin(); it != claims.cend(); ++it)
        if (it.value().size() > 1)
            clashes << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(" | "));
    return clashes;
}

// Writes the report of `meter` to `path` through a dialog of its own; returns its status.
QString writeReport(GuiFixture& f, const MeterIdentity& meter, const QString& path)
{
    ReportDialog d(f.window->session(), f.dataDir(), meter, &f.asker);
    if (!waitUntil([&] { return d.detailsLoaded(); }, 10000))
        return QStringLiteral("(the kept site and customer never came)");
    d.setOutputPath(path);
    d.writeReport();
    waitUntil([&] { return !d.isBusy(); }, 30000);
    return d.statusText();
}

} // namespace

TEST_CASE("History: the changes of the meter on the link only, narrowed by setting and date",
          "[gui][history]")
{
    GuiFixture f;
    auto* action = f.window->findChild<QAction*>(QStringLiteral("actionHistory"));
    REQUIRE(action);
    CHECK_FALSE(action->isEnabled()); // no meter yet
    MeterSimProcess sim;
    REQUIRE(sim.start(simArgs(f.dir.filePath(QStringLiteral("meter.json")))));
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
    CHECK(action->isEnabled());
    const MeterIdentity meter = f.window->meter()->identity;

    // Noon UTC: the same calendar day in every time zone but the farthest ones, and the three
    // dates far enough apart for the filter below in all of them.
    const DataFolder folder(f.dataDir());
    const ChangeRecord may =
        record(meter.serialNumber, meter.deviceType, QStringLiteral("PT_PRIMARY"),
               QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC));
    ChangeRecord june = record(meter.serialNumber, meter.deviceType, QStringLiteral("VOLTS_MODE"),
                               QDateTime(QDate(2024, 6, 10), QTime(12, 0), Qt::UTC));
    june.from = QStringLiteral("0 (4W-WYE)");
    june.to = QStringLiteral("1 (DELTA)");
    june.unit.clear();
    june.result = QStringLiteral("read-back-differs");
    REQUIRE(ChangeHistory::append(folder, {may}));
    REQUIRE(ChangeHistory::append(folder, {june}));
    // Another meter, and a meter of another type that reports the same serial number.
    REQUIRE(ChangeHistory::append(
        folder,
        {record(QStringLiteral("PC-OTHER-22"), meter.deviceType, QStringLiteral("CT_PRIMARY"),
                QDateTime(QDate(2024, 5, 20), QTime(12, 0), Qt::UTC))}));
    const int otherType = meter.deviceType == 7350 ? 7330 : 7350;
    REQUIRE(ChangeHistory::append(
        folder, {record(meter.serialNumber, otherType, QStringLiteral("FREQ_NOMINAL"),
                        QDateTime(QDate(2024, 5, 21), QTime(12, 0), Qt::UTC))}));

    HistoryDialog d(f.window->session(), f.dataDir(), meter);
    d.show();
    REQUIRE(waitUntil([&] { return d.isLoaded(); }, 10000));
    INFO(d.statusText().toStdString());
    CHECK(d.recordCount() == 2);
    CHECK(d.shownSettings() ==
          QStringList{QStringLiteral("VOLTS_MODE"), QStringLiteral("PT_PRIMARY")});
    QTableWidget* t = d.table();
    REQUIRE(t->rowCount() == 2);
    CHECK(t->item(0, 0)->text() ==
          june.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    CHECK(t->item(0, 2)->text() == QStringLiteral("0 (4W-WYE)"));
    CHECK(t->item(0, 3)->text() == QStringLiteral("1 (DELTA)"));
    CHECK(t->item(0, 4)->text() == QStringLiteral("reads back otherwise"));
    CHECK(t->item(1, 2)->text() == QStringLiteral("100 V"));
    CHECK(t->item(1, 3)->text() == QStringLiteral("200 V"));
    CHECK(t->item(1, 4)->text() == QStringLiteral("verified"));
    CHECK(t->item(1, 5)->text() == QStringLiteral("commissioner-cli config set"));
    CHECK(t->item(1, 6)->text() == QStringLiteral("alice"));

    // The filter offers the settings of this meter's records only.
    QComboBox* setting = d.settingFilter();
    REQUIRE(setting->count() == 3);
    CHECK(setting->itemText(0) == QStringLiteral("All settings"));
    CHECK(setting->findData(QStringLiteral("CT_PRIMARY")) < 0);
    CHECK(setting->findData(QStringLiteral("FREQ_NOMINAL")) < 0);
    setting->setCurrentIndex(setting->findData(QStringLiteral("VOLTS_MODE")));
    CHECK(d.shownSettings() == QStringList{QStringLiteral("VOLTS_MODE")});
    setting->setCurrentIndex(0);
    CHECK(d.shownSettings().size() == 2);

    // The dates start as the records' span; narrowing them narrows the rows.
    CHECK(d.fromDate()->date() == may.time.toLocalTime().date());
    CHECK(d.toDate()->date() == june.time.toLocalTime().date());
    d.toDate()->setDate(QDate(2024, 5, 25));
    CHECK(d.shownSettings() == QStringList{QStringLiteral("PT_PRIMARY")});
    d.fromDate()->setDate(QDate(2024, 5, 26));
    CHECK(d.shownSettings().isEmpty());
    CHECK(d.statusText().contains(QStringLiteral("0 of 2")));
}

TEST_CASE("Report: an HTML file naming the meter, its site and customer, kept for that meter",
          "[gui][report]")
{
    GuiFixture f;
    MeterSimProcess sim;
    REQUIRE(sim.start(simArgs(f.dir.filePath(QStringLiteral("meter.json")))));
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
    const MeterIdentity meter = f.window->meter()->identity;
    const QString html = f.dir.filePath(QStringLiteral("report.html"));

    // Through the Meter menu, as a person would; the window's log says where it went.
    auto* action = f.window->findChild<QAction*>(QStringLiteral("actionReport"));
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    bool opened = false;
    bool loaded = false;
    QString technician, siteAtFirst, status;
    QTimer::singleShot(0, f.window.get(), [&] {
        auto* d = f.window->findChild<ReportDialog*>();
        if (!d)
            return; // `opened` stays false: the checks below fail
        opened = true;
        loaded = waitUntil([&] { return d->detailsLoaded(); }, 10000);
        technician = d->technicianEdit()->text();
        siteAtFirst = d->siteEdit()->text();
        d->setOutputPath(html);
        d->siteEdit()->setText(QStringLiteral("Substation 4, bay 2"));
        d->customerEdit()->setText(QStringLiteral("Smith & Sons"));
        d->writeReport();
        waitUntil([&] { return !d->isBusy(); }, 30000);
        status = d->statusText();
        d->reject();
    });
    action->trigger();
    REQUIRE(opened);
    CHECK(loaded);
    CHECK(technician == ChangeHistory::currentUser());
    CHECK(siteAtFirst.isEmpty()); // nothing kept yet for this meter
    INFO(status.toStdString());
    const QString text = readText(html);
    REQUIRE_FALSE(text.isEmpty());
    CHECK(text.contains(meter.serialNumber));
    CHECK(text.contains(QStringLiteral("Substation 4, bay 2")));
    CHECK(text.contains(QStringLiteral("Smith &amp; Sons")));
    CHECK(status.contains(QDir::toNativeSeparators(html)));
    CHECK(f.window->logText().contains(QDir::toNativeSeparators(html)));

    // The same meter next time: both offered again; and a PDF this time.
    {
        ReportDialog d(f.window->session(), f.dataDir(), meter, &f.asker);
        REQUIRE(waitUntil([&] { return d.detailsLoaded(); }, 10000));
        CHECK(d.siteEdit()->text() == QStringLiteral("Substation 4, bay 2"));
        CHECK(d.customerEdit()->text() == QStringLiteral("Smith & Sons"));
    }
    const QString pdf = f.dir.filePath(QStringLiteral("report.pdf"));
    const QString pdfStatus = writeReport(f, meter, pdf);
    INFO(pdfStatus.toStdString());
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == QByteArray("%PDF-"));

    // Another meter: nothing offered, and its report keeps the first meter's details as they
    // were.
    MeterSimProcess other;
    REQUIRE(
        other.start(simArgs(f.dir.filePath(QStringLiteral("other.json")),
                            {QStringLiteral("--serial-number"), QStringLiteral("PC-OTHER-22")})));
    REQUIRE(f.connectTcp(other.tcpHost(), other.tcpPort()));
    REQUIRE(waitUntil(
        [&] {
            return f.window->meter() &&
                   f.window->meter()->identity.serialNumber == QStringLiteral("PC-OTHER-22");
        },
        10000));
    const MeterIdentity second = f.window->meter()->identity;
    {
        ReportDialog d(f.window->session(), f.dataDir(), second, &f.asker);
        REQUIRE(waitUntil([&] { return d.detailsLoaded(); }, 10000));
        CHECK(d.siteEdit()->text().isEmpty());
        CHECK(d.customerEdit()->text().isEmpty());
    }
    const QString otherHtml = f.dir.filePath(QStringLiteral("other.html"));
    INFO(writeReport(f, second, otherHtml).toStdString());
    CHECK(readText(otherHtml).contains(QStringLiteral("PC-OTHER-22")));
    const SiteDetails first =
        SiteDetailsStore::load(DataFolder(f.dataDir()), meter.serialNumber, meter.deviceType);
    CHECK(first.site == QStringLiteral("Substation 4, bay 2"));
    CHECK(first.customer == QStringLiteral("Smith & Sons"));
}

TEST_CASE("Report: not written when another meter answers than the one the window showed",
          "[gui][report]")
{
    GuiFixture f;
    MeterSimProcess sim;
    REQUIRE(sim.start(simArgs(f.dir.filePath(QStringLiteral("meter.json")))));
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
    // The window showed PC-SWAPPED-01; the meter now at the address is another.
    MeterIdentity shown = f.window->meter()->identity;
    shown.serialNumber = QStringLiteral("PC-SWAPPED-01");
    const QString html = f.dir.filePath(QStringLiteral("swapped.html"));
    ReportDialog d(f.window->session(), f.dataDir(), shown, &f.asker);
    REQUIRE(waitUntil([&] { return d.detailsLoaded(); }, 10000));
    d.siteEdit()->setText(QStringLiteral("Depot"));
    d.setOutputPath(html);
    d.writeReport();
    REQUIRE(waitUntil([&] { return !d.isBusy(); }, 30000));
    INFO(d.statusText().toStdString());
    CHECK(d.statusText().contains(QStringLiteral("PC-SWAPPED-01")));
    CHECK_FALSE(QFileInfo::exists(html));
    // Neither meter got the site typed for the one shown.
    const MeterIdentity onLink = f.window->meter()->identity;
    const DataFolder folder(f.dataDir());
    CHECK(SiteDetailsStore::load(folder, onLink.serialNumber, onLink.deviceType).isEmpty());
    CHECK(SiteDetailsStore::load(folder, shown.serialNumber, shown.deviceType).isEmpty());
}

TEST_CASE("History and report dialogs: each Alt shortcut names one control", "[gui][report]")
{
    GuiFixture f;
    MeterSimProcess sim;
    REQUIRE(sim.start(simArgs(f.dir.filePath(QStringLiteral("meter.json")))));
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
    const MeterIdentity meter = f.window->meter()->identity;
    HistoryDialog history(f.window->session(), f.dataDir(), meter);
    history.show();
    ReportDialog report(f.window->session(), f.dataDir(), meter, &f.asker);
    report.show();
    REQUIRE(waitUntil([&] { return history.isLoaded() && report.detailsLoaded(); }, 10000));
    const QStringList clashes = mnemonicClashes(&history) + mnemonicClashes(&report);
    INFO(clashes.join(QLatin1Char('\n')).toStdString());
    CHECK(clashes.isEmpty());
}

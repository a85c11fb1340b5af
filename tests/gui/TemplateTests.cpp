// The templates page: save, compare as a table, restore chosen groups with the report.
#include "CatchCompat.h"
#include "GuiTestSupport.h"
#include "MeterSimProcess.h"
#include "TemplatesPage.h"

#include <QCheckBox>
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
                                 QStringLiteral("COMM_UNIT_ID")});

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

    f.window->disconnectLink();
    REQUIRE(sim.stop());
    const QJsonObject t = MeterSimProcess::dump(state).value(QStringLiteral("template")).toObject();
    CHECK(t.value(QStringLiteral("1001")).toInt() == 14400);
    CHECK(t.value(QStringLiteral("1150")).toInt() == 1); // Communications untouched
}

#include "Screenshots.h"

#include "Asker.h"
#include "ConnectionDialog.h"
#include "GuiLogging.h"
#include "MainWindow.h"
#include "MeterPanel.h"
#include "SettingsDialog.h"
#include "TemplatesPage.h"
#include "UpgradeFlow.h"
#include "UpgradeProgressDialog.h"
#include "UpgradeWizard.h"
#include "package/PackageWriter.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <functional>

namespace commissioner::gui {

namespace {

// Says yes, chooses nothing: screenshots never wait for a person.
class YesAsker final : public Asker
{
public:
    bool question(QWidget*, const QString&, const QString&) override { return true; }
    void inform(QWidget*, const QString&, const QString&) override {}
    void warn(QWidget*, const QString&, const QString&) override {}
    QString openFile(QWidget*, const QString&, const QString&, const QString&) override
    {
        return {};
    }
    QString saveFile(QWidget*, const QString&, const QString&, const QString&) override
    {
        return {};
    }
};

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

void settle(int ms = 150)
{
    waitFor([] { return false; }, ms);
}

bool save(QWidget* w, const QString& dir, const QString& name)
{
    settle();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    const bool ok = w->grab().save(path);
    qCInfo(lcGui) << (ok ? "wrote" : "could not write") << path;
    return ok;
}

QString makeDemoPackage(const QString& dir)
{
    QByteArray payload(96 * 1024, '\0');
    for (int i = 0; i < payload.size(); ++i)
        payload[i] = char((i * 131 + 7) & 0xFF);
    PackageWriter writer;
    writer.setPayload(payload)
        .setDeviceType(7350)
        .setHwRange(1, 4)
        .setVersion({1, 1, 0})
        .setBuildTime(1714557600)
        .setNotes(QStringLiteral("EM7350 firmware 1.1.0\n- Faster demand calculation\n- Fixes the "
                                 "DST change at midnight"));
    const QString path = QDir(dir).filePath(QStringLiteral("EM7350-1.1.0.upg"));
    return writer.writeFile(path) ? path : QString();
}

// The connection dialog's tabs and the settings dialog, over the window.
bool saveDialogs(MainWindow& window, const AppSettings& settings, Asker& asker,
                 const QString& outDir)
{
    bool ok = true;
    {
        ConnectionDialog dialog(&window);
        dialog.setCurrentTab(ConnectionDialog::TcpTab);
        dialog.resize(dialog.sizeHint().expandedTo(QSize(560, 420)));
        dialog.show();
        ok &= save(&dialog, outDir, QStringLiteral("connection-dialog"));
        dialog.setCurrentTab(ConnectionDialog::SerialTab);
        ok &= save(&dialog, outDir, QStringLiteral("connection-serial"));
        dialog.setCurrentTab(ConnectionDialog::DemoTab);
        ok &= save(&dialog, outDir, QStringLiteral("connection-demo"));
    }
    {
        SettingsDialog dialog(settings, &asker, &window);
        dialog.resize(dialog.sizeHint().expandedTo(QSize(560, 0)));
        dialog.show();
        ok &= save(&dialog, outDir, QStringLiteral("settings"));
    }
    return ok;
}

// Changes two ratios and the owner in a saved template, so a comparison has rows to show.
void changeTemplate(const QString& templatePath)
{
    QFile f(templatePath);
    if (!f.open(QIODevice::ReadOnly))
        return;
    QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonObject s = doc.value(QStringLiteral("settings")).toObject();
    for (const auto& [name, value] : {std::pair{QStringLiteral("PT_PRIMARY"), QJsonValue(14400)},
                                      std::pair{QStringLiteral("CT_PRIMARY"), QJsonValue(2000)}}) {
        QJsonObject o = s.value(name).toObject();
        o.insert(QStringLiteral("value"), value);
        s.insert(name, o);
    }
    QJsonObject owner = s.value(QStringLiteral("NAMEPLATE_OWNER")).toObject();
    owner.insert(QStringLiteral("value"), QStringLiteral("City North Power"));
    s.insert(QStringLiteral("NAMEPLATE_OWNER"), owner);
    doc.insert(QStringLiteral("settings"), s);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QJsonDocument(doc).toJson());
    f.close();
}

// Templates: save the meter's, change two values in the file, compare.
bool saveTemplates(MainWindow& window, const QString& templatePath, const QString& outDir)
{
    TemplatesPage* page = window.templatesPage();
    window.tabs()->setCurrentWidget(page);
    bool saved = false;
    QObject::connect(page, &TemplatesPage::saved, &window, [&] { saved = true; });
    page->saveTo(templatePath);
    waitFor([&] { return saved; }, 10000);
    changeTemplate(templatePath);
    bool compared = false;
    QObject::connect(page, &TemplatesPage::compared, &window, [&] { compared = true; });
    page->setFile(templatePath);
    page->compare();
    waitFor([&] { return compared; }, 10000);
    const bool ok = save(&window, outDir, QStringLiteral("templates"));
    window.tabs()->setCurrentIndex(0);
    return ok;
}

// The wizard, page by page, up to its start of the upgrade.
bool saveWizard(UpgradeWizard* wizard, const QString& outDir)
{
    wizard->resize(720, 560);
    waitFor([&] { return wizard->packageReady(); }, 10000);
    bool ok = save(wizard, outDir, QStringLiteral("wizard-1-package"));
    wizard->next();
    waitFor([&] { return wizard->planReady(); }, 10000);
    ok &= save(wizard, outDir, QStringLiteral("wizard-2-checks-refused"));
    wizard->allowUnsignedBox()->setChecked(true);
    waitFor([&] { return wizard->planReady(); }, 10000);
    ok &= save(wizard, outDir, QStringLiteral("wizard-3-checks-passed"));
    wizard->next();
    ok &= save(wizard, outDir, QStringLiteral("wizard-4-confirm"));
    wizard->accept();
    return ok;
}

// The progress dialog of the running upgrade, then of the finished one.
bool saveProgress(MainWindow& window, const QString& outDir)
{
    UpgradeProgressDialog* progress = nullptr;
    waitFor([&] { return (progress = window.upgradeFlow()->progressDialog()) != nullptr; }, 5000);
    if (!progress)
        return true;
    progress->resize(760, 560);
    waitFor([&] { return progress->percent() >= 35 || !progress->isRunning(); }, 30000);
    bool ok = save(progress, outDir, QStringLiteral("progress-running"));
    waitFor([&] { return !progress->isRunning(); }, 60000);
    ok &= save(progress, outDir, QStringLiteral("progress-done"));
    progress->accept();
    return ok;
}

} // namespace

int renderScreenshots(const QString& outDir)
{
    QDir().mkpath(outDir);
    QTemporaryDir temp;
    AppSettings settings;
    settings.dataDir = temp.filePath(QStringLiteral("data"));
    settings.packageDir = temp.filePath(QStringLiteral("packages"));
    QDir().mkpath(settings.packageDir);
    const QString package = makeDemoPackage(settings.packageDir);

    YesAsker asker;
    MainWindow window(settings);
    window.setAsker(&asker);
    window.resize(1100, 760);
    window.show();
    window.startDemo();
    if (!waitFor([&] { return window.meter().has_value() && window.livePanel()->updates() >= 2; },
                 20000)) {
        qCWarning(lcGui) << "the demo meter did not answer";
        return 1;
    }
    waitFor(
        [&] {
            return window.meterPanel()->field(QStringLiteral("image")) != QStringLiteral("–") &&
                   !window.logText().isEmpty();
        },
        2000);
    settle(400);
    bool ok = save(&window, outDir, QStringLiteral("main-window"));
    ok &= saveDialogs(window, settings, asker, outDir);
    ok &= saveTemplates(window, temp.filePath(QStringLiteral("site-template.json")), outDir);

    // The wizard, then the real upgrade of the demo meter.
    UpgradeWizard* wizard = window.upgradeFlow()->openWizard(package);
    if (!wizard)
        return 1;
    ok &= saveWizard(wizard, outDir);
    ok &= saveProgress(window, outDir);
    waitFor(
        [&] {
            return window.meter() &&
                   window.meter()->identity.firmware.toString() == QStringLiteral("1.1.0");
        },
        5000);
    settle(300);
    ok &= save(&window, outDir, QStringLiteral("main-window-after-upgrade"));
    window.disconnectLink();
    return ok ? 0 : 1;
}

} // namespace commissioner::gui

// Upgrades through the wizard and the progress dialog against metersim as a process:
// lost replies, abort and resume, a GUI thread that stays responsive, and checks that show
// the options last chosen.
#include "CatchCompat.h"
#include "GuiTestSupport.h"
#include "MeterSimProcess.h"
#include "TestPackages.h"
#include "UpgradeFlow.h"
#include "UpgradeProgressDialog.h"
#include "UpgradeWizard.h"
#include "store/ChangeHistory.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QPointer>
#include <QTimer>

using namespace guitest;
using namespace commissioner::gui;
using testsupport::MeterSimProcess;

namespace {

// The wizard on an unsigned package, on the Checks page with the first check shown.
UpgradeWizard* toChecksPage(GuiFixture& f, const QString& package)
{
    UpgradeWizard* wizard = f.window->upgradeFlow()->openWizard(package);
    REQUIRE(wizard);
    REQUIRE(waitUntil([&] { return wizard->packageReady(); }, 10000));
    CHECK(wizard->packageText().contains(QStringLiteral("Not signed")));
    wizard->next();
    REQUIRE(wizard->currentId() == UpgradeWizard::ChecksPage);
    REQUIRE(waitUntil([&] { return wizard->planReady(); }, 15000));
    CHECK_FALSE(wizard->plan()->passes()); // unsigned: refused until allowed
    return wizard;
}

// Through every wizard page with an unsigned package (allowed by the checkbox), then Start.
UpgradeProgressDialog* runWizard(GuiFixture& f, const QString& package)
{
    UpgradeWizard* wizard = toChecksPage(f, package);
    CHECK(wizard->allowUnsignedBox()->isEnabled());
    CHECK_FALSE(wizard->allowDowngradeBox()->isEnabled()); // no finding needs it
    wizard->allowUnsignedBox()->setChecked(true);
    REQUIRE(waitUntil([&] { return wizard->planReady(); }, 15000));
    REQUIRE(wizard->plan()->passes());
    wizard->next();
    REQUIRE(wizard->currentId() == UpgradeWizard::ConfirmPage);
    CHECK(wizard->confirmText().contains(QStringLiteral("backups")));
    wizard->accept();
    UpgradeProgressDialog* progress = nullptr;
    REQUIRE(waitUntil(
        [&] { return (progress = f.window->upgradeFlow()->progressDialog()) != nullptr; }, 5000));
    return progress;
}

QStringList simArgs(const QString& state, const QStringList& extra)
{
    return QStringList{QStringLiteral("--tcp"),        QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--type"),       QStringLiteral("7350"),
                       QStringLiteral("--fw"),         QStringLiteral("1.0.0"),
                       QStringLiteral("--state"),      state,
                       QStringLiteral("--verify-ms"),  QStringLiteral("100"),
                       QStringLiteral("--install-ms"), QStringLiteral("500")} +
           extra;
}

} // namespace

TEST_CASE("an upgrade with lost replies runs to the end through the wizard", "[gui][upgrade]")
{
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    MeterSimProcess sim;
    REQUIRE(sim.start(simArgs(state, {QStringLiteral("--drop-replies"), QStringLiteral("10"),
                                      QStringLiteral("--seed"), QStringLiteral("3")})));
    const auto pkg = testsupport::makePackage(f.dir.path(), 7350, 1, 3, {2, 1, 0}, 12000, 11);
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));

    UpgradeProgressDialog* progress = runWizard(f, pkg.path);
    REQUIRE(waitUntil([&] { return !progress->isRunning(); }, 180000));
    INFO(progress->logText().toStdString());
    CHECK(progress->summaryText().contains(QStringLiteral("now runs firmware 2.1.0")));
    CHECK(progress->logText().contains(QStringLiteral("resending"))); // the retry log grew live
    CHECK(progress->percent() == 100);
    REQUIRE(waitUntil(
        [&] {
            return f.window->meter() &&
                   f.window->meter()->identity.firmware.toString() == QStringLiteral("2.1.0");
        },
        15000));
    // The firmware change is in the meter's history, as every write of the desktop is.
    const QString serial = f.window->meter()->identity.serialNumber;
    const auto history = commissioner::ChangeHistory::read(
        commissioner::DataFolder(f.dataDir()), serial, f.window->meter()->identity.deviceType);
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.last().setting == QStringLiteral("FIRMWARE"));
    CHECK(history.last().from == QStringLiteral("1.0.0"));
    CHECK(history.last().to == QStringLiteral("2.1.0"));
    CHECK(history.last().tool == QStringLiteral("Commissioner (upgrade)"));
    f.window->disconnectLink();
    REQUIRE(sim.stop());
    const QJsonObject d = MeterSimProcess::dump(state);
    CHECK(d.value(QStringLiteral("fw")).toString() == QStringLiteral("2.1.0"));
    CHECK(d.value(QStringLiteral("installed_sha256")).toString() ==
          QString::fromLatin1(
              QCryptographicHash::hash(pkg.payload, QCryptographicHash::Sha256).toHex()));
}

TEST_CASE("abort mid-transfer, reconnect, and the resume prompt completes it", "[gui][upgrade]")
{
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    MeterSimProcess sim;
    REQUIRE(sim.start(simArgs(state, {QStringLiteral("--flash-delay-ms"), QStringLiteral("5")})));
    const auto pkg = testsupport::makePackage(f.dir.path(), 7350, 1, 3, {2, 2, 0}, 48000, 12);
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));

    UpgradeProgressDialog* progress = runWizard(f, pkg.path);
    REQUIRE(waitUntil([&] { return progress->percent() >= 20; }, 60000));
    f.asker.answers = {true}; // "Abort the upgrade?" yes
    progress->requestAbort();
    REQUIRE(waitUntil([&] { return !progress->isRunning(); }, 30000));
    CHECK(f.asker.asked.last().contains(QStringLiteral("keeps what it has received")));
    CHECK(progress->summaryText().contains(QStringLiteral("connect again")));
    const QPointer<UpgradeProgressDialog> first(progress);
    progress->accept();
    f.window->disconnectLink();

    QJsonObject d = MeterSimProcess::dump(state);
    const int stored = d.value(QStringLiteral("next_offset")).toInt();
    CHECK(stored > 0);
    CHECK(stored < 48000);

    // Connect again: the pending image is offered, found through the journal, and finished.
    f.asker.asked.clear();
    f.asker.answers = {true};
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
    REQUIRE(waitUntil([&] { return !f.asker.asked.isEmpty(); }, 5000));
    CHECK(f.asker.asked.first().contains(QStringLiteral("Finish the upgrade now?")));
    // The first dialog deletes itself on close, and the second may be allocated at the same
    // address: tell them apart with a guarded pointer, not by address.
    UpgradeProgressDialog* resumed = nullptr;
    REQUIRE(waitUntil(
        [&] {
            return (resumed = f.window->upgradeFlow()->progressDialog()) != nullptr &&
                   (first.isNull() || resumed != first.data());
        },
        10000));
    REQUIRE(waitUntil([&] { return !resumed->isRunning(); }, 120000));
    INFO(resumed->logText().toStdString());
    CHECK(resumed->summaryText().contains(QStringLiteral("now runs firmware 2.2.0")));
    CHECK(f.asker.asked.size() == 1); // unsigned was allowed in the journal: not asked again
    f.window->disconnectLink();
    REQUIRE(sim.stop());
    d = MeterSimProcess::dump(state);
    CHECK(d.value(QStringLiteral("fw")).toString() == QStringLiteral("2.2.0"));
    CHECK(d.value(QStringLiteral("next_offset")).toInt() == 0);
}

TEST_CASE("the GUI thread stays responsive through a transfer", "[gui][upgrade]")
{
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    MeterSimProcess sim;
    REQUIRE(sim.start(simArgs(state, {QStringLiteral("--flash-delay-ms"), QStringLiteral("2")})));
    const auto pkg = testsupport::makePackage(f.dir.path(), 7350, 1, 3, {2, 3, 0}, 40000, 13);
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
    UpgradeProgressDialog* progress = runWizard(f, pkg.path);

    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.elapsed();
    qint64 worstLate = 0;
    int ticks = 0;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        worstLate = qMax(worstLate, now - last - 20);
        last = now;
        ++ticks;
    });
    timer.start();
    REQUIRE(waitUntil([&] { return !progress->isRunning(); }, 120000));
    timer.stop();
    INFO("worst lateness " << worstLate << " ms over " << ticks << " ticks");
    CHECK(ticks > 20);
    CHECK(worstLate < 100);
    CHECK(progress->summaryText().contains(QStringLiteral("now runs firmware 2.3.0")));
}

TEST_CASE("the checks show the options last chosen when a box is ticked and unticked quickly",
          "[gui][upgrade]")
{
    GuiFixture f;
    const QString state = f.dir.filePath(QStringLiteral("meter.json"));
    MeterSimProcess sim;
    REQUIRE(sim.start(simArgs(state, {})));
    const auto pkg = testsupport::makePackage(f.dir.path(), 7350, 1, 3, {2, 1, 0}, 8000, 17);
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
    UpgradeWizard* wizard = toChecksPage(f, pkg.path);

    // Two checks are on their way; the first, made with the box ticked, would pass.
    wizard->allowUnsignedBox()->setChecked(true);
    wizard->allowUnsignedBox()->setChecked(false);
    REQUIRE(waitUntil([&] { return wizard->planReady(); }, 15000));
    INFO(wizard->findingsText().toStdString());
    CHECK_FALSE(wizard->plan()->passes());
    CHECK(wizard->findingsText().contains(QStringLiteral("Blocks:")));
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    // No late answer changes it afterwards.
    waitUntil([] { return false; }, 500);
    CHECK_FALSE(wizard->plan()->passes());
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());

    wizard->allowUnsignedBox()->setChecked(true);
    wizard->allowUnsignedBox()->setChecked(false);
    wizard->allowUnsignedBox()->setChecked(true);
    REQUIRE(waitUntil([&] { return wizard->planReady(); }, 15000));
    CHECK(wizard->plan()->passes());
    CHECK(wizard->button(QWizard::NextButton)->isEnabled());
    CHECK(wizard->options().allowUnsigned);
    wizard->reject();
    f.window->disconnectLink();
    REQUIRE(sim.stop());
    // The checks only read: no BEGIN, no block, the meter as it was.
    const QJsonObject d = MeterSimProcess::dump(state);
    CHECK(d.value(QStringLiteral("mode")).toString() == QStringLiteral("normal"));
    CHECK_FALSE(d.value(QStringLiteral("has_image")).toBool());
    CHECK(d.value(QStringLiteral("bytes_received_total")).toDouble() == 0);
    CHECK(d.value(QStringLiteral("fw")).toString() == QStringLiteral("1.0.0"));
}

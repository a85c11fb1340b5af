// The recovery prompt never sends what the person did not allow: a package whose signature
// does not verify is refused outright, "No" to an unsigned package starts nothing, and an
// older version is accepted only when it is the meter's own pending image.
#include "CatchCompat.h"
#include "GuiTestSupport.h"
#include "MeterSimProcess.h"
#include "TestPackages.h"
#include "UpgradeFlow.h"
#include "UpgradeProgressDialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace guitest;
using namespace commissioner;
using namespace commissioner::gui;
using testsupport::MeterSimProcess;

namespace {

// A dual-bank meter at firmware 2.0.0 holding part of pendingPackage's image in its spare
// bank: another tool (its own data folder, so this one has no journal of it) was sending it
// when the meter lost power. The meter runs on at 2.0.0, in NORMAL mode.
struct PendingMeter
{
    QString state;
    QStringList args;
    MeterSimProcess sim;
    qint64 received = -1; // bytes_received_total once it is back

    bool prepare(const QString& dir, const QString& pendingPackage, bool downgrade)
    {
        state = dir + QStringLiteral("/meter.json");
        args = {QStringLiteral("--tcp"),        QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--type"),       QStringLiteral("7350"),
                QStringLiteral("--fw"),         QStringLiteral("2.0.0"),
                QStringLiteral("--state"),      state,
                QStringLiteral("--verify-ms"),  QStringLiteral("100"),
                QStringLiteral("--install-ms"), QStringLiteral("300")};
        if (!sim.start(args + QStringList{QStringLiteral("--power-loss-at-offset"),
                                          QStringLiteral("3000")}))
            return false;
        const auto r = upgradeByJob(sim.tcpHost(), sim.tcpPort(), pendingPackage,
                                    dir + QStringLiteral("/other-tool"), downgrade);
        if (!r || r->outcome != UpgradeOutcome::LinkLost || !sim.waitForExit(5000))
            return false;
        const QJsonObject d = MeterSimProcess::dump(state);
        if (d.value(QStringLiteral("mode")).toString() != QStringLiteral("normal") ||
            d.value(QStringLiteral("next_offset")).toInt() <= 0)
            return false;
        if (!sim.start(args))
            return false;
        received = d.value(QStringLiteral("bytes_received_total")).toVariant().toLongLong();
        return true;
    }

    // What the meter has taken since it came back: nothing, if nothing was sent.
    qint64 receivedSinceBack()
    {
        const QJsonObject d = MeterSimProcess::dump(state);
        return d.value(QStringLiteral("bytes_received_total")).toVariant().toLongLong() - received;
    }
};

bool sawWrite(MeterSimProcess& sim)
{
    const QStringList events = sim.events();
    for (const QString& e : events)
        if (e.startsWith(QStringLiteral("begin")) || e.startsWith(QStringLiteral("abort")) ||
            e.startsWith(QStringLiteral("commit")))
            return true;
    return false;
}

// Connects, answers the recovery prompt with the scripted answers and file, and waits until
// the flow has either declined or opened its progress dialog.
void connectAndRecover(GuiFixture& f, PendingMeter& m, bool* declined)
{
    *declined = false;
    QObject::connect(f.window->upgradeFlow(), &UpgradeFlow::recoveryDeclined, f.window.get(),
                     [declined] { *declined = true; });
    REQUIRE(f.connectTcp(m.sim.tcpHost(), m.sim.tcpPort()));
    REQUIRE(waitUntil(
        [&] { return *declined || f.window->upgradeFlow()->progressDialog() != nullptr; }, 15000));
}

} // namespace

TEST_CASE("recovery: a package whose signature does not verify is refused before anything is sent",
          "[gui][recovery]")
{
    const bool knownKey = GENERATE(false, true);
    GuiFixture f;
    const auto own = testsupport::makePackage(f.dir.path(), 7350, 1, 3, {2, 1, 0}, 12000, 41);
    PendingMeter meter;
    REQUIRE(meter.prepare(f.dir.path(), own.path, false));

    // The same image, signed: with a key this tool does not know, or with a trusted key and
    // a signature that no longer verifies.
    QDir().mkpath(f.dir.filePath(QStringLiteral("signed")));
    const auto signer = testsupport::makeTestKeyPair(f.dir.filePath(QStringLiteral("keys")));
    const auto signedPkg = testsupport::makePackage(f.dir.filePath(QStringLiteral("signed")), 7350,
                                                    1, 3, {2, 1, 0}, 12000, 41, &signer);
    REQUIRE(signedPkg.payload == own.payload);
    if (knownKey) {
        const QString keys = f.window->settings().keysDir();
        REQUIRE(QDir().mkpath(keys));
        REQUIRE(QFile::copy(signer.publicKeyPath,
                            QDir(keys).filePath(QFileInfo(signer.publicKeyPath).fileName())));
        QFile file(signedPkg.path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes[bytes.size() - 1] =
            char(bytes.at(bytes.size() - 1) ^ 0x01); // the signature's last byte
        REQUIRE(file.seek(0));
        REQUIRE(file.write(bytes) == bytes.size());
    }

    f.asker.answers = {true}; // finish the upgrade now? yes
    f.asker.files = {signedPkg.path};
    bool declined = false;
    connectAndRecover(f, meter, &declined);
    CHECK(declined);
    CHECK(f.window->upgradeFlow()->progressDialog() == nullptr);
    REQUIRE(f.asker.messages.size() == 1);
    CHECK(f.asker.messages.first().contains(QStringLiteral("cannot be used")));
    CHECK(f.asker.messages.first().contains(knownKey ? QStringLiteral("does NOT verify")
                                                     : QStringLiteral("does not trust")));
    // No question about allowing anything was put: there is nothing to allow.
    for (const QString& q : std::as_const(f.asker.asked))
        CHECK_FALSE(q.contains(QStringLiteral("not signed")));
    f.window->disconnectLink();
    CHECK_FALSE(sawWrite(meter.sim));
    REQUIRE(meter.sim.stop());
    CHECK(meter.receivedSinceBack() == 0);
}

TEST_CASE("recovery: no to an unsigned package starts nothing", "[gui][recovery]")
{
    GuiFixture f;
    const auto own = testsupport::makePackage(f.dir.path(), 7350, 1, 3, {2, 1, 0}, 12000, 42);
    PendingMeter meter;
    REQUIRE(meter.prepare(f.dir.path(), own.path, false));

    f.asker.answers = {true, false}; // finish now? yes. Use the unsigned package? no
    f.asker.files = {own.path};
    bool declined = false;
    connectAndRecover(f, meter, &declined);
    CHECK(declined);
    CHECK(f.window->upgradeFlow()->progressDialog() == nullptr);
    REQUIRE(f.asker.asked.size() == 3); // the prompt, the file, the unsigned question
    CHECK(f.asker.asked.at(2).contains(QStringLiteral("not signed")));
    CHECK(f.window->logText().contains(QStringLiteral("was not allowed")));
    waitUntil([] { return false; }, 1000); // time for a job that should not start
    f.window->disconnectLink();
    CHECK_FALSE(sawWrite(meter.sim));
    REQUIRE(meter.sim.stop());
    CHECK(meter.receivedSinceBack() == 0);
}

TEST_CASE("recovery: an older version only when it is the meter's own pending image",
          "[gui][recovery]")
{
    GuiFixture f;
    // Another tool was taking this meter down from 2.0.0 to 1.5.0 when it lost power.
    const auto own = testsupport::makePackage(f.dir.path(), 7350, 1, 3, {1, 5, 0}, 12000, 43);
    QDir().mkpath(f.dir.filePath(QStringLiteral("other")));
    const auto older = testsupport::makePackage(f.dir.filePath(QStringLiteral("other")), 7350, 1, 3,
                                                {1, 4, 0}, 12000, 44);
    PendingMeter meter;
    REQUIRE(meter.prepare(f.dir.path(), own.path, true));

    SECTION("another, older package is checked like any upgrade: refused, nothing sent")
    {
        f.asker.answers = {true, true}; // finish now? yes. Unsigned? yes
        f.asker.files = {older.path};
        bool declined = false;
        connectAndRecover(f, meter, &declined);
        UpgradeProgressDialog* progress = f.window->upgradeFlow()->progressDialog();
        REQUIRE(progress);
        REQUIRE(waitUntil([&] { return !progress->isRunning(); }, 60000));
        INFO(progress->logText().toStdString());
        CHECK_FALSE(progress->summaryText().contains(QStringLiteral("now runs firmware")));
        f.window->disconnectLink();
        CHECK_FALSE(sawWrite(meter.sim));
        REQUIRE(meter.sim.stop());
        CHECK(meter.receivedSinceBack() == 0);
        const QJsonObject d = MeterSimProcess::dump(meter.state);
        CHECK(d.value(QStringLiteral("fw")).toString() == QStringLiteral("2.0.0"));
        CHECK(d.value(QStringLiteral("image_version")).toString() == QStringLiteral("1.5.0"));
    }
    SECTION("its own package finishes the downgrade it had started")
    {
        f.asker.answers = {true, true};
        f.asker.files = {own.path};
        bool declined = false;
        connectAndRecover(f, meter, &declined);
        UpgradeProgressDialog* progress = f.window->upgradeFlow()->progressDialog();
        REQUIRE(progress);
        CHECK(progress->headline().contains(QStringLiteral("older firmware 1.5.0")));
        REQUIRE(waitUntil([&] { return !progress->isRunning(); }, 60000));
        INFO(progress->logText().toStdString());
        CHECK(progress->summaryText().contains(QStringLiteral("now runs firmware 1.5.0")));
        f.window->disconnectLink();
        REQUIRE(meter.sim.stop());
        CHECK(MeterSimProcess::dump(meter.state).value(QStringLiteral("fw")).toString() ==
              QStringLiteral("1.5.0"));
    }
}

// The upgrade's pure parts: preflight rules, the meter's recovery states, wire encodings,
// the journal.
#include "CatchCompat.h"
#include "store/DataFolder.h"
#include "upgrade/Preflight.h"
#include "upgrade/RecoveryState.h"
#include "upgrade/UpgradeBudget.h"
#include "upgrade/UpgradeJournal.h"
#include "upgrade/UpgradeJournalObserver.h"
#include "upgrade/UpgradeState.h"

#include <QTemporaryDir>

using namespace commissioner;
using Code = PreflightFinding::Code;

namespace {
PreflightInput goodInput()
{
    PreflightInput in;
    in.identity.mapVersion = 1;
    in.identity.deviceType = 7350;
    in.identity.hwRevision = 2;
    in.identity.firmware = {1, 0, 0};
    in.upgrade.maxBlock = 240;
    in.upgrade.flashCapacityKib = 4096;
    in.packageDeviceType = 7350;
    in.packageHwMin = 1;
    in.packageHwMax = 3;
    in.packageVersion = {1, 1, 0};
    in.payloadSize = 100000;
    in.payloadSha256 = QByteArray(32, 'a');
    in.signature = PreflightInput::Signature::Verified;
    return in;
}

bool has(const QVector<PreflightFinding>& f, Code code, bool blocking)
{
    for (const auto& x : f)
        if (x.code == code && x.blocking == blocking)
            return true;
    return false;
}

// The journal of an upgrade of meter `serial` (device type `deviceType`) whose payload's
// SHA-256 is 32 bytes of 0x5a; the rest as a new journal starts.
UpgradeJournal journalOf(const QString& serial, int deviceType)
{
    UpgradeJournal j;
    j.serialNumber = serial;
    j.deviceType = deviceType;
    j.payloadSha256 = QByteArray(32, '\x5a');
    return j;
}
} // namespace

TEST_CASE("preflight passes a fitting, signed, newer package", "[preflight]")
{
    const auto f = runPreflight(goodInput());
    CHECK(preflightPasses(f));
    CHECK(f.isEmpty());
}

TEST_CASE("preflight blocks each misfit with its reason", "[preflight]")
{
    PreflightInput in = goodInput();
    SECTION("device type")
    {
        in.packageDeviceType = 7330;
        CHECK(has(runPreflight(in), Code::DeviceTypeMismatch, true));
    }
    SECTION("hardware revision")
    {
        in.identity.hwRevision = 4;
        CHECK(has(runPreflight(in), Code::HwRevisionOutOfRange, true));
        in.identity.hwRevision = 3; // the range is inclusive
        CHECK(preflightPasses(runPreflight(in)));
    }
    SECTION("critical and warning events block, a site wiring fault alone does not")
    {
        in.identity.activeEvents = events::Critical;
        CHECK(has(runPreflight(in), Code::EventsActive, true));
        in.identity.activeEvents = events::Warning | events::SiteWiringFault;
        CHECK(has(runPreflight(in), Code::EventsActive, true));
        in.identity.activeEvents = events::SiteWiringFault;
        CHECK(has(runPreflight(in), Code::SiteWiringFaultOnly, false));
        CHECK(preflightPasses(runPreflight(in)));
    }
    SECTION("size against FLASH_CAPACITY_KIB")
    {
        in.payloadSize = 4096 * 1024 + 1;
        CHECK(has(runPreflight(in), Code::ImageTooLarge, true));
        in.payloadSize = 4096 * 1024;
        CHECK(preflightPasses(runPreflight(in)));
    }
    SECTION("same version and downgrade need allowDowngrade")
    {
        in.packageVersion = {1, 0, 0};
        CHECK(has(runPreflight(in), Code::SameVersion, true));
        in.packageVersion = {0, 9, 9};
        CHECK(has(runPreflight(in), Code::Downgrade, true));
        in.allowDowngrade = true;
        CHECK(preflightPasses(runPreflight(in)));
    }
    SECTION("a meter without firmware has nothing to go down from")
    {
        in.identity.mode = DeviceMode::NoFirmware;
        in.identity.firmware = {0, 0, 0};
        in.packageVersion = {0, 5, 0};
        CHECK(preflightPasses(runPreflight(in)));
    }
    SECTION("signatures")
    {
        in.signature = PreflightInput::Signature::Unsigned;
        CHECK(has(runPreflight(in), Code::SignatureUnsigned, true));
        in.allowUnsigned = true;
        CHECK(has(runPreflight(in), Code::SignatureUnsignedAllowed, false));
        in.signature = PreflightInput::Signature::UnknownKey;
        CHECK(has(runPreflight(in), Code::SignatureUnknownKey, true));
        in.signature = PreflightInput::Signature::Bad;
        CHECK(has(runPreflight(in), Code::SignatureBad, true));
    }
    SECTION("an odd or out-of-range MAX_BLOCK")
    {
        in.upgrade.maxBlock = 241;
        CHECK(has(runPreflight(in), Code::MaxBlockInvalid, true));
        in.upgrade.maxBlock = 8;
        CHECK(has(runPreflight(in), Code::MaxBlockInvalid, true));
    }
    SECTION("a partial image of this package is a resume")
    {
        in.upgrade.status = UpgStatus::Receiving;
        in.upgrade.imageSize = quint32(in.payloadSize);
        in.upgrade.imageSha256 = in.payloadSha256;
        in.upgrade.nextOffset = 4800;
        const auto f = runPreflight(in);
        CHECK(has(f, Code::ResumeAvailable, false));
        CHECK(preflightPasses(f));
    }
}

TEST_CASE("the meter's states are told apart on connect", "[recovery]")
{
    MeterIdentity id;
    UpgradeRegisters u;
    CHECK(classifyRecovery(id, u) == RecoveryState::Normal);
    u.status = UpgStatus::Receiving;
    u.imageSize = 1000;
    u.nextOffset = 400;
    CHECK(classifyRecovery(id, u) == RecoveryState::NormalTransferPending);
    u.nextOffset = 1000;
    CHECK(classifyRecovery(id, u) == RecoveryState::NormalImageComplete);
    id.mode = DeviceMode::Upgrade;
    CHECK(classifyRecovery(id, u) == RecoveryState::UpgradeModeComplete);
    u.nextOffset = 10;
    CHECK(classifyRecovery(id, u) == RecoveryState::UpgradeModePartial);
    u.status = UpgStatus::VerifyFailed;
    CHECK(classifyRecovery(id, u) == RecoveryState::UpgradeModeEmpty);
    id.mode = DeviceMode::NoFirmware;
    u.status = UpgStatus::Idle;
    CHECK(classifyRecovery(id, u) == RecoveryState::NoFirmware);
    CHECK(needsRecovery(RecoveryState::NoFirmware));
    CHECK_FALSE(needsRecovery(RecoveryState::NormalTransferPending));
    u.status = UpgStatus::Verifying;
    CHECK(classifyRecovery(id, u) == RecoveryState::Busy);
}

TEST_CASE("data-window writes pack bytes high first and pad an odd last byte", "[wire]")
{
    const char bytes[] = {'\x01', '\x02', '\x03'};
    const Registers r = encodeDataBlock(0x00012345, bytes, 3);
    REQUIRE(r.size() == 3 + 2);
    CHECK(r[0] == 0x0001);
    CHECK(r[1] == 0x2345);
    CHECK(r[2] == 3);
    CHECK(r[3] == 0x0102);
    CHECK(r[4] == 0x0300);
    const Registers full = encodeDataBlock(0, QByteArray(240, 'x').constData(), 240);
    CHECK(full.size() == 123); // the most one Modbus write may carry
}

TEST_CASE("the descriptor is one 24-register write in the spec's order", "[wire]")
{
    QByteArray sha(32, 0);
    for (int i = 0; i < 32; ++i)
        sha[i] = char(i);
    const Registers d = encodeDescriptor(0x00100020, sha, 7350, 1, 3, {2, 1, 7});
    REQUIRE(d.size() == 24);
    CHECK(d[0] == 0x0010);
    CHECK(d[1] == 0x0020);
    CHECK(d[2] == 0x0001);
    CHECK(d[17] == 0x1E1F);
    CHECK(d[18] == 7350);
    CHECK(d[19] == 1);
    CHECK(d[20] == 3);
    CHECK(d[21] == 2);
    CHECK(d[22] == 1);
    CHECK(d[23] == 7);
    // And it decodes back the way the meter's registers read.
    Registers block(31, 0);
    for (int i = 0; i < 24; ++i)
        block[2 + i] = d[i];
    const UpgradeRegisters u = UpgradeRegisters::decode(block);
    CHECK(u.imageSize == 0x00100020);
    CHECK(u.imageSha256 == sha);
    CHECK(u.imageVersion == FirmwareVersion{2, 1, 7});
}

TEST_CASE("the journal survives a round trip through the data folder", "[journal]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    UpgradeJournal j = journalOf(QStringLiteral("PC/0209:A001"), 7330);
    j.packageCopyPath = QStringLiteral("/x/packages/abc.upg");
    j.backupPath = QStringLiteral("/x/backups/b.json");
    j.allowUnsigned = true;
    j.stage = QStringLiteral("begin");
    REQUIRE(j.save(folder));
    CHECK(folder.journalPath(j.serialNumber, 7330)
              .endsWith(QStringLiteral("/journal/PC%2F0209%3AA001@7330.json")));
    // A 7350 that carries the same serial number has no journal: this one is the 7330's.
    CHECK_FALSE(UpgradeJournal::load(folder, j.serialNumber, 7350));
    const auto back = UpgradeJournal::load(folder, j.serialNumber, 7330);
    REQUIRE(back);
    CHECK(back->payloadSha256 == j.payloadSha256);
    CHECK(back->backupPath == j.backupPath);
    CHECK(back->allowUnsigned);
    UpgradeJournal::remove(folder, j.serialNumber, 7330);
    CHECK_FALSE(UpgradeJournal::load(folder, j.serialNumber, 0));
}

TEST_CASE("the journal's last word: gone after a success, otherwise the stage it stopped at",
          "[journal]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    UpgradeJournal j = journalOf(QStringLiteral("SN-J"), 7350);
    j.stage = QStringLiteral("commit");
    REQUIRE(j.save(folder));
    std::optional<UpgradeJournal> jobJournal = j; // what the job holds when it finishes
    UpgradeJournalObserver observer(folder, jobJournal);
    UpgradeResult r;
    r.before.serialNumber = j.serialNumber;
    r.before.deviceType = j.deviceType;
    const auto stageOnDisk = [&] {
        const auto back = UpgradeJournal::load(folder, j.serialNumber, j.deviceType);
        return back ? back->stage : QStringLiteral("(none)");
    };

    SECTION("resumable: interrupted")
    {
        r.outcome = UpgradeOutcome::LinkLost;
        observer.onFinished(r);
        CHECK(stageOnDisk() == QStringLiteral("interrupted"));
        CHECK(UpgradeJournal::load(folder, j.serialNumber, j.deviceType)->updatedAt.isValid());
    }
    SECTION("not resumable: failed")
    {
        r.outcome = UpgradeOutcome::VerifyFailed;
        observer.onFinished(r);
        CHECK(stageOnDisk() == QStringLiteral("failed"));
    }
    SECTION("succeeded: removed")
    {
        r.outcome = UpgradeOutcome::Succeeded;
        observer.onFinished(r);
        CHECK(stageOnDisk() == QStringLiteral("(none)"));
    }
    SECTION("no journal written by the job (refused before it): none is created")
    {
        jobJournal.reset();
        UpgradeJournal::remove(folder, j.serialNumber, j.deviceType);
        r.outcome = UpgradeOutcome::PreflightRefused;
        observer.onFinished(r);
        CHECK(stageOnDisk() == QStringLiteral("(none)"));
    }
}

TEST_CASE("the upgrade budget: no success refills it, and it names the limit it ran out of",
          "[budget]")
{
    UpgradeLimits limits;
    limits.bytesFactor = 2;
    limits.bytesSlack = 240;
    limits.refusals = 3;
    limits.begins = 2;
    limits.commits = 1;
    limits.linkLosses = 2;
    limits.maxInstallSeconds = 600;
    limits.deadlineMs = 1000;
    UpgradeBudget b(limits, 1000); // may send 2 x 1000 + 240 bytes

    SECTION("bytes: accepted blocks count as much as refused ones")
    {
        for (int i = 0; i < 9; ++i)
            REQUIRE(b.spendBytes(240)); // 2160 bytes
        CHECK(b.exhausted() == BudgetLimit::None);
        CHECK_FALSE(b.spendBytes(240)); // 2400 > 2240: not sent
        CHECK(b.exhausted() == BudgetLimit::Bytes);
        CHECK(b.used(BudgetLimit::Bytes) == 2160);
        CHECK(b.allowed(BudgetLimit::Bytes) == 2240);
        CHECK_FALSE(b.spendBytes(10)); // and nothing else after it
        CHECK_FALSE(b.spendRefusal());
    }
    SECTION("refusals alternating with accepted writes still run out")
    {
        int sent = 0;
        for (; sent < 100; ++sent) {
            if (!b.spendBytes(1) || !b.spendRefusal())
                break;
        }
        CHECK(sent == 3);
        CHECK(b.exhausted() == BudgetLimit::Refusals);
    }
    SECTION("BEGIN, COMMIT and link losses are counted before they happen, never refilled")
    {
        struct Kind
        {
            bool (UpgradeBudget::*spend)();
            BudgetLimit limit;
            int allowed;
        };
        for (const Kind& k : {Kind{&UpgradeBudget::spendBegin, BudgetLimit::Begins, 2},
                              Kind{&UpgradeBudget::spendCommit, BudgetLimit::Commits, 1},
                              Kind{&UpgradeBudget::spendLinkLoss, BudgetLimit::LinkLosses, 2}}) {
            INFO(budgetLimitName(k.limit).toStdString());
            UpgradeBudget fresh(limits, 1000);
            for (int i = 0; i < k.allowed; ++i) {
                CHECK(fresh.require(k.limit)); // asks, spends nothing
                CHECK((fresh.*k.spend)());
                CHECK(fresh.spendBytes(240)); // a success elsewhere refills nothing
            }
            CHECK(fresh.used(k.limit) == k.allowed);
            CHECK_FALSE(fresh.require(k.limit));
            CHECK(fresh.exhausted() == k.limit);
            CHECK_FALSE((fresh.*k.spend)());
            CHECK(fresh.used(k.limit) == k.allowed);
        }
    }
    SECTION("the deadline")
    {
        CHECK(b.checkDeadline(999));
        CHECK_FALSE(b.checkDeadline(1001));
        CHECK(b.exhausted() == BudgetLimit::Deadline);
        CHECK(budgetLimitName(b.exhausted()) == QStringLiteral("time (ms)"));
    }
    SECTION("a limit as the policy takes it: spent and allowed, from the budget alone")
    {
        REQUIRE(b.spendRefusal());
        const BudgetCount refusals = b.count(BudgetLimit::Refusals);
        CHECK(refusals.used == 1);
        CHECK(refusals.allowed == 3);
        CHECK(refusals.allows(2));
        CHECK_FALSE(refusals.allows(3));
        CHECK(b.count(BudgetLimit::Bytes).allowed == 2240);
    }
    SECTION("INSTALL_SECONDS is believed up to the ceiling")
    {
        CHECK(b.installWaitSeconds(30) == 30);
        CHECK(b.installWaitSeconds(65535) == 600);
        CHECK(b.installWaitSeconds(-5) == 0);
    }
}

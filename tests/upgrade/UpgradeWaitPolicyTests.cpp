// The upgrade job's waits (core/upgrade/UpgradePolicy.h) from tables: the outage, the install,
// a busy meter before the checks and the journal an earlier run left. Time comes in as values,
// so every limit is tested at, below and past its edge.
#include "CatchCompat.h"
#include "PolicyRows.h"
#include "upgrade/UpgradePolicy.h"

#include <vector>

using namespace commissioner;
using namespace commissioner::upgradepolicy;

using namespace policyrows;

TEST_CASE("the install wait limit: INSTALL_SECONDS up to the ceiling, plus the margin",
          "[upgrade][policy]")
{
    struct Row
    {
        const char* what;
        int installSeconds;
        int maxInstallSeconds;
        qint64 marginMs;
        qint64 limitMs;
    };
    const std::vector<Row> rows = {
        {"the meter's figure, plus the margin", 60, 3600, 30000, 90000},
        {"at the ceiling", 3600, 3600, 30000, 3630000},
        {"over the ceiling: the ceiling", 65535, 3600, 30000, 3630000},
        {"0 s: at least 1 s", 0, 3600, 30000, 31000},
        {"negative: at least 1 s", -5, 3600, 0, 1000},
        {"a ceiling of 0: at least 1 s", 60, 0, 30000, 31000},
        {"a negative ceiling counts as 0", 60, -1, 30000, 31000},
        {"no margin", 60, 3600, 0, 60000},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        UpgradeLimits limits;
        limits.maxInstallSeconds = row.maxInstallSeconds;
        const UpgradeBudget budget(limits, kSize); // the ceiling is the budget's
        CHECK(installWaitLimitMs(row.installSeconds, budget, row.marginMs) == row.limitMs);
    }
}

TEST_CASE("a busy meter: VERIFYING or INSTALLING", "[upgrade][policy]")
{
    struct Row
    {
        const char* what;
        UpgStatus status;
        bool busy;
    };
    using S = UpgStatus;
    const std::vector<Row> rows = {
        {"VERIFYING", S::Verifying, true},
        {"INSTALLING", S::Installing, true},
        {"IDLE", S::Idle, false},
        {"RECEIVING", S::Receiving, false},
        {"DONE", S::Done, false},
        {"VERIFY_FAILED", S::VerifyFailed, false},
        {"UPG_STATUS unknown", S::Unknown, false},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        CHECK(meterBusy(transferRegs(row.status, true)) == row.busy);
    }
}

TEST_CASE("the outage: how long the job keeps trying, and where it goes on", "[upgrade][policy]")
{
    const qint64 limit = 300000;
    CHECK(decideOutageWait(0, limit) == OutageStep::Probe);
    CHECK(decideOutageWait(limit, limit) == OutageStep::Probe);
    CHECK(decideOutageWait(limit + 1, limit) == OutageStep::GiveUp);

    struct Row
    {
        const char* what;
        bool answered;
        bool ourMeter;
        LostIn lostIn;
        OutageStep step;
    };
    const std::vector<Row> rows = {
        {"no answer: keep trying", false, true, LostIn::Upgrade, OutageStep::KeepTrying},
        {"no answer, whatever the phase", false, true, LostIn::Checks, OutageStep::KeepTrying},
        {"another meter answers", true, false, LostIn::Upgrade, OutageStep::WrongMeter},
        {"another meter answers during the checks", true, false, LostIn::Checks,
         OutageStep::WrongMeter},
        {"back during the checks: start from them", true, true, LostIn::Checks,
         OutageStep::Identify},
        {"back while confirming: confirm again", true, true, LostIn::Confirm, OutageStep::Confirm},
        {"back during the upgrade: its state decides", true, true, LostIn::Upgrade,
         OutageStep::Resync},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        CHECK(decideOutageProbe({row.answered, row.ourMeter, row.lostIn}) == row.step);
    }
}

TEST_CASE("waiting for the install", "[upgrade][policy]")
{
    struct Row
    {
        const char* what;
        bool identified;
        bool ourMeter;
        bool answered;
        UpgStatus status;
        qint64 waitedMs;
        InstallStep step;
    };
    using S = UpgStatus;
    const qint64 limit = 90000;
    const std::vector<Row> rows = {
        {"another meter answers", true, false, false, S::Installing, 0, InstallStep::WrongMeter},
        {"another meter past the limit", true, false, false, S::Installing, limit + 1,
         InstallStep::WrongMeter},
        {"INSTALLING: ask again", true, true, true, S::Installing, 1000, InstallStep::PollAgain},
        {"INSTALLING at the limit: ask again", true, true, true, S::Installing, limit,
         InstallStep::PollAgain},
        {"INSTALLING past the limit: stuck", true, true, true, S::Installing, limit + 1,
         InstallStep::Stuck},
        {"DONE: confirm", true, true, true, S::Done, 1000, InstallStep::Confirm},
        {"DONE past the limit: confirm", true, true, true, S::Done, limit + 1,
         InstallStep::Confirm},
        {"IDLE: resync", true, true, true, S::Idle, 1000, InstallStep::Resync},
        {"RECEIVING: resync", true, true, true, S::Receiving, 1000, InstallStep::Resync},
        {"VERIFYING: resync", true, true, true, S::Verifying, 1000, InstallStep::Resync},
        {"silent: ask again", false, true, false, S::Installing, 1000, InstallStep::PollAgain},
        {"silent at the limit: ask again", false, true, false, S::Installing, limit,
         InstallStep::PollAgain},
        {"silent past the limit: the link is lost", false, true, false, S::Installing, limit + 1,
         InstallStep::LinkLost},
        {"identity but no UPG_STATUS: ask again", true, true, false, S::Installing, 1000,
         InstallStep::PollAgain},
        {"identity but no UPG_STATUS past the limit: lost", true, true, false, S::Installing,
         limit + 1, InstallStep::LinkLost},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        InstallObservation o;
        o.identified = row.identified;
        o.ourMeter = row.ourMeter;
        o.answered = row.answered;
        o.status = row.status;
        o.waitedMs = row.waitedMs;
        o.limitMs = limit;
        CHECK(decideWaitInstall(o) == row.step);
    }
}

TEST_CASE("waiting out a busy meter before the checks", "[upgrade][policy]")
{
    struct Row
    {
        const char* what;
        bool answered;
        bool ourMeter;
        UpgStatus status;
        qint64 waitedMs;
        BusyStep step;
    };
    using S = UpgStatus;
    const qint64 install = 90000; // the wait allows twice this
    const std::vector<Row> rows = {
        {"another meter answers", true, false, S::Verifying, 0, BusyStep::WrongMeter},
        {"another meter past the limit", true, false, S::Idle, 2 * install + 1,
         BusyStep::WrongMeter},
        {"VERIFYING: ask again", true, true, S::Verifying, 1000, BusyStep::PollAgain},
        {"INSTALLING: ask again", true, true, S::Installing, 1000, BusyStep::PollAgain},
        {"past one install limit: still asking", true, true, S::Installing, install + 1,
         BusyStep::PollAgain},
        {"at twice the limit: ask again", true, true, S::Verifying, 2 * install,
         BusyStep::PollAgain},
        {"VERIFYING past twice the limit: stuck", true, true, S::Verifying, 2 * install + 1,
         BusyStep::Stuck},
        {"INSTALLING past twice the limit: stuck", true, true, S::Installing, 2 * install + 1,
         BusyStep::Stuck},
        {"finished (IDLE): identify afresh", true, true, S::Idle, 1000, BusyStep::Identify},
        {"finished (DONE) past the limit: identify afresh", true, true, S::Done, 2 * install + 1,
         BusyStep::Identify},
        {"no answer: try again", false, true, S::Idle, 1000, BusyStep::TryAgain},
        {"no answer at twice the limit: try again", false, true, S::Idle, 2 * install,
         BusyStep::TryAgain},
        {"no answer past twice the limit: the link is lost", false, true, S::Idle, 2 * install + 1,
         BusyStep::LinkLost},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        BusyObservation o;
        o.answered = row.answered;
        o.ourMeter = row.ourMeter;
        o.status = row.status;
        o.waitedMs = row.waitedMs;
        o.installLimitMs = install;
        CHECK(decideWaitBusy(o) == row.step);
    }
}

TEST_CASE("the preflight: an earlier run's journal speaks only while the meter holds its image",
          "[upgrade][policy]")
{
    struct Row
    {
        const char* what;
        bool haveJournal;
        bool journalOfPackage;
        UpgradeRegisters read;
        MeterIdentity meter;
        JournalChoice choice;
    };
    using S = UpgStatus;
    const MeterIdentity runsOld = meter(DeviceMode::Normal, kOld);
    const MeterIdentity runsNew = meter(DeviceMode::Normal, kPackage);
    const MeterIdentity downloading = meter(DeviceMode::Upgrade, kPackage);
    const std::vector<Row> rows = {
        {"no journal", false, false, transferRegs(S::Receiving, true), runsOld,
         JournalChoice::None},
        {"no journal (an empty SHA-256 matches nothing), DONE", false, true,
         transferRegs(S::Done, true), runsNew, JournalChoice::None},
        {"a journal of another package", true, false, transferRegs(S::Receiving, true), runsOld,
         JournalChoice::None},
        {"receiving our image: reuse", true, true, transferRegs(S::Receiving, true), runsOld,
         JournalChoice::Reuse},
        {"receiving another image: set aside", true, true, transferRegs(S::Receiving, false),
         runsOld, JournalChoice::SetAside},
        {"IDLE (refused BEGIN, ABORT): set aside", true, true, transferRegs(S::Idle, true), runsOld,
         JournalChoice::SetAside},
        {"VERIFY_FAILED: set aside", true, true, transferRegs(S::VerifyFailed, true), runsOld,
         JournalChoice::SetAside},
        {"DONE with another image: set aside", true, true, transferRegs(S::Done, false), runsNew,
         JournalChoice::SetAside},
        {"DONE, running the package: completed", true, true, transferRegs(S::Done, true), runsNew,
         JournalChoice::Completed},
        {"DONE, still the old version: reuse", true, true, transferRegs(S::Done, true), runsOld,
         JournalChoice::Reuse},
        {"DONE, the package's version but not NORMAL: reuse", true, true,
         transferRegs(S::Done, true), downloading, JournalChoice::Reuse},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        JournalObservation o;
        o.haveJournal = row.haveJournal;
        o.journalSha256 = row.journalOfPackage ? image().sha256 : QByteArray(32, 'c');
        o.upgrade = row.read;
        o.meter = row.meter;
        o.image = image();
        CHECK(decideJournal(o) == row.choice);
    }
}

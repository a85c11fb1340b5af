// Issue 20, item 10a: the backup the upgrade job takes before BEGIN is read back from disk and
// compared with every register read from the meter (takeVerifiedBackup calls
// verifyTemplateBackup). These cases go through the job's own hooks (makeUpgradeHooks) against
// metersim, so the check cannot leave the job's path without a test failing.
//
// No register value a meter can hold makes its backup unfaithful: the file keeps every value as
// read (a number as it is, other text as raw registers). What can is the device profile the
// file is read back with: here a profile for the meter's type lands in the data folder while
// the job reads the template (a person copying a profile in during an upgrade). The file,
// written under the old profile, no longer reads back as the meter was read.
#include "CatchCompat.h"
#include "MeterClientDoubles.h"
#include "UpgradeFixture.h"
#include "UpgradeInProcess.h"
#include "store/DataFolder.h"
#include "upgrade/UpgradeHooksFactory.h"
#include "upgrade/UpgradeJob.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace commissioner;
using namespace inprocess;
namespace {

constexpr int kTemplateFirst = 1000; // the template block (device-protocol.md section 4)
constexpr int kTemplateLast = 1199;

// A client that runs a hook once, before the first read of the template block after it is
// armed, and otherwise passes everything to the real client.
class TemplateReadHook : public testsupport::ForwardingMeterClient
{
public:
    TemplateReadHook(MeterClient& inner, std::function<void()> hook)
        : ForwardingMeterClient(inner), m_hook(std::move(hook))
    {
    }
    void arm() { m_armed = true; }
    bool fired() const { return m_fired; }

    Result<Registers, LinkError> readRegisters(int address, int count) override
    {
        if (m_armed && address >= kTemplateFirst && address <= kTemplateLast) {
            m_armed = false;
            m_fired = true;
            m_hook();
        }
        return ForwardingMeterClient::readRegisters(address, count);
    }

private:
    std::function<void()> m_hook;
    bool m_armed = false;
    bool m_fired = false;
};

// The compiled-in EM7300 profile with PT_SECONDARY in mV instead of V: a file that says "V"
// for it no longer gives that setting back.
QByteArray profileWithOtherUnit()
{
    QFile in(QStringLiteral(COMMISSIONER_SOURCE_DIR "/resources/profiles/em7300.json"));
    REQUIRE(in.open(QIODevice::ReadOnly));
    QJsonObject profile = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray settings = profile.value(QStringLiteral("settings")).toArray();
    bool changed = false;
    for (int i = 0; i < settings.size(); ++i) {
        QJsonObject s = settings[i].toObject();
        if (s.value(QStringLiteral("name")).toString() != QLatin1String("PT_SECONDARY"))
            continue;
        REQUIRE(s.value(QStringLiteral("unit")).toString() == QStringLiteral("V"));
        s[QStringLiteral("unit")] = QStringLiteral("mV");
        settings[i] = s;
        changed = true;
    }
    REQUIRE(changed);
    profile[QStringLiteral("settings")] = settings;
    return QJsonDocument(profile).toJson();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.flush();
}

QStringList filesUnder(const QString& dir, const QString& pattern)
{
    QStringList found;
    QDirIterator it(dir, {pattern}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

} // namespace

TEST_CASE("the upgrade job writes nothing when its backup does not read back as the meter was "
          "read",
          "[upgrade][backup][verify]")
{
    UpgradeFixture f;
    REQUIRE(f.startMeter(meter(QStringLiteral("7350"), QStringLiteral("SN-VERIFY"))));
    const QJsonObject before = f.dump();
    REQUIRE(!before.isEmpty());
    const auto pkg = f.package(7350, {1, 1, 0}, 6000);
    const QByteArray otherProfile = profileWithOtherUnit();
    const QString profilePath = f.dataDir + QStringLiteral("/profiles/em7300-mv.json");

    auto real = openClient(f.port);
    bool profileWritten = false;
    TemplateReadHook client(*real, [&] { profileWritten = writeFile(profilePath, otherProfile); });
    LogWatch watch;
    // Armed when the job starts its backup: the new profile lands after the backup loaded the
    // one it writes the file with, and before it reads the file back.
    watch.onStageChange = [&](UpgradeStage stage) {
        if (stage == UpgradeStage::BackingUp)
            client.arm();
    };
    const DataFolder folder(f.dataDir);
    UpgradeJob job(client, imageOf(pkg), folder, quickOptions(), makeUpgradeHooks(folder), &watch);
    const UpgradeResult r = runSteps(job);
    const QString log = readLog(f.dataDir);
    INFO(log.toStdString());
    REQUIRE(client.fired());
    REQUIRE(profileWritten);

    CHECK(r.outcome == UpgradeOutcome::BackupFailed);
    CHECK(r.backupPath.isEmpty());
    CHECK(log.contains(QStringLiteral("does not reproduce the meter (setting PT_SECONDARY)")));
    CHECK_FALSE(log.contains(QStringLiteral("Template backup saved")));
    // Nothing reached the meter: no descriptor, no BEGIN, no block, no COMMIT.
    const QJsonObject after = f.dump();
    CHECK(after.value(QStringLiteral("begin_count")).toInt(-1) == 0);
    CHECK(after.value(QStringLiteral("commit_count")).toInt(-1) == 0);
    CHECK(after.value(QStringLiteral("data_write_count")).toInt(-1) == 0);
    for (const QJsonValue v : after.value(QStringLiteral("descriptor_regs")).toArray())
        CHECK(v.toInt() == 0);
    CHECK(after == before);
    // The file is kept for a person to look at, out of every list of backups; no journal.
    const QString backups = f.dataDir + QStringLiteral("/backups");
    CHECK(filesUnder(backups, QStringLiteral("*.json.unverified")).size() == 1);
    CHECK(filesUnder(backups, QStringLiteral("*.json")).isEmpty());
    CHECK(filesUnder(f.dataDir + QStringLiteral("/journal"), QStringLiteral("*")).isEmpty());

    // The same meter and data folder once the profiles agree again: the backup reads back, and
    // the upgrade goes through (the refusal above was the backup's, nothing else).
    REQUIRE(QFile::remove(profilePath));
    auto again = openClient(f.port);
    UpgradeJob second(*again, imageOf(pkg), folder, quickOptions(), makeUpgradeHooks(folder));
    const UpgradeResult r2 = runSteps(second);
    INFO(readLog(f.dataDir).toStdString());
    CHECK(r2.outcome == UpgradeOutcome::Succeeded);
    CHECK(filesUnder(backups, QStringLiteral("*.json")).size() == 1);
    CHECK(f.dump().value(QStringLiteral("begin_count")).toInt(-1) == 1);
    CHECK(f.dump().value(QStringLiteral("installed_sha256")).toString() == sha256Hex(pkg.payload));
}

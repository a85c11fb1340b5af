// Which backup is offered for restore after an upgrade or a recovery brought a meter back at
// factory settings (backupToOffer, the one rule of the CLI and the GUI): never another meter's
// (serial number or device type), never a template a person saved, the meter's newest backup
// the tool took otherwise, and none that holds only factory settings.
#include "CatchCompat.h"
#include "FakeTemplateMeter.h"
#include "meter/MeterQueries.h"
#include "settings/DeviceProfile.h"
#include "settings/TemplateBackup.h"
#include "settings/TemplateFile.h"
#include "store/DataFolder.h"
#include "usecases/BackupOffer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace commissioner;
using commissioner::test::FakeTemplateMeter;

namespace {

const QString kSerial = QStringLiteral("SN-1");

// A meter holding site settings: PT_SECONDARY off its factory 120.
FakeTemplateMeter* atSite(FakeTemplateMeter& m)
{
    m.setReg(1002, 240);
    return &m;
}

MeterIdentity identityOf(FakeTemplateMeter& m)
{
    const auto id = readIdentity(m);
    REQUIRE(id);
    return id.value();
}

QDateTime utc(const char* stamp)
{
    return QDateTime::fromString(QLatin1String(stamp), Qt::ISODate).toUTC();
}

// A backup the tool takes (saveTemplateBackup, in backups/SERIAL@TYPE/), its time set to
// `stamp` inside the file so that which one is newest does not depend on the clock.
QString backupAt(FakeTemplateMeter& m, const DataFolder& folder, const QString& reason,
                 const char* stamp)
{
    const auto saved = saveTemplateBackup(m, identityOf(m), folder, reason);
    REQUIRE(saved);
    QFile f(saved.value());
    REQUIRE(f.open(QIODevice::ReadOnly));
    QString json = QString::fromUtf8(f.readAll());
    f.close();
    json.replace(QRegularExpression(QStringLiteral("\"saved_at\": *\"[^\"]*\"")),
                 QStringLiteral("\"saved_at\": \"%1\"").arg(QLatin1String(stamp)));
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(json.toUtf8()) > 0);
    return saved.value();
}

// A template a person saved (`template save FILE`, the Templates tab): reason "manual".
QString savedByHand(FakeTemplateMeter& m, const QString& path, const char* stamp)
{
    const auto profiles = DeviceProfiles::load();
    REQUIRE(profiles);
    const MeterIdentity id = identityOf(m);
    const DeviceProfile* profile = profiles->forDeviceType(id.deviceType);
    REQUIRE(profile);
    TemplateValues values = profile->factoryDefaults();
    values[QStringLiteral("PT_SECONDARY")] = SettingValue::integer(480);
    TemplateFile file = TemplateFile::fromMeter(id, values, QStringLiteral("manual"));
    file.savedAt = utc(stamp);
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    REQUIRE(saveTemplateFile(path, file, *profile));
    return path;
}

} // namespace

TEST_CASE("a handed backup of another meter is refused and the meter's own newest offered",
          "[usecase][backup-offer]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    FakeTemplateMeter mine(7350, kSerial);
    atSite(mine);
    const QString older = backupAt(mine, folder, kPreUpgradeReason, "2024-05-01T10:00:00Z");
    const QString newer = backupAt(mine, folder, kConfigSetReason, "2024-05-02T10:00:00Z");
    // Newer still, but of other meters: another serial number, and this one's of another type.
    FakeTemplateMeter otherSerial(7350, QStringLiteral("SN-2"));
    const QString theirs =
        backupAt(*atSite(otherSerial), folder, kPreUpgradeReason, "2024-05-03T10:00:00Z");
    FakeTemplateMeter otherType(7330, kSerial);
    const QString sameSerial =
        backupAt(*atSite(otherType), folder, kPreUpgradeReason, "2024-05-04T10:00:00Z");
    const MeterIdentity meter = identityOf(mine);

    SECTION("another serial number")
    {
        const BackupOffer offer = backupToOffer(folder, meter, theirs);
        CHECK(offer.refusedPath == theirs);
        CHECK(offer.path == newer);
        CHECK(offer.reason == kConfigSetReason);
        CHECK(offer.savedAt == utc("2024-05-02T10:00:00Z"));
    }
    SECTION("the same serial number on another device type")
    {
        const BackupOffer offer = backupToOffer(folder, meter, sameSerial);
        CHECK(offer.refusedPath == sameSerial);
        CHECK(offer.path == newer);
    }
    SECTION("its own, handed over: offered as it is, older or not")
    {
        const BackupOffer offer = backupToOffer(folder, meter, older);
        CHECK(offer.refusedPath.isEmpty());
        CHECK(offer.path == older);
        CHECK(offer.reason == kPreUpgradeReason);
    }
    SECTION("none handed over")
    {
        const BackupOffer offer = backupToOffer(folder, meter, QString());
        CHECK(offer.refusedPath.isEmpty());
        CHECK(offer.path == newer);
    }
    // The other meters get their own, never this one's.
    CHECK(backupToOffer(folder, identityOf(otherSerial), newer).path == theirs);
    CHECK(backupToOffer(folder, identityOf(otherType), QString()).path == sameSerial);
}

TEST_CASE("no backup of the meter: nothing is offered", "[usecase][backup-offer]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    FakeTemplateMeter mine(7350, kSerial);
    atSite(mine);
    BackupOffer offer = backupToOffer(folder, identityOf(mine), QString());
    CHECK(offer.path.isEmpty());
    CHECK(offer.refusedPath.isEmpty());

    // Another meter's backup, handed over or not, is not this one's.
    FakeTemplateMeter other(7350, QStringLiteral("SN-2"));
    const QString theirs =
        backupAt(*atSite(other), folder, kPreUpgradeReason, "2024-05-01T10:00:00Z");
    offer = backupToOffer(folder, identityOf(mine), theirs);
    CHECK(offer.path.isEmpty());
    CHECK(offer.refusedPath == theirs);
    CHECK(backupToOffer(folder, identityOf(mine), QString()).path.isEmpty());
}

TEST_CASE("a template a person saved is never offered", "[usecase][backup-offer]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path() + QStringLiteral("/data"));
    FakeTemplateMeter mine(7350, kSerial);
    atSite(mine);
    const MeterIdentity meter = identityOf(mine);
    // Outside the data folder's backups/, of this very meter.
    const QString manual =
        savedByHand(mine, dir.filePath(QStringLiteral("site.json")), "2024-05-03T10:00:00Z");
    REQUIRE(backupBelongsTo(manual, kSerial, 7350));

    BackupOffer offer = backupToOffer(folder, meter, manual);
    CHECK(offer.path.isEmpty());
    CHECK(offer.refusedPath.isEmpty()); // it is this meter's, only not a backup

    // With a backup the tool took: that one, older as it is.
    const QString backup = backupAt(mine, folder, kPreUpgradeReason, "2024-05-01T10:00:00Z");
    offer = backupToOffer(folder, meter, manual);
    CHECK(offer.path == backup);
    // Nor when the person saved it beside the backups, newer than they are.
    savedByHand(mine,
                folder.backupsDir(kSerial, 7350) + QStringLiteral("/20240504T100000Z-manual.json"),
                "2024-05-04T10:00:00Z");
    CHECK(backupToOffer(folder, meter, QString()).path == backup);
}

TEST_CASE("a backup that holds only factory settings is passed over", "[usecase][backup-offer]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    FakeTemplateMeter mine(7350, kSerial);
    const MeterIdentity meter = identityOf(mine);
    // A meter never set up: its backups give nothing back.
    backupAt(mine, folder, kSetupReason, "2024-05-01T10:00:00Z");
    CHECK(backupToOffer(folder, meter, QString()).path.isEmpty());

    atSite(mine);
    const QString site = backupAt(mine, folder, kPreUpgradeReason, "2024-05-02T10:00:00Z");
    // Reset by the upgrade; a restore (or a clock set) then backs up the factory settings.
    mine.resetToFactory();
    backupAt(mine, folder, kPreRestoreReason, "2024-05-03T10:00:00Z");
    backupAt(mine, folder, kPreClockReason, "2024-05-04T10:00:00Z");
    const BackupOffer offer = backupToOffer(folder, meter, QString());
    CHECK(offer.path == site);
    CHECK(offer.reason == kPreUpgradeReason);
}

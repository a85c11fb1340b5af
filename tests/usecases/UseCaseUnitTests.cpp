// The use cases against an in-memory meter written from the spec: what a meter lost since its
// backup, and the refusals of the restore and settings-edit use cases.
#include "CatchCompat.h"
#include "FakeTemplateMeter.h"
#include "meter/MeterQueries.h"
#include "settings/RawSettings.h"
#include "settings/TemplateBackup.h"
#include "settings/TemplateFile.h"
#include "settings/TemplateIo.h"
#include "store/ChangeHistory.h"
#include "usecases/SettingsEditUseCase.h"
#include "usecases/TemplateRestoreUseCase.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace commissioner;
using commissioner::test::FakeTemplateMeter;

namespace {

const DeviceProfile& em7350()
{
    static const DeviceProfiles all = DeviceProfiles::load().value();
    return *all.forDeviceType(7350);
}

CheckedTemplate readNow(FakeTemplateMeter& m)
{
    auto read = readCheckedTemplate(m, em7350());
    REQUIRE(read);
    return read.value();
}

TemplateFile backupOf(FakeTemplateMeter& m)
{
    const auto id = readIdentity(m);
    REQUIRE(id);
    return TemplateFile::fromMeter(id.value(), readNow(m), kPreUpgradeReason);
}

} // namespace

TEST_CASE("settings lost since the backup: what reads otherwise, out of its rule, or energy that "
          "went down",
          "[usecase][settings-loss]")
{
    FakeTemplateMeter m;
    m.setReg(1001, 14400); // PT_PRIMARY
    m.setReg(1103, 5000);  // KWH_DELIVERED
    const TemplateFile backup = backupOf(m);
    CHECK(settingsLostSince(readNow(m), &backup, em7350()).isEmpty());

    m.setReg(1103, 6000); // the meter counted on: not a loss
    CHECK(settingsLostSince(readNow(m), &backup, em7350()).isEmpty());

    // A power cut in UPGRADE mode: factory settings, but one register still out of range.
    m.resetToFactory();
    m.setReg(1002, 0); // PT_SECONDARY out of its rule (1-690)
    const QStringList lost = settingsLostSince(readNow(m), &backup, em7350());
    CHECK(lost.contains(QStringLiteral("PT_PRIMARY")));
    CHECK(lost.contains(QStringLiteral("PT_SECONDARY")));
    CHECK(lost.contains(QStringLiteral("KWH_DELIVERED")));
    CHECK_FALSE(lost.contains(QStringLiteral("CT_SECONDARY"))); // 5 then and now
}

TEST_CASE("without a backup, a loss is seen only when every setting reads its default",
          "[usecase][settings-loss]")
{
    FakeTemplateMeter m;
    CHECK(settingsLostSince(readNow(m), nullptr, em7350()).size() == em7350().settings().size());
    m.setReg(1001, 14400);
    CHECK(settingsLostSince(readNow(m), nullptr, em7350()).isEmpty());
}

TEST_CASE("the restore use case writes nothing to another meter than the one bound, nor when "
          "the person says no",
          "[usecase][restore]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    FakeTemplateMeter m(7350, QStringLiteral("SN-B"));
    const QString path = dir.filePath(QStringLiteral("site.json"));
    {
        FakeTemplateMeter source(7350, QStringLiteral("SN-B"));
        source.setReg(1001, 14400);
        TemplateFile file = backupOf(source);
        file.reason = QStringLiteral("manual");
        REQUIRE(saveTemplateFile(path, file, em7350()));
    }
    TemplateRestoreRequest request;
    request.path = path;
    request.meter = MeterBinding{QStringLiteral("SN-A"), 7350};
    bool asked = false;
    const auto yes = [&](const TemplateRestoreQuestion&) { return asked = true; };
    const auto wrong = runTemplateRestore(m, folder, request, yes);
    CHECK(wrong.status == TemplateRestoreStatus::Refused);
    REQUIRE(wrong.error);
    CHECK(wrong.error->kind == TemplateErrorKind::WrongMeter);
    CHECK_FALSE(asked);
    CHECK(m.writes == 0);

    request.meter = MeterBinding{QStringLiteral("SN-B"), 7350};
    const auto declined =
        runTemplateRestore(m, folder, request, [](const TemplateRestoreQuestion& q) {
            CHECK(q.changes == 1);
            return false;
        });
    CHECK(declined.status == TemplateRestoreStatus::Declined);
    CHECK(m.writes == 0);
    CHECK(listBackups(folder).isEmpty());

    const auto done = runTemplateRestore(m, folder, request, yes);
    CHECK(done.status == TemplateRestoreStatus::Restored);
    CHECK(m.reg(1001) == 14400);
    CHECK(QFileInfo::exists(done.backupPath));
}

TEST_CASE("the settings-edit use case: bound to its meter, a backup before the first write, "
          "each change recorded",
          "[usecase][settings]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    FakeTemplateMeter m(7350, QStringLiteral("SN-B"));
    SettingsEditRequest request;
    request.assignments = {{QStringLiteral("PT_PRIMARY"), QStringLiteral("14400")},
                           {QStringLiteral("KWH_DELIVERED"), QStringLiteral("48213500")}};
    request.backupReason = kConfigSetReason;
    request.tool = QStringLiteral("test");
    request.meter = MeterBinding{QStringLiteral("SN-A"), 7350};
    const auto accept = [](const SettingsEditQuestion&) { return true; };
    const auto wrong = runSettingsEdit(m, folder, request, accept);
    CHECK(wrong.status == SettingsEditStatus::Refused);
    REQUIRE(wrong.error);
    CHECK(wrong.error->kind == TemplateErrorKind::WrongMeter);
    CHECK(m.writes == 0);

    request.meter = MeterBinding{QStringLiteral("SN-B"), 7350};
    const auto declined = runSettingsEdit(m, folder, request, [](const SettingsEditQuestion& q) {
        CHECK(q.changed ==
              QStringList{QStringLiteral("PT_PRIMARY"), QStringLiteral("KWH_DELIVERED")});
        CHECK(q.energyChanged == QStringList{QStringLiteral("KWH_DELIVERED")});
        return false;
    });
    CHECK(declined.status == SettingsEditStatus::Declined);
    CHECK(m.writes == 0);
    CHECK(listBackups(folder).isEmpty());

    request.assignments.append({QStringLiteral("VOLTS_MODE"), QStringLiteral("nonsense")});
    const auto rejected = runSettingsEdit(m, folder, request, accept);
    CHECK(rejected.status == SettingsEditStatus::Rejected);
    CHECK(rejected.inputErrors.size() == 1);
    CHECK(m.writes == 0);
    request.assignments.removeLast();

    const auto written = runSettingsEdit(m, folder, request, accept);
    CHECK(written.status == SettingsEditStatus::Written);
    CHECK(written.report.allVerified());
    CHECK(m.reg(1001) == 14400);
    REQUIRE(listBackups(folder, QStringLiteral("SN-B")).size() == 1);
    const auto backup = loadTemplateFile(written.backupPath, DeviceProfiles::load().value());
    REQUIRE(backup);
    CHECK(backup->settings.value(QStringLiteral("PT_PRIMARY")) == SettingValue::integer(120));
    const auto history = ChangeHistory::read(folder, QStringLiteral("SN-B"), 7350);
    REQUIRE(history.size() == 2);
    CHECK(history[0].setting == QStringLiteral("PT_PRIMARY"));
    CHECK(history[1].setting == QStringLiteral("KWH_DELIVERED"));
}

// The template save and compare use cases against an in-memory meter: a saved file loads back
// with the meter's identity and values, a comparison names exactly the setting that differs,
// and the refusals (UPGRADE mode, an unknown device type, a file that cannot be read).
#include "CatchCompat.h"
#include "FakeTemplateMeter.h"
#include "settings/TemplateFile.h"
#include "usecases/TemplateCompareUseCase.h"
#include "usecases/TemplateSaveUseCase.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace commissioner;
using commissioner::test::FakeTemplateMeter;

namespace {

const QString kSerial = QStringLiteral("SN-SAVE-1");

TemplateFile loadBack(const DataFolder& folder, const QString& path)
{
    const auto profiles = DeviceProfiles::load(folder);
    REQUIRE(profiles);
    const auto file = loadTemplateFile(path, profiles.value());
    REQUIRE(file);
    return file.value();
}

QStringList changedSettings(const QVector<DiffRow>& rows)
{
    QStringList names;
    for (const DiffRow& r : rows)
        if (r.changed)
            names << r.setting;
    return names;
}

} // namespace

TEST_CASE("template save writes a file that loads back with the meter's serial, type and values",
          "[usecase][template-save]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    FakeTemplateMeter m(7350, kSerial);
    m.setReg(1001, 14400); // PT_PRIMARY
    TemplateSaveRequest request;
    request.path = dir.filePath(QStringLiteral("site.json"));
    const auto saved = runTemplateSave(m, folder, request);
    REQUIRE(saved);
    CHECK(saved->path == request.path);
    CHECK(saved->meter.serialNumber == kSerial);
    CHECK_FALSE(saved->factoryDefault);
    CHECK(m.writes == 0); // saving writes nothing to the meter

    const TemplateFile file = loadBack(folder, request.path);
    CHECK(file.serialNumber == kSerial);
    CHECK(file.deviceType == 7350);
    CHECK(file.reason == QStringLiteral("manual"));
    CHECK(file.settings.value(QStringLiteral("PT_PRIMARY")) == SettingValue::integer(14400));
    CHECK(file.invalid.isEmpty());

    FakeTemplateMeter factory(7350, kSerial);
    const auto fresh = runTemplateSave(factory, folder, request);
    REQUIRE(fresh);
    CHECK(fresh->factoryDefault);
}

TEST_CASE("template compare of a file with one changed setting names exactly that setting",
          "[usecase][template-compare]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    FakeTemplateMeter m(7350, kSerial);
    m.setReg(1001, 14400);
    const QString path = dir.filePath(QStringLiteral("site.json"));
    REQUIRE(runTemplateSave(m, folder, {path, QStringLiteral("manual")}));

    const auto same = runTemplateCompare(m, folder, {path});
    REQUIRE(same);
    CHECK(changedSettings(same->rows).isEmpty());
    REQUIRE(same->meter);
    CHECK(same->meter->serialNumber == kSerial);

    TemplateFile edited = loadBack(folder, path);
    edited.settings.insert(QStringLiteral("PT_PRIMARY"), SettingValue::integer(13200));
    const QString editedPath = dir.filePath(QStringLiteral("edited.json"));
    REQUIRE(
        saveTemplateFile(editedPath, edited, *DeviceProfiles::load().value().forDeviceType(7350)));
    const auto differs = runTemplateCompare(m, folder, {editedPath});
    REQUIRE(differs);
    CHECK(changedSettings(differs->rows) == QStringList{QStringLiteral("PT_PRIMARY")});
    CHECK(differs->left.path == editedPath);

    // Two files, no meter: the same one setting.
    const auto left = loadCompareFile(folder, path);
    const auto right = loadCompareFile(folder, editedPath);
    REQUIRE(left);
    REQUIRE(right);
    CHECK(changedSettings(compareFiles(left.value(), right.value()).rows) ==
          QStringList{QStringLiteral("PT_PRIMARY")});
    CHECK(m.writes == 0);
}

TEST_CASE("template save and compare refuse a meter in UPGRADE mode or of an unknown device type",
          "[usecase][template-save][template-compare]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    const QString path = dir.filePath(QStringLiteral("site.json"));
    {
        FakeTemplateMeter source(7350, kSerial);
        REQUIRE(runTemplateSave(source, folder, {path, QStringLiteral("manual")}));
    }
    const QString notSaved = dir.filePath(QStringLiteral("not-saved.json"));

    FakeTemplateMeter upgrading(7350, kSerial);
    upgrading.setMode(1); // UPGRADE
    const auto save = runTemplateSave(upgrading, folder, {notSaved, QStringLiteral("manual")});
    REQUIRE_FALSE(save);
    CHECK(save.error().step == TemplateStep::CheckMode);
    CHECK(save.error().error.kind == TemplateErrorKind::MeterNotNormal);
    CHECK(save.error().error.value == QStringLiteral("UPGRADE"));
    const auto compare = runTemplateCompare(upgrading, folder, {path});
    REQUIRE_FALSE(compare);
    CHECK(compare.error().error.kind == TemplateErrorKind::MeterNotNormal);

    FakeTemplateMeter unknown(4242, kSerial);
    const auto saveUnknown = runTemplateSave(unknown, folder, {notSaved, QStringLiteral("manual")});
    REQUIRE_FALSE(saveUnknown);
    CHECK(saveUnknown.error().step == TemplateStep::FindProfile);
    CHECK(saveUnknown.error().error.kind == TemplateErrorKind::UnknownDeviceType);
    CHECK(saveUnknown.error().error.value == QStringLiteral("4242"));
    REQUIRE(saveUnknown.error().meter);
    CHECK(saveUnknown.error().meter->deviceType == 4242);
    const auto compareUnknown = runTemplateCompare(unknown, folder, {path});
    REQUIRE_FALSE(compareUnknown);
    CHECK(compareUnknown.error().error.kind == TemplateErrorKind::UnknownDeviceType);

    CHECK_FALSE(QFileInfo::exists(notSaved));
    CHECK(upgrading.writes == 0);
    CHECK(unknown.writes == 0);
}

TEST_CASE("a template file that cannot be read or written is named, before the meter is asked",
          "[usecase][template-save][template-compare]")
{
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    FakeTemplateMeter m(7350, kSerial);
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    const auto compare = runTemplateCompare(m, folder, {missing});
    REQUIRE_FALSE(compare);
    CHECK(compare.error().step == TemplateStep::LoadFile);
    CHECK(compare.error().error.kind == TemplateErrorKind::FileUnreadable);
    CHECK(compare.error().error.path == missing);
    CHECK(m.reads == 0);

    // A plain file where the folder should be: no folder can be made there.
    QFile plain(dir.filePath(QStringLiteral("plain")));
    REQUIRE(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QString nowhere = dir.filePath(QStringLiteral("plain/site.json"));
    const auto save = runTemplateSave(m, folder, {nowhere, QStringLiteral("manual")});
    REQUIRE_FALSE(save);
    CHECK(save.error().step == TemplateStep::WriteFile);
    CHECK(save.error().error.kind == TemplateErrorKind::FileNotWritten);
    CHECK(save.error().error.path == nowhere);
}

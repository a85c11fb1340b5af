// Unit tests of the device profile cache (core/settings/ProfileCache): DeviceProfiles::load
// parses each profile once, yet a change to a data folder's profile files is seen by the
// next load, and a broken file gives the same error on every call.
#include "CatchCompat.h"
#include "settings/DeviceProfile.h"
#include "settings/TemplateError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>
#include <thread>
#include <vector>

using namespace commissioner;

namespace {

// Everything a load gives, as text, so two loads can be compared whole.
QStringList summary(const Result<DeviceProfiles, TemplateError>& loaded)
{
    if (!loaded)
        return {QStringLiteral("error: ") + describe(loaded.error()), loaded.error().path,
                loaded.error().setting, loaded.error().detail};
    QStringList out;
    for (const DeviceProfile& p : loaded->all()) {
        out << p.origin() + QLatin1Char('|') + p.family();
        for (const DeviceTypeInfo& t : p.deviceTypes())
            out << QStringLiteral("type %1 %2").arg(t.deviceType).arg(t.model);
        for (const SettingGroup& g : p.groups())
            out << QStringLiteral("group %1 %2").arg(g.id, g.name);
        for (const SettingDef& d : p.settings())
            out << QStringLiteral("setting %1 %2 %3 %4 %5")
                       .arg(d.name)
                       .arg(d.address)
                       .arg(d.registers)
                       .arg(d.ruleText())
                       .arg(d.factoryDefault.toString());
    }
    return out;
}

QByteArray shippedProfile()
{
    QFile in(QStringLiteral(":/profiles/em7300.json"));
    REQUIRE(in.open(QIODevice::ReadOnly));
    return in.readAll();
}

// The shipped profile, for device type 7390 with the given model name (six characters, so
// the file keeps its size whatever the model).
QByteArray profileFor7390(const char* model)
{
    QByteArray json = shippedProfile();
    const QByteArray from = "\"device_type\": 7350, \"model\": \"EM7350\"";
    REQUIRE(json.contains(from));
    json.replace(from, "\"device_type\": 7390, \"model\": \"" + QByteArray(model) + "\"");
    return json;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(out.write(bytes) == bytes.size());
    out.close();
}

// Sets a file's modification time later than it is, as a later edit would.
void touchLater(const QString& path, int seconds)
{
    const QDateTime later = QFileInfo(path).lastModified().addSecs(seconds);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.setFileTime(later, QFileDevice::FileModificationTime));
    f.close();
    CHECK(QFileInfo(path).lastModified() == later);
}

QString modelOf7390(const Result<DeviceProfiles, TemplateError>& loaded)
{
    REQUIRE(loaded);
    const DeviceProfile* p = loaded->forDeviceType(7390);
    return p ? p->modelFor(7390) : QString();
}

} // namespace

TEST_CASE("two loads give equal results", "[profile][cache]")
{
    const auto first = DeviceProfiles::load();
    REQUIRE(first);
    CHECK(first->forDeviceType(7350));
    CHECK(summary(DeviceProfiles::load()) == summary(first));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("em7390.json")), profileFor7390("EM7390"));
    const auto withFolder = DeviceProfiles::load(dir.path());
    REQUIRE(withFolder);
    CHECK(summary(DeviceProfiles::load(dir.path())) == summary(withFolder));
    CHECK(summary(withFolder) != summary(first));
    // The compiled-in profiles alone are still what they were.
    CHECK(summary(DeviceProfiles::load()) == summary(first));
}

TEST_CASE("loads from several threads at once agree", "[profile][cache]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("em7390.json")), profileFor7390("EM7390"));
    const QStringList expected = summary(DeviceProfiles::load(dir.path()));
    std::vector<int> same(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 25; ++i)
                same[t] += summary(DeviceProfiles::load(dir.path())) == expected ? 1 : 0;
        });
    for (std::thread& t : threads)
        t.join();
    for (int count : same)
        CHECK(count == 25);
}

TEST_CASE("a profile file added to a data folder is seen by the next load", "[profile][cache]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto before = DeviceProfiles::load(dir.path());
    REQUIRE(before);
    CHECK_FALSE(before->forDeviceType(7390));

    writeFile(dir.filePath(QStringLiteral("em7390.json")), profileFor7390("EM7390"));
    CHECK(modelOf7390(DeviceProfiles::load(dir.path())) == QLatin1String("EM7390"));

    SECTION("and a file removed is gone from the next load")
    {
        REQUIRE(QFile::remove(dir.filePath(QStringLiteral("em7390.json"))));
        const auto after = DeviceProfiles::load(dir.path());
        REQUIRE(after);
        CHECK_FALSE(after->forDeviceType(7390));
    }
}

TEST_CASE("a profile file changed is seen by the next load", "[profile][cache]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("em7390.json"));
    writeFile(path, profileFor7390("EM7390"));
    CHECK(modelOf7390(DeviceProfiles::load(dir.path())) == QLatin1String("EM7390"));

    // The same size: only the modification time tells the change.
    const QByteArray changed = profileFor7390("XY7390");
    REQUIRE(changed.size() == QFileInfo(path).size());
    writeFile(path, changed);
    touchLater(path, 10);
    CHECK(modelOf7390(DeviceProfiles::load(dir.path())) == QLatin1String("XY7390"));

    // Another size.
    writeFile(path, profileFor7390("EM7390") + "\n\n");
    touchLater(path, 20);
    CHECK(modelOf7390(DeviceProfiles::load(dir.path())) == QLatin1String("EM7390"));
}

TEST_CASE("a broken profile file gives the same error on every load", "[profile][cache]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("zz-bad.json"));
    QByteArray bad = profileFor7390("EM7390");
    REQUIRE(bad.contains("\"min\": -720"));
    bad.replace("\"min\": -720", "\"min\": \"low\"");
    writeFile(path, bad);

    const auto first = DeviceProfiles::load(dir.path());
    REQUIRE_FALSE(first.ok());
    CHECK(first.error().kind == TemplateErrorKind::ProfileInvalid);
    CHECK(first.error().path == path);
    CHECK(first.error().setting == QLatin1String("TZ_OFFSET"));
    CHECK(summary(DeviceProfiles::load(dir.path())) == summary(first));

    // Once mended, the next load has it.
    writeFile(path, profileFor7390("EM7390"));
    touchLater(path, 10);
    CHECK(modelOf7390(DeviceProfiles::load(dir.path())) == QLatin1String("EM7390"));
}

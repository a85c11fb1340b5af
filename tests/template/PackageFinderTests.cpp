// The package for a meter's pending image is the one that fits the meter: one payload
// packaged for two device types (and hardware ranges) is told apart, and a meter that none
// fits is told which packages held its image and why they do not fit.
#include "CatchCompat.h"
#include "TestPackages.h"
#include "package/PackageFinder.h"
#include "store/DataFolder.h"
#include "upgrade/UpgradeJournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>

using namespace commissioner;

namespace {

MeterIdentity meter(int type, int hw, const QString& serial = QStringLiteral("SN-PF"))
{
    MeterIdentity m;
    m.deviceType = type;
    m.hwRevision = hw;
    m.serialNumber = serial;
    return m;
}

} // namespace

TEST_CASE("the package found for a pending image is the one for this meter's type and hardware",
          "[package][finder]")
{
    QTemporaryDir dir;
    const QString packages = dir.filePath(QStringLiteral("usb"));
    REQUIRE(QDir().mkpath(packages));
    // One payload (same size and seed), packaged for 7330 (hardware 1-4) and 7350 (2-9).
    const auto for7330 = testsupport::makePackage(packages, 7330, 1, 4, {2, 1, 0}, 5000, 42);
    const auto for7350 = testsupport::makePackage(packages, 7350, 2, 9, {2, 1, 0}, 5000, 42);
    REQUIRE(for7330.payload == for7350.payload);
    const QByteArray sha = QCryptographicHash::hash(for7330.payload, QCryptographicHash::Sha256);
    const DataFolder folder(dir.filePath(QStringLiteral("data")));

    const PackageSearch a = findPackageForMeter(folder, meter(7350, 3), sha, {packages});
    REQUIRE(a.found);
    CHECK(a.found->path == QFileInfo(for7350.path).absoluteFilePath());
    CHECK(a.found->origin == packages);
    CHECK(a.unfit.size() == 1); // the 7330 one, met first by name

    const PackageSearch b = findPackageForMeter(folder, meter(7330, 1), sha, {packages});
    REQUIRE(b.found);
    CHECK(b.found->path == QFileInfo(for7330.path).absoluteFilePath());

    // A 7350 on hardware 1: neither fits, and both are named with their type and range.
    const PackageSearch none = findPackageForMeter(folder, meter(7350, 1), sha, {packages});
    CHECK_FALSE(none.found);
    REQUIRE(none.unfit.size() == 2);
    CHECK(none.unfit[0].deviceType == 7330);
    CHECK(none.unfit[1].deviceType == 7350);
    CHECK(none.unfit[1].hwMin == 2);
    CHECK(none.unfit[1].hwMax == 9);

    // The journal's copy is used only when it fits too.
    UpgradeJournal j;
    j.serialNumber = QStringLiteral("SN-PF");
    j.deviceType = 7350;
    j.payloadSha256 = sha;
    j.packageCopyPath = for7330.path; // (a wrong copy, say)
    REQUIRE(j.save(folder));
    const PackageSearch c = findPackageForMeter(folder, meter(7350, 3), sha, {packages});
    REQUIRE(c.found);
    CHECK(c.found->path == QFileInfo(for7350.path).absoluteFilePath());
    j.packageCopyPath = for7350.path;
    REQUIRE(j.save(folder));
    const PackageSearch d = findPackageForMeter(folder, meter(7350, 3), sha, {packages});
    REQUIRE(d.found);
    CHECK(d.found->origin == QLatin1String("journal"));
    // Another image: nothing.
    CHECK_FALSE(
        findPackageForMeter(folder, meter(7350, 3), QByteArray(32, '\x01'), {packages}).found);
}

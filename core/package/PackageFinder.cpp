#include "package/PackageFinder.h"

#include "package/Package.h"
#include "upgrade/UpgradeJournal.h"

#include <QDir>
#include <QFileInfo>

namespace commissioner {

namespace {

bool fits(const Package& p, const MeterIdentity& meter)
{
    return (meter.deviceType == 0 || p.deviceType() == meter.deviceType) &&
           (meter.hwRevision == 0 ||
            (meter.hwRevision >= p.hwMin() && meter.hwRevision <= p.hwMax()));
}

// Whether path holds the image, and for which meters; false when it holds another image or
// is no valid package.
bool consider(const QString& path, const QByteArray& sha, const MeterIdentity& meter,
              PackageSearch* search, const QString& origin)
{
    const auto p = Package::readFile(path);
    if (!p || p.value().payloadSha256() != sha)
        return false;
    if (!fits(p.value(), meter)) {
        for (const UnfitPackage& u : search->unfit)
            if (u.path == path)
                return false;
        search->unfit.append(
            UnfitPackage{path, p.value().deviceType(), p.value().hwMin(), p.value().hwMax()});
        return false;
    }
    search->found = FoundPackage{path, origin};
    return true;
}

} // namespace

PackageSearch findPackageForMeter(const DataFolder& folder, const MeterIdentity& meter,
                                  const QByteArray& imageSha256, const QStringList& extraDirs)
{
    PackageSearch search;
    if (imageSha256.size() != 32 || imageSha256 == QByteArray(32, '\0'))
        return search;
    const auto j = UpgradeJournal::load(folder, meter.serialNumber, meter.deviceType);
    if (j && j->payloadSha256 == imageSha256) {
        for (const QString& candidate : {j->packageCopyPath, j->packageOriginalPath})
            if (!candidate.isEmpty() &&
                consider(candidate, imageSha256, meter, &search, QStringLiteral("journal")))
                return search;
    }
    QStringList dirs{folder.packagesDir()};
    dirs += extraDirs;
    for (const QString& dir : dirs) {
        const QFileInfoList files = QDir(dir).entryInfoList(
            {QStringLiteral("*.upg"), QStringLiteral("*.UPG")}, QDir::Files, QDir::Name);
        const QString origin = dir == folder.packagesDir() ? QStringLiteral("data folder") : dir;
        for (const QFileInfo& f : files)
            if (consider(f.absoluteFilePath(), imageSha256, meter, &search, origin))
                return search;
    }
    return search;
}

} // namespace commissioner

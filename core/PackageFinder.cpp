#include "PackageFinder.h"

#include "Package.h"
#include "UpgradeJournal.h"

#include <QDir>
#include <QFileInfo>
#include <optional>

namespace commissioner {

namespace {
bool holdsImage(const QString& path, const QByteArray& sha)
{
    const auto p = Package::readFile(path);
    return p && p.value().payloadSha256() == sha;
}
} // namespace

std::optional<FoundPackage> findPackageForImage(const DataFolder& folder, const QString& serial,
                                                const QByteArray& imageSha256,
                                                const QStringList& extraDirs)
{
    if (imageSha256.size() != 32 || imageSha256 == QByteArray(32, '\0'))
        return std::nullopt;
    if (const auto j = UpgradeJournal::load(folder, serial); j && j->payloadSha256 == imageSha256) {
        for (const QString& candidate : {j->packageCopyPath, j->packageOriginalPath})
            if (!candidate.isEmpty() && holdsImage(candidate, imageSha256))
                return FoundPackage{candidate, QStringLiteral("journal")};
    }
    QStringList dirs{folder.packagesDir()};
    dirs += extraDirs;
    for (const QString& dir : dirs) {
        const QFileInfoList files = QDir(dir).entryInfoList(
            {QStringLiteral("*.upg"), QStringLiteral("*.UPG")}, QDir::Files, QDir::Name);
        for (const QFileInfo& f : files)
            if (holdsImage(f.absoluteFilePath(), imageSha256))
                return FoundPackage{f.absoluteFilePath(), dir == folder.packagesDir()
                                                              ? QStringLiteral("data folder")
                                                              : dir};
    }
    return std::nullopt;
}

} // namespace commissioner

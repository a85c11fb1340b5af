#include "settings/ProfileCache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QVector>
#include <optional>

namespace commissioner {

namespace {

// One profile file as the file system describes it, without reading it.
struct FileStamp
{
    QString name;
    qint64 size = 0;
    qint64 modifiedMs = 0; // since 1970
    int permissions = 0;

    bool operator==(const FileStamp& o) const
    {
        return name == o.name && size == o.size && modifiedMs == o.modifiedMs &&
               permissions == o.permissions;
    }
};

// What a folder's profiles were parsed from: any difference means parsing them again.
struct FolderStamp
{
    QString absolutePath; // a relative folder name names another folder after a cd
    QVector<FileStamp> files;

    bool operator==(const FolderStamp& o) const
    {
        return absolutePath == o.absolutePath && files == o.files;
    }
};

// The same files, in the same order, as loadFolder reads.
FolderStamp stampOf(const QString& folder)
{
    const QDir dir(folder);
    FolderStamp stamp;
    stamp.absolutePath = dir.absolutePath();
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo& f : files)
        stamp.files.append(
            {f.fileName(), f.size(), f.lastModified().toMSecsSinceEpoch(), int(f.permissions())});
    return stamp;
}

Result<Ok, TemplateError> loadFolder(DeviceProfiles& into, const QString& folder)
{
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return TemplateError::unreadable(path, f.errorString());
        auto profile = DeviceProfile::fromJson(f.readAll(), path);
        if (!profile)
            return profile.error();
        into.add(profile.value());
    }
    return Ok{};
}

struct FolderEntry
{
    FolderStamp stamp;
    DeviceProfiles profiles; // compiled-in plus the folder's
};

// A person has one data folder, tests a few temporary ones: past this many, start over.
constexpr int kMaxFolders = 16;

struct Cache
{
    QMutex mutex; // guards the rest; held while parsing, so two threads never parse twice
    std::optional<DeviceProfiles> builtIn;
    QHash<QString, FolderEntry> folders; // by the folder name as the caller gives it
};

Cache& cache()
{
    static Cache c;
    return c;
}

} // namespace

Result<DeviceProfiles, TemplateError> ProfileCache::load(const QString& userFolder)
{
    Cache& c = cache();
    const QMutexLocker lock(&c.mutex);
    if (!c.builtIn) {
        DeviceProfiles all;
        if (auto r = loadFolder(all, QStringLiteral(":/profiles")); !r)
            return r.error();
        c.builtIn = all;
    }
    if (userFolder.isEmpty() || !QDir(userFolder).exists())
        return *c.builtIn;

    // Keyed by the name as given: profiles' origins (and errors' paths) are spelt with it.
    const FolderStamp stamp = stampOf(userFolder);
    const auto hit = c.folders.constFind(userFolder);
    if (hit != c.folders.cend() && hit->stamp == stamp)
        return hit->profiles;
    DeviceProfiles all = *c.builtIn;
    if (auto r = loadFolder(all, userFolder); !r) {
        c.folders.remove(userFolder);
        return r.error();
    }
    if (c.folders.size() >= kMaxFolders)
        c.folders.clear();
    c.folders.insert(userFolder, FolderEntry{stamp, all});
    return all;
}

} // namespace commissioner

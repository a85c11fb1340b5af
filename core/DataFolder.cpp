#include "DataFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace commissioner {

DataFolder::DataFolder(QString root) : m_root(std::move(root)) {}

static QString ensured(const QString& path)
{
    QDir().mkpath(path);
    return path;
}

QString DataFolder::packagesDir() const
{
    return ensured(m_root + QStringLiteral("/packages"));
}
QString DataFolder::backupsRoot() const
{
    return ensured(m_root + QStringLiteral("/backups"));
}
QString DataFolder::backupsDir(const QString& serial) const
{
    return ensured(backupsRoot() + QLatin1Char('/') + safeName(serial));
}
QString DataFolder::journalDir() const
{
    return ensured(m_root + QStringLiteral("/journal"));
}
QString DataFolder::logsDir() const
{
    return ensured(m_root + QStringLiteral("/logs"));
}
QString DataFolder::journalPath(const QString& serial) const
{
    return journalDir() + QLatin1Char('/') + safeName(serial) + QStringLiteral(".json");
}
QString DataFolder::upgradeLogPath() const
{
    return logsDir() + QStringLiteral("/Upgrade.log");
}
QString DataFolder::upgradeJsonLogPath() const
{
    return logsDir() + QStringLiteral("/upgrade.jsonl");
}

QString DataFolder::safeName(const QString& serial)
{
    QString s;
    for (const QChar c : serial) {
        const bool safe = c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ||
                          c == QLatin1Char('.');
        s.append(safe && c.unicode() < 128 ? c : QLatin1Char('_'));
    }
    if (s.isEmpty() || s.startsWith(QLatin1Char('.')))
        s.prepend(QStringLiteral("meter"));
    return s;
}

static void syncDirectory(const QString& dir)
{
#ifndef Q_OS_WIN
    // The rename is durable only once the folder's entry is.
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

bool writeFileDurably(const QString& path, const QByteArray& contents, QString* errorText)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorText)
            *errorText = file.errorString();
        return false;
    }
    if (file.write(contents) != contents.size() || !file.flush()) {
        if (errorText)
            *errorText = file.errorString();
        file.cancelWriting();
        return false;
    }
#ifdef Q_OS_WIN
    ::FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(file.handle())));
#else
    ::fsync(file.handle());
#endif
    if (!file.commit()) {
        if (errorText)
            *errorText = file.errorString();
        return false;
    }
    syncDirectory(QFileInfo(path).absolutePath());
    return true;
}

} // namespace commissioner

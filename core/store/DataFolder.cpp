#include "store/DataFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

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
QString DataFolder::backupsDir(const QString& serial, int deviceType) const
{
    return ensured(backupsRoot() + QLatin1Char('/') + meterKey(serial, deviceType));
}
QString DataFolder::journalDir() const
{
    return ensured(m_root + QStringLiteral("/journal"));
}
QString DataFolder::logsDir() const
{
    return ensured(m_root + QStringLiteral("/logs"));
}
QString DataFolder::journalPath(const QString& serial, int deviceType) const
{
    return journalDir() + QLatin1Char('/') + meterKey(serial, deviceType) + QStringLiteral(".json");
}
QString DataFolder::upgradeLogPath() const
{
    return logsDir() + QStringLiteral("/Upgrade.log");
}
QString DataFolder::upgradeJsonLogPath() const
{
    return logsDir() + QStringLiteral("/upgrade.jsonl");
}

QString DataFolder::unkeyedJournalPath(const QString& serial) const
{
    return m_root + QStringLiteral("/journal/") + safeName(serial) + QStringLiteral(".json");
}

QString DataFolder::unkeyedBackupsDir(const QString& serial) const
{
    return m_root + QStringLiteral("/backups/") + safeName(serial);
}

QStringList DataFolder::backupDirsOf(const QString& serial, int deviceType) const
{
    const QDir root(m_root + QStringLiteral("/backups"));
    QStringList out;
    const QString prefix = safeName(serial) + QLatin1Char('@');
    for (const QString& d : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (deviceType == 0 ? d.startsWith(prefix) : d == meterKey(serial, deviceType))
            out << d;
    for (const QString& old : {safeName(serial), legacySafeName(serial)})
        if (!out.contains(old) && root.exists(old))
            out << old;
    return out;
}

QString DataFolder::meterKey(const QString& serial, int deviceType)
{
    return safeName(serial) + QLatin1Char('@') + QString::number(deviceType);
}

QString DataFolder::legacyJournalPath(const QString& serial) const
{
    return m_root + QStringLiteral("/journal/") + legacySafeName(serial) + QStringLiteral(".json");
}

QString DataFolder::legacyBackupsDir(const QString& serial) const
{
    return m_root + QStringLiteral("/backups/") + legacySafeName(serial);
}

namespace {

bool keptAsIs(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' ||
           c == u'.';
}

// Names Windows gives to devices, in any case and with any extension ("nul.json" too).
bool reservedOnWindows(const QString& name)
{
    const QString stem = name.section(QLatin1Char('.'), 0, 0).toUpper();
    static const QStringList devices{QStringLiteral("CON"),    QStringLiteral("PRN"),
                                     QStringLiteral("AUX"),    QStringLiteral("NUL"),
                                     QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
    if (devices.contains(stem))
        return true;
    return stem.size() == 4 &&
           (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT"))) &&
           stem.at(3) >= QLatin1Char('0') && stem.at(3) <= QLatin1Char('9');
}

QString percentEncoded(const QString& text)
{
    QString out;
    for (const char c : text.toUtf8())
        out += QStringLiteral("%%1").arg(uint(quint8(c)), 2, 16, QLatin1Char('0')).toUpper();
    return out;
}

} // namespace

QString DataFolder::safeName(const QString& serial)
{
    if (serial.isEmpty())
        return QStringLiteral("(none)");
    QString s;
    for (int i = 0; i < serial.size(); ++i) {
        const QChar c = serial.at(i);
        // Windows drops a trailing dot; a leading one hides the file on Linux ("." and "..").
        const bool edgeDot = c == QLatin1Char('.') && (i == 0 || i == serial.size() - 1);
        if (keptAsIs(c.unicode()) && !edgeDot) {
            s += c;
        } else if (c.isHighSurrogate() && i + 1 < serial.size()) {
            s += percentEncoded(serial.mid(i, 2));
            ++i;
        } else {
            s += percentEncoded(QString(c));
        }
    }
    if (reservedOnWindows(s))
        s = percentEncoded(s.left(1)) + s.mid(1);
    return s;
}

QString DataFolder::legacySafeName(const QString& serial)
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

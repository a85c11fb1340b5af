#pragma once

#include <QByteArray>
#include <QString>

namespace commissioner {

// Where state lives (architecture.md): packages/, backups/SERIAL/, journal/, logs/ under
// the data folder given by --data-dir, the settings, or the platform's app data folder.
class DataFolder
{
public:
    explicit DataFolder(QString root);

    QString root() const { return m_root; }
    QString packagesDir() const;                     // copies of packages, by SHA-256
    QString backupsDir(const QString& serial) const; // template backups of one meter
    QString backupsRoot() const;
    QString journalDir() const;
    QString logsDir() const;
    QString journalPath(const QString& serial) const; // journal/SERIAL.json
    QString upgradeLogPath() const;                   // logs/Upgrade.log
    QString upgradeJsonLogPath() const;               // logs/upgrade.jsonl

    // Where an earlier version kept a meter's journal and backups (legacySafeName); the
    // same as the current paths when the names agree. Nothing is created. Files found
    // there belong to this meter only if the serial number inside them says so: the old
    // names folded several serial numbers onto one ("a/b" and "a_b").
    QString legacyJournalPath(const QString& serial) const;
    QString legacyBackupsDir(const QString& serial) const;

    // The file name for a meter's serial number: one name per serial number, safe on Linux
    // and Windows alike. Every character that is not an ASCII upper-case letter, digit, '-',
    // '_' or an inner '.' is percent-encoded (UTF-8, upper-case hex: "a/b" -> "%61%2F%62"),
    // so the name has no lower-case letter and two serial numbers that differ only in case
    // still get two names on a case-insensitive file system (NTFS); a name Windows reserves
    // (CON, NUL, COM1...) gets its first letter encoded. "PC-0209A001-11" stays as it is. An
    // empty serial number is "(none)", which no serial number encodes to. Reversible with
    // QUrl::fromPercentEncoding.
    static QString safeName(const QString& serial);
    // The lossy name earlier versions used ('_' for anything unsafe), for finding old files.
    static QString legacySafeName(const QString& serial);

private:
    QString m_root;
};

// Writes a whole file so that it is on disk when this returns true: a temporary file,
// flushed and fsynced, then renamed over the target. A crash leaves the old file or the
// new one, never half of one.
bool writeFileDurably(const QString& path, const QByteArray& contents,
                      QString* errorText = nullptr);

} // namespace commissioner

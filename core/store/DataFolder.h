#pragma once

#include <QByteArray>
#include <QString>

namespace commissioner {

// Where state lives (architecture.md): packages/, backups/METER/, journal/METER.json, logs/
// under the data folder given by --data-dir, the settings, or the platform's app data folder.
// METER is meterKey(serial, device type): two meters of different types that carry the same
// serial number never share a backup, a journal or a history.
class DataFolder
{
public:
    explicit DataFolder(QString root);

    QString root() const { return m_root; }
    QString packagesDir() const; // copies of packages, by SHA-256
    // Template backups and history of one meter: backups/<meterKey(serial, deviceType)>.
    QString backupsDir(const QString& serial, int deviceType) const;
    QString backupsRoot() const;
    QString journalDir() const;
    QString logsDir() const;
    QString journalPath(const QString& serial, int deviceType) const; // journal/METER.json
    QString upgradeLogPath() const;                                   // logs/Upgrade.log
    QString upgradeJsonLogPath() const;                               // logs/upgrade.jsonl

    // Where earlier versions kept a meter's journal and backups: keyed by serial number
    // alone (safeName, "unkeyed"), and before that under a lossy name (legacySafeName). Nothing
    // is created and nothing moves: files found there are read where they are, and belong to
    // this meter only if the serial number and device type inside them say so (the old names
    // folded several meters onto one: "a/b" and "a_b", a 7350 and a 7330 of one serial).
    QString unkeyedJournalPath(const QString& serial) const;
    QString unkeyedBackupsDir(const QString& serial) const;
    QString legacyJournalPath(const QString& serial) const;
    QString legacyBackupsDir(const QString& serial) const;
    // The folders under backups/ that may hold files of meters with this serial number: the
    // keyed ones of every device type (or of deviceType only, unless it is 0), the unkeyed
    // and the legacy one. Names relative to backupsRoot(), existing ones only.
    QStringList backupDirsOf(const QString& serial, int deviceType) const;

    // The name of one meter's files: safeName(serial) + '@' + the device type in decimal
    // ("PC-0209A001-11@7350"). safeName never yields '@', so the key is unambiguous.
    static QString meterKey(const QString& serial, int deviceType);

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

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

    // A name safe as a file name on every platform, from a meter's serial number.
    static QString safeName(const QString& serial);

private:
    QString m_root;
};

// Writes a whole file so that it is on disk when this returns true: a temporary file,
// flushed and fsynced, then renamed over the target. A crash leaves the old file or the
// new one, never half of one.
bool writeFileDurably(const QString& path, const QByteArray& contents,
                      QString* errorText = nullptr);

} // namespace commissioner

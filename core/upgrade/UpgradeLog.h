#pragma once

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QString>

namespace commissioner {

// One line of the upgrade log: what people read in Upgrade.log and machines in
// upgrade.jsonl (the same entry, with its fields).
struct UpgradeLogEntry
{
    QDateTime time;
    QString event; // "start", "step", "progress", "retry", "resume", "pause", "result", ...
    QString text;  // the Upgrade.log line, in the manner of the field tools
    QJsonObject fields;
};

// Appends to logs/Upgrade.log and logs/upgrade.jsonl, one run after another; every line is
// flushed as it is written so that a crash loses nothing already said.
class UpgradeLog
{
public:
    UpgradeLog(const QString& textPath, const QString& jsonPath);
    ~UpgradeLog();

    bool isOpen() const { return m_text.isOpen() && m_json.isOpen(); }
    QString textPath() const { return m_text.fileName(); }
    QString jsonPath() const { return m_json.fileName(); }
    void append(const UpgradeLogEntry& entry);
    void close(); // flushes to disk

    // "Thursday, March 06, 2008 3:57:48 PM", as the field tools write it.
    static QString longTime(const QDateTime& t);

private:
    QFile m_text;
    QFile m_json;
};

} // namespace commissioner

#include "MeterFiles.h"

#include "store/DataFolder.h"

#include <QFile>
#include <QJsonDocument>

using commissioner::DataFolder;

QString meterBackupsDir(const QString& dataDir, const QString& serial, int deviceType)
{
    return dataDir + QStringLiteral("/backups/") + DataFolder::meterKey(serial, deviceType);
}

QString meterJournalPath(const QString& dataDir, const QString& serial, int deviceType)
{
    return dataDir + QStringLiteral("/journal/") + DataFolder::meterKey(serial, deviceType) +
           QStringLiteral(".json");
}

QString meterHistoryPath(const QString& dataDir, const QString& serial, int deviceType)
{
    return meterBackupsDir(dataDir, serial, deviceType) + QStringLiteral("/history.jsonl");
}

QList<QJsonObject> historyRecords(const QString& path)
{
    QList<QJsonObject> records;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return records;
    for (const QByteArray& line : file.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            records << QJsonDocument::fromJson(line).object();
    return records;
}

QList<QJsonObject> meterHistory(const QString& dataDir, const QString& serial, int deviceType)
{
    return historyRecords(meterHistoryPath(dataDir, serial, deviceType));
}

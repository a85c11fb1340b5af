#include "MeterFiles.h"

#include "store/DataFolder.h"

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

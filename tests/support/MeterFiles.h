#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// Where the tool keeps one meter's files in a data folder, as a test that knows the meter's
// serial number and device type looks for them (DataFolder::meterKey: "SERIAL@TYPE").
QString meterBackupsDir(const QString& dataDir, const QString& serial, int deviceType);
QString meterJournalPath(const QString& dataDir, const QString& serial, int deviceType);
QString meterHistoryPath(const QString& dataDir, const QString& serial, int deviceType);

// The records of a history file (one JSON object a line), oldest first; none without a file.
QList<QJsonObject> historyRecords(const QString& path);
QList<QJsonObject> meterHistory(const QString& dataDir, const QString& serial, int deviceType);

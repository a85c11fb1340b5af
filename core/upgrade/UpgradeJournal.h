#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace commissioner {

class DataFolder;

// The upgrade in progress for one meter (journal/SERIAL@TYPE.json), written durably before
// BEGIN so that a crashed or closed tool can find the package and backup again.
struct UpgradeJournal
{
    QString serialNumber;
    int deviceType = 0;
    QByteArray payloadSha256; // what the meter reports as IMAGE_SHA256
    QByteArray packageSha256; // of the whole .UPG file
    QString packageCopyPath;  // packages/<sha>.upg in the data folder
    QString packageOriginalPath;
    QString backupPath; // the pre-upgrade template backup
    QString targetVersion;
    QString stage; // last stage reached
    bool allowUnsigned = false;
    bool allowDowngrade = false;
    QDateTime startedAt;
    QDateTime updatedAt;
    QString toolVersion;

    QByteArray toJson() const;
    static std::optional<UpgradeJournal> fromJson(const QByteArray& json);

    // This meter's journal: journal/<DataFolder::meterKey(serial, type)>.json, or one an
    // earlier version wrote under the serial number alone or its old, lossy name. A journal
    // is returned only when the serial number inside it is `serial` exactly and, unless
    // deviceType is 0, its device type is deviceType: never another meter's (whose package,
    // backup and energy readings it names).
    static std::optional<UpgradeJournal> load(const DataFolder& folder, const QString& serial,
                                              int deviceType);
    bool save(const DataFolder& folder, QString* errorText = nullptr) const; // durable
    // Sets stage and updatedAt (now), then saves.
    bool saveStage(const DataFolder& folder, const QString& stageReached);
    // Removes this meter's journal (and an earlier version's copy, if it is this meter's).
    static void remove(const DataFolder& folder, const QString& serial, int deviceType);
};

// Copies a package into packages/ under its SHA-256 (a USB stick can go away); returns the
// copy's path, or an empty string when it cannot be written.
QString keepPackageCopy(const DataFolder& folder, const QByteArray& fileBytes,
                        const QByteArray& fileSha256, QString* errorText = nullptr);

} // namespace commissioner

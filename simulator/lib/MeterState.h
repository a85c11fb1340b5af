#pragma once

#include "Registers.h"

#include <QByteArray>
#include <QJsonObject>
#include <QVector>

namespace metersim {

// The image BEGIN accepted: later descriptor writes do not change it until the next BEGIN.
struct ImageDescriptor
{
    quint32 size = 0;
    QByteArray sha256; // 32 bytes
    quint16 deviceType = 0;
    quint16 hwMin = 0;
    quint16 hwMax = 0;
    quint16 version[3] = {0, 0, 0};

    static ImageDescriptor fromRegisters(const QVector<quint16>& regs); // 9002-9025
};

// Everything a meter remembers across power loss (NEXT_OFFSET is the stored image's length).
struct MeterState
{
    DeviceMode mode = DeviceMode::Normal;
    UpgStatus status = UpgStatus::Idle;
    quint16 fw[3] = {0, 0, 0};
    QVector<quint16> templateRegs;   // 1000-1199
    QVector<quint16> descriptorRegs; // 9002-9025 as last written
    bool hasImage = false;           // a BEGIN was accepted and its image not yet discarded
    ImageDescriptor image;
    bool settingsResetPending = false; // restarted in UPGRADE/NO_FIRMWARE: defaults at install
    qint64 clockOffsetSeconds = 0;
    quint64 bytesReceivedTotal = 0;
    // What reached the meter, for tests: BEGIN and COMMIT commands it handled (accepted or
    // not) and data-window writes (stored or not). 0 in state files from before them.
    quint64 beginCount = 0;
    quint64 commitCount = 0;
    quint64 dataWriteCount = 0;
    QByteArray installedSha256; // of the last image installed, for tests
    QJsonObject identity;       // MeterConfig::identityJson() of the meter this state belongs to

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, MeterState* state);
};

} // namespace metersim

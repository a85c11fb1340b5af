#pragma once

#include "base/Version.h"
#include "meter/MeterClient.h"
#include "meter/RegisterMap.h"

#include <QByteArray>
#include <QString>

namespace commissioner {

// The firmware-transfer control block (9000-9030), decoded.
struct UpgradeRegisters
{
    int rawStatus = 0;
    UpgStatus status = UpgStatus::Idle;
    quint32 imageSize = 0;
    QByteArray imageSha256; // 32 bytes
    int imageDeviceType = 0;
    int imageHwMin = 0;
    int imageHwMax = 0;
    FirmwareVersion imageVersion;
    int maxBlock = 0;
    quint32 nextOffset = 0;
    int installSeconds = 0;
    int flashCapacityKib = 0;

    static UpgradeRegisters decode(const Registers& block); // 31 registers from 9000
};

// MAX_BLOCK as the spec allows it: even, 16-240 bytes.
bool isValidMaxBlock(int maxBlock);

QString upgStatusName(UpgStatus status); // "RECEIVING", ...
QString upgStatusName(int rawStatus);

// Encodes the descriptor (9002-9025) for one function-16 write.
Registers encodeDescriptor(quint32 imageSize, const QByteArray& sha256, int deviceType, int hwMin,
                           int hwMax, const FirmwareVersion& version);
// Encodes one data-window write (9100...): OFFSET, LENGTH, the bytes two a register.
Registers encodeDataBlock(quint32 offset, const char* bytes, int length);

} // namespace commissioner

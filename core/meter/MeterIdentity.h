#pragma once

#include "base/Version.h"
#include "meter/MeterClient.h"
#include "meter/RegisterMap.h"

#include <QString>

namespace commissioner {

// The identity block (addresses 0-31), decoded.
struct MeterIdentity
{
    int mapVersion = 0;
    int deviceType = 0;
    int hwRevision = 0;
    FirmwareVersion firmware;
    QString serialNumber;
    QString modelName;
    DeviceMode mode = DeviceMode::Normal;
    int rawMode = 0;
    int activeEvents = 0;
    int bootloaderVersion = 0;
    int banks = 1;

    bool hasBlockingEvents() const { return (activeEvents & events::BlockingMask) != 0; }
    static MeterIdentity decode(const Registers& block); // block has 32 registers
};

QString deviceModeName(DeviceMode mode);        // "NORMAL", "UPGRADE", "NO_FIRMWARE", "UNKNOWN"
QString deviceModeName(const MeterIdentity& m); // ... or "UNKNOWN(5)" with the raw value
QString eventNames(int activeEvents);
// False for a meter whose SERIAL_NUMBER reads empty or blank: its files could not be told from
// another's, so no writing job runs on it.
bool hasSerialNumber(const MeterIdentity& m); // "critical, site wiring fault" or "none"

// ASCII packed two characters a register, first in the high byte, NUL-padded.
QString decodeAscii(const Registers& regs, int start, int count);
Registers encodeAscii(const QString& text, int count);

quint32 decodeU32(const Registers& regs, int at);
quint64 decodeU64(const Registers& regs, int at);
float decodeFloat(const Registers& regs, int at);

} // namespace commissioner

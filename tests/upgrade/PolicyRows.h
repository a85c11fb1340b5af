#pragma once

// What the upgrade policy's table tests build their rows from: one image, the job's facts,
// the transfer registers and a meter, alike in every table.
#include "upgrade/UpgradePolicy.h"

namespace policyrows {

using namespace commissioner;
using namespace commissioner::upgradepolicy;

inline const FirmwareVersion kOld{1, 0, 0};     // what the meter ran before
inline const FirmwareVersion kPackage{1, 1, 0}; // the package's version
inline const FirmwareVersion kOther{1, 2, 0};   // neither
inline constexpr qint64 kSize = 4800;           // the image: 20 blocks of 240 bytes

inline ImageFacts image()
{
    ImageFacts i;
    i.sha256 = QByteArray(32, 'a');
    i.size = kSize;
    i.version = kPackage;
    i.deviceType = 7350;
    return i;
}

inline JobFacts job(bool prepared, int commits)
{
    JobFacts j;
    j.image = image();
    j.prepared = prepared;
    j.commits = commits;
    j.begins = {commits > 0 ? 1 : 0, 4};
    j.commitBudget = {commits, 3};
    j.refusals = {0, 32};
    return j;
}

// The transfer registers: our image (or another one), NEXT_OFFSET, MAX_BLOCK.
inline UpgradeRegisters transferRegs(UpgStatus status, bool ours, quint32 next = 0,
                                     int rawStatus = -2, int maxBlock = 240)
{
    UpgradeRegisters u;
    u.status = status;
    u.rawStatus = rawStatus == -2 ? int(status) : rawStatus;
    u.imageSha256 = QByteArray(32, ours ? 'a' : 'b');
    u.imageSize = ours ? quint32(kSize) : 9600;
    u.maxBlock = maxBlock;
    u.nextOffset = next;
    u.installSeconds = 60;
    return u;
}

inline MeterIdentity meter(DeviceMode mode, FirmwareVersion firmware, int rawMode = -2)
{
    MeterIdentity m;
    m.deviceType = 7350;
    m.serialNumber = QStringLiteral("SN-1");
    m.mode = mode;
    m.rawMode = rawMode == -2 ? int(mode) : rawMode;
    m.firmware = firmware;
    return m;
}

} // namespace policyrows

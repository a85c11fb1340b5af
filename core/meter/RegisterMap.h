#pragma once

// The tool's one copy of the meter's register addresses (device-protocol.md, map
// version 1). Template settings are described by the device profiles in resources/.
namespace commissioner::regs {

constexpr int MapVersionSupported = 1;

// Section 2: identity block, read in one request.
constexpr int IdentityStart = 0;
constexpr int IdentityCount = 32;
constexpr int MapVersion = 0;
constexpr int DeviceType = 1;
constexpr int HwRevision = 2;
constexpr int FwMajor = 3;
constexpr int FwMinor = 4;
constexpr int FwBuild = 5;
constexpr int SerialNumber = 6;
constexpr int SerialNumberCount = 8;
constexpr int ModelName = 14;
constexpr int ModelNameCount = 8;
constexpr int DeviceMode = 22;
constexpr int ActiveEvents = 23;
constexpr int BootloaderVersion = 24;
constexpr int Banks = 25;

// Section 3: measurements, float32 pairs.
constexpr int MeasurementsStart = 100;
constexpr int MeasurementsCount = 24;

// Section 4: template block.
constexpr int TemplateStart = 1000;
constexpr int TemplateEnd = 1199; // inclusive
constexpr int ClockUtc = 1014;    // u32, the clock itself: not a template setting

// Section 5: firmware transfer.
constexpr int UpgradeControlStart = 9000;
constexpr int UpgradeControlCount = 31; // 9000-9030
constexpr int UpgCommand = 9000;
constexpr int UpgStatus = 9001;
constexpr int ImageSize = 9002;
constexpr int ImageSha256 = 9004;
constexpr int ImageDeviceType = 9020;
constexpr int ImageHwMin = 9021;
constexpr int ImageHwMax = 9022;
constexpr int ImageVersion = 9023;
constexpr int DescriptorStart = 9002;
constexpr int DescriptorCount = 24; // 9002-9025
constexpr int MaxBlock = 9026;
constexpr int NextOffset = 9027;
constexpr int InstallSeconds = 9029;
constexpr int FlashCapacityKib = 9030;
constexpr int DataWindow = 9100;
constexpr int DataWindowHeader = 3; // OFFSET (2) + LENGTH (1)

// Modbus limits.
constexpr int MaxReadRegisters = 125;
constexpr int MaxWriteRegisters = 123;

} // namespace commissioner::regs

namespace commissioner {

// Unknown: a value the spec does not list (the raw value is kept beside it). Never taken as
// NORMAL: nothing is written to a meter whose mode is not understood.
enum class DeviceMode : int
{
    Unknown = -1,
    Normal = 0,
    Upgrade = 1,
    NoFirmware = 2
};

enum class UpgCommand : int
{
    Begin = 1,
    Commit = 2,
    Abort = 3
};

enum class UpgStatus : int
{
    Unknown = -1, // a value the spec does not list; rawStatus keeps it
    Idle = 0,
    Receiving = 1,
    Verifying = 2,
    Installing = 3,
    Done = 4,
    RejectedIncompatible = 16,
    RejectedEventsActive = 17,
    VerifyFailed = 18,
    RejectedTooLarge = 19,
};

// ACTIVE_EVENTS bits.
namespace events {
constexpr int Critical = 1 << 0;
constexpr int Warning = 1 << 1;
constexpr int SiteWiringFault = 1 << 2;
// A site wiring fault alone does not block an upgrade.
constexpr int BlockingMask = Critical | Warning;
} // namespace events

} // namespace commissioner

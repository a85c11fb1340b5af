#pragma once

#include <QtGlobal>

// Addresses and codes of device-protocol.md (map version 1), written out again here on
// purpose: the simulator shares no definitions with the tool.
namespace metersim {

namespace reg {
constexpr quint16 IdentityFirst = 0;
constexpr quint16 IdentityLast = 31;
constexpr quint16 MapVersion = 0;
constexpr quint16 DeviceType = 1;
constexpr quint16 HwRevision = 2;
constexpr quint16 FwMajor = 3;
constexpr quint16 SerialNumber = 6;
constexpr quint16 ModelName = 14;
constexpr quint16 DeviceMode = 22;
constexpr quint16 ActiveEvents = 23;
constexpr quint16 BootloaderVersion = 24;
constexpr quint16 Banks = 25;

constexpr quint16 MeasureFirst = 100;
constexpr quint16 MeasureLast = 123;

constexpr quint16 TemplateFirst = 1000;
constexpr quint16 TemplateLast = 1199;
constexpr quint16 TemplateCount = TemplateLast - TemplateFirst + 1;
constexpr quint16 ClockUtc = 1014;
constexpr quint16 CommUnitId = 1150;
constexpr quint16 CommBaud = 1151;
constexpr quint16 CommParity = 1152;

constexpr quint16 ControlFirst = 9000;
constexpr quint16 ControlLast = 9030;
constexpr quint16 UpgCommand = 9000;
constexpr quint16 UpgStatus = 9001;
constexpr quint16 DescriptorFirst = 9002; // IMAGE_SIZE .. IMAGE_VERSION
constexpr quint16 DescriptorLast = 9025;
constexpr quint16 DescriptorCount = DescriptorLast - DescriptorFirst + 1;
constexpr quint16 MaxBlock = 9026;
constexpr quint16 NextOffset = 9027;
constexpr quint16 InstallSeconds = 9029;
constexpr quint16 FlashCapacityKib = 9030;

constexpr quint16 DataWindow = 9100;
constexpr quint16 DataWindowLast = 9222;
} // namespace reg

enum class DeviceMode : quint16
{
    Normal = 0,
    Upgrade = 1,
    NoFirmware = 2
};

enum class UpgStatus : quint16
{
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

enum class UpgCommand : quint16
{
    Begin = 1,
    Commit = 2,
    Abort = 3
};

namespace exc {
constexpr quint8 None = 0;
constexpr quint8 IllegalFunction = 0x01;
constexpr quint8 IllegalAddress = 0x02;
constexpr quint8 IllegalValue = 0x03;
constexpr quint8 DeviceFailure = 0x04;
constexpr quint8 Busy = 0x06;
} // namespace exc

const char* modeName(DeviceMode mode);
const char* statusName(UpgStatus status);

} // namespace metersim

// The identity read back after the install (decideConfirm, core/upgrade/UpgradePolicy.h), from
// a table: the job's meter in NORMAL mode on the package's version is the only success.
#include "CatchCompat.h"
#include "PolicyRows.h"
#include "upgrade/UpgradePolicy.h"

#include <string>
#include <vector>

using namespace policyrows;

TEST_CASE("confirm: the meter that comes back, its mode and its version", "[upgrade][policy]")
{
    struct Row
    {
        const char* what;
        ConfirmObservation seen;
        ConfirmStep step;
        const char* offSpecRegister; // StopOffSpec
        qint64 offSpecValue;
    };
    const MeterBinding sn1{QStringLiteral("SN-1"), 7350};
    const auto seen = [&](const MeterIdentity& m, bool haveIdentity = true) {
        return ConfirmObservation{m, haveIdentity, sn1, kPackage};
    };
    MeterIdentity otherSerial = meter(DeviceMode::Normal, kPackage);
    otherSerial.serialNumber = QStringLiteral("SN-2");
    MeterIdentity otherType = meter(DeviceMode::Normal, kPackage);
    otherType.deviceType = 7330;
    MeterIdentity otherUnknownMode = meter(DeviceMode::Unknown, kPackage, 9);
    otherUnknownMode.serialNumber = QStringLiteral("SN-2");
    const std::vector<Row> rows = {
        {"the job's meter, NORMAL, the package's version",
         seen(meter(DeviceMode::Normal, kPackage)), ConfirmStep::Confirmed, "", 0},
        {"another serial number, though it runs the package", seen(otherSerial),
         ConfirmStep::WrongMeter, "", 0},
        {"another device type", seen(otherType), ConfirmStep::WrongMeter, "", 0},
        {"another meter comes before its unknown DEVICE_MODE", seen(otherUnknownMode),
         ConfirmStep::WrongMeter, "", 0},
        {"no meter identified yet: nothing to compare it with", seen(otherSerial, false),
         ConfirmStep::Confirmed, "", 0},
        {"DEVICE_MODE unknown, even on the package's version",
         seen(meter(DeviceMode::Unknown, kPackage, 9)), ConfirmStep::StopOffSpec, "DEVICE_MODE", 9},
        {"DEVICE_MODE unknown on the old version", seen(meter(DeviceMode::Unknown, kOld, 200)),
         ConfirmStep::StopOffSpec, "DEVICE_MODE", 200},
        {"NORMAL on the old version", seen(meter(DeviceMode::Normal, kOld)),
         ConfirmStep::FinishWrongVersion, "", 0},
        {"NORMAL on a third version", seen(meter(DeviceMode::Normal, kOther)),
         ConfirmStep::FinishWrongVersion, "", 0},
        {"UPGRADE mode on the package's version", seen(meter(DeviceMode::Upgrade, kPackage)),
         ConfirmStep::FinishWrongVersion, "", 0},
        {"NO_FIRMWARE", seen(meter(DeviceMode::NoFirmware, kOld)), ConfirmStep::FinishWrongVersion,
         "", 0},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const ConfirmAction a = decideConfirm(row.seen);
        CHECK(a.step == row.step);
        if (row.step == ConfirmStep::StopOffSpec) {
            CHECK(a.offSpec.reg.toStdString() == row.offSpecRegister);
            CHECK(a.offSpec.value == row.offSpecValue);
        }
    }
}

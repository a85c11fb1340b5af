#pragma once

#include "base/Version.h"
#include "meter/MeterIdentity.h"
#include "upgrade/UpgradeState.h"

#include <QVector>

namespace commissioner {

// One finding of the checks made before anything is written to a meter.
struct PreflightFinding
{
    enum class Code
    {
        MapVersionUnknown, // value = map version
        SignatureUnsigned, // unsigned package, refused unless allowed
        SignatureUnsignedAllowed,
        SignatureUnknownKey,
        SignatureBad,
        DeviceTypeMismatch,   // expected = package, actual = meter
        HwRevisionOutOfRange, // actual = meter, expected..expected2 = package range
        EventsActive,         // actual = ACTIVE_EVENTS
        SiteWiringFaultOnly,  // passes
        ImageTooLarge,        // actual = payload bytes, expected = capacity bytes
        SameVersion,          // refused unless allowed
        Downgrade,            // refused unless allowed
        VersionChangeAllowed, // same or older, allowed by the person
        MaxBlockInvalid,      // actual = MAX_BLOCK
        MeterBusy,            // VERIFYING or INSTALLING right now
        ResumeAvailable,      // actual = NEXT_OFFSET, expected = size
        MeterInUpgradeMode,   // settings cannot be read for a backup
        DeviceModeUnknown,    // actual = DEVICE_MODE, a value the spec does not list
        UpgStatusUnknown,     // actual = UPG_STATUS, a value the spec does not list
    };
    Code code;
    bool blocking = false;
    qint64 actual = 0;
    qint64 expected = 0;
    qint64 expected2 = 0;
};

// What the checks look at; the signature state comes from Package::checkSignature.
struct PreflightInput
{
    MeterIdentity identity;
    UpgradeRegisters upgrade;
    int packageDeviceType = 0;
    int packageHwMin = 0;
    int packageHwMax = 0;
    FirmwareVersion packageVersion;
    qint64 payloadSize = 0;
    QByteArray payloadSha256;
    enum class Signature
    {
        Verified,
        Unsigned,
        UnknownKey,
        Bad
    } signature = Signature::Unsigned;
    bool allowUnsigned = false;
    bool allowDowngrade = false;
};

// Pure: every check of the upgrade issue, in the order a person reads them.
QVector<PreflightFinding> runPreflight(const PreflightInput& in);
bool preflightPasses(const QVector<PreflightFinding>& findings);
// English, for Upgrade.log; the GUI and CLI build their own translated text.
QString describeFindingForLog(const PreflightFinding& f);

} // namespace commissioner

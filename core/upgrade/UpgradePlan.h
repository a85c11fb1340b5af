#pragma once

#include "meter/MeterClient.h"
#include "meter/MeterIdentity.h"
#include "upgrade/Preflight.h"
#include "upgrade/UpgradeImage.h"
#include "upgrade/UpgradeState.h"
#include "upgrade/UpgradeTypes.h"

namespace commissioner {

// What a person is shown before confirming an upgrade: the meter as it is now and every
// check's finding. Reads only; the job checks again when it starts.
struct UpgradePlan
{
    MeterIdentity identity;
    UpgradeRegisters upgrade;
    QVector<PreflightFinding> findings;
    bool passes() const { return preflightPasses(findings); }
    bool resumes() const; // the meter already holds part of this image
};

PreflightInput preflightInputFor(const MeterIdentity& identity, const UpgradeRegisters& upgrade,
                                 const UpgradeImage& image, bool allowUnsigned,
                                 bool allowDowngrade);

Result<UpgradePlan, LinkError> planUpgrade(MeterClient& client, const UpgradeImage& image,
                                           const UpgradeOptions& options);

} // namespace commissioner

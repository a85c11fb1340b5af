#include "upgrade/UpgradePlan.h"

#include "meter/MeterQueries.h"

namespace commissioner {

bool UpgradePlan::resumes() const
{
    for (const auto& f : findings)
        if (f.code == PreflightFinding::Code::ResumeAvailable)
            return true;
    return false;
}

PreflightInput preflightInputFor(const MeterIdentity& identity, const UpgradeRegisters& upgrade,
                                 const UpgradeImage& image, bool allowUnsigned, bool allowDowngrade)
{
    PreflightInput in;
    in.identity = identity;
    in.upgrade = upgrade;
    in.packageDeviceType = image.deviceType;
    in.packageHwMin = image.hwMin;
    in.packageHwMax = image.hwMax;
    in.packageVersion = image.version;
    in.payloadSize = image.payload.size();
    in.payloadSha256 = image.payloadSha256;
    in.signature = image.signature;
    in.allowUnsigned = allowUnsigned;
    in.allowDowngrade = allowDowngrade;
    return in;
}

Result<UpgradePlan, LinkError> planUpgrade(MeterClient& client, const UpgradeImage& image,
                                           const UpgradeOptions& options)
{
    const auto snapshot = readSnapshot(client);
    if (!snapshot)
        return snapshot.error();
    UpgradePlan plan;
    plan.identity = snapshot.value().identity;
    plan.upgrade = snapshot.value().upgrade;
    plan.findings = runPreflight(preflightInputFor(plan.identity, plan.upgrade, image,
                                                   options.allowUnsigned, options.allowDowngrade));
    return plan;
}

} // namespace commissioner

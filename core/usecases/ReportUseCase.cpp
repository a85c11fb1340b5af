#include "usecases/ReportUseCase.h"

#include "store/ChangeHistory.h"
#include "usecases/MeterBinding.h"

namespace commissioner {

Result<DeviceProfiles, ReportFailure> loadReportProfiles(const DataFolder& folder)
{
    auto profiles = DeviceProfiles::load(folder);
    if (!profiles) {
        ReportFailure f;
        f.step = ReportStep::LoadProfiles;
        f.profilesError = profiles.error();
        return f;
    }
    return std::move(profiles).value();
}

Result<CommissioningReportData, ReportFailure> gatherReport(MeterClient& client,
                                                            const DataFolder& folder,
                                                            const DeviceProfiles& profiles,
                                                            const ReportRequest& request)
{
    const QString technician = request.technician.value_or(ChangeHistory::currentUser());
    auto data =
        gatherCommissioningReport(client, folder, profiles, technician, request.historyLimit);
    if (!data) {
        ReportFailure f;
        f.step = ReportStep::Identify;
        f.linkError = data.error();
        return f;
    }
    if (auto wrong = checkBinding(request.meter, data->identity)) {
        ReportFailure f;
        f.step = ReportStep::WrongMeter;
        f.meterError = std::move(*wrong);
        return f;
    }
    CommissioningReportData report = std::move(data).value();
    report.site = request.site;
    report.customer = request.customer;
    return report;
}

Result<CommissioningReportData, ReportFailure>
runReport(MeterClient& client, const DataFolder& folder, const ReportRequest& request)
{
    const auto profiles = loadReportProfiles(folder);
    if (!profiles)
        return profiles.error();
    return gatherReport(client, folder, profiles.value(), request);
}

bool reportComplete(const CommissioningReportData& data)
{
    return !data.settingsError && !data.readingsError;
}

} // namespace commissioner

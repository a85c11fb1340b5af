#pragma once

#include "base/Result.h"
#include "meter/LinkError.h"
#include "meter/MeterBinding.h"
#include "meter/MeterClient.h"
#include "report/CommissioningReport.h"
#include "settings/DeviceProfile.h"
#include "settings/TemplateError.h"
#include "store/DataFolder.h"

#include <QString>
#include <optional>

namespace commissioner {

// The data of a commissioning report, the same for `report` and the desktop: load the device
// profiles (compiled-in plus the data folder's) -> identify the meter -> gather its settings,
// live readings, latest upgrade, backup check and recorded changes. Nothing is written to the
// meter; turning the data into a file is the front end's (app::writeCommissioningReport).
struct ReportRequest
{
    std::optional<QString> technician; // unset: the user name of this computer
    int historyLimit = 50;             // the latest changes shown
    QString site;                      // where the meter is installed; empty: not named
    QString customer;                  // for whom it was commissioned; empty: not named
    // The meter the person chose (the desktop's window shows it): a report of another meter
    // answering at the same address is refused (WrongMeter). Unset: whichever meter answers.
    std::optional<MeterBinding> meter;
};

// The steps that stop a report; the parts that are missing do not (see reportComplete).
enum class ReportStep
{
    LoadProfiles, // profilesError
    Identify,     // linkError: the identity block could not be read
    WrongMeter,   // meterError: another meter than request.meter answers
};

struct ReportFailure
{
    ReportStep step = ReportStep::LoadProfiles;
    TemplateError profilesError;
    LinkError linkError;
    TemplateError meterError;
};

// The first step alone, so that a front end names a bad profile before it opens a link.
Result<DeviceProfiles, ReportFailure> loadReportProfiles(const DataFolder& folder);
// The meter's report with the profiles loaded. A report with holes is still a report: the
// settings (settingsError) or the readings (readingsError) may be missing.
Result<CommissioningReportData, ReportFailure> gatherReport(MeterClient& client,
                                                            const DataFolder& folder,
                                                            const DeviceProfiles& profiles,
                                                            const ReportRequest& request);
// The whole sequence: loadReportProfiles, then gatherReport.
Result<CommissioningReportData, ReportFailure>
runReport(MeterClient& client, const DataFolder& folder, const ReportRequest& request);

// Nothing is missing: the settings and the readings were read.
bool reportComplete(const CommissioningReportData& data);

} // namespace commissioner

// LinkWorker's history and report requests: the history and the site details are file reads,
// the report reads the meter; all run on the link's thread, never the GUI thread.
#include "LinkWorker.h"
#include "meter/MeterIdentity.h"
#include "store/SiteDetails.h"
#include "usecases/HistoryUseCase.h"
#include "usecases/ReportUseCase.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcLinkWorker)

namespace commissioner {

void LinkWorker::readHistory(int requestId, const QString& dataDir, const QString& serial,
                             int deviceType)
{
    HistoryRequest request;
    request.serialNumber = serial;
    request.deviceType = deviceType; // another meter of this serial number is not shown
    Q_EMIT historyRead(requestId, runHistory(DataFolder(dataDir), request));
}

void LinkWorker::loadSiteDetails(int requestId, const QString& dataDir, const MeterBinding& meter)
{
    // A meter without a serial number could not be told from another: nothing is kept for it.
    const SiteDetails details =
        meter.serialNumber.trimmed().isEmpty()
            ? SiteDetails{}
            : SiteDetailsStore::load(DataFolder(dataDir), meter.serialNumber, meter.deviceType);
    Q_EMIT siteDetailsLoaded(requestId, details);
}

void LinkWorker::gatherReportData(int requestId, const QString& dataDir,
                                  const ReportRequest& request)
{
    if (!requireClient(LinkOperation::Report) || !requireNoJob(LinkOperation::Report))
        return;
    const DataFolder folder(dataDir);
    const auto data = runReport(*m_client, folder, request);
    if (!data) {
        qCInfo(lcLinkWorker) << "no report: step" << int(data.error().step);
        Q_EMIT reportFailed(requestId, data.error());
        return;
    }
    // Kept for the meter the report is of (the bound one), so the next report starts from them.
    QString siteError;
    const MeterIdentity& meter = data->identity;
    if (hasSerialNumber(meter) &&
        !SiteDetailsStore::save(folder, meter.serialNumber, meter.deviceType,
                                {request.site, request.customer}, &siteError))
        qCWarning(lcLinkWorker) << "the site and customer could not be kept:" << siteError;
    Q_EMIT reportGathered(requestId, data.value(), siteError);
}

} // namespace commissioner

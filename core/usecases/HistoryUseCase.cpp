#include "usecases/HistoryUseCase.h"

#include <algorithm>

namespace commissioner {

HistoryRead runHistory(const DataFolder& folder, const HistoryRequest& request)
{
    HistoryRead out;
    out.meters =
        request.serialNumber ? QStringList{*request.serialNumber} : ChangeHistory::meters(folder);
    // Every meter: each of its device types (ChangeHistory::meters names serial numbers only).
    const int deviceType = request.serialNumber ? request.deviceType : 0;
    for (const QString& serial : out.meters) {
        int bad = 0;
        out.records += ChangeHistory::read(folder, serial, deviceType, &bad);
        out.skipped += bad;
    }
    std::stable_sort(out.records.begin(), out.records.end(),
                     [](const ChangeRecord& a, const ChangeRecord& b) { return a.time < b.time; });
    return out;
}

} // namespace commissioner

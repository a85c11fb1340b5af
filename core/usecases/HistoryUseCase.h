#pragma once

#include "store/ChangeHistory.h"
#include "store/DataFolder.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace commissioner {

// The record of settings changes, the same for `config history` and any other front end: one
// meter's, or every meter's in the data folder. Reads files only; no link.
struct HistoryRequest
{
    // The meter's serial number; unset: every meter that has a history in the data folder.
    std::optional<QString> serialNumber;
    // With serialNumber: the meter's device type, when it is known (the meter on the link), so
    // that another meter with the same serial number is not shown; the records of earlier
    // versions, which name no device type, are shown for either. 0: every device type (a serial
    // number alone names no type).
    int deviceType = 0;
};

struct HistoryRead
{
    QStringList meters;            // the serial numbers read, sorted when every meter is read
    QVector<ChangeRecord> records; // oldest first; one time keeps the meters' order
    int skipped = 0;               // lines that are not records, skipped
};

HistoryRead runHistory(const DataFolder& folder, const HistoryRequest& request);

} // namespace commissioner

#pragma once

#include "store/DataFolder.h"

#include <QString>

namespace commissioner {

// Where a meter is installed and for whom, as the person typed them for its commissioning
// report: kept per meter, so that the next report of the same meter starts from them. One
// small JSON file in the meter's own folder, backups/SERIAL@TYPE/site.info:
//   {"serial_number":"PC-0209A001-11","device_type":7350,"site":"Substation 4",
//    "customer":"ACME"}
struct SiteDetails
{
    QString site;
    QString customer;

    bool isEmpty() const { return site.isEmpty() && customer.isEmpty(); }
};

class SiteDetailsStore
{
public:
    static QString path(const DataFolder& folder, const QString& serial, int deviceType);
    // This meter's details; empty when none were kept, the file is unreadable, or it names
    // another meter.
    static SiteDetails load(const DataFolder& folder, const QString& serial, int deviceType);
    // Replaces this meter's details (empty ones too: the person cleared them), written
    // durably. False (with *errorText) when it cannot be written.
    static bool save(const DataFolder& folder, const QString& serial, int deviceType,
                     const SiteDetails& details, QString* errorText = nullptr);
};

} // namespace commissioner

#pragma once

#include "DeviceProfile.h"
#include "Result.h"
#include "TemplateError.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace commissioner {

struct MeterIdentity;

// A saved template: a meter's template settings plus where and when they came from.
//
// On disk it is JSON for people to read:
//   {
//     "format": "commissioner-template", "format_version": 1,
//     "device_type": 7350, "model": "EM7350", "hw_revision": 3, "firmware": "2.1.0",
//     "serial_number": "PC-0209A001-11", "saved_at": "2024-05-01T10:00:00Z",
//     "reason": "manual", "tool_version": "0.1.0",
//     "settings": {
//       "PT_PRIMARY": {"group": "Transformers", "value": 14400, "unit": "V"},
//       "VOLTS_MODE": {"group": "...", "value": 1, "label": "DELTA", "unit": ""},
//       "NAMEPLATE_OWNER": {"group": "Nameplate", "value": "City Power", "unit": ""},
//       "KWH_DELIVERED": {"group": "Energy", "value": "123456789012", "unit": "Wh"},
//       ...
//     }
//   }
// u64 values are written as decimal strings: a JSON number is a double to most readers
// (Qt's too), exact only up to 2^53, and an energy reading must not lose its last digits.
// ascii values are strings, as written on the nameplate. "group" and "label" are there for
// people and ignored on reading. Settings are written in address order.
struct TemplateFile
{
    static constexpr int FormatVersion = 1;

    int deviceType = 0;
    QString model;
    int hwRevision = 0;
    QString firmware;
    QString serialNumber;
    QDateTime savedAt; // UTC
    QString reason;    // "manual", "pre-upgrade", ...
    QString toolVersion = QStringLiteral(COMMISSIONER_VERSION);
    TemplateValues settings;

    // A template of `values`, read now from the meter `identity` describes.
    static TemplateFile fromMeter(const MeterIdentity& identity, const TemplateValues& values,
                                  const QString& reason);

    QByteArray toJson(const DeviceProfile& profile) const;
};

// Reads a template file's contents, checking every rule: valid JSON, the format and its
// version, the device type known to a profile, every setting of that profile present, no
// other setting, each value of the right type and within its range and unit.
Result<TemplateFile, TemplateError> parseTemplate(const QByteArray& json,
                                                  const DeviceProfiles& profiles);
// The same from a file; errors carry the path.
Result<TemplateFile, TemplateError> loadTemplateFile(const QString& path,
                                                     const DeviceProfiles& profiles);
// Writes the file durably (temporary file, fsync, rename).
Result<Ok, TemplateError> saveTemplateFile(const QString& path, const TemplateFile& file,
                                           const DeviceProfile& profile);

} // namespace commissioner

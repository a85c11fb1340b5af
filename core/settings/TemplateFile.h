#pragma once

#include "base/Result.h"
#include "settings/DeviceProfile.h"
#include "settings/RawSettings.h"
#include "settings/TemplateError.h"

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
// (Qt's too), exact only up to 2^53, and an energy reading must not lose its last digits. A
// u64 given as a JSON number is read only when it is a whole number up to 2^53 as written
// (9007199254740993 or 1.5 are refused, never rounded); any other number setting only when
// it is a whole number as written. ascii values are strings, as written on the nameplate.
// "group" and "label" are there for people and ignored on reading. Settings are written in
// address order.
//
// A setting read from a meter with a value that breaks its rule is kept as read and flagged:
//       "PT_SECONDARY": {"group": "...", "value": 0, "unit": "V",
//                        "invalid": "setting PT_SECONDARY: value 0 breaks the rule 1 to 690"},
//       "NAMEPLATE_OWNER": {"group": "...", "value": null, "registers": "FF41 0000 ...",
//                           "text": "\\xffA", "unit": "", "invalid": "..."}
// (a number as it is; registers, four hex digits each, when an ascii value is not clean
// ASCII, read while "value" is null; "text" and "invalid" are for people, ignored on reading).
// Reading checks each setting on its own: a value that breaks its rule (flagged or hand-written)
// makes that one setting invalid (TemplateFile::invalid, never restored), and every other setting
// loads.
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
    TemplateValues settings; // every setting whose value keeps its rule
    InvalidSettings invalid; // the others, kept as read; not in settings

    // A template of `values`, read now from the meter `identity` describes.
    static TemplateFile fromMeter(const MeterIdentity& identity, const TemplateValues& values,
                                  const QString& reason);
    // The same from the meter's registers as read: settings that break their rule are kept
    // in `invalid`, exactly.
    static TemplateFile fromMeter(const MeterIdentity& identity, const CheckedTemplate& read,
                                  const QString& reason);
    // The registers each setting of the profile stands for (valid or invalid); a setting
    // with neither is absent.
    SettingRegisters registers(const DeviceProfile& profile) const;

    QByteArray toJson(const DeviceProfile& profile) const;
};

// Reads a template file's contents, checking every rule: valid JSON, the format and its
// version, the device type known to a profile, every setting of that profile present, no
// other setting (any of these refuses the whole file). Each value of the right type, exact,
// within its range and unit goes to settings; one that is not goes to invalid, with the
// rule it breaks, and the others still load.
Result<TemplateFile, TemplateError> parseTemplate(const QByteArray& json,
                                                  const DeviceProfiles& profiles);
// The same from a file; errors carry the path.
Result<TemplateFile, TemplateError> loadTemplateFile(const QString& path,
                                                     const DeviceProfiles& profiles);
// Writes the file durably (temporary file, fsync, rename).
Result<Ok, TemplateError> saveTemplateFile(const QString& path, const TemplateFile& file,
                                           const DeviceProfile& profile);

} // namespace commissioner

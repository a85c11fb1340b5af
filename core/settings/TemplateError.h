#pragma once

#include "meter/LinkError.h"

#include <QString>

namespace commissioner {

// What went wrong with a device profile, a template file, or a template read or restore.
enum class TemplateErrorKind
{
    // The file itself
    FileUnreadable,       // cannot open or read the file (path, detail)
    FileNotWritten,       // cannot write the file durably (path, detail)
    NotJson,              // not valid JSON (offset, line, column, detail)
    NotATemplate,         // "format" is not "commissioner-template"
    UnknownFormatVersion, // "format_version" is not one this tool reads (value)
    MissingField,         // a top-level field is missing or of the wrong kind (field)
    UnknownDeviceType,    // no device profile knows this device type (value)
    UnknownSetting,       // a setting the profile does not have (setting)
    MissingSetting,       // a setting of the profile is absent from the file (setting)
                    // A value of the wrong JSON kind, or not a whole number (setting, rule, value).
    WrongType,
    // A value outside the setting's range or allowed values (setting, rule, value).
    OutOfRange,
    // The unit in the file differs from the profile's (setting, rule = expected, value).
    UnitMismatch,

    // Profiles
    ProfileInvalid, // a device profile file breaks a rule (path, setting, detail)

    // Against a meter
    DeviceTypeMismatch, // the file is for another device type (value = file's, rule = meter's)
    UnknownGroup,       // a group name that the profile does not have (value)
                  // The meter is not in NORMAL mode: the template block answers nothing (value =
                  // mode).
    MeterNotNormal,
    Link,           // a request failed (link)
    UpgradeRunning, // an upgrade job owns the meter until it ends; nothing was sent
                    // Another meter answers than the one the job is bound to (value = its serial
                    // number, rule = the expected one, detail = both device types): nothing was
                    // sent.
    WrongMeter,
    // A backup the tool made of one meter, handed to another (path, value = the file's
    // serial number and device type, rule = the meter's): never applied.
    ForeignBackup,
    // The meter reports an empty serial number: its backups and history could not be told
    // from another meter's, so nothing is written to it.
    NoSerialNumber,

    // Backups
    // A backup read back does not give every register read (path, setting, detail): it
    // could not restore the meter.
    BackupUnfaithful,
};

struct TemplateError
{
    TemplateErrorKind kind = TemplateErrorKind::FileUnreadable;
    QString setting; // the setting concerned, if any
    QString rule;    // the rule broken, in the profile's words ("1-1000000", "one of 1, 5")
    QString value;   // the offending value, as text
    QString field;   // a top-level field of the file
    QString path;    // the file, if any
    int offset = -1; // NotJson: character offset, and its line and column (1-based)
    int line = 0;
    int column = 0;
    QString detail; // technical context, English
    LinkError link; // with Link

    // A file that could not be opened for reading: its path and the system's reason.
    static TemplateError unreadable(const QString& path, const QString& reason)
    {
        TemplateError t;
        t.kind = TemplateErrorKind::FileUnreadable;
        t.path = path;
        t.detail = reason;
        return t;
    }
    static TemplateError fromLink(const LinkError& e)
    {
        TemplateError t;
        t.kind = TemplateErrorKind::Link;
        t.link = e;
        return t;
    }
};

QString templateErrorKindName(TemplateErrorKind kind);
// One line in English for logs; app/ builds its own translated text from the fields.
QString describe(const TemplateError& error);

} // namespace commissioner

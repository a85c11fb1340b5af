#pragma once

#include "base/Result.h"
#include "settings/DeviceProfile.h"

#include <QString>
#include <QVector>

namespace commissioner {

// Why a value typed by a person (command line, edit box) cannot be a setting's value.
enum class SettingInputErrorKind
{
    BadAssignment,  // not NAME=VALUE (text)
    UnknownSetting, // the profile has no setting of that name (setting)
    NotASetting,    // a register of the template block that is no setting, e.g. CLOCK_UTC
                    // (setting, detail = why)
    Duplicate,      // the same setting named twice (setting)
    NotANumber,     // a number was expected (setting, text, rule)
    BelowMinimum,   // (setting, text, rule)
    AboveMaximum,   // (setting, text, rule)
    NotAChoice,     // not one of the allowed values or enum labels (setting, text, rule)
    TooLong,        // ascii: more characters than the registers hold (setting, text, rule)
    NotAscii,       // ascii: a character outside printable ASCII (setting, text, rule)
};

struct SettingInputError
{
    SettingInputErrorKind kind = SettingInputErrorKind::UnknownSetting;
    QString setting; // the profile's name when known, else as typed
    QString text;    // the value as typed
    QString rule;    // SettingDef::ruleText(): "1 to 1000000", "one of 1, 5", "0 4W-WYE, 1 DELTA"
    QString detail;  // NotASetting: why (from the profile)
};

QString settingInputErrorKindName(SettingInputErrorKind kind);
// One line in English for logs; app/ builds its own translated text from the fields.
QString describeForLog(const SettingInputError& error);

// "NAME=VALUE" as typed; the name is not checked here.
struct SettingAssignment
{
    QString name;
    QString text;
};
Result<SettingAssignment, SettingInputError> parseAssignment(const QString& word);

// The profile's setting of this name, in any letter case; null when there is none.
const SettingDef* findSetting(const DeviceProfile& profile, const QString& name);

// A value from text, checked against the setting's type and range:
//   u16, s16, u32: a decimal whole number ("14400", "-35", "+5"); no fractions, no hex
//   u64 (energy):  a decimal whole number, 0 to 18446744073709551615
//   enum:          a label in any letter case ("delta", "9600", "even") or the register value
//   ascii:         the text as given (not trimmed), printable ASCII, at most 2 per register
Result<SettingValue, SettingInputError> parseSettingValue(const SettingDef& def,
                                                          const QString& text);

// The value for people: "1 (DELTA)" for enums, the plain value otherwise; with the unit
// ("14400 V") when withUnit and the setting has one.
QString formatSettingValue(const SettingDef& def, const SettingValue& value, bool withUnit = false);
// The text that parseSettingValue reads back to the same value ("1" for DELTA; an edit box).
QString editText(const SettingDef& def, const SettingValue& value);

// A profile's check (DeviceProfile::validate) as an input error.
SettingInputError toInputError(const ValueError& error);

} // namespace commissioner

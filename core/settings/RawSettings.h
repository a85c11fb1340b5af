#pragma once

#include "base/Result.h"
#include "meter/MeterClient.h"
#include "settings/DeviceProfile.h"
#include "settings/TemplateError.h"
#include "settings/TemplateIo.h"

#include <QMap>
#include <QString>
#include <optional>

namespace commissioner {

// A setting whose value breaks its rule: read so from a meter (a PT_SECONDARY of 0, a nameplate
// holding bytes that are not printable ASCII) or written so in a file. It is kept exactly, so
// that a backup loses nothing and every other setting stays restorable, and it is never
// written to a meter.
struct InvalidSetting
{
    QString name;
    // The setting's registers as read (or as the file's value encodes them); empty when the
    // value does not fit the setting's registers at all (a string for a number...).
    Registers registers;
    QString valueText;   // for people, safe to print: the number, or text with \xHH escapes
    TemplateError error; // the rule broken: kind, setting, value, rule
};
using InvalidSettings = QMap<QString, InvalidSetting>;

// A template as a meter holds it: the settings that keep their rules, the ones that do not,
// and every register as read.
struct CheckedTemplate
{
    TemplateValues valid;
    InvalidSettings invalid;
    SettingRegisters registers;
};

// An ASCII setting's registers are clean when they hold printable ASCII (0x20-0x7E) up to the
// first NUL and only NULs after it: then they are exactly the text's encoding.
bool isCleanAscii(const Registers& regs);
// The bytes of registers as text for people: printable ASCII as is, a backslash as \\, any
// other byte as \xHH; trailing NULs dropped ("City\xffA", "AB\x00C").
QString escapedAscii(const Registers& regs);
// "FF41 0000 ..." (four upper-case hex digits a register), and back: exactly count words,
// nullopt on anything else.
QString registersHex(const Registers& regs);
std::optional<Registers> registersFromHex(const QString& text, int count);

// The registers a value takes when it fits its setting's type (u16 0-65535, s16, u32, u64,
// ASCII of Latin-1 characters within the setting's length), whether or not it keeps the
// setting's range; nullopt when it does not fit.
std::optional<Registers> registersOf(const SettingDef& def, const SettingValue& value);

// Checks one setting's registers against its rule: the value when it keeps it, else what is
// wrong (the registers kept).
Result<SettingValue, InvalidSetting> checkSettingRegisters(const SettingDef& def,
                                                           const Registers& regs);
// Every setting of the profile (a setting missing from registers counts as invalid).
CheckedTemplate checkTemplateRegisters(const DeviceProfile& profile,
                                       const SettingRegisters& registers);
// Reads the meter's whole template and checks it.
Result<CheckedTemplate, TemplateError> readCheckedTemplate(MeterClient& client,
                                                           const DeviceProfile& profile);

} // namespace commissioner

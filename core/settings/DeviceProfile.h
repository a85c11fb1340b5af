#pragma once

#include "base/Result.h"
#include "settings/TemplateError.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>
#include <variant>

namespace commissioner {

class DataFolder;

// The kinds of value a template setting holds (device-protocol.md section 4).
enum class SettingType
{
    U16,
    S16,
    U32,
    U64,
    Enum,
    Ascii
};

QString settingTypeName(SettingType type); // "u16", ... as in the profile files
std::optional<SettingType> settingTypeFromName(const QString& name);

// One setting's value: a whole number (u16, s16, u32, enum), an unsigned 64-bit number
// (u64: beyond what a double or qint64 holds exactly), or text (ascii).
class SettingValue
{
public:
    SettingValue() = default;
    static SettingValue integer(qint64 v)
    {
        SettingValue s;
        s.m_v = v;
        return s;
    }
    static SettingValue unsigned64(quint64 v)
    {
        SettingValue s;
        s.m_v = v;
        return s;
    }
    static SettingValue text(const QString& v)
    {
        SettingValue s;
        s.m_v = v;
        return s;
    }

    bool isInteger() const { return m_v.index() == 0; }
    bool isUnsigned64() const { return m_v.index() == 1; }
    bool isText() const { return m_v.index() == 2; }
    qint64 toInteger() const { return isInteger() ? std::get<0>(m_v) : 0; }
    quint64 toUnsigned64() const { return isUnsigned64() ? std::get<1>(m_v) : 0; }
    QString toText() const { return isText() ? std::get<2>(m_v) : QString(); }
    // The value as plain text: "120", "-35", "18446744073709551615", "Main feeder".
    QString toString() const;

    friend bool operator==(const SettingValue& a, const SettingValue& b) { return a.m_v == b.m_v; }
    friend bool operator!=(const SettingValue& a, const SettingValue& b) { return !(a == b); }

private:
    std::variant<qint64, quint64, QString> m_v{qint64(0)};
};

// Template settings by name.
using TemplateValues = QMap<QString, SettingValue>;

struct EnumOption
{
    qint64 value = 0;
    QString label;
};

struct SettingGroup
{
    QString id;   // "transformers", used on command lines
    QString name; // "Transformers"
    bool restoreByDefault = true;
    QString why; // why a group is left out unless asked
    // Settings that belong to one meter (its address, its nameplate, its energy readings): a
    // template of another meter restores them only when the person names the group.
    bool perMeter = false;
};

struct SettingDef
{
    QString name;
    QString group; // a SettingGroup id
    int address = 0;
    int registers = 1;
    SettingType type = SettingType::U16;
    QString unit;
    std::optional<qint64> min; // numeric range, when the profile gives one
    std::optional<qint64> max;
    QVector<qint64> allowed;     // allowed values ("1 or 5"), when the profile lists them
    QVector<EnumOption> options; // enum: the values and their labels
    SettingValue factoryDefault;

    int end() const { return address + registers; } // one past the last register
    // The value rule in the profile's words: "1-1000000", "one of 1, 5", "0 4W-WYE, 1 DELTA",
    // "at most 32 ASCII characters", "0-18446744073709551615".
    QString ruleText() const;
    // "1 (DELTA)" for enums, the plain value otherwise.
    QString displayValue(const SettingValue& v) const;
};

// Why a value does not fit its setting.
enum class ValueRule
{
    WrongType,
    BelowMinimum,
    AboveMaximum,
    NotAllowed,
    TooLong,
    NotAscii
};

struct ValueError
{
    QString setting;
    ValueRule rule = ValueRule::WrongType;
    QString ruleText; // the setting's rule in the profile's words
    QString value;    // the offending value as text

    TemplateError toTemplateError() const;
};

// A register that the template block has but that is not a template setting (the clock).
struct ExcludedRegister
{
    QString name;
    int address = 0;
    int registers = 0;
    QString why;
};

struct DeviceTypeInfo
{
    int deviceType = 0;
    QString model;
};

// One device family's template settings, as data (resources/profiles/*.json): a new meter
// type is a new file, not new code.
class DeviceProfile
{
public:
    // Reads and checks one profile file's contents; `origin` names it in errors.
    static Result<DeviceProfile, TemplateError> fromJson(const QByteArray& json,
                                                         const QString& origin);

    QString family() const { return m_family; }
    QString origin() const { return m_origin; }
    const QVector<DeviceTypeInfo>& deviceTypes() const { return m_deviceTypes; }
    bool hasDeviceType(int deviceType) const;
    QString modelFor(int deviceType) const;
    const QVector<SettingGroup>& groups() const { return m_groups; }
    const SettingGroup* group(const QString& id) const;
    // Settings in address order.
    const QVector<SettingDef>& settings() const { return m_settings; }
    const SettingDef* setting(const QString& name) const;
    const QVector<ExcludedRegister>& excluded() const { return m_excluded; }
    TemplateValues factoryDefaults() const;

    // Checks one value against its setting's type and range; nullopt when it fits.
    static std::optional<ValueError> validate(const SettingDef& def, const SettingValue& value);

private:
    QString m_family;
    QString m_origin;
    QVector<DeviceTypeInfo> m_deviceTypes;
    QVector<SettingGroup> m_groups;
    QVector<SettingDef> m_settings;
    QVector<ExcludedRegister> m_excluded;
};

// Every profile the tool knows: the compiled-in ones (":/profiles/*.json") and, optionally,
// those in a folder of the person's (a file there for a device type the compiled-in ones
// also have takes its place).
class DeviceProfiles
{
public:
    static Result<DeviceProfiles, TemplateError> load(const QString& userFolder = QString());
    // Compiled-in plus <data folder>/profiles when that folder exists.
    static Result<DeviceProfiles, TemplateError> load(const DataFolder& folder);
    static QString userFolder(const DataFolder& folder); // <data folder>/profiles

    const DeviceProfile* forDeviceType(int deviceType) const;
    const QVector<DeviceProfile>& all() const { return m_profiles; }
    void add(const DeviceProfile& profile); // replaces profiles' claims on the same device types

private:
    QVector<DeviceProfile> m_profiles;
};

} // namespace commissioner

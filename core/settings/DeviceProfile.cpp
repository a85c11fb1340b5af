#include "settings/DeviceProfile.h"

#include "settings/ProfileCache.h"
#include "store/DataFolder.h"

#include <algorithm>

namespace commissioner {

QString settingTypeName(SettingType type)
{
    switch (type) {
    case SettingType::U16:
        return QStringLiteral("u16");
    case SettingType::S16:
        return QStringLiteral("s16");
    case SettingType::U32:
        return QStringLiteral("u32");
    case SettingType::U64:
        return QStringLiteral("u64");
    case SettingType::Enum:
        return QStringLiteral("enum");
    case SettingType::Ascii:
        return QStringLiteral("ascii");
    }
    return QStringLiteral("?");
}

std::optional<SettingType> settingTypeFromName(const QString& name)
{
    for (SettingType t : {SettingType::U16, SettingType::S16, SettingType::U32, SettingType::U64,
                          SettingType::Enum, SettingType::Ascii})
        if (settingTypeName(t) == name)
            return t;
    return std::nullopt;
}

QString SettingValue::toString() const
{
    if (isInteger())
        return QString::number(toInteger());
    if (isUnsigned64())
        return QString::number(toUnsigned64());
    return toText();
}

// The range a type can hold at all, before the profile's own range.
static void typeBounds(SettingType type, qint64* lo, qint64* hi)
{
    switch (type) {
    case SettingType::S16:
        *lo = -32768;
        *hi = 32767;
        break;
    case SettingType::U32:
        *lo = 0;
        *hi = 0xFFFFFFFFLL;
        break;
    default:
        *lo = 0;
        *hi = 0xFFFF;
        break;
    }
}

QString SettingDef::ruleText() const
{
    switch (type) {
    case SettingType::Ascii:
        return QStringLiteral("at most %1 ASCII characters").arg(registers * 2);
    case SettingType::U64:
        return QStringLiteral("0-18446744073709551615");
    case SettingType::Enum: {
        QStringList parts;
        for (const EnumOption& o : options)
            parts << QStringLiteral("%1 %2").arg(o.value).arg(o.label);
        return parts.join(QStringLiteral(", "));
    }
    default:
        break;
    }
    if (!allowed.isEmpty()) {
        QStringList parts;
        for (qint64 v : allowed)
            parts << QString::number(v);
        return QStringLiteral("one of %1").arg(parts.join(QStringLiteral(", ")));
    }
    qint64 lo, hi;
    typeBounds(type, &lo, &hi);
    return QStringLiteral("%1 to %2").arg(min.value_or(lo)).arg(max.value_or(hi));
}

QString SettingDef::displayValue(const SettingValue& v) const
{
    if (type == SettingType::Enum && v.isInteger()) {
        for (const EnumOption& o : options)
            if (o.value == v.toInteger())
                return QStringLiteral("%1 (%2)").arg(v.toInteger()).arg(o.label);
    }
    return v.toString();
}

TemplateError ValueError::toTemplateError() const
{
    TemplateError e;
    e.kind =
        rule == ValueRule::WrongType ? TemplateErrorKind::WrongType : TemplateErrorKind::OutOfRange;
    e.setting = setting;
    e.rule = ruleText;
    e.value = value;
    return e;
}

std::optional<ValueError> DeviceProfile::validate(const SettingDef& def, const SettingValue& v)
{
    auto fail = [&](ValueRule rule) {
        return std::optional<ValueError>(ValueError{def.name, rule, def.ruleText(), v.toString()});
    };
    switch (def.type) {
    case SettingType::Ascii: {
        if (!v.isText())
            return fail(ValueRule::WrongType);
        const QString s = v.toText();
        for (const QChar c : s)
            if (c.unicode() < 0x20 || c.unicode() > 0x7E)
                return fail(ValueRule::NotAscii);
        if (s.size() > def.registers * 2)
            return fail(ValueRule::TooLong);
        return std::nullopt;
    }
    case SettingType::U64:
        return v.isUnsigned64() ? std::nullopt : fail(ValueRule::WrongType);
    default:
        break;
    }
    if (!v.isInteger())
        return fail(ValueRule::WrongType);
    const qint64 x = v.toInteger();
    if (def.type == SettingType::Enum) {
        for (const EnumOption& o : def.options)
            if (o.value == x)
                return std::nullopt;
        return fail(ValueRule::NotAllowed);
    }
    qint64 lo, hi;
    typeBounds(def.type, &lo, &hi);
    if (x < std::max(lo, def.min.value_or(lo)))
        return fail(def.allowed.isEmpty() ? ValueRule::BelowMinimum : ValueRule::NotAllowed);
    if (x > std::min(hi, def.max.value_or(hi)))
        return fail(def.allowed.isEmpty() ? ValueRule::AboveMaximum : ValueRule::NotAllowed);
    if (!def.allowed.isEmpty() && !def.allowed.contains(x))
        return fail(ValueRule::NotAllowed);
    return std::nullopt;
}

bool DeviceProfile::hasDeviceType(int deviceType) const
{
    return std::any_of(m_deviceTypes.begin(), m_deviceTypes.end(),
                       [&](const DeviceTypeInfo& d) { return d.deviceType == deviceType; });
}

QString DeviceProfile::modelFor(int deviceType) const
{
    for (const DeviceTypeInfo& d : m_deviceTypes)
        if (d.deviceType == deviceType)
            return d.model;
    return QString();
}

const SettingGroup* DeviceProfile::group(const QString& id) const
{
    for (const SettingGroup& g : m_groups)
        if (g.id == id)
            return &g;
    return nullptr;
}

const SettingDef* DeviceProfile::setting(const QString& name) const
{
    for (const SettingDef& s : m_settings)
        if (s.name == name)
            return &s;
    return nullptr;
}

TemplateValues DeviceProfile::factoryDefaults() const
{
    TemplateValues v;
    for (const SettingDef& s : m_settings)
        v.insert(s.name, s.factoryDefault);
    return v;
}

void DeviceProfiles::add(const DeviceProfile& profile)
{
    for (DeviceProfile& existing : m_profiles) {
        if (existing.origin() == profile.origin()) {
            existing = profile;
            return;
        }
    }
    // A later profile wins for the device types it names: put it first.
    m_profiles.prepend(profile);
}

const DeviceProfile* DeviceProfiles::forDeviceType(int deviceType) const
{
    for (const DeviceProfile& p : m_profiles)
        if (p.hasDeviceType(deviceType))
            return &p;
    return nullptr;
}

// The work itself, and why it is cached, is in ProfileCache.
Result<DeviceProfiles, TemplateError> DeviceProfiles::load(const QString& userFolder)
{
    return ProfileCache::load(userFolder);
}

QString DeviceProfiles::userFolder(const DataFolder& folder)
{
    return folder.root() + QStringLiteral("/profiles");
}

Result<DeviceProfiles, TemplateError> DeviceProfiles::load(const DataFolder& folder)
{
    return load(userFolder(folder));
}

} // namespace commissioner

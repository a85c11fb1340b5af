// Reading a device profile file (resources/profiles/*.json, <data folder>/profiles/*.json):
// DeviceProfile::fromJson and the checks it makes, in the order it makes them (the first
// rule broken is the error reported; tests and the fuzzer compare it).
#include "meter/RegisterMap.h"
#include "settings/DeviceProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace commissioner {

namespace {

// The registers a type takes; 0 for any number (ascii).
int registersForType(SettingType type)
{
    switch (type) {
    case SettingType::U32:
        return 2;
    case SettingType::U64:
        return 4;
    case SettingType::Ascii:
        return 0; // any
    default:
        return 1;
    }
}

struct ProfileReader
{
    QString origin;
    TemplateError error(const QString& detail, const QString& setting = QString()) const
    {
        TemplateError e;
        e.kind = TemplateErrorKind::ProfileInvalid;
        e.path = origin;
        e.setting = setting;
        e.detail = detail;
        return e;
    }
};

bool wholeNumber(const QJsonValue& v, qint64* out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (std::floor(d) != d || std::fabs(d) > 9007199254740992.0)
        return false;
    *out = qint64(d);
    return true;
}

// The template block's first and last register addresses.
struct TemplateBlock
{
    int first = 0;
    int last = 0;
};

Result<QVector<DeviceTypeInfo>, TemplateError> readDeviceTypes(const ProfileReader& r,
                                                               const QJsonObject& o)
{
    QVector<DeviceTypeInfo> types;
    for (const QJsonValue& dv : o.value(QStringLiteral("device_types")).toArray()) {
        const QJsonObject d = dv.toObject();
        qint64 type = 0;
        if (!wholeNumber(d.value(QStringLiteral("device_type")), &type) || type < 1 ||
            type > 0xFFFF)
            return r.error(QStringLiteral("a device type is not a number from 1 to 65535"));
        types.append({int(type), d.value(QStringLiteral("model")).toString()});
    }
    if (types.isEmpty())
        return r.error(QStringLiteral("no \"device_types\""));
    return types;
}

bool hasGroup(const QVector<SettingGroup>& groups, const QString& id)
{
    return std::any_of(groups.begin(), groups.end(),
                       [&](const SettingGroup& g) { return g.id == id; });
}

Result<QVector<SettingGroup>, TemplateError> readGroups(const ProfileReader& r,
                                                        const QJsonObject& o)
{
    QVector<SettingGroup> groups;
    for (const QJsonValue& gv : o.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject g = gv.toObject();
        SettingGroup group{g.value(QStringLiteral("id")).toString(),
                           g.value(QStringLiteral("name")).toString(),
                           g.value(QStringLiteral("restore_by_default")).toBool(true),
                           g.value(QStringLiteral("why")).toString(),
                           g.value(QStringLiteral("per_meter")).toBool(false)};
        if (group.id.isEmpty() || hasGroup(groups, group.id))
            return r.error(QStringLiteral("a group without an id, or twice: \"%1\"").arg(group.id));
        if (group.name.isEmpty())
            group.name = group.id;
        groups.append(group);
    }
    return groups;
}

Result<QVector<ExcludedRegister>, TemplateError> readExcluded(const ProfileReader& r,
                                                              const QJsonObject& o)
{
    QVector<ExcludedRegister> excluded;
    for (const QJsonValue& xv : o.value(QStringLiteral("excluded")).toArray()) {
        const QJsonObject x = xv.toObject();
        excluded.append({x.value(QStringLiteral("name")).toString(),
                         x.value(QStringLiteral("address")).toInt(),
                         x.value(QStringLiteral("registers")).toInt(),
                         x.value(QStringLiteral("why")).toString()});
        const ExcludedRegister& added = excluded.last();
        if (added.address < 0 || added.address > 0xFFFF || added.registers < 1 ||
            added.registers > 0x10000 - added.address)
            return r.error(QStringLiteral("an excluded register outside the register map"),
                           added.name);
    }
    return excluded;
}

// A setting's "min", "max", "allowed" and enum "options".
std::optional<TemplateError> readValueRules(const ProfileReader& r, const QJsonObject& s,
                                            SettingDef& d)
{
    qint64 n = 0;
    if (s.contains(QStringLiteral("min"))) {
        if (!wholeNumber(s.value(QStringLiteral("min")), &n))
            return r.error(QStringLiteral("\"min\" is not a whole number"), d.name);
        d.min = n;
    }
    if (s.contains(QStringLiteral("max"))) {
        if (!wholeNumber(s.value(QStringLiteral("max")), &n))
            return r.error(QStringLiteral("\"max\" is not a whole number"), d.name);
        d.max = n;
    }
    for (const QJsonValue& av : s.value(QStringLiteral("allowed")).toArray()) {
        if (!wholeNumber(av, &n))
            return r.error(QStringLiteral("an allowed value is not a whole number"), d.name);
        d.allowed.append(n);
    }
    for (const QJsonValue& ov : s.value(QStringLiteral("options")).toArray()) {
        const QJsonObject opt = ov.toObject();
        // An enum is one register: a choice it cannot hold would be stored as another.
        if (!wholeNumber(opt.value(QStringLiteral("value")), &n) || n < 0 || n > 0xFFFF)
            return r.error(QStringLiteral("an option value is not a whole number from 0 to 65535"),
                           d.name);
        d.options.append({n, opt.value(QStringLiteral("label")).toString()});
    }
    if (d.type == SettingType::Enum && d.options.isEmpty())
        return r.error(QStringLiteral("an enum without \"options\""), d.name);
    return std::nullopt;
}

// A setting's "default", which must keep the setting's own rule.
std::optional<TemplateError> readFactoryDefault(const ProfileReader& r, const QJsonObject& s,
                                                SettingDef& d)
{
    qint64 n = 0;
    const QJsonValue def = s.value(QStringLiteral("default"));
    if (d.type == SettingType::Ascii) {
        d.factoryDefault = SettingValue::text(def.toString());
    } else if (d.type == SettingType::U64) {
        bool ok = false;
        const quint64 u = def.isString() ? def.toString().toULongLong(&ok) : 0;
        if (!ok && wholeNumber(def, &n) && n >= 0) {
            ok = true;
            d.factoryDefault = SettingValue::unsigned64(quint64(n));
        } else {
            d.factoryDefault = SettingValue::unsigned64(u);
        }
        if (!ok)
            return r.error(QStringLiteral("\"default\" is not an unsigned number"), d.name);
    } else {
        if (!wholeNumber(def, &n))
            return r.error(QStringLiteral("\"default\" is not a whole number"), d.name);
        d.factoryDefault = SettingValue::integer(n);
    }
    if (const auto bad = DeviceProfile::validate(d, d.factoryDefault))
        return r.error(QStringLiteral("the factory default %1 breaks its own rule %2")
                           .arg(bad->value, bad->ruleText),
                       d.name);
    return std::nullopt;
}

// One entry of "settings"; names holds the names already read.
Result<SettingDef, TemplateError> readSetting(const ProfileReader& r, const QJsonObject& s,
                                              const QVector<SettingGroup>& groups,
                                              TemplateBlock block, QSet<QString>& names)
{
    SettingDef d;
    d.name = s.value(QStringLiteral("name")).toString();
    if (d.name.isEmpty() || names.contains(d.name))
        return r.error(QStringLiteral("a setting without a name, or twice"), d.name);
    names.insert(d.name);
    d.group = s.value(QStringLiteral("group")).toString();
    if (!hasGroup(groups, d.group))
        return r.error(QStringLiteral("unknown group \"%1\"").arg(d.group), d.name);
    const auto type = settingTypeFromName(s.value(QStringLiteral("type")).toString());
    if (!type)
        return r.error(
            QStringLiteral("unknown type \"%1\"").arg(s.value(QStringLiteral("type")).toString()),
            d.name);
    d.type = *type;
    d.address = s.value(QStringLiteral("address")).toInt(-1);
    d.registers = s.value(QStringLiteral("registers")).toInt(0);
    const int expected = registersForType(d.type);
    // A setting is read and written whole, in one request.
    if (d.registers < 1 || d.registers > regs::MaxWriteRegisters ||
        (expected && d.registers != expected))
        return r.error(QStringLiteral("%1 registers do not fit type %2")
                           .arg(d.registers)
                           .arg(settingTypeName(d.type)),
                       d.name);
    if (d.address < block.first || d.address > block.last || d.end() - 1 > block.last)
        return r.error(QStringLiteral("address outside the template block"), d.name);
    d.unit = s.value(QStringLiteral("unit")).toString();
    if (auto e = readValueRules(r, s, d))
        return *e;
    if (auto e = readFactoryDefault(r, s, d))
        return *e;
    return d;
}

// Every entry of "settings", in address order.
Result<QVector<SettingDef>, TemplateError> readSettings(const ProfileReader& r,
                                                        const QJsonObject& o,
                                                        const QVector<SettingGroup>& groups,
                                                        TemplateBlock block)
{
    QVector<SettingDef> settings;
    QSet<QString> names;
    for (const QJsonValue& sv : o.value(QStringLiteral("settings")).toArray()) {
        auto d = readSetting(r, sv.toObject(), groups, block, names);
        if (!d)
            return d.error();
        settings.append(d.value());
    }
    if (settings.isEmpty())
        return r.error(QStringLiteral("no \"settings\""));
    std::sort(settings.begin(), settings.end(),
              [](const SettingDef& a, const SettingDef& b) { return a.address < b.address; });
    return settings;
}

// No two settings share a register, and no setting covers an excluded one.
std::optional<TemplateError> checkOverlaps(const ProfileReader& r,
                                           const QVector<SettingDef>& settings,
                                           const QVector<ExcludedRegister>& excluded)
{
    for (int i = 1; i < settings.size(); ++i)
        if (settings[i].address < settings[i - 1].end())
            return r.error(QStringLiteral("overlaps %1").arg(settings[i - 1].name),
                           settings[i].name);
    for (const ExcludedRegister& x : excluded)
        for (const SettingDef& d : settings)
            if (x.address < d.end() && d.address < x.address + x.registers)
                return r.error(QStringLiteral("overlaps the excluded register %1").arg(x.name),
                               d.name);
    return std::nullopt;
}

} // namespace

Result<DeviceProfile, TemplateError> DeviceProfile::fromJson(const QByteArray& json,
                                                             const QString& origin)
{
    ProfileReader r{origin};
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return r.error(QStringLiteral("not a JSON object: %1 at offset %2")
                           .arg(pe.errorString())
                           .arg(pe.offset));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() !=
        QLatin1String("commissioner-device-profile"))
        return r.error(QStringLiteral("\"format\" is not \"commissioner-device-profile\""));
    if (o.value(QStringLiteral("format_version")).toInt() != 1)
        return r.error(QStringLiteral("unknown \"format_version\""));

    DeviceProfile p;
    p.m_origin = origin;
    p.m_family = o.value(QStringLiteral("family")).toString();
    const auto types = readDeviceTypes(r, o);
    if (!types)
        return types.error();
    p.m_deviceTypes = types.value();

    const QJsonObject block = o.value(QStringLiteral("template_block")).toObject();
    const int first = block.value(QStringLiteral("first")).toInt(-1);
    const int last = block.value(QStringLiteral("last")).toInt(-1);
    if (first < 0 || last < first || last > 0xFFFF)
        return r.error(QStringLiteral("\"template_block\" needs \"first\" and \"last\" addresses"));

    const auto groups = readGroups(r, o);
    if (!groups)
        return groups.error();
    p.m_groups = groups.value();
    const auto excluded = readExcluded(r, o);
    if (!excluded)
        return excluded.error();
    p.m_excluded = excluded.value();
    const auto settings = readSettings(r, o, p.m_groups, TemplateBlock{first, last});
    if (!settings)
        return settings.error();
    p.m_settings = settings.value();
    if (auto e = checkOverlaps(r, p.m_settings, p.m_excluded))
        return *e;
    return p;
}

} // namespace commissioner

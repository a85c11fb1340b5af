#include "settings/DeviceProfile.h"

#include "meter/RegisterMap.h"
#include "store/DataFolder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <cmath>

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

static int registersForType(SettingType type)
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

namespace {

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
    for (const QJsonValue& dv : o.value(QStringLiteral("device_types")).toArray()) {
        const QJsonObject d = dv.toObject();
        qint64 type = 0;
        if (!wholeNumber(d.value(QStringLiteral("device_type")), &type) || type < 1 ||
            type > 0xFFFF)
            return r.error(QStringLiteral("a device type is not a number from 1 to 65535"));
        p.m_deviceTypes.append({int(type), d.value(QStringLiteral("model")).toString()});
    }
    if (p.m_deviceTypes.isEmpty())
        return r.error(QStringLiteral("no \"device_types\""));

    const QJsonObject block = o.value(QStringLiteral("template_block")).toObject();
    const int first = block.value(QStringLiteral("first")).toInt(-1);
    const int last = block.value(QStringLiteral("last")).toInt(-1);
    if (first < 0 || last < first || last > 0xFFFF)
        return r.error(QStringLiteral("\"template_block\" needs \"first\" and \"last\" addresses"));

    for (const QJsonValue& gv : o.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject g = gv.toObject();
        SettingGroup group{g.value(QStringLiteral("id")).toString(),
                           g.value(QStringLiteral("name")).toString(),
                           g.value(QStringLiteral("restore_by_default")).toBool(true),
                           g.value(QStringLiteral("why")).toString(),
                           g.value(QStringLiteral("per_meter")).toBool(false)};
        if (group.id.isEmpty() || p.group(group.id))
            return r.error(QStringLiteral("a group without an id, or twice: \"%1\"").arg(group.id));
        if (group.name.isEmpty())
            group.name = group.id;
        p.m_groups.append(group);
    }

    for (const QJsonValue& xv : o.value(QStringLiteral("excluded")).toArray()) {
        const QJsonObject x = xv.toObject();
        p.m_excluded.append({x.value(QStringLiteral("name")).toString(),
                             x.value(QStringLiteral("address")).toInt(),
                             x.value(QStringLiteral("registers")).toInt(),
                             x.value(QStringLiteral("why")).toString()});
        const ExcludedRegister& added = p.m_excluded.last();
        if (added.address < 0 || added.address > 0xFFFF || added.registers < 1 ||
            added.registers > 0x10000 - added.address)
            return r.error(QStringLiteral("an excluded register outside the register map"),
                           added.name);
    }

    QSet<QString> names;
    for (const QJsonValue& sv : o.value(QStringLiteral("settings")).toArray()) {
        const QJsonObject s = sv.toObject();
        SettingDef d;
        d.name = s.value(QStringLiteral("name")).toString();
        if (d.name.isEmpty() || names.contains(d.name))
            return r.error(QStringLiteral("a setting without a name, or twice"), d.name);
        names.insert(d.name);
        d.group = s.value(QStringLiteral("group")).toString();
        if (!p.group(d.group))
            return r.error(QStringLiteral("unknown group \"%1\"").arg(d.group), d.name);
        const auto type = settingTypeFromName(s.value(QStringLiteral("type")).toString());
        if (!type)
            return r.error(QStringLiteral("unknown type \"%1\"")
                               .arg(s.value(QStringLiteral("type")).toString()),
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
        if (d.address < first || d.address > last || d.end() - 1 > last)
            return r.error(QStringLiteral("address outside the template block"), d.name);
        d.unit = s.value(QStringLiteral("unit")).toString();
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
                return r.error(
                    QStringLiteral("an option value is not a whole number from 0 to 65535"),
                    d.name);
            d.options.append({n, opt.value(QStringLiteral("label")).toString()});
        }
        if (d.type == SettingType::Enum && d.options.isEmpty())
            return r.error(QStringLiteral("an enum without \"options\""), d.name);

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
        if (const auto bad = validate(d, d.factoryDefault))
            return r.error(QStringLiteral("the factory default %1 breaks its own rule %2")
                               .arg(bad->value, bad->ruleText),
                           d.name);
        p.m_settings.append(d);
    }
    if (p.m_settings.isEmpty())
        return r.error(QStringLiteral("no \"settings\""));
    std::sort(p.m_settings.begin(), p.m_settings.end(),
              [](const SettingDef& a, const SettingDef& b) { return a.address < b.address; });
    for (int i = 1; i < p.m_settings.size(); ++i)
        if (p.m_settings[i].address < p.m_settings[i - 1].end())
            return r.error(QStringLiteral("overlaps %1").arg(p.m_settings[i - 1].name),
                           p.m_settings[i].name);
    for (const ExcludedRegister& x : p.m_excluded)
        for (const SettingDef& d : p.m_settings)
            if (x.address < d.end() && d.address < x.address + x.registers)
                return r.error(QStringLiteral("overlaps the excluded register %1").arg(x.name),
                               d.name);
    return p;
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

static Result<Ok, TemplateError> loadFolder(DeviceProfiles& into, const QString& folder)
{
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            TemplateError e;
            e.kind = TemplateErrorKind::FileUnreadable;
            e.path = path;
            e.detail = f.errorString();
            return e;
        }
        auto profile = DeviceProfile::fromJson(f.readAll(), path);
        if (!profile)
            return profile.error();
        into.add(profile.value());
    }
    return Ok{};
}

Result<DeviceProfiles, TemplateError> DeviceProfiles::load(const QString& userFolder)
{
    DeviceProfiles all;
    if (auto r = loadFolder(all, QStringLiteral(":/profiles")); !r)
        return r.error();
    if (!userFolder.isEmpty() && QDir(userFolder).exists())
        if (auto r = loadFolder(all, userFolder); !r)
            return r.error();
    return all;
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

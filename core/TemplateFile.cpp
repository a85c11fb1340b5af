#include "TemplateFile.h"

#include "DataFolder.h"
#include "MeterIdentity.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace commissioner {

namespace {

QByteArray jsonString(const QString& s)
{
    QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2); // drop [ and ]
}

TemplateError fieldError(const QString& field, const QString& detail = QString())
{
    TemplateError e;
    e.kind = TemplateErrorKind::MissingField;
    e.field = field;
    e.detail = detail;
    return e;
}

TemplateError settingError(TemplateErrorKind kind, const SettingDef& def, const QString& value,
                           const QString& rule = QString())
{
    TemplateError e;
    e.kind = kind;
    e.setting = def.name;
    e.value = value;
    e.rule = rule.isEmpty() ? def.ruleText() : rule;
    return e;
}

QString jsonValueText(const QJsonValue& v)
{
    if (v.isString())
        return jsonString(v.toString());
    if (v.isDouble()) {
        const double d = v.toDouble();
        return std::floor(d) == d && std::fabs(d) < 1e18 ? QString::number(qint64(d))
                                                         : QString::number(d, 'g', 17);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isNull())
        return QStringLiteral("null");
    if (v.isArray())
        return QStringLiteral("[...]");
    if (v.isObject())
        return QStringLiteral("{...}");
    return QStringLiteral("(nothing)");
}

QString expectedKind(const SettingDef& def)
{
    switch (def.type) {
    case SettingType::Ascii:
        return QStringLiteral("a string");
    case SettingType::U64:
        return QStringLiteral("a string of decimal digits (u64)");
    default:
        return QStringLiteral("a whole number (%1)").arg(settingTypeName(def.type));
    }
}

Result<SettingValue, TemplateError> readValue(const SettingDef& def, const QJsonValue& v)
{
    const QString text = jsonValueText(v);
    SettingValue value;
    if (def.type == SettingType::Ascii) {
        if (!v.isString())
            return settingError(TemplateErrorKind::WrongType, def, text, expectedKind(def));
        value = SettingValue::text(v.toString());
    } else if (def.type == SettingType::U64) {
        if (v.isString()) {
            const QString s = v.toString();
            bool digits = !s.isEmpty();
            for (const QChar c : s)
                digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
            if (!digits)
                return settingError(TemplateErrorKind::WrongType, def, text, expectedKind(def));
            bool ok = false;
            const quint64 u = s.toULongLong(&ok);
            if (!ok)
                return settingError(TemplateErrorKind::OutOfRange, def, s);
            value = SettingValue::unsigned64(u);
        } else if (v.isDouble() && std::floor(v.toDouble()) == v.toDouble()) {
            // A number is taken only while a double holds it exactly.
            const double d = v.toDouble();
            if (d < 0 || d > 9007199254740992.0)
                return settingError(TemplateErrorKind::OutOfRange, def, text,
                                    def.ruleText() +
                                        QStringLiteral(", written as a string above 2^53"));
            value = SettingValue::unsigned64(quint64(d));
        } else {
            return settingError(TemplateErrorKind::WrongType, def, text, expectedKind(def));
        }
    } else {
        if (!v.isDouble() || std::floor(v.toDouble()) != v.toDouble())
            return settingError(TemplateErrorKind::WrongType, def, text, expectedKind(def));
        const double d = v.toDouble();
        if (std::fabs(d) > 9007199254740992.0)
            return settingError(TemplateErrorKind::OutOfRange, def, text);
        value = SettingValue::integer(qint64(d));
    }
    if (const auto bad = DeviceProfile::validate(def, value))
        return bad->toTemplateError();
    return value;
}

} // namespace

TemplateFile TemplateFile::fromMeter(const MeterIdentity& id, const TemplateValues& values,
                                     const QString& reason)
{
    TemplateFile f;
    f.deviceType = id.deviceType;
    f.model = id.modelName;
    f.hwRevision = id.hwRevision;
    f.firmware = id.firmware.toString();
    f.serialNumber = id.serialNumber;
    f.savedAt = QDateTime::currentDateTimeUtc();
    f.reason = reason;
    f.settings = values;
    return f;
}

QByteArray TemplateFile::toJson(const DeviceProfile& profile) const
{
    QByteArray o;
    auto field = [&](const char* name, const QByteArray& value, bool comma = true) {
        o += "  \"" + QByteArray(name) + "\": " + value + (comma ? ",\n" : "\n");
    };
    o += "{\n";
    field("format", jsonString(QStringLiteral("commissioner-template")));
    field("format_version", QByteArray::number(FormatVersion));
    field("device_type", QByteArray::number(deviceType));
    field("model", jsonString(model));
    field("hw_revision", QByteArray::number(hwRevision));
    field("firmware", jsonString(firmware));
    field("serial_number", jsonString(serialNumber));
    field("saved_at", jsonString(savedAt.toUTC().toString(Qt::ISODate)));
    field("reason", jsonString(reason));
    field("tool_version", jsonString(toolVersion));
    o += "  \"settings\": {\n";
    const QVector<SettingDef>& defs = profile.settings();
    for (int i = 0; i < defs.size(); ++i) {
        const SettingDef& d = defs[i];
        const SettingValue v = settings.value(d.name, d.factoryDefault);
        const SettingGroup* g = profile.group(d.group);
        QByteArray entry = "{\"group\": " + jsonString(g ? g->name : d.group) + ", \"value\": ";
        if (d.type == SettingType::Ascii || d.type == SettingType::U64)
            entry += jsonString(v.toString());
        else
            entry += QByteArray::number(v.toInteger());
        if (d.type == SettingType::Enum)
            for (const EnumOption& opt : d.options)
                if (opt.value == v.toInteger())
                    entry += ", \"label\": " + jsonString(opt.label);
        entry += ", \"unit\": " + jsonString(d.unit) + "}";
        o += "    " + jsonString(d.name) + ": " + entry + (i + 1 < defs.size() ? ",\n" : "\n");
    }
    o += "  }\n}\n";
    return o;
}

Result<TemplateFile, TemplateError> parseTemplate(const QByteArray& json,
                                                  const DeviceProfiles& profiles)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        TemplateError e;
        e.kind = TemplateErrorKind::NotJson;
        e.offset = pe.offset;
        e.detail = pe.errorString();
        const QByteArray before = json.left(pe.offset);
        e.line = before.count('\n') + 1;
        e.column = pe.offset - (before.lastIndexOf('\n') + 1) + 1;
        return e;
    }
    if (!doc.isObject()) {
        TemplateError e;
        e.kind = TemplateErrorKind::NotATemplate;
        e.detail = QStringLiteral("the top level is not an object");
        return e;
    }
    const QJsonObject o = doc.object();
    const QJsonValue format = o.value(QStringLiteral("format"));
    if (format.toString() != QLatin1String("commissioner-template")) {
        TemplateError e;
        e.kind = TemplateErrorKind::NotATemplate;
        e.value = jsonValueText(format);
        return e;
    }
    const QJsonValue version = o.value(QStringLiteral("format_version"));
    if (!version.isDouble())
        return fieldError(QStringLiteral("format_version"), QStringLiteral("a number is needed"));
    if (version.toDouble() != TemplateFile::FormatVersion) {
        TemplateError e;
        e.kind = TemplateErrorKind::UnknownFormatVersion;
        e.value = jsonValueText(version);
        return e;
    }

    TemplateFile f;
    const QJsonValue type = o.value(QStringLiteral("device_type"));
    if (!type.isDouble() || std::floor(type.toDouble()) != type.toDouble())
        return fieldError(QStringLiteral("device_type"),
                          QStringLiteral("a whole number is needed"));
    f.deviceType = int(type.toDouble());
    const DeviceProfile* profile = profiles.forDeviceType(f.deviceType);
    if (!profile) {
        TemplateError e;
        e.kind = TemplateErrorKind::UnknownDeviceType;
        e.value = QString::number(f.deviceType);
        return e;
    }

    auto optionalString = [&](const char* name, QString* out) -> bool {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined())
            return true;
        if (!v.isString())
            return false;
        *out = v.toString();
        return true;
    };
    for (const auto& [name, out] : {std::pair<const char*, QString*>{"model", &f.model},
                                    {"firmware", &f.firmware},
                                    {"serial_number", &f.serialNumber},
                                    {"reason", &f.reason},
                                    {"tool_version", &f.toolVersion}})
        if (!optionalString(name, out))
            return fieldError(QLatin1String(name), QStringLiteral("a string is needed"));
    const QJsonValue hw = o.value(QStringLiteral("hw_revision"));
    if (!hw.isUndefined() && !hw.isDouble())
        return fieldError(QStringLiteral("hw_revision"), QStringLiteral("a number is needed"));
    f.hwRevision = hw.toInt();
    const QJsonValue saved = o.value(QStringLiteral("saved_at"));
    if (!saved.isUndefined()) {
        f.savedAt = QDateTime::fromString(saved.toString(), Qt::ISODate);
        if (!f.savedAt.isValid())
            return fieldError(QStringLiteral("saved_at"),
                              QStringLiteral("an ISO 8601 time is needed"));
        f.savedAt = f.savedAt.toUTC();
    }

    const QJsonValue settingsValue = o.value(QStringLiteral("settings"));
    if (!settingsValue.isObject())
        return fieldError(QStringLiteral("settings"),
                          QStringLiteral("an object of settings by name is needed"));
    const QJsonObject settings = settingsValue.toObject();
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (!profile->setting(it.key())) {
            TemplateError e;
            e.kind = TemplateErrorKind::UnknownSetting;
            e.setting = it.key();
            return e;
        }
    }
    for (const SettingDef& def : profile->settings()) {
        if (!settings.contains(def.name)) {
            TemplateError e;
            e.kind = TemplateErrorKind::MissingSetting;
            e.setting = def.name;
            return e;
        }
        const QJsonValue entry = settings.value(def.name);
        if (!entry.isObject() || !entry.toObject().contains(QStringLiteral("value")))
            return settingError(TemplateErrorKind::WrongType, def, jsonValueText(entry),
                                QStringLiteral("an object with a \"value\""));
        const QJsonObject e = entry.toObject();
        const QJsonValue unit = e.value(QStringLiteral("unit"));
        if (!unit.isUndefined() && unit.toString() != def.unit)
            return settingError(TemplateErrorKind::UnitMismatch, def, jsonValueText(unit),
                                def.unit);
        auto value = readValue(def, e.value(QStringLiteral("value")));
        if (!value)
            return value.error();
        f.settings.insert(def.name, value.value());
    }
    return f;
}

Result<TemplateFile, TemplateError> loadTemplateFile(const QString& path,
                                                     const DeviceProfiles& profiles)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        TemplateError e;
        e.kind = TemplateErrorKind::FileUnreadable;
        e.path = path;
        e.detail = file.errorString();
        return e;
    }
    auto parsed = parseTemplate(file.readAll(), profiles);
    if (!parsed) {
        TemplateError e = parsed.error();
        e.path = path;
        return e;
    }
    return parsed;
}

Result<Ok, TemplateError> saveTemplateFile(const QString& path, const TemplateFile& file,
                                           const DeviceProfile& profile)
{
    QString why;
    if (!writeFileDurably(path, file.toJson(profile), &why)) {
        TemplateError e;
        e.kind = TemplateErrorKind::FileNotWritten;
        e.path = path;
        e.detail = why;
        return e;
    }
    return Ok{};
}

} // namespace commissioner

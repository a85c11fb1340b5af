#include "settings/TemplateFile.h"

#include "base/JsonNumbers.h"
#include "base/PrintableText.h"
#include "meter/MeterIdentity.h"
#include "settings/TemplateIo.h"
#include "store/DataFolder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <optional>

namespace commissioner {

namespace {

constexpr quint64 kLargestExactJsonNumber = Q_UINT64_C(9007199254740992); // 2^53

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

// A setting's value from its "value": the value when it keeps its rule; otherwise the
// error, and the value too when it is of the setting's type (its registers are known).
struct ReadValue
{
    std::optional<SettingValue> value;
    std::optional<TemplateError> error;
};

ReadValue broken(const TemplateError& e, std::optional<SettingValue> value = std::nullopt)
{
    return ReadValue{std::move(value), e};
}

// numberText: the number as written in the file, when v is a number.
ReadValue readValue(const SettingDef& def, const QJsonValue& v, const QByteArray& numberText)
{
    const QString text =
        v.isDouble() && !numberText.isEmpty() ? QString::fromLatin1(numberText) : jsonValueText(v);
    SettingValue value;
    if (def.type == SettingType::Ascii) {
        if (!v.isString())
            return broken(settingError(TemplateErrorKind::WrongType, def, text, expectedKind(def)));
        value = SettingValue::text(v.toString());
    } else if (def.type == SettingType::U64 && v.isString()) {
        const QString s = v.toString();
        bool digits = !s.isEmpty();
        for (const QChar c : s)
            digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (!digits)
            return broken(settingError(TemplateErrorKind::WrongType, def, text, expectedKind(def)));
        bool ok = false;
        const quint64 u = s.toULongLong(&ok);
        if (!ok)
            return broken(settingError(TemplateErrorKind::OutOfRange, def, s));
        value = SettingValue::unsigned64(u);
    } else {
        if (!v.isDouble())
            return broken(settingError(TemplateErrorKind::WrongType, def, text, expectedKind(def)));
        // Exactly as written: Qt has already rounded 1.5 or 9007199254740993 to a neighbour.
        const auto whole = wholeNumberText(numberText);
        if (!whole)
            return broken(settingError(TemplateErrorKind::WrongType, def, text,
                                       expectedKind(def) + QStringLiteral(", exactly")));
        if (def.type == SettingType::U64) {
            if (whole->startsWith(QLatin1Char('-')))
                return broken(settingError(TemplateErrorKind::OutOfRange, def, text));
            bool ok = false;
            const quint64 u = whole->toULongLong(&ok);
            if (!ok || u > kLargestExactJsonNumber)
                return broken(settingError(
                    TemplateErrorKind::OutOfRange, def, text,
                    QStringLiteral("a JSON number up to 2^53 (9007199254740992); write a larger "
                                   "value as a string of decimal digits")));
            value = SettingValue::unsigned64(u);
        } else {
            bool ok = false;
            const qint64 x = whole->toLongLong(&ok);
            if (!ok)
                return broken(settingError(TemplateErrorKind::OutOfRange, def, text));
            value = SettingValue::integer(x);
        }
    }
    if (const auto bad = DeviceProfile::validate(def, value))
        return broken(bad->toTemplateError(), value);
    return ReadValue{value, std::nullopt};
}

InvalidSetting invalidSetting(const SettingDef& def, const TemplateError& e,
                              const std::optional<SettingValue>& value)
{
    InvalidSetting bad;
    bad.name = def.name;
    bad.error = e;
    bad.error.setting = def.name;
    if (value) {
        bad.registers = registersOf(def, *value).value_or(Registers{});
        bad.valueText = def.type == SettingType::Ascii && !bad.registers.isEmpty()
                            ? escapedAscii(bad.registers)
                            : printableText(value->toString());
    } else {
        bad.valueText = printableText(e.value);
    }
    return bad;
}

// One setting's entry of the file: its value, or why it is not usable.
Result<SettingValue, InvalidSetting> readSetting(const SettingDef& def, const QJsonValue& entry,
                                                 const QHash<QString, QByteArray>& numbers)
{
    if (!entry.isObject() || (!entry.toObject().contains(QStringLiteral("value")) &&
                              !entry.toObject().contains(QStringLiteral("registers"))))
        return invalidSetting(def,
                              settingError(TemplateErrorKind::WrongType, def, jsonValueText(entry),
                                           QStringLiteral("an object with a \"value\"")),
                              std::nullopt);
    const QJsonObject e = entry.toObject();
    const QJsonValue unit = e.value(QStringLiteral("unit"));
    if (!unit.isUndefined() && unit.toString() != def.unit)
        return invalidSetting(
            def, settingError(TemplateErrorKind::UnitMismatch, def, jsonValueText(unit), def.unit),
            std::nullopt);
    // Raw registers stand for the value only while "value" is null: a value a person wrote
    // in their place wins.
    const QJsonValue hex = e.value(QStringLiteral("registers"));
    const QJsonValue given = e.value(QStringLiteral("value"));
    if (!hex.isUndefined() && (given.isNull() || given.isUndefined())) {
        const auto regs = registersFromHex(hex.toString(), def.registers);
        if (!regs)
            return invalidSetting(
                def,
                settingError(TemplateErrorKind::WrongType, def, jsonValueText(hex),
                             QStringLiteral("%1 registers of four hex digits").arg(def.registers)),
                std::nullopt);
        return checkSettingRegisters(def, *regs);
    }
    const QString at = jsonPath({QStringLiteral("settings"), def.name, QStringLiteral("value")});
    const ReadValue read = readValue(def, given, numbers.value(at));
    if (read.error)
        return invalidSetting(def, *read.error, read.value);
    return *read.value;
}

} // namespace

TemplateFile TemplateFile::fromMeter(const MeterIdentity& id, const CheckedTemplate& read,
                                     const QString& reason)
{
    TemplateFile f = fromMeter(id, read.valid, reason);
    f.invalid = read.invalid;
    return f;
}

SettingRegisters TemplateFile::registers(const DeviceProfile& profile) const
{
    SettingRegisters out;
    for (const SettingDef& def : profile.settings()) {
        if (settings.contains(def.name))
            out.insert(def.name, encodeSetting(def, settings.value(def.name)));
        else if (invalid.contains(def.name) && !invalid.value(def.name).registers.isEmpty())
            out.insert(def.name, invalid.value(def.name).registers);
    }
    return out;
}

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

// The rest of an invalid setting's entry, after "value": (see the header).
static QByteArray invalidEntry(const SettingDef& d, const InvalidSetting& bad)
{
    QByteArray entry;
    const bool number = d.type != SettingType::Ascii && d.type != SettingType::U64;
    if (number && bad.registers.size() == d.registers) {
        entry += QByteArray::number(decodeSetting(d, bad.registers, 0).toInteger());
    } else if (bad.registers.size() == d.registers) {
        entry += "null, \"registers\": " + jsonString(registersHex(bad.registers)) +
                 ", \"text\": " + jsonString(escapedAscii(bad.registers));
    } else {
        entry += "null, \"text\": " + jsonString(bad.valueText);
    }
    entry += ", \"unit\": " + jsonString(d.unit) +
             ", \"invalid\": " + jsonString(describe(bad.error)) + "}";
    return entry;
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
    if (savedAt.isValid()) // a file read without "saved_at" has none: "" would not read back
        field("saved_at", jsonString(savedAt.toUTC().toString(Qt::ISODate)));
    field("reason", jsonString(reason));
    field("tool_version", jsonString(toolVersion));
    o += "  \"settings\": {\n";
    const QVector<SettingDef>& defs = profile.settings();
    for (int i = 0; i < defs.size(); ++i) {
        const SettingDef& d = defs[i];
        const SettingGroup* g = profile.group(d.group);
        QByteArray entry = "{\"group\": " + jsonString(g ? g->name : d.group) + ", \"value\": ";
        if (invalid.contains(d.name) && !settings.contains(d.name)) {
            o += "    " + jsonString(d.name) + ": " + entry + invalidEntry(d, invalid[d.name]) +
                 (i + 1 < defs.size() ? ",\n" : "\n");
            continue;
        }
        const SettingValue v = settings.value(d.name, d.factoryDefault);
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

namespace {

// The document's top-level object, when it is a template of a format version this tool reads.
Result<QJsonObject, TemplateError> readTemplateObject(const QByteArray& json)
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
    return o;
}

// Where the settings came from: model, firmware, serial number, reason, tool version,
// hardware revision and time saved (each optional, and of its type when there).
std::optional<TemplateError> readOrigin(const QJsonObject& o, TemplateFile& f)
{
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
    return std::nullopt;
}

// "settings": exactly the profile's settings, each into f.settings or f.invalid.
std::optional<TemplateError> readSettings(const QByteArray& json, const QJsonObject& o,
                                          const DeviceProfile& profile, TemplateFile& f)
{
    const QJsonValue settingsValue = o.value(QStringLiteral("settings"));
    if (!settingsValue.isObject())
        return fieldError(QStringLiteral("settings"),
                          QStringLiteral("an object of settings by name is needed"));
    const QJsonObject settings = settingsValue.toObject();
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (!profile.setting(it.key())) {
            TemplateError e;
            e.kind = TemplateErrorKind::UnknownSetting;
            e.setting = it.key();
            return e;
        }
    }
    const QHash<QString, QByteArray> numbers = jsonNumberTexts(json);
    for (const SettingDef& def : profile.settings()) {
        if (!settings.contains(def.name)) {
            TemplateError e;
            e.kind = TemplateErrorKind::MissingSetting;
            e.setting = def.name;
            return e;
        }
        auto read = readSetting(def, settings.value(def.name), numbers);
        if (read)
            f.settings.insert(def.name, read.value());
        else
            f.invalid.insert(def.name, read.error());
    }
    return std::nullopt;
}

} // namespace

Result<TemplateFile, TemplateError> parseTemplate(const QByteArray& json,
                                                  const DeviceProfiles& profiles)
{
    const auto object = readTemplateObject(json);
    if (!object)
        return object.error();
    const QJsonObject& o = object.value();

    TemplateFile f;
    const QJsonValue type = o.value(QStringLiteral("device_type"));
    if (!type.isDouble() || std::floor(type.toDouble()) != type.toDouble() ||
        std::fabs(type.toDouble()) > 0xFFFF) // an int cannot hold every double
        return fieldError(QStringLiteral("device_type"),
                          QStringLiteral("a whole number from 1 to 65535 is needed"));
    f.deviceType = int(type.toDouble());
    const DeviceProfile* profile = profiles.forDeviceType(f.deviceType);
    if (!profile) {
        TemplateError e;
        e.kind = TemplateErrorKind::UnknownDeviceType;
        e.value = QString::number(f.deviceType);
        return e;
    }
    if (auto e = readOrigin(o, f))
        return *e;
    if (auto e = readSettings(json, o, *profile, f))
        return *e;
    return f;
}

Result<TemplateFile, TemplateError> loadTemplateFile(const QString& path,
                                                     const DeviceProfiles& profiles)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return TemplateError::unreadable(path, file.errorString());
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

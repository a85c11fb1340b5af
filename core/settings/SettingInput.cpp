#include "settings/SettingInput.h"

#include <QRegularExpression>

namespace commissioner {

QString settingInputErrorKindName(SettingInputErrorKind kind)
{
    switch (kind) {
    case SettingInputErrorKind::BadAssignment:
        return QStringLiteral("bad-assignment");
    case SettingInputErrorKind::UnknownSetting:
        return QStringLiteral("unknown-setting");
    case SettingInputErrorKind::NotASetting:
        return QStringLiteral("not-a-setting");
    case SettingInputErrorKind::Duplicate:
        return QStringLiteral("duplicate");
    case SettingInputErrorKind::NotANumber:
        return QStringLiteral("not-a-number");
    case SettingInputErrorKind::BelowMinimum:
        return QStringLiteral("below-minimum");
    case SettingInputErrorKind::AboveMaximum:
        return QStringLiteral("above-maximum");
    case SettingInputErrorKind::NotAChoice:
        return QStringLiteral("not-a-choice");
    case SettingInputErrorKind::TooLong:
        return QStringLiteral("too-long");
    case SettingInputErrorKind::NotAscii:
        return QStringLiteral("not-ascii");
    }
    return QStringLiteral("?");
}

QString describeForLog(const SettingInputError& e)
{
    return QStringLiteral("%1: %2 \"%3\" (%4)%5")
        .arg(e.setting, settingInputErrorKindName(e.kind), e.text, e.rule,
             e.detail.isEmpty() ? QString() : QStringLiteral(": ") + e.detail);
}

Result<SettingAssignment, SettingInputError> parseAssignment(const QString& word)
{
    const int eq = word.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        SettingInputError e;
        e.kind = SettingInputErrorKind::BadAssignment;
        e.text = word;
        return e;
    }
    return SettingAssignment{word.left(eq).trimmed(), word.mid(eq + 1)};
}

const SettingDef* findSetting(const DeviceProfile& profile, const QString& name)
{
    for (const SettingDef& s : profile.settings())
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

SettingInputError toInputError(const ValueError& v)
{
    SettingInputError e;
    e.setting = v.setting;
    e.text = v.value;
    e.rule = v.ruleText;
    switch (v.rule) {
    case ValueRule::WrongType:
        e.kind = SettingInputErrorKind::NotANumber;
        break;
    case ValueRule::BelowMinimum:
        e.kind = SettingInputErrorKind::BelowMinimum;
        break;
    case ValueRule::AboveMaximum:
        e.kind = SettingInputErrorKind::AboveMaximum;
        break;
    case ValueRule::NotAllowed:
        e.kind = SettingInputErrorKind::NotAChoice;
        break;
    case ValueRule::TooLong:
        e.kind = SettingInputErrorKind::TooLong;
        break;
    case ValueRule::NotAscii:
        e.kind = SettingInputErrorKind::NotAscii;
        break;
    }
    return e;
}

namespace {

SettingInputError inputError(const SettingDef& def, SettingInputErrorKind kind, const QString& text)
{
    SettingInputError e;
    e.kind = kind;
    e.setting = def.name;
    e.text = text;
    e.rule = def.ruleText();
    return e;
}

// Checks the profile's rule and keeps the text as typed in the error.
Result<SettingValue, SettingInputError> checked(const SettingDef& def, const SettingValue& v,
                                                const QString& text)
{
    if (const auto bad = DeviceProfile::validate(def, v)) {
        SettingInputError e = toInputError(*bad);
        e.text = text;
        return e;
    }
    return v;
}

} // namespace

Result<SettingValue, SettingInputError> parseSettingValue(const SettingDef& def,
                                                          const QString& text)
{
    if (def.type == SettingType::Ascii)
        return checked(def, SettingValue::text(text), text);

    const QString t = text.trimmed();
    if (def.type == SettingType::Enum) {
        for (const EnumOption& o : def.options)
            if (o.label.compare(t, Qt::CaseInsensitive) == 0)
                return SettingValue::integer(o.value);
    }
    static const QRegularExpression digits(QStringLiteral("^([+-]?)([0-9]+)$"));
    const auto m = digits.match(t);
    if (!m.hasMatch())
        return inputError(def,
                          def.type == SettingType::Enum ? SettingInputErrorKind::NotAChoice
                                                        : SettingInputErrorKind::NotANumber,
                          text);
    const bool negative = m.captured(1) == QLatin1String("-");
    const bool choices = def.type == SettingType::Enum || !def.allowed.isEmpty();

    if (def.type == SettingType::U64) {
        bool ok = false;
        const quint64 u = m.captured(2).toULongLong(&ok);
        if (negative && u != 0)
            return inputError(def, SettingInputErrorKind::BelowMinimum, text);
        if (!ok) // more digits than 64 bits hold
            return inputError(def, SettingInputErrorKind::AboveMaximum, text);
        return SettingValue::unsigned64(u);
    }
    bool ok = false;
    const qint64 x = t.toLongLong(&ok);
    if (!ok)
        return inputError(def,
                          choices    ? SettingInputErrorKind::NotAChoice
                          : negative ? SettingInputErrorKind::BelowMinimum
                                     : SettingInputErrorKind::AboveMaximum,
                          text);
    return checked(def, SettingValue::integer(x), text);
}

QString formatSettingValue(const SettingDef& def, const SettingValue& value, bool withUnit)
{
    const QString shown = def.displayValue(value);
    if (!withUnit || def.unit.isEmpty())
        return shown;
    return shown + QLatin1Char(' ') + def.unit;
}

QString editText(const SettingDef& def, const SettingValue& value)
{
    Q_UNUSED(def);
    return value.toString();
}

} // namespace commissioner

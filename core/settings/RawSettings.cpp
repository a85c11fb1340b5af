#include "settings/RawSettings.h"

#include "base/PrintableText.h"

#include <QStringList>

namespace commissioner {

bool isCleanAscii(const Registers& regs)
{
    bool ended = false;
    for (const quint16 word : regs) {
        for (const int byte : {word >> 8, word & 0xFF}) {
            if (ended && byte != 0)
                return false;
            if (byte == 0)
                ended = true;
            else if (byte < 0x20 || byte > 0x7E)
                return false;
        }
    }
    return true;
}

QString escapedAscii(const Registers& regs)
{
    QByteArray bytes;
    for (const quint16 word : regs) {
        bytes.append(char(word >> 8));
        bytes.append(char(word & 0xFF));
    }
    while (bytes.endsWith('\0'))
        bytes.chop(1);
    QString out;
    for (const char c : bytes) {
        const int byte = quint8(c);
        if (byte == '\\')
            out += QStringLiteral("\\\\");
        else if (byte >= 0x20 && byte <= 0x7E)
            out += QLatin1Char(c);
        else
            out += QStringLiteral("\\x%1").arg(byte, 2, 16, QLatin1Char('0'));
    }
    return out;
}

QString registersHex(const Registers& regs)
{
    QStringList words;
    for (const quint16 word : regs)
        words << QStringLiteral("%1").arg(word, 4, 16, QLatin1Char('0')).toUpper();
    return words.join(QLatin1Char(' '));
}

std::optional<Registers> registersFromHex(const QString& text, int count)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() != count)
        return std::nullopt;
    Registers regs;
    for (const QString& w : words) {
        bool ok = false;
        const uint v = w.toUInt(&ok, 16);
        if (!ok || w.size() != 4 || v > 0xFFFF)
            return std::nullopt;
        regs.append(quint16(v));
    }
    return regs;
}

std::optional<Registers> registersOf(const SettingDef& def, const SettingValue& v)
{
    switch (def.type) {
    case SettingType::Ascii: {
        if (!v.isText())
            return std::nullopt;
        const QString text = v.toText();
        if (text.size() > def.registers * 2)
            return std::nullopt;
        for (const QChar c : text)
            if (c.unicode() == 0 || c.unicode() > 0xFF)
                return std::nullopt;
        break;
    }
    case SettingType::U64:
        if (!v.isUnsigned64())
            return std::nullopt;
        break;
    case SettingType::S16:
        if (!v.isInteger() || v.toInteger() < -32768 || v.toInteger() > 32767)
            return std::nullopt;
        break;
    case SettingType::U32:
        if (!v.isInteger() || v.toInteger() < 0 || v.toInteger() > 0xFFFFFFFFLL)
            return std::nullopt;
        break;
    case SettingType::U16:
    case SettingType::Enum:
        if (!v.isInteger() || v.toInteger() < 0 || v.toInteger() > 0xFFFF)
            return std::nullopt;
        break;
    }
    return encodeSetting(def, v);
}

Result<SettingValue, InvalidSetting> checkSettingRegisters(const SettingDef& def,
                                                           const Registers& regs)
{
    InvalidSetting bad;
    bad.name = def.name;
    bad.registers = regs;
    bad.error.setting = def.name;
    bad.error.rule = def.ruleText();
    if (regs.size() != def.registers) {
        bad.error.kind = TemplateErrorKind::WrongType;
        bad.valueText = registersHex(regs);
        bad.error.value = bad.valueText;
        bad.error.rule = QStringLiteral("%1 registers").arg(def.registers);
        return bad;
    }
    if (def.type == SettingType::Ascii && !isCleanAscii(regs)) {
        bad.error.kind = TemplateErrorKind::OutOfRange;
        bad.valueText = escapedAscii(regs);
        bad.error.value = QLatin1Char('"') + bad.valueText + QLatin1Char('"');
        bad.error.rule = def.ruleText() + QStringLiteral(" (printable, then NUL padding)");
        return bad;
    }
    const SettingValue value = decodeSetting(def, regs, 0);
    if (const auto broken = DeviceProfile::validate(def, value)) {
        bad.error = broken->toTemplateError();
        bad.valueText = printableText(value.toString());
        return bad;
    }
    return value;
}

CheckedTemplate checkTemplateRegisters(const DeviceProfile& profile,
                                       const SettingRegisters& registers)
{
    CheckedTemplate t;
    t.registers = registers;
    for (const SettingDef& def : profile.settings()) {
        auto checked = checkSettingRegisters(def, registers.value(def.name));
        if (checked)
            t.valid.insert(def.name, checked.value());
        else
            t.invalid.insert(def.name, checked.error());
    }
    return t;
}

Result<CheckedTemplate, TemplateError> readCheckedTemplate(MeterClient& client,
                                                           const DeviceProfile& profile)
{
    const auto registers = readSettingRegisters(client, profile.settings());
    if (!registers)
        return registers.error();
    return checkTemplateRegisters(profile, registers.value());
}

} // namespace commissioner

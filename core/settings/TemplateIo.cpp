#include "settings/TemplateIo.h"

#include "base/Logging.h"
#include "meter/MeterIdentity.h"
#include "meter/RegisterMap.h"

#include <algorithm>

namespace commissioner {

QVector<RegisterRun> planRuns(QVector<SettingDef> settings, int maxRegisters)
{
    std::sort(settings.begin(), settings.end(),
              [](const SettingDef& a, const SettingDef& b) { return a.address < b.address; });
    QVector<RegisterRun> runs;
    for (const SettingDef& s : settings) {
        if (!runs.isEmpty()) {
            RegisterRun& last = runs.last();
            if (last.address + last.count == s.address &&
                last.count + s.registers <= maxRegisters) {
                last.count += s.registers;
                last.settings.append(s);
                continue;
            }
        }
        runs.append(RegisterRun{s.address, s.registers, {s}});
    }
    return runs;
}

Registers encodeSetting(const SettingDef& def, const SettingValue& value)
{
    switch (def.type) {
    case SettingType::Ascii:
        return encodeAscii(value.toText(), def.registers);
    case SettingType::U64: {
        const quint64 u = value.toUnsigned64();
        return {quint16(u >> 48), quint16(u >> 32), quint16(u >> 16), quint16(u)};
    }
    case SettingType::U32: {
        const quint32 u = quint32(value.toInteger());
        return {quint16(u >> 16), quint16(u)};
    }
    default:
        return {quint16(value.toInteger() & 0xFFFF)};
    }
}

SettingValue decodeSetting(const SettingDef& def, const Registers& regs, int at)
{
    switch (def.type) {
    case SettingType::Ascii:
        return SettingValue::text(decodeAscii(regs, at, def.registers));
    case SettingType::U64:
        return SettingValue::unsigned64(decodeU64(regs, at));
    case SettingType::U32:
        return SettingValue::integer(decodeU32(regs, at));
    case SettingType::S16:
        return SettingValue::integer(qint16(regs.value(at)));
    default:
        return SettingValue::integer(regs.value(at));
    }
}

Result<SettingRegisters, TemplateError> readSettingRegisters(MeterClient& client,
                                                             const QVector<SettingDef>& settings)
{
    SettingRegisters out;
    for (const RegisterRun& run : planRuns(settings, regs::MaxReadRegisters)) {
        const auto read = client.readRegisters(run.address, run.count);
        if (!read) {
            qCWarning(lcTemplate) << "template read failed:" << describeForLog(read.error());
            return TemplateError::fromLink(read.error());
        }
        if (read.value().size() != run.count) {
            LinkError e;
            e.kind = LinkErrorKind::BadResponse;
            e.address = run.address;
            e.count = run.count;
            e.detail = QStringLiteral("%1 registers answered").arg(read.value().size());
            return TemplateError::fromLink(e);
        }
        for (const SettingDef& s : run.settings)
            out.insert(s.name, read.value().mid(s.address - run.address, s.registers));
    }
    return out;
}

Result<TemplateValues, TemplateError> readSettings(MeterClient& client,
                                                   const QVector<SettingDef>& settings)
{
    const auto registers = readSettingRegisters(client, settings);
    if (!registers)
        return registers.error();
    TemplateValues values;
    for (const SettingDef& s : settings)
        values.insert(s.name, decodeSetting(s, registers->value(s.name), 0));
    return values;
}

Result<TemplateValues, TemplateError> readTemplate(MeterClient& client,
                                                   const DeviceProfile& profile)
{
    return readSettings(client, profile.settings());
}

} // namespace commissioner

#include "settings/CommSettings.h"

#include <algorithm>

namespace commissioner {

namespace {

const QString kUnitId = QStringLiteral("COMM_UNIT_ID");
const QString kBaud = QStringLiteral("COMM_BAUD");
const QString kParity = QStringLiteral("COMM_PARITY");

// An enum setting's label for its value ("19200", "even").
std::optional<QString> labelOf(const DeviceProfile& profile, const QString& name,
                               const TemplateValues& values)
{
    const SettingDef* def = profile.setting(name);
    if (!def || !values.contains(name))
        return std::nullopt;
    for (const EnumOption& o : def->options)
        if (o.value == values.value(name).toInteger())
            return o.label;
    return std::nullopt;
}

} // namespace

std::optional<CommSettings> commSettingsFrom(const DeviceProfile& profile,
                                             const TemplateValues& values)
{
    if (!values.contains(kUnitId))
        return std::nullopt;
    const auto baud = labelOf(profile, kBaud, values);
    const auto parity = labelOf(profile, kParity, values);
    if (!baud || !parity)
        return std::nullopt;
    CommSettings c;
    c.unitId = int(values.value(kUnitId).toInteger());
    bool ok = false;
    c.baudRate = baud->toInt(&ok);
    const QString p = parity->trimmed().toLower();
    if (!ok || p.isEmpty())
        return std::nullopt;
    if (p == QLatin1String("none"))
        c.parity = 'N';
    else if (p == QLatin1String("even"))
        c.parity = 'E';
    else if (p == QLatin1String("odd"))
        c.parity = 'O';
    else
        return std::nullopt;
    return c;
}

CommSettings commSettingsOf(const LinkDescription& link)
{
    CommSettings c;
    c.unitId = link.unitId;
    c.baudRate = link.baudRate;
    c.parity = link.parity;
    return c;
}

std::optional<CommSettings> factoryCommSettings(const DeviceProfile& profile)
{
    return commSettingsFrom(profile, profile.factoryDefaults());
}

std::optional<CommSettings> factoryCommSettings(const DeviceProfiles& profiles)
{
    std::optional<CommSettings> agreed;
    for (const DeviceProfile& p : profiles.all()) {
        const auto f = factoryCommSettings(p);
        if (!f || (agreed && *agreed != *f))
            return std::nullopt;
        agreed = f;
    }
    return agreed;
}

LinkSettings factorySerialLink(const QString& device)
{
    const auto profiles = DeviceProfiles::load();
    const CommSettings f =
        (profiles ? factoryCommSettings(profiles.value()) : std::nullopt).value_or(CommSettings{});
    LinkSettings s;
    s.kind = LinkDescription::Kind::Serial;
    s.device = device;
    s.baudRate = f.baudRate;
    s.parity = f.parity;
    s.dataBits = 8;
    s.stopBits = 1;
    s.unitId = f.unitId;
    return s;
}

QVector<int> commBaudRates(const DeviceProfile& profile)
{
    QVector<int> rates;
    if (const SettingDef* def = profile.setting(kBaud))
        for (const EnumOption& o : def->options)
            if (const int rate = o.label.toInt(); rate > 0 && !rates.contains(rate))
                rates << rate;
    std::sort(rates.begin(), rates.end());
    return rates;
}

QVector<int> commBaudRates(const DeviceProfiles& profiles)
{
    QVector<int> rates;
    for (const DeviceProfile& p : profiles.all())
        for (int rate : commBaudRates(p))
            if (!rates.contains(rate))
                rates << rate;
    std::sort(rates.begin(), rates.end());
    return rates;
}

} // namespace commissioner

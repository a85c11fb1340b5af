#include "MeterOptions.h"

#include "OptionValues.h"
#include "SimulatorHost.h"
#include "TemplateTable.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <algorithm>

namespace metersim {

namespace {

// Banks and capacity given explicitly: the defaults of a later --type must not replace them.
struct TypeOverrides
{
    bool banks = false;
    bool capacity = false;
};

bool parseVersion(const QString& text, quint16* v)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\.(\\d+)\\.(\\d+)$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    for (int i = 0; i < 3; ++i)
        v[i] = quint16(m.captured(i + 1).toUInt());
    return true;
}

bool parseMode(const QString& text, DeviceMode* mode)
{
    if (text == QLatin1String("normal"))
        *mode = DeviceMode::Normal;
    else if (text == QLatin1String("upgrade"))
        *mode = DeviceMode::Upgrade;
    else if (text == QLatin1String("no-firmware"))
        *mode = DeviceMode::NoFirmware;
    else
        return false;
    return true;
}

bool isHexDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'));
}

// \xHH, \n, \r, \t and \\ in a serial number; false on any other escape.
bool unescape(const QString& text, QString* out)
{
    out->clear();
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('\\')) {
            out->append(text[i]);
            continue;
        }
        if (++i >= text.size())
            return false;
        const QChar c = text[i];
        if (c == QLatin1Char('n'))
            out->append(QLatin1Char('\n'));
        else if (c == QLatin1Char('r'))
            out->append(QLatin1Char('\r'));
        else if (c == QLatin1Char('t'))
            out->append(QLatin1Char('\t'));
        else if (c == QLatin1Char('\\'))
            out->append(QLatin1Char('\\'));
        else if (c == QLatin1Char('x') && i + 2 < text.size() && isHexDigit(text[i + 1]) &&
                 isHexDigit(text[i + 2])) {
            out->append(QChar(text.mid(i + 1, 2).toUInt(nullptr, 16))); // Latin-1: one byte
            i += 2;
        } else
            return false;
    }
    return true;
}

bool toU16(const QString& text, quint16* out, uint min = 0, uint max = 65535)
{
    bool ok = false;
    const uint v = text.toUInt(&ok, 0);
    if (!ok || v < min || v > max)
        return false;
    *out = quint16(v);
    return true;
}

// The type sets the defaults the spec ties to it, except those already given.
bool setType(MeterConfig* m, const QString& value, TypeOverrides* given)
{
    const bool ok =
        toU16(value, &m->deviceType) && (m->deviceType == 7330 || m->deviceType == 7350);
    if (ok) {
        const quint16 banks = m->banks, capacity = m->capacityKib;
        m->applyTypeDefaults();
        if (given->banks)
            m->banks = banks;
        if (given->capacity)
            m->capacityKib = capacity;
    }
    return ok;
}

bool setGoneAtOffset(MeterConfig* m, const QString& value, TypeOverrides*)
{
    quint64 n = 0;
    const bool ok = toNumber(value, &n) && n >= 1 && n <= 0xFFFFFFFFu;
    m->goneAtOffset = quint32(n);
    return ok;
}

bool setSerial(MeterConfig* m, const QString& value, TypeOverrides*)
{
    return unescape(value, &m->serialNumber) && m->serialNumber.size() <= 16;
}

// Banks and capacity are marked given even when bad: the error ends the parse anyway.
bool setBanks(MeterConfig* m, const QString& value, TypeOverrides* given)
{
    const bool ok = toU16(value, &m->banks, 1, 2);
    given->banks = true;
    return ok;
}

bool setCapacity(MeterConfig* m, const QString& value, TypeOverrides* given)
{
    const bool ok = toU16(value, &m->capacityKib, 1);
    given->capacity = true;
    return ok;
}

// A key held in one u16 member, within [Min, Max].
template <quint16 MeterConfig::*Member, uint Min = 0, uint Max = 65535>
bool setU16(MeterConfig* m, const QString& value, TypeOverrides*)
{
    return toU16(value, &(m->*Member), Min, Max);
}

bool setMaxBlock(MeterConfig* m, const QString& value, TypeOverrides*)
{
    return toU16(value, &m->maxBlock, 16, 240) && m->maxBlock % 2 == 0;
}

bool setFw(MeterConfig* m, const QString& value, TypeOverrides*)
{
    return parseVersion(value, m->fw);
}

bool setMode(MeterConfig* m, const QString& value, TypeOverrides*)
{
    return parseMode(value, &m->startMode);
}

bool setState(MeterConfig* m, const QString& value, TypeOverrides*)
{
    m->statePath = value;
    return true;
}

// One key of a meter, as a --meter key (hw=) and, unless meterKeyOnly, a top-level option of
// the first meter (--hw). The one list of them: the command line declares its options from it.
struct MeterKey
{
    const char* name;
    // The identity key recorded in MeterConfig::givenKeys (a restart with --state warns when
    // it differs from the stored one), or nullptr: not part of what the meter is.
    const char* identity;
    // Stores the value; false when it is bad.
    bool (*set)(MeterConfig* m, const QString& value, TypeOverrides* given);
    // --meter only: the top-level option of that name is something else (--serial DEV).
    bool meterKeyOnly = false;
};

// Type first: it sets defaults the others may override, and the first meter's options are
// applied in this order.
const MeterKey kMeterKeys[] = {
    {"type", "type", setType},
    {"hw", "hw", setU16<&MeterConfig::hwRevision, 1>},
    {"fw", nullptr, setFw},
    {"serial", "serial", setSerial, true},
    {"serial-number", "serial", setSerial},
    {"unit", nullptr, setU16<&MeterConfig::unitId, 1, 247>},
    {"banks", "banks", setBanks},
    {"events", nullptr, setU16<&MeterConfig::activeEvents>},
    {"max-block", "max-block", setMaxBlock},
    {"capacity-kib", "capacity-kib", setCapacity},
    {"install-seconds", "install-seconds", setU16<&MeterConfig::installSeconds>},
    {"bootloader-version", "bootloader-version", setU16<&MeterConfig::bootloaderVersion>},
    {"mode", nullptr, setMode},
    {"state", nullptr, setState},
    {"gone-at-offset", nullptr, setGoneAtOffset},
};

// One meter option, shared by the top-level options and --meter keys. Returns an error text.
QString applyMeterKey(MeterConfig* m, const QString& key, const QString& value,
                      TypeOverrides* given)
{
    const auto found =
        std::find_if(std::begin(kMeterKeys), std::end(kMeterKeys),
                     [&key](const MeterKey& k) { return key == QLatin1String(k.name); });
    if (found == std::end(kMeterKeys))
        return QStringLiteral("unknown meter option %1").arg(key);
    if (!found->set(m, value, given))
        return QStringLiteral("bad value for %1: %2").arg(key, value);
    if (found->identity)
        m->givenKeys.insert(QString::fromLatin1(found->identity));
    return {};
}

// --raw-template ADDR=VALUE,...: registers of template settings (not the clock).
QString parseRawTemplate(const QString& text, QMap<quint16, quint16>* out)
{
    for (const QString& pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int eq = pair.indexOf(QLatin1Char('='));
        quint64 address = 0;
        quint64 value = 0;
        if (eq <= 0 || !toNumber(pair.left(eq).trimmed(), &address) ||
            !toNumber(pair.mid(eq + 1).trimmed(), &value) || value > 0xFFFF)
            return QStringLiteral("--raw-template wants ADDR=VALUE pairs, not %1").arg(pair);
        if (address > 0xFFFF || !TemplateTable::isTemplateRegister(quint16(address)))
            return QStringLiteral("--raw-template: %1 is no template setting's register")
                .arg(address);
        out->insert(quint16(address), quint16(value));
    }
    return out->isEmpty() ? QStringLiteral("--raw-template wants ADDR=VALUE pairs") : QString();
}

// The serial line's settings, as the meter's COMM_BAUD/COMM_PARITY codes.
void applySerialCodes(const SerialSettings& serial, MeterConfig* m)
{
    static const qint32 bauds[] = {9600, 19200, 38400, 57600, 115200};
    for (quint16 i = 0; i < 5; ++i) {
        if (bauds[i] == serial.baud)
            m->commBaudCode = i;
    }
    m->commParityCode = serial.parity == 'N' ? 0 : serial.parity == 'E' ? 1 : 2;
}

QString parseFirstMeter(const QCommandLineParser& p, const SerialSettings& serial,
                        MeterConfig* first, TypeOverrides* given)
{
    applySerialCodes(serial, first);
    for (const MeterKey& k : kMeterKeys) {
        const QString key = QString::fromLatin1(k.name);
        if (k.meterKeyOnly || !p.isSet(key))
            continue;
        if (const QString e = applyMeterKey(first, key, p.value(key), given); !e.isEmpty())
            return e;
    }
    first->fsync = optionSet(p, "fsync");
    if (optionSet(p, "raw-template"))
        return parseRawTemplate(optionValue(p, "raw-template"), &first->rawTemplate);
    return {};
}

// One --meter KEY=VALUE,...: unset keys take the first meter's values, except its state
// file, --gone-at-offset and --raw-template, which are its own.
QString parseExtraMeter(const QString& spec, const MeterConfig& first, TypeOverrides given,
                        MeterConfig* m)
{
    *m = first;
    m->statePath.clear();
    m->rawTemplate.clear();
    m->goneAtOffset.reset();
    m->givenKeys.clear(); // the first meter's values are only defaults here
    bool unitGiven = false;
    QStringList pairs = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    // type first, as for the first meter
    std::stable_sort(pairs.begin(), pairs.end(), [](const QString& a, const QString&) {
        return a.startsWith(QLatin1String("type="));
    });
    for (const QString& pair : pairs) {
        const int eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return QStringLiteral("--meter wants KEY=VALUE pairs: %1").arg(pair);
        const QString key = pair.left(eq).trimmed();
        unitGiven |= key == QLatin1String("unit");
        if (const QString e = applyMeterKey(m, key, pair.mid(eq + 1).trimmed(), &given);
            !e.isEmpty())
            return QStringLiteral("--meter: %1").arg(e);
    }
    if (!unitGiven)
        return QStringLiteral("--meter needs unit=N");
    return {};
}

// Meters on one bus answer distinct unit IDs, and each keeps its own state file.
QString checkDistinct(const MeterConfig& m, const QVector<MeterConfig>& meters)
{
    for (const MeterConfig& other : meters) {
        if (other.unitId == m.unitId)
            return QStringLiteral("--meter: unit %1 is taken").arg(m.unitId);
        if (!m.statePath.isEmpty() && other.statePath == m.statePath)
            return QStringLiteral("--meter: state file %1 is taken").arg(m.statePath);
    }
    return {};
}

} // namespace

QStringList firstMeterOptionNames()
{
    QStringList names;
    for (const MeterKey& k : kMeterKeys) {
        if (!k.meterKeyOnly)
            names << QString::fromLatin1(k.name);
    }
    return names;
}

QString applyMeterOptions(const QCommandLineParser& parser, HostConfig* config)
{
    MeterConfig first;
    TypeOverrides given;
    if (const QString e = parseFirstMeter(parser, config->serial, &first, &given); !e.isEmpty())
        return e;
    config->meters.append(first);
    for (const QString& spec : parser.values(QStringLiteral("meter"))) {
        MeterConfig m;
        if (const QString e = parseExtraMeter(spec, first, given, &m); !e.isEmpty())
            return e;
        if (const QString e = checkDistinct(m, config->meters); !e.isEmpty())
            return e;
        config->meters.append(m);
    }
    return {};
}

} // namespace metersim

#include "MeterConfig.h"

#include <QStringList>

namespace metersim {

void MeterConfig::applyTypeDefaults()
{
    if (deviceType == 7330) {
        banks = 1;
        capacityKib = 2048;
    } else {
        banks = 2;
        capacityKib = 4096;
    }
}

namespace {
// The identity's numbers, by the option name they come from (the keys of --meter).
struct NumberField
{
    const char* key;
    quint16 MeterConfig::*field;
};
const NumberField NumberFields[] = {
    {"type", &MeterConfig::deviceType},
    {"hw", &MeterConfig::hwRevision},
    {"banks", &MeterConfig::banks},
    {"capacity-kib", &MeterConfig::capacityKib},
    {"max-block", &MeterConfig::maxBlock},
    {"install-seconds", &MeterConfig::installSeconds},
    {"bootloader-version", &MeterConfig::bootloaderVersion},
};
// A serial number in a warning, as it would be given (\xHH for control bytes).
QString escaped(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0xFF))
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else
            out += c;
    }
    return out;
}
} // namespace

QJsonObject MeterConfig::identityJson() const
{
    QJsonObject o;
    for (const NumberField& f : NumberFields)
        o[QLatin1String(f.key)] = int(this->*f.field);
    o[QStringLiteral("serial")] = serialNumber;
    return o;
}

QStringList MeterConfig::adoptIdentity(const QJsonObject& stored)
{
    QStringList differences;
    for (const NumberField& f : NumberFields) {
        const QString key = QLatin1String(f.key);
        const QJsonValue v = stored.value(key);
        if (!v.isDouble())
            continue;
        const quint16 kept = quint16(v.toInt());
        if (givenKeys.contains(key) && this->*f.field != kept)
            differences.append(
                QStringLiteral("--%1 %2 (stored: %3)").arg(key).arg(this->*f.field).arg(kept));
        this->*f.field = kept;
    }
    const QJsonValue serial = stored.value(QStringLiteral("serial"));
    if (serial.isString()) {
        if (givenKeys.contains(QStringLiteral("serial")) && serialNumber != serial.toString())
            differences.append(QStringLiteral("--serial-number %1 (stored: %2)")
                                   .arg(escaped(serialNumber), escaped(serial.toString())));
        serialNumber = serial.toString();
    }
    return differences;
}

} // namespace metersim

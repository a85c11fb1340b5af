#include "meter/MeterIdentity.h"

#include <QStringList>
#include <cstring>

namespace commissioner {

QString decodeAscii(const Registers& regs, int start, int count)
{
    QByteArray bytes;
    for (int i = start; i < start + count && i < regs.size(); ++i) {
        bytes.append(char(regs[i] >> 8));
        bytes.append(char(regs[i] & 0xFF));
    }
    const int nul = bytes.indexOf('\0');
    if (nul >= 0)
        bytes.truncate(nul);
    return QString::fromLatin1(bytes);
}

Registers encodeAscii(const QString& text, int count)
{
    const QByteArray bytes = text.toLatin1().left(count * 2);
    Registers regs(count, 0);
    for (int i = 0; i < bytes.size(); ++i) {
        const quint16 b = quint8(bytes[i]);
        regs[i / 2] |= (i % 2 == 0) ? quint16(b << 8) : b;
    }
    return regs;
}

quint32 decodeU32(const Registers& regs, int at)
{
    return (quint32(regs.value(at)) << 16) | regs.value(at + 1);
}

quint64 decodeU64(const Registers& regs, int at)
{
    return (quint64(decodeU32(regs, at)) << 32) | decodeU32(regs, at + 2);
}

float decodeFloat(const Registers& regs, int at)
{
    const quint32 bits = decodeU32(regs, at);
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

MeterIdentity MeterIdentity::decode(const Registers& b)
{
    MeterIdentity id;
    id.mapVersion = b.value(regs::MapVersion);
    id.deviceType = b.value(regs::DeviceType);
    id.hwRevision = b.value(regs::HwRevision);
    id.firmware = {b.value(regs::FwMajor), b.value(regs::FwMinor), b.value(regs::FwBuild)};
    id.serialNumber = decodeAscii(b, regs::SerialNumber, regs::SerialNumberCount);
    id.modelName = decodeAscii(b, regs::ModelName, regs::ModelNameCount);
    id.rawMode = b.value(regs::DeviceMode);
    id.mode = id.rawMode <= 2 ? DeviceMode(id.rawMode) : DeviceMode::Unknown;
    id.activeEvents = b.value(regs::ActiveEvents);
    id.bootloaderVersion = b.value(regs::BootloaderVersion);
    id.banks = b.value(regs::Banks);
    return id;
}

QString deviceModeName(DeviceMode mode)
{
    switch (mode) {
    case DeviceMode::Normal:
        return QStringLiteral("NORMAL");
    case DeviceMode::Upgrade:
        return QStringLiteral("UPGRADE");
    case DeviceMode::NoFirmware:
        return QStringLiteral("NO_FIRMWARE");
    case DeviceMode::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QString deviceModeName(const MeterIdentity& m)
{
    return m.mode == DeviceMode::Unknown ? QStringLiteral("UNKNOWN(%1)").arg(m.rawMode)
                                         : deviceModeName(m.mode);
}

bool hasSerialNumber(const MeterIdentity& m)
{
    return !m.serialNumber.trimmed().isEmpty();
}

QString eventNames(int ev)
{
    QStringList names;
    if (ev & events::Critical)
        names << QStringLiteral("critical");
    if (ev & events::Warning)
        names << QStringLiteral("warning");
    if (ev & events::SiteWiringFault)
        names << QStringLiteral("site wiring fault");
    if (ev & ~0x7)
        names << QStringLiteral("other (0x%1)").arg(ev & ~0x7, 4, 16, QLatin1Char('0'));
    return names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "));
}

} // namespace commissioner

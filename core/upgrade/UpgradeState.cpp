#include "upgrade/UpgradeState.h"

#include "meter/MeterIdentity.h"

namespace commissioner {

UpgradeRegisters UpgradeRegisters::decode(const Registers& b)
{
    auto at = [&](int address) { return address - regs::UpgradeControlStart; };
    UpgradeRegisters u;
    u.rawStatus = b.value(at(regs::UpgStatus));
    switch (u.rawStatus) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
    case 16:
    case 17:
    case 18:
    case 19:
        u.status = UpgStatus(u.rawStatus);
        break;
    default:
        u.status = UpgStatus::Unknown; // never guessed at: the job stops on it
        break;
    }
    u.imageSize = decodeU32(b, at(regs::ImageSize));
    for (int i = 0; i < 16; ++i) {
        const quint16 r = b.value(at(regs::ImageSha256) + i);
        u.imageSha256.append(char(r >> 8));
        u.imageSha256.append(char(r & 0xFF));
    }
    u.imageDeviceType = b.value(at(regs::ImageDeviceType));
    u.imageHwMin = b.value(at(regs::ImageHwMin));
    u.imageHwMax = b.value(at(regs::ImageHwMax));
    u.imageVersion = {b.value(at(regs::ImageVersion)), b.value(at(regs::ImageVersion) + 1),
                      b.value(at(regs::ImageVersion) + 2)};
    u.maxBlock = b.value(at(regs::MaxBlock));
    u.nextOffset = decodeU32(b, at(regs::NextOffset));
    u.installSeconds = b.value(at(regs::InstallSeconds));
    u.flashCapacityKib = b.value(at(regs::FlashCapacityKib));
    return u;
}

QString upgStatusName(int raw)
{
    switch (raw) {
    case 0:
        return QStringLiteral("IDLE");
    case 1:
        return QStringLiteral("RECEIVING");
    case 2:
        return QStringLiteral("VERIFYING");
    case 3:
        return QStringLiteral("INSTALLING");
    case 4:
        return QStringLiteral("DONE");
    case 16:
        return QStringLiteral("REJECTED_INCOMPATIBLE");
    case 17:
        return QStringLiteral("REJECTED_EVENTS_ACTIVE");
    case 18:
        return QStringLiteral("VERIFY_FAILED");
    case 19:
        return QStringLiteral("REJECTED_TOO_LARGE");
    default:
        return QStringLiteral("UNKNOWN(%1)").arg(raw);
    }
}

bool isValidMaxBlock(int mb)
{
    return mb >= 16 && mb <= 240 && mb % 2 == 0;
}

QString upgStatusName(UpgStatus s)
{
    return upgStatusName(int(s));
}

Registers encodeDescriptor(quint32 imageSize, const QByteArray& sha256, int deviceType, int hwMin,
                           int hwMax, const FirmwareVersion& v)
{
    Registers r;
    r.reserve(regs::DescriptorCount);
    r << quint16(imageSize >> 16) << quint16(imageSize & 0xFFFF);
    for (int i = 0; i < 32; i += 2)
        r << quint16((quint8(i < sha256.size() ? sha256[i] : 0) << 8) |
                     quint8(i + 1 < sha256.size() ? sha256[i + 1] : 0));
    r << quint16(deviceType) << quint16(hwMin) << quint16(hwMax);
    r << quint16(v.major) << quint16(v.minor) << quint16(v.build);
    return r;
}

Registers encodeDataBlock(quint32 offset, const char* bytes, int length)
{
    // Sized once and filled by index: this runs for every block of every transfer.
    Registers r(regs::DataWindowHeader + (length + 1) / 2);
    quint16* out = r.data();
    out[0] = quint16(offset >> 16);
    out[1] = quint16(offset & 0xFFFF);
    out[2] = quint16(length);
    const auto* in = reinterpret_cast<const quint8*>(bytes);
    int reg = regs::DataWindowHeader;
    int i = 0;
    for (; i + 1 < length; i += 2)
        out[reg++] = quint16((in[i] << 8) | in[i + 1]);
    if (i < length)
        out[reg] = quint16(in[i] << 8); // an odd last byte, padded with 0
    return r;
}

} // namespace commissioner

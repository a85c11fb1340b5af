#include "MeterState.h"

#include "TemplateTable.h"

#include <QJsonArray>

namespace metersim {

ImageDescriptor ImageDescriptor::fromRegisters(const QVector<quint16>& r)
{
    ImageDescriptor d;
    if (r.size() < reg::DescriptorCount)
        return d;
    d.size = (quint32(r[0]) << 16) | r[1];
    for (int i = 0; i < 16; ++i) {
        d.sha256.append(char(r[2 + i] >> 8));
        d.sha256.append(char(r[2 + i] & 0xFF));
    }
    d.deviceType = r[18];
    d.hwMin = r[19];
    d.hwMax = r[20];
    d.version[0] = r[21];
    d.version[1] = r[22];
    d.version[2] = r[23];
    return d;
}

namespace {
QJsonArray toArray(const QVector<quint16>& v)
{
    QJsonArray a;
    for (quint16 x : v)
        a.append(int(x));
    return a;
}

QVector<quint16> fromArray(const QJsonArray& a)
{
    QVector<quint16> v;
    for (const auto& x : a)
        v.append(quint16(x.toInt()));
    return v;
}

QString versionString(const quint16* v)
{
    return QStringLiteral("%1.%2.%3").arg(v[0]).arg(v[1]).arg(v[2]);
}

void parseVersion(const QString& s, quint16* v)
{
    const QStringList parts = s.split(QLatin1Char('.'));
    for (int i = 0; i < 3; ++i)
        v[i] = i < parts.size() ? quint16(parts[i].toUInt()) : 0;
}
} // namespace

QJsonObject MeterState::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("format")] = 1;
    o[QStringLiteral("mode")] = int(mode);
    o[QStringLiteral("status")] = int(status);
    o[QStringLiteral("fw")] = versionString(fw);
    o[QStringLiteral("template_regs")] = toArray(templateRegs);
    o[QStringLiteral("descriptor_regs")] = toArray(descriptorRegs);
    o[QStringLiteral("has_image")] = hasImage;
    QJsonObject img;
    img[QStringLiteral("size")] = double(image.size);
    img[QStringLiteral("sha256")] = QString::fromLatin1(image.sha256.toHex());
    img[QStringLiteral("device_type")] = image.deviceType;
    img[QStringLiteral("hw_min")] = image.hwMin;
    img[QStringLiteral("hw_max")] = image.hwMax;
    img[QStringLiteral("version")] = versionString(image.version);
    o[QStringLiteral("image")] = img;
    o[QStringLiteral("settings_reset_pending")] = settingsResetPending;
    o[QStringLiteral("clock_offset_s")] = double(clockOffsetSeconds);
    o[QStringLiteral("bytes_received_total")] = double(bytesReceivedTotal);
    o[QStringLiteral("begin_count")] = double(beginCount);
    o[QStringLiteral("commit_count")] = double(commitCount);
    o[QStringLiteral("data_write_count")] = double(dataWriteCount);
    o[QStringLiteral("installed_sha256")] = QString::fromLatin1(installedSha256.toHex());
    o[QStringLiteral("identity")] = identity;
    return o;
}

bool MeterState::fromJson(const QJsonObject& o, MeterState* s)
{
    if (o.value(QStringLiteral("format")).toInt() != 1)
        return false;
    s->mode = DeviceMode(o.value(QStringLiteral("mode")).toInt());
    s->status = UpgStatus(o.value(QStringLiteral("status")).toInt());
    parseVersion(o.value(QStringLiteral("fw")).toString(), s->fw);
    s->templateRegs = fromArray(o.value(QStringLiteral("template_regs")).toArray());
    if (s->templateRegs.size() != reg::TemplateCount)
        s->templateRegs = TemplateTable::factoryDefaults();
    s->descriptorRegs = fromArray(o.value(QStringLiteral("descriptor_regs")).toArray());
    s->descriptorRegs.resize(reg::DescriptorCount);
    s->hasImage = o.value(QStringLiteral("has_image")).toBool();
    const QJsonObject img = o.value(QStringLiteral("image")).toObject();
    s->image.size = quint32(img.value(QStringLiteral("size")).toDouble());
    s->image.sha256 =
        QByteArray::fromHex(img.value(QStringLiteral("sha256")).toString().toLatin1());
    s->image.deviceType = quint16(img.value(QStringLiteral("device_type")).toInt());
    s->image.hwMin = quint16(img.value(QStringLiteral("hw_min")).toInt());
    s->image.hwMax = quint16(img.value(QStringLiteral("hw_max")).toInt());
    parseVersion(img.value(QStringLiteral("version")).toString(), s->image.version);
    s->settingsResetPending = o.value(QStringLiteral("settings_reset_pending")).toBool();
    s->clockOffsetSeconds = qint64(o.value(QStringLiteral("clock_offset_s")).toDouble());
    s->bytesReceivedTotal = quint64(o.value(QStringLiteral("bytes_received_total")).toDouble());
    // Missing in older files: toDouble() of an absent value is 0.
    s->beginCount = quint64(o.value(QStringLiteral("begin_count")).toDouble());
    s->commitCount = quint64(o.value(QStringLiteral("commit_count")).toDouble());
    s->dataWriteCount = quint64(o.value(QStringLiteral("data_write_count")).toDouble());
    s->installedSha256 =
        QByteArray::fromHex(o.value(QStringLiteral("installed_sha256")).toString().toLatin1());
    s->identity = o.value(QStringLiteral("identity")).toObject(); // empty in older files
    return true;
}

} // namespace metersim

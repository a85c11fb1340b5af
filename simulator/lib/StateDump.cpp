#include "StateDump.h"

#include "FileStorage.h"
#include "MeterModel.h"
#include "MeterState.h"
#include "TemplateTable.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>

namespace metersim {

QJsonObject StateDump::dump(const QString& statePath, QString* error)
{
    if (!QFileInfo::exists(statePath)) {
        *error = QStringLiteral("%1: no such state file").arg(statePath);
        return {};
    }
    FileStorage storage(statePath);
    MeterState s;
    if (!MeterState::fromJson(storage.loadState(), &s)) {
        *error = QStringLiteral("%1: not a metersim state file").arg(statePath);
        return {};
    }
    const QByteArray image = storage.readImage();
    QJsonObject o;
    o[QStringLiteral("mode")] = QLatin1String(modeName(s.mode));
    o[QStringLiteral("mode_code")] = int(s.mode);
    o[QStringLiteral("status")] = int(s.status);
    o[QStringLiteral("status_name")] = QLatin1String(statusName(s.status));
    o[QStringLiteral("next_offset")] = double(image.size());
    o[QStringLiteral("fw")] = MeterModel::versionString(s.fw);
    QJsonObject templ;
    for (quint16 a = reg::TemplateFirst; a <= reg::TemplateLast; ++a) {
        if (TemplateTable::isTemplateRegister(a))
            templ[QString::number(a)] = int(s.templateRegs.value(a - reg::TemplateFirst));
    }
    o[QStringLiteral("template")] = templ;
    o[QStringLiteral("bytes_received_total")] = double(s.bytesReceivedTotal);
    o[QStringLiteral("begin_count")] = double(s.beginCount);
    o[QStringLiteral("commit_count")] = double(s.commitCount);
    o[QStringLiteral("data_write_count")] = double(s.dataWriteCount);
    o[QStringLiteral("image_sha256")] =
        QString::fromLatin1(QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex());
    o[QStringLiteral("has_image")] = s.hasImage;
    o[QStringLiteral("image_size")] = double(s.image.size);
    o[QStringLiteral("image_expected_sha256")] = QString::fromLatin1(s.image.sha256.toHex());
    o[QStringLiteral("image_version")] = MeterModel::versionString(s.image.version);
    o[QStringLiteral("installed_sha256")] = QString::fromLatin1(s.installedSha256.toHex());
    QJsonArray descriptor;
    for (quint16 v : std::as_const(s.descriptorRegs))
        descriptor.append(int(v));
    o[QStringLiteral("descriptor_regs")] = descriptor;
    o[QStringLiteral("settings_reset_pending")] = s.settingsResetPending;
    o[QStringLiteral("clock_offset_s")] = double(s.clockOffsetSeconds);
    o[QStringLiteral("identity")] = s.identity;
    return o;
}

} // namespace metersim

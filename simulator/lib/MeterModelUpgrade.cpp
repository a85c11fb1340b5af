// The firmware transfer of device-protocol.md section 5 inside one meter: the commands
// (BEGIN, COMMIT, ABORT), the data window, and the steps after COMMIT.
#include "MeterModel.h"
#include "TemplateTable.h"

#include <QCryptographicHash>

namespace metersim {

ModelReply MeterModel::command(quint16 value)
{
    // The counters take every BEGIN and COMMIT that reaches this point, accepted or not:
    // begin() and commit() store them with the rest of the state.
    switch (value) {
    case quint16(UpgCommand::Begin):
        ++m_state.beginCount;
        return begin();
    case quint16(UpgCommand::Commit):
        ++m_state.commitCount;
        return commit();
    case quint16(UpgCommand::Abort):
        return abort();
    default:
        return ModelReply::error(exc::IllegalValue);
    }
}

ModelReply MeterModel::begin()
{
    const ImageDescriptor d = ImageDescriptor::fromRegisters(m_state.descriptorRegs);
    UpgStatus rejected = UpgStatus::Idle;
    if (m_config.activeEvents & 0x3)
        rejected = UpgStatus::RejectedEventsActive;
    else if (d.deviceType != m_config.deviceType || m_config.hwRevision < d.hwMin ||
             m_config.hwRevision > d.hwMax)
        rejected = UpgStatus::RejectedIncompatible;
    else if (d.size == 0 || quint64(d.size) > quint64(m_config.capacityKib) * 1024)
        rejected = UpgStatus::RejectedTooLarge;
    if (rejected != UpgStatus::Idle) {
        m_state.status = rejected;
        persist();
        emitEvent(QStringLiteral("begin-rejected"), QStringLiteral("status=%1").arg(int(rejected)));
        return ModelReply::error(exc::DeviceFailure);
    }
    const bool resume = m_state.hasImage && m_storage->imageSize() > 0 &&
                        m_state.image.size == d.size && m_state.image.sha256 == d.sha256;
    // Erase before the record says "new image", so a power loss between the two leaves
    // an empty image under the old descriptor rather than old bytes under a new one.
    if (!resume && !m_storage->clearImage()) {
        persist(); // the counter
        return ModelReply::error(exc::DeviceFailure);
    }
    m_state.image = d;
    m_state.hasImage = true;
    m_state.status = UpgStatus::Receiving;
    if (m_config.banks == 1 || m_state.mode != DeviceMode::Normal) {
        m_state.mode = DeviceMode::Upgrade; // the running firmware is erased
        m_state.fw[0] = m_state.fw[1] = m_state.fw[2] = 0;
    }
    persist();
    emitEvent(QStringLiteral("begin"), QStringLiteral("size=%1 resume=%2 next_offset=%3")
                                           .arg(d.size)
                                           .arg(resume ? 1 : 0)
                                           .arg(nextOffset()));
    return {};
}

ModelReply MeterModel::commit()
{
    if (m_state.status != UpgStatus::Receiving || !m_state.hasImage ||
        nextOffset() != m_state.image.size) {
        persist(); // the counter
        return ModelReply::error(exc::IllegalValue);
    }
    m_state.status = UpgStatus::Verifying;
    persist();
    emitEvent(QStringLiteral("commit"), QStringLiteral("size=%1").arg(m_state.image.size));
    emitEvent(QStringLiteral("verifying"));
    return {};
}

ModelReply MeterModel::abort()
{
    m_storage->clearImage();
    m_state.hasImage = false;
    m_state.status = UpgStatus::Idle;
    if (m_state.mode == DeviceMode::Upgrade)
        m_state.mode = DeviceMode::NoFirmware;
    persist();
    emitEvent(QStringLiteral("abort"),
              QStringLiteral("mode=%1").arg(QLatin1String(modeName(m_state.mode))));
    return {};
}

void MeterModel::countDataWrite()
{
    ++m_state.dataWriteCount;
    persist();
}

ModelReply MeterModel::receiveData(const QVector<quint16>& values)
{
    ++m_state.dataWriteCount;
    const ModelReply reply = isBusy() ? ModelReply::error(exc::Busy) : writeData(values);
    persist(); // the counters; NEXT_OFFSET itself is the image's length
    return reply;
}

ModelReply MeterModel::writeData(const QVector<quint16>& v)
{
    if (m_state.status != UpgStatus::Receiving || !m_state.hasImage)
        return ModelReply::error(exc::DeviceFailure);
    if (v.size() < 3)
        return ModelReply::error(exc::IllegalValue);
    const quint64 offset = (quint64(v[0]) << 16) | v[1];
    const quint32 length = v[2];
    if (length == 0 || length > m_config.maxBlock || quint32(v.size()) != 3 + (length + 1) / 2 ||
        offset + length > m_state.image.size)
        return ModelReply::error(exc::IllegalValue);
    m_state.bytesReceivedTotal += length;
    if (m_faults.ackWithoutStore) {
        emitEvent(QStringLiteral("ack-without-store"),
                  QStringLiteral("offset=%1 length=%2").arg(offset).arg(length));
        return {}; // "accepted", and nothing kept
    }
    const quint64 next = nextOffset();
    if (m_faults.nextOffsetSkew != 0 && offset != next) {
        // It reports NEXT_OFFSET off by the skew and takes bytes only at the true one.
        return ModelReply::error(exc::IllegalValue);
    }
    if (offset == next)
        return storeBlock(v, length);
    if (offset + length <= next)
        return {};                               // a repeat of bytes already stored
    return ModelReply::error(exc::IllegalValue); // a gap or a partial overlap
}

ModelReply MeterModel::storeBlock(const QVector<quint16>& v, quint32 length)
{
    QByteArray bytes;
    bytes.reserve(int(length) + 1);
    for (int i = 3; i < v.size(); ++i) {
        bytes.append(char(v[i] >> 8));
        bytes.append(char(v[i] & 0xFF));
    }
    bytes.truncate(int(length));
    if (!m_storage->appendImage(bytes))
        return ModelReply::error(exc::DeviceFailure);
    const quint32 reached = nextOffset();
    if (m_faults.offsetResetAt && reached >= *m_faults.offsetResetAt) {
        // A flash that loses its blocks: stored and answered, then gone; same image.
        m_storage->clearImage();
        emitEvent(QStringLiteral("offset-reset"), QStringLiteral("next_offset=%1").arg(reached));
    }
    return {};
}

// ---- the steps after COMMIT -----------------------------------------------------------

void MeterModel::finishVerification()
{
    if (m_state.status != UpgStatus::Verifying)
        return;
    const QByteArray image = m_storage->readImage();
    const bool ok =
        !m_failNextVerify && image.size() == qint64(m_state.image.size) &&
        QCryptographicHash::hash(image, QCryptographicHash::Sha256) == m_state.image.sha256;
    m_failNextVerify = false;
    if (!ok) {
        m_storage->clearImage();
        m_state.hasImage = false;
        m_state.status = UpgStatus::VerifyFailed;
        persist();
        emitEvent(QStringLiteral("verify-failed"));
        return;
    }
    m_state.status = UpgStatus::Installing;
    persist();
    emitEvent(QStringLiteral("installing"));
}

void MeterModel::finishInstallation()
{
    if (m_state.status != UpgStatus::Installing)
        return;
    m_state.installedSha256 =
        QCryptographicHash::hash(m_storage->readImage(), QCryptographicHash::Sha256);
    m_storage->clearImage();
    m_state.hasImage = false;
    m_state.mode = DeviceMode::Normal;
    if (!m_faults.installKeepsFirmware)
        std::copy(m_state.image.version, m_state.image.version + 3, m_state.fw);
    m_state.status = UpgStatus::Done;
    const bool reset = m_state.settingsResetPending;
    if (reset)
        m_state.templateRegs = TemplateTable::factoryDefaults();
    m_state.settingsResetPending = false;
    persist();
    // The meter restarted itself into the new firmware: fresh uptime, settings in force.
    resetUptime();
    applyCommSettings();
    emitEvent(QStringLiteral("installed"), QStringLiteral("fw=%1 settings_reset=%2")
                                               .arg(versionString(m_state.fw))
                                               .arg(reset ? 1 : 0));
}

} // namespace metersim

#include "MeterModel.h"

#include "Measurements.h"
#include "SimLogging.h"
#include "TemplateTable.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>

namespace metersim {

namespace {
bool within(quint16 address, quint32 count, quint16 first, quint16 last)
{
    return address >= first && quint32(address) + count - 1 <= last;
}

qint64 processMonotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}
} // namespace

MeterModel::MeterModel(const MeterConfig& config, MeterStorage* storage)
    : m_config(config), m_storage(storage), m_monotonicMs(processMonotonicMs),
      m_utcSeconds([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

void MeterModel::setClocks(std::function<qint64()> monotonicMs, std::function<qint64()> utcSeconds)
{
    m_monotonicMs = std::move(monotonicMs);
    m_utcSeconds = std::move(utcSeconds);
    resetUptime();
}

QString MeterModel::versionString(const quint16* v)
{
    return QStringLiteral("%1.%2.%3").arg(v[0]).arg(v[1]).arg(v[2]);
}

void MeterModel::resetUptime()
{
    m_powerUpMs = m_monotonicMs();
}

bool MeterModel::powerUp()
{
    resetUptime();
    const bool restart = MeterState::fromJson(m_storage->loadState(), &m_state);
    if (restart && !m_state.identity.isEmpty()) {
        // A meter does not change what it is with the options it is started with.
        const QStringList ignored = m_config.adoptIdentity(m_state.identity);
        for (const QString& option : ignored)
            qCWarning(lcSimModel).noquote() << "warning: the meter stored in" << m_config.statePath
                                            << "keeps its identity; ignoring" << option;
    }
    if (!restart) {
        m_state = MeterState();
        m_state.mode = m_config.startMode;
        if (m_config.startMode == DeviceMode::Normal)
            std::copy(m_config.fw, m_config.fw + 3, m_state.fw);
        m_state.templateRegs = TemplateTable::factoryDefaults();
        m_state.templateRegs[reg::CommUnitId - reg::TemplateFirst] = m_config.unitId;
        m_state.templateRegs[reg::CommBaud - reg::TemplateFirst] = m_config.commBaudCode;
        m_state.templateRegs[reg::CommParity - reg::TemplateFirst] = m_config.commParityCode;
        for (auto it = m_config.rawTemplate.cbegin(); it != m_config.rawTemplate.cend(); ++it)
            m_state.templateRegs[it.key() - reg::TemplateFirst] = it.value(); // unchecked
        m_state.descriptorRegs = QVector<quint16>(reg::DescriptorCount, 0);
        m_storage->clearImage();
    }
    // The image file is the truth about NEXT_OFFSET; never more than the image BEGIN took.
    if (!m_state.hasImage || m_storage->imageSize() > qint64(m_state.image.size))
        m_storage->clearImage();

    if (m_state.status == UpgStatus::Verifying || m_state.status == UpgStatus::Installing) {
        // The whole image was stored before COMMIT: it is still there, COMMIT again.
        m_state.status = UpgStatus::Receiving;
        if (m_config.banks == 1)
            m_state.mode = DeviceMode::Upgrade;
    }
    if (m_state.mode != DeviceMode::Normal)
        m_state.settingsResetPending = true;
    m_state.identity = m_config.identityJson();
    applyCommSettings();
    persist();
    if (restart) {
        emitEvent(QStringLiteral("restart"), QStringLiteral("mode=%1 status=%2 next_offset=%3")
                                                 .arg(QLatin1String(modeName(m_state.mode)))
                                                 .arg(int(m_state.status))
                                                 .arg(nextOffset()));
    }
    return restart;
}

void MeterModel::applyCommSettings()
{
    m_unitId = m_state.templateRegs[reg::CommUnitId - reg::TemplateFirst];
    m_baudCode = m_state.templateRegs[reg::CommBaud - reg::TemplateFirst];
    m_parityCode = m_state.templateRegs[reg::CommParity - reg::TemplateFirst];
}

void MeterModel::persist()
{
    if (!m_storage->saveState(m_state.toJson()))
        qCWarning(lcSimModel) << "state not saved";
}

void MeterModel::emitEvent(const QString& name, const QString& details)
{
    qCDebug(lcSimModel).noquote() << "unit" << m_unitId << name << details;
    if (m_eventSink)
        m_eventSink(name, details);
}

// ---- reads ----------------------------------------------------------------------------

ModelReply MeterModel::read(quint16 address, quint16 count)
{
    if (count == 0 || quint32(address) + count > 0x10000)
        return ModelReply::error(exc::IllegalAddress);
    if (isBusy() && !within(address, count, reg::IdentityFirst, reg::IdentityLast) &&
        !within(address, count, reg::ControlFirst, reg::ControlLast))
        return ModelReply::error(exc::Busy);
    ModelReply reply;
    reply.values.reserve(count);
    QVector<quint16> measureCache; // one snapshot per request, so a float's halves agree
    for (quint32 a = address; a < quint32(address) + count; ++a) {
        quint16 v = 0;
        if (!readRegister(quint16(a), &v, &measureCache))
            return ModelReply::error(exc::IllegalAddress);
        reply.values.append(v);
    }
    return reply;
}

bool MeterModel::readRegister(quint16 a, quint16* value, QVector<quint16>* measureCache)
{
    if (a <= reg::IdentityLast) {
        *value = identityRegister(a);
        return true;
    }
    if (a >= reg::ControlFirst && a <= reg::ControlLast) {
        *value = controlRegister(a);
        return true;
    }
    if (m_state.mode != DeviceMode::Normal)
        return false; // only identity and the upgrade block answer outside NORMAL
    if (a >= reg::MeasureFirst && a <= reg::MeasureLast) {
        if (measureCache->isEmpty())
            *measureCache = Measurements::registers(m_state.templateRegs,
                                                    (m_monotonicMs() - m_powerUpMs) / 1000.0);
        *value = (*measureCache)[a - reg::MeasureFirst];
        return true;
    }
    if (a >= reg::TemplateFirst && a <= reg::TemplateLast) {
        const TemplateSetting* s = TemplateTable::find(a);
        if (!s)
            return false;
        if (s->kind == TemplateSetting::Kind::Clock) {
            const quint32 now = quint32(m_utcSeconds() + m_state.clockOffsetSeconds);
            *value = a == reg::ClockUtc ? quint16(now >> 16) : quint16(now & 0xFFFF);
            return true;
        }
        *value = m_state.templateRegs[a - reg::TemplateFirst];
        return true;
    }
    return false;
}

quint16 MeterModel::identityRegister(quint16 a) const
{
    auto ascii = [](const QString& text, int index) -> quint16 {
        const QByteArray b = text.toLatin1();
        const char hi = 2 * index < b.size() ? b[2 * index] : '\0';
        const char lo = 2 * index + 1 < b.size() ? b[2 * index + 1] : '\0';
        return quint16((quint8(hi) << 8) | quint8(lo));
    };
    switch (a) {
    case reg::MapVersion:
        return 1;
    case reg::DeviceType:
        return m_config.deviceType;
    case reg::HwRevision:
        return m_config.hwRevision;
    case reg::FwMajor:
    case reg::FwMajor + 1:
    case reg::FwMajor + 2:
        return m_state.fw[a - reg::FwMajor];
    case reg::DeviceMode:
        return m_faults.deviceModeValue.value_or(quint16(m_state.mode));
    case reg::ActiveEvents:
        return m_config.activeEvents;
    case reg::BootloaderVersion:
        return m_config.bootloaderVersion;
    case reg::Banks:
        return m_config.banks;
    default:
        break;
    }
    if (a >= reg::SerialNumber && a < reg::SerialNumber + 8)
        return ascii(m_config.serialNumber, a - reg::SerialNumber);
    if (a >= reg::ModelName && a < reg::ModelName + 8)
        return ascii(m_config.modelName(), a - reg::ModelName);
    return 0; // reserved
}

quint32 MeterModel::reportedNextOffset() const
{
    return nextOffset() + quint32(m_faults.nextOffsetSkew); // modulo 2^32
}

quint16 MeterModel::controlRegister(quint16 a) const
{
    if (a >= reg::DescriptorFirst && a <= reg::DescriptorLast)
        return m_state.descriptorRegs[a - reg::DescriptorFirst];
    switch (a) {
    case reg::UpgCommand:
        return 0;
    case reg::UpgStatus:
        if (m_state.status == UpgStatus::Done && m_faults.upgStatusAfterInstall)
            return *m_faults.upgStatusAfterInstall;
        return quint16(m_state.status);
    case reg::MaxBlock:
        if (m_faults.maxBlockAtOffset && nextOffset() >= *m_faults.maxBlockAtOffset)
            return m_faults.maxBlockAtValue; // what it says; writeData keeps the real limit
        return m_config.maxBlock;
    case reg::NextOffset:
        return quint16(reportedNextOffset() >> 16);
    case reg::NextOffset + 1:
        return quint16(reportedNextOffset() & 0xFFFF);
    case reg::InstallSeconds:
        return m_config.installSeconds;
    case reg::FlashCapacityKib:
        return m_config.capacityKib;
    default:
        return 0;
    }
}

// ---- writes ---------------------------------------------------------------------------

ModelReply MeterModel::write(quint16 address, const QVector<quint16>& values)
{
    const quint32 count = quint32(values.size());
    if (count == 0 || quint32(address) + count > 0x10000)
        return ModelReply::error(exc::IllegalAddress);
    if (isBusy())
        return ModelReply::error(exc::Busy); // only reads of 0-31 and 9000-9030 pass
    if (address == reg::DataWindow)
        return writeData(values);
    if (within(address, count, reg::ControlFirst, reg::ControlLast))
        return writeControl(address, values);
    if (within(address, count, reg::TemplateFirst, reg::TemplateLast) &&
        m_state.mode == DeviceMode::Normal)
        return writeTemplate(address, values);
    return ModelReply::error(exc::IllegalAddress); // read-only, unknown, or not in this mode
}

ModelReply MeterModel::writeTemplate(quint16 address, const QVector<quint16>& values)
{
    // First every address, then every value: nothing changes unless all of it is good.
    const quint32 end = quint32(address) + values.size();
    QVector<const TemplateSetting*> touched;
    for (quint32 a = address; a < end;) {
        const TemplateSetting* s = TemplateTable::find(quint16(a));
        if (!s || s->address != a || a + s->regs > end)
            return ModelReply::error(exc::IllegalAddress);
        touched.append(s);
        a += s->regs;
    }
    for (quint32 a = address; a < end; ++a) {
        if (m_faults.refuseWrite.contains(quint16(a))) {
            emitEvent(QStringLiteral("write-refused"), QStringLiteral("address=%1").arg(a));
            return ModelReply::error(exc::IllegalValue);
        }
    }
    for (const TemplateSetting* s : touched) {
        if (!s->accepts(values.constData() + (s->address - address)))
            return ModelReply::error(exc::IllegalValue);
    }
    ModelReply reply;
    for (const TemplateSetting* s : touched) {
        const quint16* v = values.constData() + (s->address - address);
        if (s->kind == TemplateSetting::Kind::Clock) {
            const qint64 wanted = (qint64(v[0]) << 16) | v[1];
            m_state.clockOffsetSeconds = wanted - m_utcSeconds();
            continue;
        }
        for (int i = 0; i < s->regs; ++i)
            m_state.templateRegs[s->address - reg::TemplateFirst + i] = v[i];
        if (s->address >= reg::CommUnitId && s->address <= reg::CommParity)
            reply.commSettingsWritten = true;
    }
    persist();
    return reply;
}

ModelReply MeterModel::writeControl(quint16 address, const QVector<quint16>& values)
{
    if (address == reg::UpgCommand && values.size() == 1)
        return command(values[0]);
    if (!within(address, quint32(values.size()), reg::DescriptorFirst, reg::DescriptorLast))
        return ModelReply::error(exc::IllegalAddress); // UPG_STATUS and 9026-9030 are read-only
    for (int i = 0; i < values.size(); ++i)
        m_state.descriptorRegs[address - reg::DescriptorFirst + i] = values[i];
    persist();
    return {};
}

ModelReply MeterModel::command(quint16 value)
{
    switch (value) {
    case quint16(UpgCommand::Begin):
        return begin();
    case quint16(UpgCommand::Commit):
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
    if (!resume && !m_storage->clearImage())
        return ModelReply::error(exc::DeviceFailure);
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
        nextOffset() != m_state.image.size)
        return ModelReply::error(exc::IllegalValue);
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
    const quint64 next = nextOffset();
    if (m_faults.nextOffsetSkew != 0 && offset != next) {
        // It reports NEXT_OFFSET off by the skew and takes bytes only at the true one.
        persist();
        return ModelReply::error(exc::IllegalValue);
    }
    if (offset == next) {
        QByteArray bytes;
        bytes.reserve(int(length) + 1);
        for (int i = 3; i < v.size(); ++i) {
            bytes.append(char(v[i] >> 8));
            bytes.append(char(v[i] & 0xFF));
        }
        bytes.truncate(int(length));
        if (!m_storage->appendImage(bytes))
            return ModelReply::error(exc::DeviceFailure);
        persist(); // the counter; NEXT_OFFSET itself is the image's length
        return {};
    }
    persist();
    if (offset + length <= next)
        return {};                               // a repeat of bytes already stored
    return ModelReply::error(exc::IllegalValue); // a gap or a partial overlap
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

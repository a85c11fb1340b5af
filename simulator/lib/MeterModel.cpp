#include "MeterModel.h"

#include "Measurements.h"
#include "SimLogging.h"
#include "TemplateTable.h"

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
    if (address == reg::DataWindow)
        return receiveData(values); // counted even while busy
    if (isBusy())
        return ModelReply::error(exc::Busy); // only reads of 0-31 and 9000-9030 pass
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

} // namespace metersim

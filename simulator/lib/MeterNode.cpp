#include "MeterNode.h"

#include "FileStorage.h"
#include "ModbusPdu.h"
#include "SimLogging.h"

#include <QDateTime>
#include <QThread>

namespace metersim {

MeterNode::MeterNode(const MeterConfig& config, const FaultConfig& faults, QObject* parent)
    : QObject(parent), m_config(config), m_faults(faults), m_random(faults.seed + config.unitId)
{
    if (config.statePath.isEmpty())
        m_storage = std::make_unique<MemoryStorage>();
    else
        m_storage = std::make_unique<FileStorage>(config.statePath, config.fsync);
    m_verifyTimer.setSingleShot(true);
    m_installTimer.setSingleShot(true);
    m_powerLossTimer.setSingleShot(true);
    connect(&m_verifyTimer, &QTimer::timeout, this, [this] { m_model->finishVerification(); });
    connect(&m_installTimer, &QTimer::timeout, this, [this] { m_model->finishInstallation(); });
    connect(&m_powerLossTimer, &QTimer::timeout, this, &MeterNode::powerLossRequested);
    createModel();
}

MeterNode::~MeterNode() = default;

void MeterNode::createModel()
{
    m_model = std::make_unique<MeterModel>(m_config, m_storage.get());
    m_model->setFailNextVerify(m_faults.failVerify);
    m_model->setFaults(m_faults);
    m_model->setEventSink(
        [this](const QString& name, const QString& details) { onModelEvent(name, details); });
}

void MeterNode::powerUp()
{
    m_model->powerUp();
}

void MeterNode::powerCycle()
{
    m_verifyTimer.stop();
    m_installTimer.stop();
    m_powerLossTimer.stop();
    const bool wasInstalling = m_model->isSilent();
    m_faults.failVerify = false; // one-shot faults do not come back with power
    createModel();
    m_model->powerUp();
    if (wasInstalling)
        Q_EMIT installingFinished();
}

bool MeterNode::isSilent() const
{
    return m_model->isSilent() || QDateTime::currentMSecsSinceEpoch() < m_silentUntilMs;
}

void MeterNode::onModelEvent(const QString& name, const QString& details)
{
    using PL = FaultConfig::PowerLossIn;
    if (name == QLatin1String("verifying")) {
        m_verifyTimer.start(m_faults.verifyMs);
        if (m_faults.powerLossIn == PL::Verifying)
            m_powerLossTimer.start(m_faults.verifyMs / 2);
    } else if (name == QLatin1String("installing")) {
        m_installTimer.start(m_faults.installMs);
        if (m_faults.powerLossIn == PL::Installing)
            m_powerLossTimer.start(m_faults.installMs / 2);
    }
    Q_EMIT event(name, details);
    if (name == QLatin1String("installing"))
        Q_EMIT installingStarted();
    else if (name == QLatin1String("installed"))
        Q_EMIT installingFinished();
}

quint8 MeterNode::replyUnit(quint8 requestUnit) const
{
    if (!m_faults.wrongUnitId)
        return requestUnit;
    return requestUnit >= 247 ? 1 : quint8(requestUnit + 1);
}

bool MeterNode::isDataWrite(const QByteArray& pdu)
{
    return pdu.size() >= 3 && quint8(pdu[0]) == 0x10 &&
           ((quint8(pdu[1]) << 8) | quint8(pdu[2])) == reg::DataWindow;
}

namespace {
quint16 pduWord(const QByteArray& pdu, int i)
{
    return quint16((quint8(pdu[i]) << 8) | quint8(pdu[i + 1]));
}

// The registers a request names (functions 03, 06 and 16): first and count, or count 0.
std::pair<quint32, quint32> registerRange(const QByteArray& pdu)
{
    if (pdu.size() < 5)
        return {0, 0};
    switch (quint8(pdu[0])) {
    case 0x03:
    case 0x10:
        return {pduWord(pdu, 1), pduWord(pdu, 3)};
    case 0x06:
        return {pduWord(pdu, 1), 1};
    default:
        return {0, 0};
    }
}
} // namespace

bool MeterNode::silencedAsLongWrite(const QByteArray& pdu)
{
    if (!m_faults.longWriteSilence || pdu.size() < 5 || quint8(pdu[0]) != 0x10)
        return false;
    const int registers = pduWord(pdu, 3);
    if (registers <= *m_faults.longWriteSilence)
        return false;
    Q_EMIT event(QStringLiteral("long-write-silence"),
                 QStringLiteral("registers=%1").arg(registers));
    return true;
}

std::optional<quint8> MeterNode::faultException(const QByteArray& pdu)
{
    const auto [first, count] = registerRange(pdu);
    for (auto it = m_faults.exceptionAt.cbegin(); count > 0 && it != m_faults.exceptionAt.cend();
         ++it) {
        if (it.key() >= first && it.key() < first + count) {
            Q_EMIT event(QStringLiteral("exception-at"),
                         QStringLiteral("address=%1 code=%2").arg(it.key()).arg(it.value()));
            return it.value();
        }
    }
    if (m_faults.dataExceptionCode != 0 && isDataWrite(pdu) &&
        (!m_faults.dataExceptionCount || m_dataExceptionsSent < *m_faults.dataExceptionCount)) {
        ++m_dataExceptionsSent;
        Q_EMIT event(QStringLiteral("data-exception"),
                     QStringLiteral("code=%1").arg(m_faults.dataExceptionCode));
        return m_faults.dataExceptionCode;
    }
    return std::nullopt;
}

NodeReply MeterNode::handle(const QByteArray& pdu, bool broadcast)
{
    NodeReply reply;
    if (m_gone)
        return reply; // unplugged: nothing reaches it any more
    if (m_mutedSoFar < m_faults.muteFirst) {
        ++m_mutedSoFar; // not answering yet: nothing is acted on
        Q_EMIT event(QStringLiteral("muted"),
                     QStringLiteral("left=%1").arg(m_faults.muteFirst - m_mutedSoFar));
        return reply;
    }
    if (isSilent())
        return reply; // installing, or --silence-seconds: deaf, nothing is acted on
    if (silencedAsLongWrite(pdu))
        return reply; // --long-write-silence: as if it never arrived
    if (const std::optional<quint8> code = faultException(pdu)) {
        if (isDataWrite(pdu))
            m_model->countDataWrite(); // refused before the model sees it: nothing stored
        if (!broadcast) {
            reply.send = true;
            reply.pdu = ModbusPdu::exception(quint8(pdu[0]), *code);
        }
        return reply;
    }
    const quint32 before = m_model->nextOffset();
    const bool inSilentZone =
        m_faults.silentFrom && before >= *m_faults.silentFrom && before < *m_faults.silentTo;

    const PduResult result = ModbusPdu::process(*m_model, pdu);
    const quint32 after = m_model->nextOffset();
    const bool stored = after > before;

    if (stored && m_faults.powerLossAtOffset && m_powerLossArmed &&
        after >= *m_faults.powerLossAtOffset) {
        m_powerLossArmed = false;
        Q_EMIT powerLossRequested(); // the block is stored; the answer never leaves
        return reply;
    }
    if (m_config.goneAtOffset && after >= *m_config.goneAtOffset) {
        m_gone = true; // the write that got it there is stored, its answer never leaves
        Q_EMIT event(QStringLiteral("gone"), QStringLiteral("next_offset=%1").arg(after));
        return reply;
    }
    if (stored && m_faults.flashDelayMs > 0)
        QThread::msleep(quint32(m_faults.flashDelayMs)); // the meter is busy writing flash
    if (m_faults.silenceAtOffset && !m_silenceTriggered && after >= *m_faults.silenceAtOffset &&
        after > 0) {
        m_silenceTriggered = true;
        m_silentUntilMs =
            QDateTime::currentMSecsSinceEpoch() + qint64(m_faults.silenceSeconds) * 1000;
        qCInfo(lcSimHost) << "silent for" << m_faults.silenceSeconds << "s at next_offset" << after;
        return reply;
    }
    bool send = !broadcast && !result.response.isEmpty() && !inSilentZone;
    if (send && m_faults.dropRepliesPercent > 0 &&
        int(m_random.bounded(100)) < m_faults.dropRepliesPercent) {
        qCDebug(lcSimHost) << "dropping a reply";
        send = false;
    }
    if (!send) {
        if (result.commSettingsWritten)
            applyCommSettings(); // no answer to wait for
        return reply;
    }
    reply.send = true;
    reply.pdu = result.response;
    reply.commSettingsWritten = result.commSettingsWritten;
    return reply;
}

void MeterNode::applyCommSettings()
{
    m_model->applyCommSettings();
    Q_EMIT commSettingsApplied();
}

} // namespace metersim

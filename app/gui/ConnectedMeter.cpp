#include "ConnectedMeter.h"

#include "GuiLogging.h"
#include "meter/MeterBinding.h"

namespace commissioner::gui {

ConnectedMeter::ConnectedMeter(QObject* parent) : QObject(parent) {}

bool ConnectedMeter::isNormal() const
{
    return m_meter && m_meter->identity.mode == DeviceMode::Normal &&
           m_meter->state != RecoveryState::Busy;
}

bool ConnectedMeter::needsRecovery() const
{
    return m_meter && needsRecovery(*m_meter);
}

bool ConnectedMeter::needsRecovery(const MeterSnapshot& meter)
{
    // The same test as UpgradeFlow::offerRecovery's: what it would ask about.
    return commissioner::needsRecovery(meter.state) || hasPendingImage(meter.state);
}

void ConnectedMeter::setLink(const LinkDescription& link)
{
    m_link = link;
    ++m_revision;
    Q_EMIT linkChanged(link);
}

void ConnectedMeter::setMeter(MeterSnapshot meter)
{
    if (m_meter && !MeterBinding::of(m_meter->identity).matches(meter.identity)) {
        qCInfo(lcGui) << "another meter answers:" << meter.identity.serialNumber << "instead of"
                      << m_meter->identity.serialNumber;
        forgetMeter();
    }
    const bool modeMoved =
        !m_meter || m_meter->identity.mode != meter.identity.mode || m_meter->state != meter.state;
    m_meter = std::move(meter);
    ++m_revision;
    // A copy: an observer may clear the model while the signal is delivered.
    const MeterSnapshot shown = *m_meter;
    Q_EMIT meterChanged(shown);
    if (modeMoved)
        Q_EMIT modeChanged(shown.identity.mode, shown.state);
}

void ConnectedMeter::markWritten(MeterWrite what)
{
    ++m_revision;
    Q_EMIT written(what);
}

void ConnectedMeter::clear()
{
    m_link.reset();
    forgetMeter();
}

void ConnectedMeter::forgetMeter()
{
    m_meter.reset();
    ++m_revision;
    Q_EMIT cleared();
}

} // namespace commissioner::gui

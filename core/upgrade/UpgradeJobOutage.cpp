#include "base/Logging.h"
#include "base/PrintableText.h"
#include "meter/MeterQueries.h"
#include "settings/CommSettings.h"
#include "upgrade/UpgradeJob.h"
#include "upgrade/UpgradeJobDetail.h"
#include "upgrade/UpgradePlan.h"

#include <QDateTime>
#include <QJsonArray>
#include <QThread>
#include <algorithm>

namespace commissioner {

using namespace upgradejob;
using namespace upgradepolicy;

// When the meter stops answering: the outage clock, the search for it (at its own and at
// its factory settings) and the resync with whatever state it came back in.

// ---- losing and finding the meter ----------------------------------------------------------

UpgradeJob::Step UpgradeJob::doResync()
{
    const auto id = readIdentity(m_client);
    countRecord();
    if (!id)
        return linkFailure(id.error(), State::Resync);
    if (!isOurMeter(id.value()))
        return wrongMeter(id.value());
    const auto up = readUpgradeRegisters(m_client);
    countRecord();
    if (!up)
        return linkFailure(up.error(), State::Resync);
    m_upgrade = up.value();
    const MeterIdentity& m = id.value();
    const ResyncAction a = decideResync({m, m_upgrade, facts()});
    switch (a.step) {
    case ResyncStep::Identify:
        return go(State::Identify);
    case ResyncStep::StopOffSpec:
        return offSpec(a.offSpec.reg, a.offSpec.value);
    case ResyncStep::PollVerify:
        return go(State::PollVerify, m_options.verifyPollMs);
    case ResyncStep::WaitInstall:
        return go(State::WaitInstall);
    case ResyncStep::FinishVerifyFailed:
        m_result.meterStatus = m_upgrade.rawStatus;
        return finish(UpgradeOutcome::VerifyFailed,
                      QStringLiteral("the meter's SHA-256 check of the image failed"));
    case ResyncStep::ReadOffset:
        return go(State::ReadOffset);
    case ResyncStep::Confirm:
        if (a.statusDisagrees)
            log(QStringLiteral("resync"),
                QStringLiteral("UPG_STATUS reads %1, but the meter runs %2 in NORMAL mode")
                    .arg(upgStatusName(m_upgrade.rawStatus), m_image.version.toString()),
                {{QStringLiteral("status"), m_upgrade.rawStatus}});
        return go(State::Confirm);
    case ResyncStep::FinishWrongVersion:
        m_result.after = m;
        return finish(
            UpgradeOutcome::WrongVersion,
            QStringLiteral("the meter reports DONE but runs %1 in %2 mode, not %3")
                .arg(m.firmware.toString(), deviceModeName(m), m_image.version.toString()));
    case ResyncStep::Begin:
        break;
    }
    log(QStringLiteral("resync"),
        QStringLiteral(
            "The meter does not hold this image (UPG_STATUS %1); starting the transfer again")
            .arg(upgStatusName(m_upgrade.rawStatus)));
    m_offsetKnown = false;
    m_acknowledged = 0; // the meter dropped our image: NEXT_OFFSET starts again at 0
    return go(State::Descriptor);
}

UpgradeJob::Step UpgradeJob::linkFailure(const LinkError& error, State retryFrom)
{
    setQuiet(false);
    m_result.lastError = error;
    m_resumeState = retryFrom;
    if (!m_inOutage) {
        if (!m_budget.spendLinkLoss())
            return outOfBudget(error.address);
        m_inOutage = true;
        m_outageClock.start();
        setStage(UpgradeStage::WaitingForLink);
        log(QStringLiteral("pause"),
            (error.kind == LinkErrorKind::Exception
                 ? QStringLiteral("The meter answered %1 where the protocol expects none; "
                                  "waiting up to %2 s for it")
                 : QStringLiteral("Communication lost (%1); waiting up to %2 s for the meter"))
                .arg(describeForLog(error))
                .arg(m_options.outageWaitMs / 1000),
            {{QStringLiteral("reason"), linkErrorKindName(error.kind)},
             {QStringLiteral("wait_limit_s"), m_options.outageWaitMs / 1000}});
        notify([&](UpgradeObserver& o) { o.onPaused(true, m_options.outageWaitMs); });
    }
    return go(State::Outage, m_options.reconnectIntervalMs);
}

UpgradeJob::Step UpgradeJob::doOutage()
{
    if (decideOutageWait(m_outageClock.elapsed(), m_options.outageWaitMs) == OutageStep::GiveUp) {
        return finish(
            UpgradeOutcome::LinkLost,
            QStringLiteral("no response for %1; the meter holds %2 of %3 bytes and can be resumed")
                .arg(elapsedText(m_outageClock.elapsed()))
                .arg(m_offset)
                .arg(m_image.payload.size()));
    }
    std::optional<MeterIdentity> seen;
    if (m_client.reconnect()) {
        const auto id = probeIdentity();
        if (id)
            seen = id.value();
    }
    const OutageStep next =
        decideOutageProbe({seen.has_value(), seen && isOurMeter(*seen), lostIn(m_resumeState)});
    if (next == OutageStep::KeepTrying)
        return go(State::Outage, m_options.reconnectIntervalMs);
    if (next == OutageStep::WrongMeter)
        return wrongMeter(*seen);
    m_inOutage = false;
    log(QStringLiteral("resume"),
        QStringLiteral("Communication restored after %1 of waiting")
            .arg(elapsedText(m_outageClock.elapsed())),
        {{QStringLiteral("outage_ms"), m_outageClock.elapsed()}});
    notify([](UpgradeObserver& o) { o.onPaused(false, 0); });
    switch (next) {
    case OutageStep::Identify:
        return go(State::Identify);
    case OutageStep::Confirm:
        return go(State::Confirm);
    default:
        return go(State::Resync);
    }
}

upgradepolicy::LostIn UpgradeJob::lostIn(State state)
{
    switch (state) {
    case State::Identify:
    case State::WaitBusy:
        return LostIn::Checks;
    case State::Confirm:
        return LostIn::Confirm;
    default:
        return LostIn::Upgrade;
    }
}

Result<MeterIdentity, LinkError> UpgradeJob::probeIdentity()
{
    auto id = readIdentity(m_client);
    countRecord();
    // Only a meter already identified can be recognised at other settings, and never once
    // another meter was seen there: two meters would share that address, and BEGIN or a
    // restore could reach either.
    if (id || !m_haveIdentity || !m_options.tryFactoryCommSettings || m_result.commSettingsReset ||
        !m_strangerSerial.isEmpty())
        return id;
    // Where the meter answers at its factory settings: its profile says (COMM_* defaults).
    const auto profiles = DeviceProfiles::load(m_folder);
    const DeviceProfile* profile =
        profiles ? profiles->forDeviceType(m_result.before.deviceType) : nullptr;
    const auto factory = profile ? factoryCommSettings(*profile) : std::nullopt;
    if (!factory)
        return id;
    const LinkDescription was = m_client.description();
    const bool serial = was.kind == LinkDescription::Kind::Serial;
    const bool atDefaults =
        was.unitId == factory->unitId &&
        (!serial || (was.baudRate == factory->baudRate && was.parity == factory->parity));
    if (atDefaults ||
        !m_client.setCommSettings(factory->unitId, serial ? factory->baudRate : was.baudRate,
                                  serial ? factory->parity : was.parity))
        return id;
    (void)m_client.reconnect();
    auto alt = readIdentity(m_client);
    countRecord();
    if (alt && isOurMeter(alt.value())) {
        m_result.commSettingsReset = true;
        log(QStringLiteral("settings"),
            QStringLiteral("The meter answers at its factory communication settings: it restarted "
                           "during the upgrade"),
            {{QStringLiteral("comm_settings_reset"), true}});
        return alt;
    }
    if (alt && m_strangerSerial != alt.value().serialNumber) {
        // Another meter on the bus sits at the factory settings: it is left alone.
        m_strangerSerial = alt.value().serialNumber;
        m_result.stranger = alt.value();
        log(QStringLiteral("settings"),
            QStringLiteral("A meter with serial number %1 (type %2) answers at the factory "
                           "communication settings; it is not the meter being upgraded (%3) and "
                           "is left alone")
                .arg(printableText(alt.value().serialNumber))
                .arg(alt.value().deviceType)
                .arg(printableText(m_result.before.serialNumber)),
            {{QStringLiteral("stranger_serial_number"), alt.value().serialNumber},
             {QStringLiteral("stranger_device_type"), alt.value().deviceType}});
    }
    m_client.setCommSettings(was.unitId, was.baudRate, was.parity);
    (void)m_client.reconnect();
    return id;
}

} // namespace commissioner

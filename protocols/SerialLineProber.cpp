#include "SerialLineProber.h"

#include "ModbusMeterClient.h"
#include "meter/LinkSettings.h"

namespace commissioner {

SerialLineProber::SerialLineProber(QString device, bool rs485)
    : m_device(std::move(device)), m_rs485(rs485)
{
}

SerialLineProber::~SerialLineProber() = default;

Result<Ok, LinkError> SerialLineProber::openLine(const SerialLine& line)
{
    closeLine();
    LinkSettings s;
    s.kind = LinkDescription::Kind::Serial;
    s.device = m_device;
    s.baudRate = line.baudRate;
    s.parity = line.parity;
    s.dataBits = 8;
    s.stopBits = line.stopBits;
    s.rs485 = m_rs485;
    s.retry.retries = 0;
    s.retry.responseTimeoutMs = BusScanner::probeTimeoutMs(line.baudRate, 80);
    m_client = std::make_unique<ModbusMeterClient>(s);
    auto opened = m_client->open();
    if (!opened) {
        m_client.reset();
        return opened.error();
    }
    return Ok{};
}

LineProber::Probe SerialLineProber::probe(int unitId, int timeoutMs)
{
    Probe p;
    if (!m_client) {
        p.outcome = Outcome::LineFailed;
        p.error.kind = LinkErrorKind::NotConnected;
        return p;
    }
    RetryPolicy policy = m_client->retryPolicy();
    policy.retries = 0;
    policy.responseTimeoutMs = timeoutMs;
    m_client->setRetryPolicy(policy);
    m_client->setUnitId(unitId);
    m_client->discardStaleInput();

    const auto answer = m_client->readRegisters(0, 1);
    if (answer.ok()) {
        p.outcome = Outcome::Answered;
        return p;
    }
    p.error = answer.error();
    switch (p.error.kind) {
    case LinkErrorKind::Exception:
        p.outcome = Outcome::Answered;
        p.exceptionCode = p.error.exceptionCode;
        break;
    case LinkErrorKind::Timeout:
    case LinkErrorKind::BadResponse:
        p.outcome = Outcome::Silent;
        break;
    default:
        p.outcome = Outcome::LineFailed;
        break;
    }
    return p;
}

void SerialLineProber::closeLine()
{
    m_client.reset();
}

} // namespace commissioner

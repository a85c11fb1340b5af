#include "MeterClientFactory.h"

#include "ModbusMeterClient.h"
#include "ModemLine.h"

namespace commissioner {

namespace {

bool isPlainDefault(const RetryPolicy& p)
{
    const RetryPolicy d;
    return p.responseTimeoutMs == d.responseTimeoutMs && p.retries == d.retries &&
           p.backoffMs == d.backoffMs && p.backoffFactor == d.backoffFactor &&
           p.maxBackoffMs == d.maxBackoffMs;
}

std::unique_ptr<ModbusMeterClient> makeClient(LinkSettings settings)
{
    if (settings.kind != LinkDescription::Kind::Modem)
        return std::make_unique<ModbusMeterClient>(settings);
    // A modem link whose policy was left at the plain defaults (a caller that did not
    // know about modems) gets the modem's: 1 s is shorter than many modems' round trip.
    if (isPlainDefault(settings.retry))
        settings.retry = LinkSettings::defaultRetryFor(settings.kind);
    // The dialer owns the serial port and hands the connected line to the Modbus client.
    return std::make_unique<ModbusMeterClient>(settings, std::make_unique<ModemLine>(settings));
}

} // namespace

std::unique_ptr<MeterClient> MeterClientFactory::create(const LinkSettings& settings,
                                                        const std::atomic_bool* cancel)
{
    auto client = makeClient(settings);
    client->setCancelFlag(cancel);
    return client;
}

Result<std::unique_ptr<MeterClient>, LinkError>
MeterClientFactory::open(const LinkSettings& settings, LinkWarnings* warnings,
                         const std::atomic_bool* cancel)
{
    auto client = makeClient(settings);
    client->setCancelFlag(cancel);
    auto opened = client->open();
    if (!opened)
        return opened.error();
    if (warnings)
        *warnings = client->warnings();
    return std::unique_ptr<MeterClient>(std::move(client));
}

} // namespace commissioner

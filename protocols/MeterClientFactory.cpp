#include "MeterClientFactory.h"

#include "ModbusMeterClient.h"

namespace commissioner {

std::unique_ptr<MeterClient> MeterClientFactory::create(const LinkSettings& settings)
{
    // Every kind goes through libmodbus today; the Modem kind will get a dialer in front
    // that owns the serial port and hands the connected line to the Modbus client.
    return std::make_unique<ModbusMeterClient>(settings);
}

Result<std::unique_ptr<MeterClient>, LinkError> MeterClientFactory::open(const LinkSettings& settings,
                                                                        LinkWarnings* warnings)
{
    auto client = std::make_unique<ModbusMeterClient>(settings);
    auto opened = client->open();
    if (!opened)
        return opened.error();
    if (warnings)
        *warnings = client->warnings();
    return std::unique_ptr<MeterClient>(std::move(client));
}

} // namespace commissioner

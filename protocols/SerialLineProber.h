#pragma once

#include "BusScanner.h"

#include <memory>

namespace commissioner {

class ModbusMeterClient;

// LineProber on a real serial device, through ModbusMeterClient (libmodbus RTU). Each
// openLine() reopens the port with the new settings; each probe is one attempt (no
// retries), after dropping any late answer to the previous probe.
class SerialLineProber final : public LineProber
{
public:
    SerialLineProber(QString device, bool rs485);
    ~SerialLineProber() override;

    Result<Ok, LinkError> openLine(const SerialLine& line) override;
    Probe probe(int unitId, int timeoutMs) override;
    void closeLine() override;

private:
    QString m_device;
    bool m_rs485 = false;
    std::unique_ptr<ModbusMeterClient> m_client;
};

} // namespace commissioner

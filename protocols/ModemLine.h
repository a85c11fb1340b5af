#pragma once

#include "HayesDialer.h"
#include "LineOpener.h"
#include "ModemPort.h"
#include "ModemRelay.h"
#include "meter/LinkSettings.h"

namespace commissioner {

// A dial-up line for ModbusMeterClient: opens the modem's serial port once, dials on it,
// and carries the call's bytes to libmodbus's RTU context; hangs up on closeLine().
//
// DTR: many modems hang up when DTR drops, and closing a serial port drops DTR (HUPCL).
// Closing the port after dialing and letting libmodbus open it again would end the call
// before the first request. So the port is opened here once and stays open across
// dialing, the Modbus traffic and redials; libmodbus never opens or closes it (no
// modbus_connect/modbus_close on its context: it is given a descriptor with
// modbus_set_socket, as for RTU over TCP). The descriptor it gets is a socket pair end fed
// from the port by ModemRelay, which watches for NO CARRIER (see ModemRelay.h); the port
// is closed only when this object goes, or as the last resort to force a hang-up.
class ModemLine final : public LineOpener
{
public:
    explicit ModemLine(const LinkSettings& settings) : ModemLine(settings, defaultOptions(settings))
    {
    }
    ModemLine(const LinkSettings& settings, const DialerOptions& options);
    ~ModemLine() override;

    Result<int, LinkError> openLine() override;
    void closeLine() override;
    std::optional<LinkError> lineLost() override;
    void setCancelFlag(const std::atomic_bool* flag) override { m_dialer.setCancelFlag(flag); }

    bool connected() const { return m_connected; }
    // The dialer options for these settings: connectTimeoutMs from the link, the rest default.
    static DialerOptions defaultOptions(const LinkSettings& settings);

private:
    LinkSettings m_settings;
    ModemPort m_port;
    HayesDialer m_dialer;
    ModemRelay m_relay;
    bool m_connected = false;
    ModemRelay::Loss m_loss = ModemRelay::Loss::None;
    int m_lossErrno = 0;
};

} // namespace commissioner

#pragma once

#include "LinkWarning.h"
#include "base/Result.h"
#include "meter/LinkSettings.h"
#include "meter/MeterClient.h"

#include <atomic>
#include <memory>

namespace commissioner {

// Turns LinkSettings into a MeterClient. The client belongs to the thread that calls its
// methods (see ModbusMeterClient); create it on, or move it to, the link's worker thread
// before the first request.
class MeterClientFactory
{
public:
    // Always returns a client, without opening anything: the first request opens the link
    // and reports NotConnected (retried like any transient error) if it cannot.
    // cancel: as for open().
    static std::unique_ptr<MeterClient> create(const LinkSettings& settings,
                                               const std::atomic_bool* cancel = nullptr);

    // Builds the client and opens the link now, so that a wrong port or host is known at
    // once. A modem link dials here (and hangs up when the client goes).
    // cancel (not owned, any thread may set it) ends the opening, a dial included, and every
    // later request of the client with Cancelled: the person closed the link meanwhile.
    static Result<std::unique_ptr<MeterClient>, LinkError>
    open(const LinkSettings& settings, LinkWarnings* warnings = nullptr,
         const std::atomic_bool* cancel = nullptr);
};

} // namespace commissioner

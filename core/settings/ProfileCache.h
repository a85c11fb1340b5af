#pragma once

#include "base/Result.h"
#include "settings/DeviceProfile.h"
#include "settings/TemplateError.h"

#include <QString>

namespace commissioner {

// The work behind DeviceProfiles::load, done once rather than on every call: load is called
// per request (use cases, GUI pages, the connection dialog, the link worker thread).
// The compiled-in profiles are parsed once per process; a folder's profiles again only when
// its *.json files change (one added or removed, or one's size, modification time or
// permissions). A failure is never cached: a broken file is parsed again on every call and
// gives the same error each time. Safe to call from any thread.
class ProfileCache
{
public:
    // Compiled-in profiles plus userFolder's (when named and it exists), exactly as parsing
    // them now would give.
    static Result<DeviceProfiles, TemplateError> load(const QString& userFolder);
};

} // namespace commissioner

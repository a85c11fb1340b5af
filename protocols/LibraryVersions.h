#pragma once

#include <QString>

namespace commissioner {

// libmodbus as this program runs it, and the headers it was compiled against:
// "3.1.10 (built with 3.1.6)".
QString libmodbusVersion();
// The two halves: libmodbus_version_major/minor/micro of the shared library loaded at run
// time, and LIBMODBUS_VERSION_STRING of the headers at build time.
QString libmodbusRuntimeVersion();
QString libmodbusBuildVersion();

} // namespace commissioner

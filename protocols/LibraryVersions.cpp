#include "LibraryVersions.h"

#include <modbus.h>

namespace commissioner {

QString libmodbusRuntimeVersion()
{
    return QStringLiteral("%1.%2.%3")
        .arg(libmodbus_version_major)
        .arg(libmodbus_version_minor)
        .arg(libmodbus_version_micro);
}

QString libmodbusBuildVersion()
{
    return QStringLiteral(LIBMODBUS_VERSION_STRING);
}

QString libmodbusVersion()
{
    return QStringLiteral("%1 (built with %2)")
        .arg(libmodbusRuntimeVersion(), libmodbusBuildVersion());
}

} // namespace commissioner

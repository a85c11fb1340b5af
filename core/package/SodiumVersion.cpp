#include "package/SodiumVersion.h"

#include <sodium.h>

namespace commissioner {

QString libsodiumVersion()
{
    return QString::fromLatin1(sodium_version_string());
}

} // namespace commissioner

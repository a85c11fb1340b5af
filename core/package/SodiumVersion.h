#pragma once

#include <QString>

namespace commissioner {

// The libsodium this program runs with (package signatures), as sodium_version_string() says.
QString libsodiumVersion();

} // namespace commissioner

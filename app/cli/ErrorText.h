#pragma once

#include <QString>

#include "LinkError.h"

namespace commissioner::cli {

// One line, for people, naming the cause.
QString describeLinkError(const LinkError& error);
int exitCodeFor(const LinkError& error);

} // namespace commissioner::cli

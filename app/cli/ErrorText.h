#pragma once

#include "meter/LinkError.h"

#include <QString>

namespace commissioner::cli {

// One line, for people, naming the cause.
QString describeLinkError(const LinkError& error);
int exitCodeFor(const LinkError& error);

} // namespace commissioner::cli

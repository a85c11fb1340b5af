#include "base/Logging.h"

Q_LOGGING_CATEGORY(lcCore, "commissioner.core")
Q_LOGGING_CATEGORY(lcPackage, "commissioner.core.package")
Q_LOGGING_CATEGORY(lcUpgrade, "commissioner.core.upgrade")
Q_LOGGING_CATEGORY(lcTemplate, "commissioner.core.template")

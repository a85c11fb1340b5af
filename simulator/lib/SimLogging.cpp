#include "SimLogging.h"

Q_LOGGING_CATEGORY(lcSimModel, "metersim.model")
Q_LOGGING_CATEGORY(lcSimWire, "metersim.wire")
Q_LOGGING_CATEGORY(lcSimHost, "metersim.host")

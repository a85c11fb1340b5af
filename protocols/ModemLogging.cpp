#include "ModemLogging.h"

Q_LOGGING_CATEGORY(lcModem, "commissioner.protocols.modem")

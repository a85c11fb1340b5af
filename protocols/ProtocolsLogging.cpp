#include "ProtocolsLogging.h"

Q_LOGGING_CATEGORY(lcModbus, "commissioner.protocols.modbus")
Q_LOGGING_CATEGORY(lcSerialPorts, "commissioner.protocols.serialports")
Q_LOGGING_CATEGORY(lcBusScan, "commissioner.protocols.busscan")

#pragma once

#include <QString>

namespace commissioner {

// The name libmodbus must be given for a serial port the person named. Windows only
// opens COM10 and up through the device namespace ("\\.\COM10"); COM1-COM9, names that
// already carry the prefix, and POSIX paths ("/dev/ttyUSB0") are returned unchanged.
// Pure and platform-independent, so it is tested everywhere; the client applies it on
// Windows only.
QString libmodbusSerialName(const QString& portName);

} // namespace commissioner

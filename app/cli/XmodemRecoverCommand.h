#pragma once

#include "CommandLine.h"

namespace commissioner::cli {

// `recover --xmodem --serial DEV --package FILE [--wait-s N] [--answer-wait-s N]
//  [--allow-unsigned] [--keys DIR]`: sends a .UPG to a meter's XMODEM recovery
// bootloader (device-protocol.md section 7), then reads the meter's identity over
// Modbus RTU at the profiles' factory settings (factorySerialLink: 19200 8E1, unit 1).
// Called by the recover command.
int runXmodemRecover(CommandLine& cl);

} // namespace commissioner::cli

#pragma once

#include "meter/LinkSettings.h"
#include "meter/MeterClient.h"
#include "settings/DeviceProfile.h"

#include <QVector>
#include <optional>

namespace commissioner {

// Where a meter answers: unit ID and, on a serial line, baud rate and parity ('N', 'E', 'O').
struct CommSettings
{
    int unitId = 1;
    int baudRate = 19200;
    char parity = 'E';
    friend bool operator==(const CommSettings& a, const CommSettings& b)
    {
        return a.unitId == b.unitId && a.baudRate == b.baudRate && a.parity == b.parity;
    }
    friend bool operator!=(const CommSettings& a, const CommSettings& b) { return !(a == b); }
};
// From COMM_UNIT_ID, COMM_BAUD and COMM_PARITY (enum labels "19200", "even"); nullopt when
// a value is missing or its label is not a baud rate or parity.
std::optional<CommSettings> commSettingsFrom(const DeviceProfile& profile,
                                             const TemplateValues& values);
// The client's current link as CommSettings.
CommSettings commSettingsOf(const LinkDescription& link);

// Where a meter of this profile answers at its factory settings: its COMM_* defaults. The
// one place the tool learns them (a meter that restarted in upgrade mode, a recovery).
std::optional<CommSettings> factoryCommSettings(const DeviceProfile& profile);
// Those every profile agrees on, for a meter not identified yet (the XMODEM bootloader, the
// connection dialog's defaults); nullopt when the profiles differ or none has them.
std::optional<CommSettings> factoryCommSettings(const DeviceProfiles& profiles);
// A serial link to `device` at the factory settings of the compiled-in profiles (8 data bits,
// 1 stop bit): where a meter answers after an XMODEM recovery. The compiled-in profiles are
// checked by the tests to agree; should they not, CommSettings' own defaults are used.
LinkSettings factorySerialLink(const QString& device);

// The baud rates COMM_BAUD can be set to, ascending; of every profile for the second.
QVector<int> commBaudRates(const DeviceProfile& profile);
QVector<int> commBaudRates(const DeviceProfiles& profiles);

} // namespace commissioner

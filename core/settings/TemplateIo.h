#pragma once

#include "base/Result.h"
#include "meter/MeterClient.h"
#include "settings/DeviceProfile.h"
#include "settings/TemplateError.h"

#include <QMap>
#include <QVector>

namespace commissioner {

// A request's worth of settings: registers [address, address + count) with no gap, each
// setting whole.
struct RegisterRun
{
    int address = 0;
    int count = 0;
    QVector<SettingDef> settings;
};

// Groups settings (in any order) into contiguous runs without gaps (an address no setting
// has answers exception 02), none longer than maxRegisters and none splitting a setting.
// For the EM7300 profile, all settings read in 6 requests (125 registers at most); writes
// use the same runs (123 at most).
QVector<RegisterRun> planRuns(QVector<SettingDef> settings, int maxRegisters);

// One setting's registers, and back (big-endian words, most significant first; ASCII two
// characters a register, NUL-padded).
Registers encodeSetting(const SettingDef& def, const SettingValue& value);
SettingValue decodeSetting(const SettingDef& def, const Registers& regs, int at);

// Each setting's registers exactly as a meter holds them, by setting name.
using SettingRegisters = QMap<QString, Registers>;

// Reads the given settings' registers, as they are (nothing decoded or checked).
Result<SettingRegisters, TemplateError> readSettingRegisters(MeterClient& client,
                                                             const QVector<SettingDef>& settings);

// Reads every template setting of the profile, in as few requests as Modbus allows.
Result<TemplateValues, TemplateError> readTemplate(MeterClient& client,
                                                   const DeviceProfile& profile);
// Reads the given settings only.
Result<TemplateValues, TemplateError> readSettings(MeterClient& client,
                                                   const QVector<SettingDef>& settings);

} // namespace commissioner

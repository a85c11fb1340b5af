#pragma once

#include "settings/SettingInput.h"
#include "settings/SettingsEdit.h"

#include <QString>

namespace commissioner::cli {

// One line for people naming the setting, the value and the rule it breaks.
QString describeSettingInputError(const SettingInputError& error);
// What became of one setting of `config set`: "verified: reads 14400 V", "refused by the
// meter: ...".
QString describeWriteResult(const SettingDef& def, const SettingWriteResult& result);
// "unit 5, 9600 baud, parity none" (baud and parity only when they matter on this link).
QString describeCommSettings(const CommSettings& settings, bool withLine);

} // namespace commissioner::cli

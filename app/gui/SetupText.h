#pragma once

#include "settings/DeviceProfile.h"
#include "settings/SettingsEdit.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace commissioner::gui {

// The Setup tab's sentences for core's values: a value that is not a setting's, what came of
// each write, and where a meter went after a change of its communications settings.
class SetupText
{
    Q_DECLARE_TR_FUNCTIONS(SetupText)
public:
    static QString inputError(const SettingInputError& e);
    static QString inputErrors(const QVector<SettingInputError>& errors);
    // "14400 V", "1 (DELTA)"; the profile's unit when it has one.
    static QString value(const SettingDef& def, const SettingValue& v);
    static QString outcome(SettingWriteOutcome outcome);
    // A value the meter refused, in one sentence: what was refused, what the meter still holds.
    static QString refusedByMeter(const SettingDef& def, const SettingWriteResult& w);
    // The value an editor shows, as the setting's value ("14400 V") when it is one, else as
    // typed ("2000000").
    static QString typedValue(const SettingDef& def, const QString& text);
    // One line a setting: name, before, wanted, read back, outcome (and why, when it failed).
    static QString report(const DeviceProfile& profile, const SettingsEditReport& report);
    // One line for the status: everything verified, or what went wrong first.
    static QString summary(const SettingsEditReport& report);
    // "unit 9, 38400 baud, even parity" (the baud rate and parity only where they matter).
    static QString commSettings(const CommSettings& c, bool lineMatters);
    // What came of following the meter; for NotFound: exactly what was written and how to
    // reach the meter now.
    static QString commFollow(const DeviceProfile& profile, const SettingsEditReport& report);
};

} // namespace commissioner::gui

#pragma once

#include "meter/MeterClient.h"
#include "meter/MeterIdentity.h"
#include "settings/DeviceProfile.h"
#include "settings/SettingInput.h"
#include "settings/SettingsEdit.h"
#include "store/DataFolder.h"
#include "usecases/MeterBinding.h"

#include <QString>
#include <QVector>
#include <functional>
#include <optional>

namespace commissioner {

// Commissioning a meter setting by setting, the same for `config set` and the Setup tab:
//   bind (the meter answering is the one expected, NORMAL mode, its profile) -> check every
//   value (one bad value and nothing is sent) -> read what the meter holds -> ask -> back up
//   the meter (verified on disk) -> write each changed setting with a read-back, COMM_* last
//   and followed -> record the history.
struct SettingsEditRequest
{
    // The values, as text (the CLI's NAME=VALUE) or typed (an editor's); text when not empty.
    QVector<SettingAssignment> assignments;
    TemplateValues values;
    std::optional<MeterBinding> meter; // the meter the person chose
    SettingsEditOptions options;
    bool dryRun = false;
    QString backupReason; // "config-set", "setup"
    QString tool;         // for the history: "commissioner-cli config set", ...
};

// What the person is asked before anything is written.
struct SettingsEditQuestion
{
    MeterIdentity meter;
    DeviceProfile profile;
    SettingsEditPlan plan;
    TemplateValues now;                     // the plan's settings as the meter holds them
    QStringList changed;                    // settings whose value changes, in the plan's order
    QStringList energyChanged;              // of those, energy readings (billing: asked by name)
    QStringList commSettingsChanged;        // of those, COMM_* settings (asked with where to)
    bool commChanged = false;               // a COMM_* setting changes: the session may end there
    std::optional<CommSettings> commTarget; // where the meter will answer then
    bool serialLink = false;                // baud rate and parity are the link's
};

enum class SettingsEditStatus
{
    Written,        // written: `report` says how each setting ended
    NothingToWrite, // the meter already holds every value
    DryRun,
    Declined, // the person said no: nothing written
    Rejected, // a value is wrong (`inputErrors`): nothing written
    Refused,  // nothing written: `error` says why (another meter, not NORMAL, backup failed...)
};

struct SettingsEditOutcome
{
    SettingsEditStatus status = SettingsEditStatus::Refused;
    std::optional<TemplateError> error;
    QVector<SettingInputError> inputErrors;
    std::optional<SettingsEditQuestion> question;
    SettingsEditReport report;
    QString backupPath;
    QString historyError;
};

using SettingsEditConfirm = std::function<bool(const SettingsEditQuestion&)>;

SettingsEditOutcome runSettingsEdit(MeterClient& client, const DataFolder& folder,
                                    const SettingsEditRequest& request,
                                    const SettingsEditConfirm& confirm);

} // namespace commissioner

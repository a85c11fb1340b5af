#pragma once

#include "base/Result.h"
#include "meter/LinkError.h"
#include "meter/MeterClient.h"
#include "meter/MeterIdentity.h"
#include "settings/CommSettings.h"
#include "settings/DeviceProfile.h"
#include "settings/SettingInput.h"
#include "settings/TemplateError.h"

#include <QStringList>
#include <QVector>
#include <optional>

namespace commissioner {

// Commissioning a meter setting by setting (the CLI's `config set`, the GUI's Setup tab):
// values are checked first, all of them, then written with a read-back of each.
//
//   auto plan = planSettingsEdit(profile, {{"PT_PRIMARY", "14400"}, {"VOLTS_MODE", "delta"}});
//   if (!plan) ... plan.error() lists every bad value; nothing is sent
//   SettingsEditReport r = applySettingsEdit(client, identity, profile, plan.value());
//   r.results: one per setting (Unchanged, Verified, ReadBackDiffers, RefusedByMeter...)
//   r.comm:    set when the plan changed COMM_*: where the meter is to be found now

// The profile's groups with a meaning of their own.
inline const QString kCommunicationsGroup = QStringLiteral("communications");
inline const QString kEnergyGroup = QStringLiteral("energy");

bool isCommSetting(const SettingDef& def);   // writing it can end the session
bool isEnergySetting(const SettingDef& def); // a billing reading: preset only on purpose
// The profile's settings of one group, in address order.
QVector<SettingDef> settingsInGroup(const DeviceProfile& profile, const QString& groupId);

// What will be written: every value checked, settings in address order.
struct SettingsEditPlan
{
    QVector<SettingDef> settings;
    TemplateValues values;
    QStringList commSettings;   // names of the COMM_* settings in it (written last)
    QStringList energySettings; // names of the energy readings in it
    bool touchesComm() const { return !commSettings.isEmpty(); }
    bool touchesEnergy() const { return !energySettings.isEmpty(); }
};

// From text: every assignment is checked and every bad one listed (unknown name, a register
// that is no setting, a name given twice, not a number, out of range, not a choice, too long,
// not ASCII). An error means nothing is to be written.
Result<SettingsEditPlan, QVector<SettingInputError>>
planSettingsEdit(const DeviceProfile& profile, const QVector<SettingAssignment>& assignments);
// From typed values (an editor that already holds SettingValues), checked the same way.
Result<SettingsEditPlan, QVector<SettingInputError>> planSettingsEdit(const DeviceProfile& profile,
                                                                      const TemplateValues& values);

enum class SettingWriteOutcome
{
    Unchanged,       // the meter already held the value: not written
    Verified,        // written, and reads back as written
    ReadBackDiffers, // written (the meter answered), but reads back otherwise
    RefusedByMeter,  // the meter answered the write with an exception: nothing changed
    NoAnswer,        // sent, no answer, and no read-back could tell whether it was applied
    NotWritten,      // not sent: an earlier write failed, or the values could not be read
    NotReadBack,     // written (answered), but the read-back failed
};
QString settingWriteOutcomeName(SettingWriteOutcome outcome); // "verified", ...

struct SettingWriteResult
{
    QString setting;
    SettingValue before; // as read before writing (when it could be)
    SettingValue wanted;
    std::optional<SettingValue> readBack; // as read after writing
    SettingWriteOutcome outcome = SettingWriteOutcome::NotWritten;
    std::optional<LinkError> error; // the failure behind RefusedByMeter, NoAnswer, NotReadBack
};

// A change of COMM_* settings and what came of following the meter to them.
struct CommFollow
{
    enum class Outcome
    {
        FoundAtNew,   // the same meter (serial number) answers at the new settings
        FoundAtOld,   // it still answers at the old ones: the change did not take effect
        NotFound,     // neither: `target` is what was written; the client points there
        Refused,      // the meter refused the write: nothing changed
        CannotFollow, // this link cannot follow (a baud or parity change through a TCP
                      // gateway or a modem: the line's settings are not the tool's)
        NotFollowed,  // the caller asked not to follow
    };
    Outcome outcome = Outcome::NotFound;
    CommSettings before;            // the meter's settings before (from its registers)
    CommSettings target;            // what was written
    CommSettings link;              // where the client points now (target when found there)
    bool lineMatters = false;       // baud rate and parity are the link's (a serial line)
    std::optional<LinkError> error; // the last failure while looking for the meter
};
QString commFollowOutcomeName(CommFollow::Outcome outcome);

struct SettingsEditReport
{
    QVector<SettingWriteResult> results; // in the plan's order
    TemplateValues before;               // every value read before writing
    int writeRequests = 0;
    std::optional<TemplateError> readError; // the values could not be read: nothing written
    std::optional<LinkError> stoppedBy;     // the write that ended the writing
    std::optional<TemplateError> readBackError;
    std::optional<CommFollow> comm; // set when a COMM_* value was to change

    const SettingWriteResult* result(const QString& setting) const;
    bool allVerified() const; // every result Verified or Unchanged, and the meter followed
    bool anyChanged() const;  // some result may have changed the meter
};

struct SettingsEditOptions
{
    bool followCommChange = true;
    // Tries at the new settings (each with the client's own retries), this far apart.
    int followAttempts = 3;
    int followPauseMs = 300;
};

// Reads the plan's settings (and all COMM_* ones when one changes), writes each changed
// setting in its own request in address order, stopping at the first failure, and reads
// them back. COMM_* settings go last, all in one request (they take effect after the answer
// to that write); then, unless told not to, the client follows the meter to its new settings
// (setCommSettings + reconnect), checks that the same serial number answers, and reads them
// back there; if it is not found there, it tries the old settings. Blocking: call it on the
// link's thread.
SettingsEditReport applySettingsEdit(MeterClient& client, const MeterIdentity& identity,
                                     const DeviceProfile& profile, const SettingsEditPlan& plan,
                                     const SettingsEditOptions& options = {});

} // namespace commissioner

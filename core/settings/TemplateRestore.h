#pragma once

#include "meter/MeterClient.h"
#include "meter/MeterIdentity.h"
#include "settings/DeviceProfile.h"
#include "settings/TemplateFile.h"

#include <QStringList>
#include <QVector>
#include <optional>

namespace commissioner {

struct RestoreOptions
{
    // Group ids (or names) to restore; empty: every group restored by default (all but
    // Energy and Communications). A file of another meter leaves the groups that belong to
    // one meter (the profile's per_meter: communications, nameplate, energy) out unless they
    // are named; "all" does not name them.
    QStringList groups;
    // Restore a file saved from another device type: only the settings both profiles have.
    bool forceType = false;
};

// What a restore will write, decided and checked before anything is sent.
struct RestorePlan
{
    QVector<SettingDef> settings; // the target profile's definitions, address order
    TemplateValues values;        // the value for each
    QStringList groups;           // group ids chosen
    QStringList groupsLeftOut;    // group ids not chosen (the person may name them)
    QStringList heldBack;         // of those, the per-meter groups a foreign file leaves out
    QStringList lateGroups;       // written last: writing them can end the session
    QStringList notInTarget;      // settings of the file the meter's profile lacks (forced)
    bool otherDeviceType = false; // the file came from another device type (forced)
    bool otherSerial = false;     // the file came from another meter (or names none)
    // Settings of the chosen groups whose value in the file breaks its rule (saved so from a
    // meter, or written so by hand): never written; the others are.
    QVector<InvalidSetting> invalid;
};

// Checks the file against the meter and chooses the settings: the meter must be in NORMAL
// mode; a file of another device type is refused unless forced; every value is checked
// against the meter's profile: one that breaks its rule is left out and named in
// plan.invalid, and every valid setting of the chosen groups is planned.
Result<RestorePlan, TemplateError> planRestore(const TemplateFile& file, const MeterIdentity& meter,
                                               const DeviceProfile& meterProfile,
                                               const RestoreOptions& options);

struct SettingMismatch
{
    QString setting;
    SettingValue wanted;
    SettingValue readBack;
};

// A setting whose write the meter answered with an exception: it changed nothing.
struct RefusedSetting
{
    QString setting;
    LinkError error;
};

// What happened. A refused write changes nothing on the meter (device-protocol.md section 4),
// so the restore goes on with the other settings and names the refused ones. A restore cut
// off by a lost link is incomplete: `written` were confirmed by the meter, `unconfirmed` were
// in the request that got no answer (the meter may or may not have applied it), `notWritten`
// were never sent. Running the same restore again completes it: every write is of whole
// settings and sets absolute values.
struct RestoreReport
{
    QStringList written;
    QStringList unconfirmed;
    QStringList notWritten;
    QVector<RefusedSetting> refused; // answered with an exception: not changed
    int writeRequests = 0;
    // What ended the writing: a link failure, or the meter out of NORMAL mode.
    std::optional<TemplateError> stoppedBy;
    bool readBackDone = false;
    std::optional<TemplateError> readBackError;
    QVector<SettingMismatch> mismatches; // settings whose read-back differs from the file
    // Settings left out because their value in the file breaks its rule (plan.invalid).
    QVector<InvalidSetting> skipped;

    // The writing was not cut off by the link (refused and skipped settings aside: writing
    // again cannot add them).
    bool complete() const { return !stoppedBy && unconfirmed.isEmpty() && notWritten.isEmpty(); }
    // Some settings of the plan were left out or refused, the others written: partial.
    bool partial() const { return !refused.isEmpty() || !skipped.isEmpty(); }
    // Every setting of the plan's groups is on the meter, read back as in the file.
    bool verified() const
    {
        return complete() && readBackDone && mismatches.isEmpty() && !partial();
    }
};

// Writes the plan in as few requests as possible (contiguous runs of whole settings, at
// most 123 registers each; Communications last, as it can end the session). A run the meter
// refuses (an exception: nothing changed) is sent again one setting a request, so that only
// the settings the meter refuses are left out; the writing stops only when the link fails or
// the meter left NORMAL mode (checked after a refusal: its template block answers 02 then).
// Then it reads back what was written and lists every difference.
RestoreReport executeRestore(MeterClient& client, const RestorePlan& plan);

} // namespace commissioner

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
    // Communications, whose writing can end the session).
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
    QStringList lateGroups;       // written last: not restored by default (Communications)
    QStringList notInTarget;      // settings of the file the meter's profile lacks (forced)
    bool otherDeviceType = false; // the file came from another device type (forced)
    bool otherSerial = false;     // the file came from another meter
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

// What happened. A restore cut off by a lost link is partial: `written` were confirmed by
// the meter, `unconfirmed` were in the request that got no answer (the meter may or may
// not have applied it), `notWritten` were never sent. Running the same restore again
// completes it: every write is of whole settings and sets absolute values.
struct RestoreReport
{
    QStringList written;
    QStringList unconfirmed;
    QStringList notWritten;
    int writeRequests = 0;
    std::optional<TemplateError> stoppedBy; // the error that ended the writing
    bool readBackDone = false;
    std::optional<TemplateError> readBackError;
    QVector<SettingMismatch> mismatches; // settings whose read-back differs from the file
    // Settings left out because their value in the file breaks its rule (plan.invalid).
    QVector<InvalidSetting> skipped;

    // The writing was not cut off (skipped settings aside: writing again cannot add them).
    bool complete() const { return !stoppedBy && unconfirmed.isEmpty() && notWritten.isEmpty(); }
    // Every setting of the plan's groups is on the meter, read back as in the file.
    bool verified() const
    {
        return complete() && readBackDone && mismatches.isEmpty() && skipped.isEmpty();
    }
};

// Writes the plan in as few requests as possible (contiguous runs of whole settings, at
// most 123 registers each; Communications last, as it can end the session), stops at the
// first failed request, then reads back what was written and lists every difference.
RestoreReport executeRestore(MeterClient& client, const RestorePlan& plan);

} // namespace commissioner

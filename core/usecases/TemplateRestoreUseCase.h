#pragma once

#include "meter/MeterClient.h"
#include "meter/MeterIdentity.h"
#include "settings/TemplateDiff.h"
#include "settings/TemplateFile.h"
#include "settings/TemplateRestore.h"
#include "store/DataFolder.h"
#include "usecases/MeterBinding.h"

#include <QString>
#include <QVector>
#include <functional>
#include <optional>

namespace commissioner {

// Restoring a template file to the connected meter, the same for the command line, the
// Templates tab and the restore offered after an upgrade or a recovery:
//   bind (the meter answering is the one expected) -> load and check the file (a backup of
//   another meter is refused) -> plan (groups; one meter's own settings kept out of another's
//   template unless named) -> read what the meter holds -> ask (the question names both
//   meters and shows energy readings in kWh) -> back up the meter (verified on disk) ->
//   write (every setting the meter does not refuse) -> read back -> record the history.
struct TemplateRestoreRequest
{
    QString path;
    RestoreOptions options;
    // The meter the person chose (the one a recovery or upgrade left, the one the wizard
    // showed); unset: whichever meter answers.
    std::optional<MeterBinding> meter;
    // Offered because the meter came back without its settings (after an upgrade or a
    // recovery): the meter's own backup brings its energy readings back too.
    bool afterSettingsLoss = false;
    bool dryRun = false;
    QString tool; // who writes, for the history: "commissioner-cli template restore", ...
};

// An energy reading the restore would rewrite, in the profile's unit (Wh, varh, VAh).
struct EnergyChange
{
    QString setting;
    QString unit;
    quint64 from = 0;
    quint64 to = 0;
};

// What the person is asked before anything is written.
struct TemplateRestoreQuestion
{
    QString path;
    TemplateFile file;
    MeterIdentity meter;
    DeviceProfile profile;     // the meter's
    bool fileIsBackup = false; // the tool's own backup of this meter
    RestorePlan plan;
    QVector<DiffRow> rows; // each planned setting: the meter now (left) and after (right)
    int changes = 0;
    QVector<EnergyChange> energy; // energy readings that change
};

enum class TemplateRestoreStatus
{
    Restored,        // every planned setting written and read back as in the file
    NothingToWrite,  // the meter already held every planned value
    Partial,         // the rest written and read back, but settings refused or invalid in the file
    Incomplete,      // the link failed while writing: run the same restore again
    ReadBackDiffers, // written, but some read back otherwise
    ReadBackFailed,  // written, but the read-back failed (after Communications: the meter moved)
    DryRun,          // asked for the plan only
    Declined,        // the person said no: nothing written
    Refused,         // nothing written: `error` says why
};

struct TemplateRestoreOutcome
{
    TemplateRestoreStatus status = TemplateRestoreStatus::Refused;
    std::optional<TemplateError> error;              // Refused: why
    std::optional<TemplateRestoreQuestion> question; // once the plan was made
    RestoreReport report;
    QString backupPath;   // the meter's settings as they were before the restore
    QString historyError; // the history could not be written (the restore itself stands)
};

// Asked once, before the backup and the first write; false: nothing is written.
using TemplateRestoreConfirm = std::function<bool(const TemplateRestoreQuestion&)>;

TemplateRestoreOutcome runTemplateRestore(MeterClient& client, const DataFolder& folder,
                                          const TemplateRestoreRequest& request,
                                          const TemplateRestoreConfirm& confirm);

// The restore's first step on its own, for a front end that opens the link only for a file
// it can use: the Refused outcome naming what is wrong with the file, or nullopt.
std::optional<TemplateRestoreOutcome> refuseUnusableFile(const DataFolder& folder,
                                                         const TemplateRestoreRequest& request);

} // namespace commissioner

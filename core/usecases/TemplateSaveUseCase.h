#pragma once

#include "base/Result.h"
#include "meter/MeterClient.h"
#include "meter/MeterIdentity.h"
#include "settings/RawSettings.h"
#include "store/DataFolder.h"
#include "usecases/TemplateReadSteps.h"

#include <QString>

namespace commissioner {

// Saving the connected meter's template to a file, the same for `template save` and the
// Templates tab: load the profiles -> identify (NORMAL mode, a known device type) -> read
// every setting as the meter holds it -> write the file durably. Nothing is written to the
// meter.
struct TemplateSaveRequest
{
    QString path;                              // the file to write, as the front end names it
    QString reason = QStringLiteral("manual"); // why it is saved, kept in the file
};

struct TemplateSaved
{
    QString path;
    MeterIdentity meter;
    // As read: settings that break their rule are saved as read and flagged in the file (a
    // restore leaves them out), so the file loses nothing the meter holds.
    CheckedTemplate read;
    // Every setting keeps its rule and reads its factory default: did the meter lose them?
    bool factoryDefault = false;
};

Result<TemplateSaved, TemplateFailure>
runTemplateSave(MeterClient& client, const DataFolder& folder, const TemplateSaveRequest& request);

} // namespace commissioner

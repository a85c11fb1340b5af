#pragma once

#include "base/Result.h"
#include "meter/MeterClient.h"
#include "meter/MeterIdentity.h"
#include "settings/DeviceProfile.h"
#include "settings/TemplateDiff.h"
#include "settings/TemplateFile.h"
#include "store/DataFolder.h"
#include "usecases/TemplateReadSteps.h"

#include <QString>
#include <QVector>
#include <optional>

namespace commissioner {

// Comparing a template file with the connected meter (or with another file), the same for
// `template diff` and the Templates tab: load the profiles and the file (before any link is
// needed) -> identify the meter (NORMAL mode, a known device type) -> read its settings ->
// compare, the file on the left. Nothing is written.
struct TemplateCompareRequest
{
    QString path; // the template file
};

// A template file loaded for a comparison, with its device profile.
struct TemplateCompareFile
{
    QString path;
    TemplateFile file; // settings that break their rule are in file.invalid, not compared
    DeviceProfile profile;
};

struct TemplateCompared
{
    TemplateCompareFile left;                     // the file
    std::optional<TemplateCompareFile> rightFile; // the right side, when it is a file
    std::optional<MeterIdentity> meter;           // the right side, when it is the meter
    QVector<DiffRow> rows;                        // compareTemplates(left, right)
};

// The first steps alone, so that a front end names a bad file before it opens a link.
Result<TemplateCompareFile, TemplateFailure> loadCompareFile(const DataFolder& folder,
                                                             const QString& path);
// The file (loaded) against the meter.
Result<TemplateCompared, TemplateFailure>
compareWithMeter(MeterClient& client, const DataFolder& folder, const TemplateCompareFile& file);
// Two files, no meter.
TemplateCompared compareFiles(const TemplateCompareFile& left, const TemplateCompareFile& right);

// The whole sequence: loadCompareFile, then compareWithMeter.
Result<TemplateCompared, TemplateFailure> runTemplateCompare(MeterClient& client,
                                                             const DataFolder& folder,
                                                             const TemplateCompareRequest& request);

} // namespace commissioner

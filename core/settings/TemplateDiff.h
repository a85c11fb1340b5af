#pragma once

#include "settings/DeviceProfile.h"

#include <QVector>

namespace commissioner {

// One line of a comparison: a setting, its value on each side, its unit.
struct DiffRow
{
    QString setting;
    QString group; // the group's name
    QString left;  // display text ("1 (DELTA)"); empty when that side lacks the setting
    QString right;
    QString unit;
    bool changed = false;
    bool missingLeft = false;
    bool missingRight = false;
};

// Compares two sets of template values (a file and the meter, or two files), in the
// left profile's address order, then any settings only the right profile has.
QVector<DiffRow> compareTemplates(const DeviceProfile& leftProfile, const TemplateValues& left,
                                  const DeviceProfile& rightProfile, const TemplateValues& right);
bool anyChanged(const QVector<DiffRow>& rows);

} // namespace commissioner

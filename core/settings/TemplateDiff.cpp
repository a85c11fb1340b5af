#include "settings/TemplateDiff.h"

namespace commissioner {

static DiffRow rowFor(const DeviceProfile& profile, const SettingDef& def)
{
    DiffRow row;
    row.setting = def.name;
    const SettingGroup* g = profile.group(def.group);
    row.group = g ? g->name : def.group;
    row.unit = def.unit;
    return row;
}

QVector<DiffRow> compareTemplates(const DeviceProfile& leftProfile, const TemplateValues& left,
                                  const DeviceProfile& rightProfile, const TemplateValues& right)
{
    QVector<DiffRow> rows;
    for (const SettingDef& def : leftProfile.settings()) {
        DiffRow row = rowFor(leftProfile, def);
        row.missingLeft = !left.contains(def.name);
        row.missingRight = !right.contains(def.name);
        if (!row.missingLeft)
            row.left = def.displayValue(left.value(def.name));
        if (!row.missingRight) {
            const SettingDef* other = rightProfile.setting(def.name);
            row.right = (other ? *other : def).displayValue(right.value(def.name));
        }
        row.changed = row.missingLeft != row.missingRight ||
                      (!row.missingLeft && left.value(def.name) != right.value(def.name));
        if (row.missingLeft && row.missingRight)
            continue;
        rows.append(row);
    }
    for (const SettingDef& def : rightProfile.settings()) {
        if (leftProfile.setting(def.name) || !right.contains(def.name))
            continue;
        DiffRow row = rowFor(rightProfile, def);
        row.missingLeft = true;
        row.right = def.displayValue(right.value(def.name));
        row.changed = true;
        rows.append(row);
    }
    return rows;
}

bool anyChanged(const QVector<DiffRow>& rows)
{
    for (const DiffRow& r : rows)
        if (r.changed)
            return true;
    return false;
}

} // namespace commissioner

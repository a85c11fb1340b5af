#include "MeterBus.h"

#include "MeterNode.h"

namespace metersim {

MeterNode* MeterBus::find(quint8 unit) const
{
    for (const auto& node : m_nodes) {
        if (node && node->unitId() == unit)
            return node;
    }
    return nullptr;
}

QList<MeterNode*> MeterBus::othersAt(quint8 unit, const MeterNode* first) const
{
    QList<MeterNode*> others;
    if (!m_sharedUnits)
        return others;
    for (const auto& node : m_nodes) {
        if (node && node != first && node->unitId() == unit)
            others.append(node);
    }
    return others;
}

} // namespace metersim

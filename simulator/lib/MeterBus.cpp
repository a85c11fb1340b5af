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

} // namespace metersim

#pragma once

#include <QList>

// Nodes are owned by the SimulatorHost, which outlives its listeners.

namespace metersim {

class MeterNode;

// The meters reachable through one listener, found by the unit ID each answers to now
// (COMM_UNIT_ID can change while running).
class MeterBus
{
public:
    void add(MeterNode* node) { m_nodes.append(node); }
    MeterNode* find(quint8 unit) const;
    const QList<MeterNode*>& nodes() const { return m_nodes; }

private:
    QList<MeterNode*> m_nodes;
};

} // namespace metersim

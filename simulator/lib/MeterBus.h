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
    // --shared-unit: a request reaches every meter that holds its unit ID, as on RS-485.
    // Without it only the first one (find) hears it.
    void setSharedUnits(bool shared) { m_sharedUnits = shared; }
    // The meters besides `first` that act on a request to `unit`: none unless shared.
    QList<MeterNode*> othersAt(quint8 unit, const MeterNode* first) const;

private:
    QList<MeterNode*> m_nodes;
    bool m_sharedUnits = false;
};

} // namespace metersim

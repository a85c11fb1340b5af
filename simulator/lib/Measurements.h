#pragma once

#include <QVector>
#include <QtGlobal>

namespace metersim {

// Live readings for 100-123: plausible secondary values that drift a little, scaled by the
// PT and CT ratios of the template, as float32 high word first.
class Measurements
{
public:
    static QVector<quint16> registers(const QVector<quint16>& templateRegs, double uptimeSeconds);
};

} // namespace metersim

#pragma once

#include <QJsonObject>
#include <QString>

namespace metersim {

// `metersim --state FILE --dump`: the stored state as tests check it, byte for byte, raw
// as at the last write (a meter killed while VERIFYING still says VERIFYING here; the
// restart rules apply when it powers up).
class StateDump
{
public:
    // Empty object and *error set when FILE holds no meter state.
    static QJsonObject dump(const QString& statePath, QString* error);
};

} // namespace metersim

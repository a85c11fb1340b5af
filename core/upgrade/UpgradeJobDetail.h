#pragma once

// What the UpgradeJob's source files share and nobody else needs.

#include <QString>

namespace commissioner::upgradejob {

QString percentText(double v);  // "97.5%"
QString elapsedText(qint64 ms); // "42 s", "3 min 5 s"

} // namespace commissioner::upgradejob

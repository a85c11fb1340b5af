#pragma once

#include "upgrade/UpgradeImage.h"

#include <QString>

namespace bench {

// An unsigned package for the simulator's 7350 (hardware 1..3, version 2.0.0) with a
// deterministic payload of `size` bytes, written into dir and read back as the job's image.
commissioner::UpgradeImage makeBenchImage(const QString& dir, int size, quint32 seed = 1);

} // namespace bench

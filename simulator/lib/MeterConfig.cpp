#include "MeterConfig.h"

namespace metersim {

void MeterConfig::applyTypeDefaults()
{
    if (deviceType == 7330) {
        banks = 1;
        capacityKib = 2048;
    } else {
        banks = 2;
        capacityKib = 4096;
    }
}

} // namespace metersim

#include "meter/RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace commissioner {

int RetryPolicy::backoffBeforeRetry(int retryNumber) const
{
    if (retryNumber <= 0 || backoffMs <= 0)
        return 0;
    const double ms = backoffMs * std::pow(std::max(1.0, backoffFactor), retryNumber - 1);
    return static_cast<int>(std::min<double>(ms, maxBackoffMs));
}

RetryPolicy RetryPolicy::forModem()
{
    RetryPolicy p;
    p.responseTimeoutMs = 5000; // a modem's round trip plus its buffering
    p.retries = 3;
    p.backoffMs = 500;
    p.maxBackoffMs = 5000;
    return p;
}

} // namespace commissioner

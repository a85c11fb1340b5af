#pragma once

#include <time.h>

namespace bench {

// CPU time this thread has used, in seconds: the client's own cost per block, which other
// processes' load changes far less than the wall-clock rate.
inline double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

} // namespace bench

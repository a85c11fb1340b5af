#pragma once

#include "meter/LinkError.h"

#include <QVector>
#include <functional>

namespace commissioner {

// How a request is retried. libmodbus's own error recovery stays off; every retry is
// ours, and each one is reported so that it becomes a retry-log entry.
struct RetryPolicy
{
    int responseTimeoutMs = 1000;
    int retries = 3;          // attempts after the first
    int backoffMs = 100;      // pause before the first retry
    double backoffFactor = 2; // each later pause is this much longer
    int maxBackoffMs = 2000;

    int backoffBeforeRetry(int retryNumber) const; // retryNumber from 1
    // The defaults for a link whose round trip is long (modem, cellular gateway).
    static RetryPolicy forModem();
};

// One attempt of a request, as the per-request record keeps it.
struct AttemptRecord
{
    bool ok = false;
    LinkError error; // when !ok
    int roundTripMs = 0;
};

// Everything that happened to one request: its attempts, the error of each, timings.
struct RequestRecord
{
    int address = 0;
    int count = 0;
    bool write = false;
    QVector<AttemptRecord> attempts;
    int attemptCount() const { return attempts.size(); }
    int lastRoundTripMs() const { return attempts.isEmpty() ? 0 : attempts.last().roundTripMs; }
};

// Told of every retry before it is sent: retry k of n, and why the previous attempt failed.
using RetryObserver = std::function<void(int retryNumber, int retriesAllowed, const LinkError& why,
                                         const RequestRecord& soFar)>;

} // namespace commissioner

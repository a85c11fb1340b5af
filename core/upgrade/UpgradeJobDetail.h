#pragma once

// What the UpgradeJob's source files share and nobody else needs.

#include "base/Result.h"
#include "meter/LinkError.h"
#include "upgrade/UpgradePolicy.h"

#include <QString>

namespace commissioner::upgradejob {

QString percentText(double v);  // "97.5%"
QString elapsedText(qint64 ms); // "42 s", "3 min 5 s"

// How a request was answered, as the policy takes it.
template <typename T> upgradepolicy::Reply replyOf(const Result<T, LinkError>& r)
{
    if (r)
        return upgradepolicy::Reply::Ok;
    return r.error().kind == LinkErrorKind::Exception ? upgradepolicy::Reply::Exception
                                                      : upgradepolicy::Reply::Lost;
}

} // namespace commissioner::upgradejob

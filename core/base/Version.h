#pragma once

#include <QString>
#include <tuple>

namespace commissioner {

struct FirmwareVersion
{
    int major = 0;
    int minor = 0;
    int build = 0;

    bool isZero() const { return major == 0 && minor == 0 && build == 0; }
    QString toString() const { return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(build); }
    // "X.Y.Z", each part 0-65535; false on anything else.
    static bool parse(const QString& text, FirmwareVersion* out);

    friend bool operator<(const FirmwareVersion& a, const FirmwareVersion& b)
    {
        return std::tie(a.major, a.minor, a.build) < std::tie(b.major, b.minor, b.build);
    }
    friend bool operator==(const FirmwareVersion& a, const FirmwareVersion& b)
    {
        return std::tie(a.major, a.minor, a.build) == std::tie(b.major, b.minor, b.build);
    }
    friend bool operator!=(const FirmwareVersion& a, const FirmwareVersion& b) { return !(a == b); }
};

} // namespace commissioner

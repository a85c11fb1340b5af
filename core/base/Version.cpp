#include "base/Version.h"

#include <QStringList>

namespace commissioner {

bool FirmwareVersion::parse(const QString& text, FirmwareVersion* out)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 3)
        return false;
    int v[3];
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        v[i] = parts[i].toInt(&ok);
        if (!ok || v[i] < 0 || v[i] > 0xFFFF)
            return false;
    }
    if (out)
        *out = {v[0], v[1], v[2]};
    return true;
}

} // namespace commissioner

#include "package/PackageFormat.h"

#include <zlib.h>

namespace commissioner::upg {

quint32 crc32(QByteArrayView bytes)
{
    // zlib takes uInt lengths; a package is at most ~16 MiB, but loop to be exact anyway.
    uLong crc = ::crc32(0L, Z_NULL, 0);
    const auto* data = reinterpret_cast<const Bytef*>(bytes.data());
    qsizetype left = bytes.size();
    while (left > 0) {
        const uInt chunk = uInt(qMin<qsizetype>(left, 1 << 30));
        crc = ::crc32(crc, data, chunk);
        data += chunk;
        left -= chunk;
    }
    return quint32(crc);
}

} // namespace commissioner::upg

#include "BenchImage.h"

#include "package/KeyRing.h"
#include "package/Package.h"
#include "package/PackageWriter.h"

#include <stdexcept>

namespace bench {

using namespace commissioner;

commissioner::UpgradeImage makeBenchImage(const QString& dir, int size, quint32 seed)
{
    QByteArray payload(size, Qt::Uninitialized);
    quint32 x = seed * 2654435761u + 1;
    for (int i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u; // LCG: cheap, and the same bytes every run
        payload[i] = char(x >> 24);
    }
    const QString path = dir + QStringLiteral("/bench-%1-%2.upg").arg(size).arg(seed);
    const auto written = PackageWriter()
                             .setPayload(payload)
                             .setDeviceType(7350)
                             .setHwRange(1, 3)
                             .setVersion(FirmwareVersion{2, 0, 0})
                             .setBuildTime(1704067200)
                             .setNotes(QStringLiteral("bench package"))
                             .writeFile(path);
    if (!written)
        throw std::runtime_error("cannot write the bench package");
    const auto package = Package::readFile(path);
    if (!package)
        throw std::runtime_error("cannot read the bench package back");
    return upgradeImageFrom(package.value(), package.value().checkSignature(KeyRing()));
}

} // namespace bench

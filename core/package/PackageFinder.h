#pragma once

#include "meter/MeterIdentity.h"
#include "store/DataFolder.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace commissioner {

// Where a package for a meter's pending image can be: the journal's copy, the data folder's
// packages/, and folders the person names. Matches on the payload's SHA-256 (what the meter
// reports as IMAGE_SHA256), never on a file name.
struct FoundPackage
{
    QString path;
    QString origin; // "journal", "data folder", or the folder it was found in
};

// A package that holds the image but is not for this meter: the same payload packaged for
// another device type, or for a hardware range the meter's revision is outside.
struct UnfitPackage
{
    QString path;
    int deviceType = 0;
    int hwMin = 0;
    int hwMax = 0;
};

struct PackageSearch
{
    std::optional<FoundPackage> found;
    QVector<UnfitPackage> unfit; // each package that held the image but does not fit
};

// The package of the meter's pending image that fits the meter: a valid package whose
// payload SHA-256 is imageSha256, whose device type is the meter's and whose hardware range
// holds the meter's revision (a device type or revision of 0 is not checked). Looks in this
// meter's journal, then packages/, then each of extraDirs (not recursively), and takes the
// first that fits, whatever the order of the ones that do not.
PackageSearch findPackageForMeter(const DataFolder& folder, const MeterIdentity& meter,
                                  const QByteArray& imageSha256, const QStringList& extraDirs = {});

} // namespace commissioner

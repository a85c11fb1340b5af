#pragma once

#include "DataFolder.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
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

// Returns the first valid package whose payload SHA-256 is imageSha256, looking in the
// journal of serial, then packages/, then each of extraDirs (not recursively).
std::optional<FoundPackage> findPackageForImage(const DataFolder& folder, const QString& serial,
                                                const QByteArray& imageSha256,
                                                const QStringList& extraDirs = {});

} // namespace commissioner

#pragma once

#include "base/Version.h"
#include "upgrade/Preflight.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace commissioner {

// What the upgrade job needs of a checked package: the payload and its descriptor, plus the
// whole file so that a copy can be kept for a resume. Built from a Package by the caller, so
// the job does not care how packages are parsed.
struct UpgradeImage
{
    QByteArray payload;
    QByteArray payloadSha256; // 32 bytes
    int deviceType = 0;
    int hwMin = 0;
    int hwMax = 0;
    FirmwareVersion version;
    QDateTime buildTime;
    QString notes;
    PreflightInput::Signature signature = PreflightInput::Signature::Unsigned;
    QString signedBy;     // the trusted key's name, when verified
    QByteArray fileBytes; // the whole .UPG
    QByteArray fileSha256;
    QString sourcePath;
};

} // namespace commissioner

namespace commissioner {
class Package;
struct SignatureCheck;
// The job's view of a checked package.
UpgradeImage upgradeImageFrom(const Package& package, const SignatureCheck& signature);
} // namespace commissioner

#include "upgrade/UpgradeImage.h"

#include "package/Package.h"

namespace commissioner {

UpgradeImage upgradeImageFrom(const Package& p, const SignatureCheck& sig)
{
    UpgradeImage i;
    i.payload = p.payload();
    i.payloadSha256 = p.payloadSha256();
    i.deviceType = p.deviceType();
    i.hwMin = p.hwMin();
    i.hwMax = p.hwMax();
    i.version = p.version();
    i.buildTime = p.buildTime();
    i.notes = p.notes();
    switch (sig.state) {
    case SignatureState::Verified:
        i.signature = PreflightInput::Signature::Verified;
        break;
    case SignatureState::Unsigned:
        i.signature = PreflightInput::Signature::Unsigned;
        break;
    case SignatureState::UnknownKey:
        i.signature = PreflightInput::Signature::UnknownKey;
        break;
    case SignatureState::BadSignature:
        i.signature = PreflightInput::Signature::Bad;
        break;
    }
    i.signedBy = sig.keyName;
    i.fileBytes = p.fileBytes();
    i.fileSha256 = p.fileSha256();
    i.sourcePath = p.path();
    return i;
}

} // namespace commissioner

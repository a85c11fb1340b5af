#include "PackageLoading.h"

#include "CliText.h"
#include "ExitCodes.h"
#include "package/KeyRing.h"
#include "package/Package.h"

#include <QDir>

namespace commissioner::cli {

std::optional<UpgradeImage> loadUpgradeImage(CommandLine& cl, const QString& path,
                                             const QString& dataDir, const QString& keysDir,
                                             int* exitCode)
{
    *exitCode = ExitBadPackage;
    const auto package = Package::readFile(path);
    if (!package) {
        cl.err() << CliText::tr("commissioner-cli: %1 is not a valid firmware package: %2")
                        .arg(path, packageErrorRuleText(package.error()))
                 << Qt::endl;
        return std::nullopt;
    }
    KeyRing keys = KeyRing::builtIn();
    keys.addFolder(dataDir + QStringLiteral("/keys"));
    if (!keysDir.isEmpty()) {
        const auto problems = keys.addFolder(keysDir);
        for (const auto& problem : problems)
            cl.err() << CliText::tr("warning: key file %1 was not loaded").arg(problem.path)
                     << Qt::endl;
    }
    const SignatureCheck signature = package.value().checkSignature(keys);
    // A signature that does not count makes the file untrustworthy: refuse it before any link
    // is opened, as for any other broken package.
    if (signature.state == SignatureState::UnknownKey) {
        cl.err()
            << CliText::tr(
                   "commissioner-cli: %1 is signed with key %2, which this tool does not trust "
                   "(put its .pub in %3 or give --keys DIR)")
                   .arg(path, QString::fromLatin1(signature.keyId.toHex()),
                        QDir::toNativeSeparators(dataDir + QStringLiteral("/keys")))
            << Qt::endl;
        return std::nullopt;
    }
    if (signature.state == SignatureState::BadSignature) {
        cl.err() << CliText::tr("commissioner-cli: %1: the signature does not verify; the file was "
                                "changed after "
                                "it was signed")
                        .arg(path)
                 << Qt::endl;
        return std::nullopt;
    }
    *exitCode = ExitOk;
    return upgradeImageFrom(package.value(), signature);
}

} // namespace commissioner::cli

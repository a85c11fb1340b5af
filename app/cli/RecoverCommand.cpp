#include "CliText.h"
#include "Commands.h"
#include "ErrorText.h"
#include "ExitCodes.h"
#include "PackageLoading.h"
#include "PreflightText.h"
#include "UpgradeRunner.h"
#include "XmodemRecoverCommand.h"
#include "base/PrintableText.h"
#include "meter/MeterQueries.h"
#include "package/PackageFinder.h"
#include "upgrade/RecoveryState.h"
#include "upgrade/UpgradePlan.h"
#include "usecases/UpgradeUseCase.h"

#include <QFileInfo>
#include <iostream>
#include <string>

namespace commissioner::cli {

namespace {

QString askForPackagePath(CommandLine& cl)
{
    cl.out() << CliText::tr("Path of the .UPG package to send (empty to stop): ") << Qt::flush;
    std::string line;
    if (!std::getline(std::cin, line))
        return QString();
    return QString::fromStdString(line).trimmed();
}

void addRecoverOptions(QCommandLineParser& p)
{
    p.addOptions({
        {QStringLiteral("package"),
         CliText::tr("The .UPG to use (else found by the meter's image SHA-256)."),
         QStringLiteral("FILE")},
        {QStringLiteral("packages"),
         CliText::tr("A folder to look for the matching package in (repeatable)."),
         QStringLiteral("DIR")},
        {QStringLiteral("keys"), CliText::tr("A folder of further trusted public keys."),
         QStringLiteral("DIR")},
        {QStringLiteral("allow-unsigned"), CliText::tr("Accept a package that is not signed.")},
        {QStringLiteral("allow-downgrade"),
         CliText::tr(
             "Accept the same or an older version (implied for the meter's own pending image).")},
        {QStringLiteral("restore-template"),
         CliText::tr(
             "Restore the meter's last pre-upgrade backup if it comes back at factory settings.")},
        {QStringLiteral("outage-wait"),
         CliText::tr("How long a silent meter pauses the transfer (default 300)."),
         QStringLiteral("S")},
        {QStringLiteral("yes"), CliText::tr("Do not ask before starting.")},
    });
}

// Looks for the package of the meter's pending image (journal, data folder, --packages) and
// loads it into *image; names the packages that hold it but do not fit the meter. False (with
// *loadExit) when the package found cannot be used.
bool findPendingPackage(CommandLine& cl, const QCommandLineParser& p, const DataFolder& folder,
                        const MeterSnapshot& snapshot, std::optional<UpgradeImage>* image,
                        int* loadExit)
{
    const MeterIdentity& m = snapshot.identity;
    const UpgradeRegisters& u = snapshot.upgrade;
    const QString dataDir = cl.dataDir(p);
    const PackageSearch search =
        findPackageForMeter(folder, m, u.imageSha256, p.values(QStringLiteral("packages")));
    // The same payload packaged for another device type or hardware range is named, never sent.
    for (const UnfitPackage& unfit : search.unfit)
        cl.out() << CliText::tr("Holds that image but is not for this meter: %1 (device type "
                                "%2, hardware %3 to %4; "
                                "the meter is a %5, hardware %6)")
                        .arg(unfit.path)
                        .arg(unfit.deviceType)
                        .arg(unfit.hwMin)
                        .arg(unfit.hwMax)
                        .arg(m.deviceType)
                        .arg(m.hwRevision)
                 << Qt::endl;
    const auto& found = search.found;
    if (found) {
        cl.out() << CliText::tr("Found the package of that image: %1 (%2)")
                        .arg(found->path, found->origin)
                 << Qt::endl;
        *image =
            loadUpgradeImage(cl, found->path, dataDir, p.value(QStringLiteral("keys")), loadExit);
        if (!*image)
            return false;
    } else {
        cl.out() << CliText::tr("No package with the meter's image (SHA-256 %1) was found in "
                                "the journal, %2 or "
                                "the folders given.")
                        .arg(QString::fromLatin1(u.imageSha256.toHex()), folder.packagesDir())
                 << Qt::endl;
    }
    return true;
}

// The package the person names at the prompt (a terminal only). False with *exitCode when
// there is none to use.
bool askForPackage(CommandLine& cl, const QCommandLineParser& p, const QByteArray& pendingSha256,
                   std::optional<UpgradeImage>* image, int* exitCode)
{
    const QString dataDir = cl.dataDir(p);
    if (!cl.interactive()) {
        cl.err() << CliText::tr("commissioner-cli: name the package to send with --package FILE")
                 << Qt::endl;
        *exitCode = ExitUsage;
        return false;
    }
    const QString path = askForPackagePath(cl);
    if (path.isEmpty()) {
        *exitCode = ExitCancelled;
        return false;
    }
    *image = loadUpgradeImage(cl, path, dataDir, p.value(QStringLiteral("keys")), exitCode);
    if (!*image)
        return false;
    if (!pendingSha256.isEmpty() && (*image)->payloadSha256 != pendingSha256)
        cl.out() << CliText::tr("This package is not the meter's pending image: the transfer "
                                "starts again from 0.")
                 << Qt::endl;
    return true;
}

} // namespace

// Finishes what an interrupted upgrade left on a meter: finds the package whose payload is
// the meter's pending image and resumes from NEXT_OFFSET (or commits a whole stored image);
// with none, takes the package the person names and starts the transfer again.
int runRecover(CommandLine& cl)
{
    // A meter that answers no Modbus at all: its XMODEM recovery bootloader.
    if (cl.args().contains(QStringLiteral("--xmodem")))
        return runXmodemRecover(cl);

    QCommandLineParser p;
    addRecoverOptions(p);
    if (!cl.parse(p))
        return cl.parseExitCode();
    const auto settings = cl.linkSettings(p);
    if (!settings)
        return ExitUsage;
    const QString dataDir = cl.dataDir(p);
    const DataFolder folder(dataDir);

    // A named package is checked before the meter is touched.
    std::optional<UpgradeImage> image;
    int loadExit = ExitOk;
    if (p.isSet(QStringLiteral("package"))) {
        image = loadUpgradeImage(cl, p.value(QStringLiteral("package")), dataDir,
                                 p.value(QStringLiteral("keys")), &loadExit);
        if (!image)
            return loadExit;
    }

    auto client = cl.openLink(*settings);
    if (!client)
        return ExitUnreachable;
    int exit = ExitOk;
    const auto snapshot = cl.readSnapshot(*client, &exit);
    if (!snapshot)
        return exit;
    const MeterIdentity& m = snapshot->identity;
    const UpgradeRegisters& u = snapshot->upgrade;
    const RecoveryState state = snapshot->state;
    if (state == RecoveryState::Normal && !image) {
        cl.out() << CliText::tr("%1 runs firmware %2 in NORMAL mode with no transfer pending: "
                                "nothing to recover.")
                        .arg(printableText(m.serialNumber), m.firmware.toString())
                 << Qt::endl;
        return ExitOk;
    }
    cl.out() << CliText::tr("%1 is in %2 mode, UPG_STATUS %3, %4 of %5 bytes of image %6 stored.")
                    .arg(printableText(m.serialNumber), deviceModeName(m),
                         upgStatusName(u.rawStatus))
                    .arg(u.nextOffset)
                    .arg(u.imageSize)
                    .arg(u.imageVersion.toString())
             << Qt::endl;

    // The meter's pending image by its SHA-256, else the package the person names.
    if (!image && hasPendingImage(state) &&
        !findPendingPackage(cl, p, folder, *snapshot, &image, &loadExit))
        return loadExit;
    if (!image && !askForPackage(cl, p, hasPendingImage(state) ? u.imageSha256 : QByteArray(),
                                 &image, &loadExit))
        return loadExit;
    const RecoveryChoice choice = recoveryChoiceFor(m, u, hasPendingImage(state), *image, folder);
    UpgradeOptions options = recoveryOptions(choice, p.isSet(QStringLiteral("allow-downgrade")),
                                             p.isSet(QStringLiteral("allow-unsigned")));
    if (p.isSet(QStringLiteral("outage-wait")))
        options.outageWaitMs = p.value(QStringLiteral("outage-wait")).toInt() * 1000;

    const auto plan = planUpgrade(*client, *image, options);
    if (!plan) {
        cl.err() << CliText::tr("commissioner-cli: %1").arg(describeLinkError(plan.error()))
                 << Qt::endl;
        return exitCodeFor(plan.error());
    }
    if (!printFindings(cl, plan.value().findings))
        return ExitPreflight;
    if (!goAhead(cl, p.isSet(QStringLiteral("yes")),
                 CliText::tr("Recover %1 with firmware %2 now?")
                     .arg(printableText(m.serialNumber), image->version.toString())))
        return ExitCancelled;
    return runUpgradeJob(cl, *client, *image, folder, options, MeterBinding::of(m),
                         QStringLiteral("commissioner-cli recover"),
                         p.isSet(QStringLiteral("restore-template")));
}

} // namespace commissioner::cli

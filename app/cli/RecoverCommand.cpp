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
#include "upgrade/UpgradeJournal.h"
#include "upgrade/UpgradePlan.h"

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

    if (!image && hasPendingImage(state)) {
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
            image = loadUpgradeImage(cl, found->path, dataDir, p.value(QStringLiteral("keys")),
                                     &loadExit);
            if (!image)
                return loadExit;
        } else {
            cl.out() << CliText::tr("No package with the meter's image (SHA-256 %1) was found in "
                                    "the journal, %2 or "
                                    "the folders given.")
                            .arg(QString::fromLatin1(u.imageSha256.toHex()), folder.packagesDir())
                     << Qt::endl;
        }
    }
    if (!image) {
        if (!cl.interactive()) {
            cl.err() << CliText::tr(
                            "commissioner-cli: name the package to send with --package FILE")
                     << Qt::endl;
            return ExitUsage;
        }
        const QString path = askForPackagePath(cl);
        if (path.isEmpty())
            return ExitCancelled;
        image = loadUpgradeImage(cl, path, dataDir, p.value(QStringLiteral("keys")), &loadExit);
        if (!image)
            return loadExit;
        if (hasPendingImage(state) && image->payloadSha256 != u.imageSha256)
            cl.out() << CliText::tr("This package is not the meter's pending image: the transfer "
                                    "starts again from 0.")
                     << Qt::endl;
    }

    UpgradeOptions options;
    // Finishing a transfer that was already decided: the pending image may be any version. Any
    // other package goes through the version check like an upgrade.
    const bool pendingImagesOwn = hasPendingImage(state) && image->payloadSha256 == u.imageSha256 &&
                                  qint64(u.imageSize) == image->payload.size();
    options.allowDowngrade = pendingImagesOwn || p.isSet(QStringLiteral("allow-downgrade"));
    const auto journal = UpgradeJournal::load(folder, m.serialNumber, m.deviceType);
    options.allowUnsigned =
        p.isSet(QStringLiteral("allow-unsigned")) ||
        (journal && journal->payloadSha256 == image->payloadSha256 && journal->allowUnsigned);
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
    return runUpgradeJob(cl, *client, *image, folder, options,
                         p.isSet(QStringLiteral("restore-template")));
}

} // namespace commissioner::cli

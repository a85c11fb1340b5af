#include "CliText.h"
#include "Commands.h"
#include "ErrorText.h"
#include "ExitCodes.h"
#include "RecoveryText.h"
#include "base/PrintableText.h"
#include "store/DataFolder.h"
#include "upgrade/RecoveryState.h"
#include "upgrade/UpgradeJournal.h"
#include "usecases/IdentifyUseCase.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace commissioner::cli {

int runStatus(CommandLine& cl)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), CliText::tr("Print JSON.")});
    if (!cl.parse(p))
        return cl.parseExitCode();
    int exit = ExitOk;
    auto client = cl.connect(p, &exit);
    if (!client)
        return exit;
    // Status needs the transfer registers too: either read failing is the command's failure.
    const IdentifyOutcome found = commissioner::runIdentify(*client);
    if (const auto& error = found.identityError ? found.identityError : found.upgradeError) {
        cl.err() << CliText::tr("commissioner-cli: %1").arg(describeLinkError(*error)) << Qt::endl;
        return exitCodeFor(*error);
    }
    const MeterIdentity& m = found.snapshot.identity;
    const UpgradeRegisters& u = found.snapshot.upgrade;
    const RecoveryState state = found.snapshot.state;
    const DataFolder folder(cl.dataDir(p));
    const auto journal = UpgradeJournal::load(folder, m.serialNumber, m.deviceType);

    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o{
            {QStringLiteral("serial_number"), m.serialNumber},
            {QStringLiteral("device_type"), m.deviceType},
            {QStringLiteral("firmware"), m.firmware.toString()},
            {QStringLiteral("mode"), deviceModeName(m)},
            {QStringLiteral("active_events"), m.activeEvents},
            {QStringLiteral("state"), recoveryStateId(state)},
            {QStringLiteral("needs_recovery"), needsRecovery(state)},
            {QStringLiteral("upg_status"), upgStatusName(u.rawStatus)},
            {QStringLiteral("image_size"), qint64(u.imageSize)},
            {QStringLiteral("next_offset"), qint64(u.nextOffset)},
            {QStringLiteral("image_sha256"), QString::fromLatin1(u.imageSha256.toHex())},
            {QStringLiteral("image_version"), u.imageVersion.toString()},
            {QStringLiteral("max_block"), u.maxBlock},
            {QStringLiteral("install_seconds"), u.installSeconds},
            {QStringLiteral("flash_capacity_kib"), u.flashCapacityKib},
        };
        if (journal)
            o.insert(QStringLiteral("journal"),
                     QJsonDocument::fromJson(journal->toJson()).object());
        cl.out() << jsonForTerminal(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    QTextStream& o = cl.out();
    o << CliText::tr("Meter:        %1 %2, firmware %3, %4 mode")
             .arg(printableText(m.modelName), printableText(m.serialNumber), m.firmware.toString(),
                  deviceModeName(m))
      << '\n'
      << CliText::tr("State:        %1").arg(recoveryStateText(state)) << '\n'
      << CliText::tr("UPG_STATUS:   %1").arg(upgStatusName(u.rawStatus)) << '\n';
    if (u.imageSize > 0 && u.status == UpgStatus::Receiving)
        o << CliText::tr("Image:        %1 of %2 bytes stored, version %3, SHA-256 %4")
                 .arg(u.nextOffset)
                 .arg(u.imageSize)
                 .arg(u.imageVersion.toString(), QString::fromLatin1(u.imageSha256.toHex()))
          << '\n';
    o << CliText::tr("Events:       %1").arg(eventNames(m.activeEvents)) << '\n';
    if (journal)
        o << CliText::tr("Journal:      upgrade to %1 started %2, stage %3, package %4")
                 .arg(journal->targetVersion, journal->startedAt.toString(Qt::ISODate),
                      journal->stage, journal->packageCopyPath)
          << '\n';
    o.flush();
    return ExitOk;
}

} // namespace commissioner::cli

#include "CliText.h"
#include "Commands.h"
#include "ErrorText.h"
#include "ExitCodes.h"
#include "RecoveryText.h"
#include "base/PrintableText.h"
#include "usecases/IdentifyUseCase.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace commissioner::cli {

QJsonObject identityToJson(const MeterIdentity& id)
{
    return QJsonObject{
        {QStringLiteral("map_version"), id.mapVersion},
        {QStringLiteral("device_type"), id.deviceType},
        {QStringLiteral("model"), id.modelName},
        {QStringLiteral("hw_revision"), id.hwRevision},
        {QStringLiteral("firmware"), id.firmware.toString()},
        {QStringLiteral("serial_number"), id.serialNumber},
        {QStringLiteral("mode"), deviceModeName(id)},
        {QStringLiteral("mode_code"), id.rawMode},
        {QStringLiteral("active_events"), id.activeEvents},
        {QStringLiteral("active_event_names"), eventNames(id.activeEvents)},
        {QStringLiteral("bootloader_version"), id.bootloaderVersion},
        {QStringLiteral("banks"), id.banks},
    };
}

int runIdentify(CommandLine& cl)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), CliText::tr("Print JSON.")});
    p.addPositionalArgument(QStringLiteral("identify"), QString());
    if (!cl.parse(p))
        return cl.parseExitCode();
    if (!p.positionalArguments().isEmpty())
        return cl.usageError(CliText::tr("identify takes no arguments"));
    int connectExit = ExitOk;
    auto client = cl.connect(p, &connectExit);
    if (!client)
        return connectExit;

    // Identity, transfer registers and what they mean, read and decided by the use case.
    const IdentifyOutcome found = commissioner::runIdentify(*client);
    if (found.identityError) {
        cl.err() << CliText::tr("commissioner-cli: identify failed on %1: %2")
                        .arg(client->description().summary(),
                             describeLinkError(*found.identityError))
                 << Qt::endl;
        return exitCodeFor(*found.identityError);
    }
    const MeterIdentity& m = found.snapshot.identity;
    if (p.isSet(QStringLiteral("json"))) {
        cl.out() << jsonForTerminal(
            QJsonDocument(identityToJson(m)).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    QTextStream& o = cl.out();
    o << CliText::tr("Device type:        %1 (%2)")
             .arg(m.deviceType)
             .arg(printableText(m.modelName))
      << '\n'
      << CliText::tr("Hardware revision:  %1").arg(m.hwRevision) << '\n'
      << CliText::tr("Firmware:           %1").arg(m.firmware.toString()) << '\n'
      << CliText::tr("Serial number:      %1").arg(printableText(m.serialNumber)) << '\n'
      << CliText::tr("Mode:               %1").arg(deviceModeName(m)) << '\n'
      << CliText::tr("Active events:      %1").arg(eventNames(m.activeEvents)) << '\n'
      << CliText::tr("Bootloader version: %1").arg(m.bootloaderVersion) << '\n'
      << CliText::tr("Flash banks:        %1").arg(m.banks) << '\n'
      << CliText::tr("Register map:       version %1").arg(m.mapVersion) << Qt::endl;
    // Every connect tells whether an interrupted upgrade left something to finish; transfer
    // registers that do not answer leave the line out (the identity is still worth showing).
    if (found.upgradeRead()) {
        o << CliText::tr("Upgrade state:      %1").arg(recoveryStateText(found.snapshot.state))
          << Qt::endl;
        if (found.needsRecover)
            cl.err() << CliText::tr("This meter has an unfinished firmware transfer: run `recover` "
                                    "to finish it.")
                     << Qt::endl;
    }
    if (!found.mapSupported)
        cl.err() << CliText::tr("warning: register map version %1 is not the supported version %2")
                        .arg(m.mapVersion)
                        .arg(regs::MapVersionSupported)
                 << Qt::endl;
    return ExitOk;
}

} // namespace commissioner::cli

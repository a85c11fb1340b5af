#include "ConfigCommon.h"

#include "CliText.h"
#include "ErrorText.h"
#include "ExitCodes.h"
#include "TemplateCommands.h"
#include "base/PrintableText.h"
#include "settings/DeviceProfile.h"
#include "settings/SettingInput.h"
#include "store/DataFolder.h"

namespace commissioner::cli::config {

QString shown(const SettingDef& def, const SettingValue& v, bool withUnit)
{
    return printableText(formatSettingValue(def, v, withUnit));
}

QString padded(const QString& s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '));
}

std::optional<DeviceProfiles> loadProfiles(CommandLine& cl, const QCommandLineParser& p,
                                           int* exitCode)
{
    auto profiles = DeviceProfiles::load(DeviceProfiles::userFolder(DataFolder(cl.dataDir(p))));
    if (!profiles) {
        cl.err() << CliText::tr("%1: device profiles: %2")
                        .arg(kProgram, describeTemplateError(profiles.error()))
                 << Qt::endl;
        *exitCode = exitCodeFor(profiles.error());
        return std::nullopt;
    }
    return profiles.value();
}

int reportMeterFailure(CommandLine& cl, const QCommandLineParser& p, const MeterClient& client,
                       const TemplateFailure& failure)
{
    const TemplateError& e = failure.error;
    const MeterIdentity id = failure.meter.value_or(MeterIdentity{});
    switch (failure.step) {
    case TemplateStep::LoadProfiles:
        cl.err() << CliText::tr("%1: device profiles: %2").arg(kProgram, describeTemplateError(e))
                 << Qt::endl;
        return exitCodeFor(e);
    case TemplateStep::Identify:
        cl.err() << CliText::tr("%1: cannot identify the meter on %2: %3")
                        .arg(kProgram, client.description().summary(), describeLinkError(e.link))
                 << Qt::endl;
        return exitCodeFor(e);
    case TemplateStep::CheckMode:
        cl.err() << CliText::tr("%1: the meter is in %2 mode: its settings can be read and written "
                                "only in NORMAL mode")
                        .arg(kProgram, deviceModeName(id.mode))
                 << Qt::endl;
        return ExitPreflight;
    case TemplateStep::FindProfile:
        cl.err() << CliText::tr("%1: no device profile for device type %2 (%3); add one to %4")
                        .arg(kProgram)
                        .arg(id.deviceType)
                        .arg(printableText(id.modelName),
                             DeviceProfiles::userFolder(DataFolder(cl.dataDir(p))))
                 << Qt::endl;
        return ExitPreflight;
    case TemplateStep::ReadSettings:
        cl.err()
            << CliText::tr("%1: reading the settings: %2").arg(kProgram, describeTemplateError(e))
            << Qt::endl;
        return exitCodeFor(e);
    default: // a file step: none of the settings' own
        cl.err() << CliText::tr("%1: %2").arg(kProgram, describeTemplateError(e)) << Qt::endl;
        return exitCodeFor(e);
    }
}

void openMeter(CommandLine& cl, const QCommandLineParser& p, Meter& m)
{
    m.profiles = loadProfiles(cl, p, &m.exitCode);
    if (!m.profiles)
        return;
    m.client = cl.connect(p, &m.exitCode);
    if (!m.client)
        return;
    const auto meter = identifyTemplateMeter(*m.client, *m.profiles);
    if (!meter) {
        m.exitCode = reportMeterFailure(cl, p, *m.client, meter.error());
        return;
    }
    m.identity = meter->identity;
    m.profile = m.profiles->forDeviceType(m.identity.deviceType);
}

QString meterLine(const MeterIdentity& id)
{
    return CliText::tr("Meter: %1 %2 (device type %3, firmware %4)")
        .arg(printableText(id.modelName), printableText(id.serialNumber))
        .arg(id.deviceType)
        .arg(id.firmware.toString());
}

} // namespace commissioner::cli::config

#include "ConfigCommon.h"

#include "CliText.h"
#include "ErrorText.h"
#include "ExitCodes.h"
#include "TemplateCommands.h"
#include "base/PrintableText.h"
#include "meter/MeterQueries.h"
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

void openMeter(CommandLine& cl, const QCommandLineParser& p, Meter& m)
{
    auto profiles = DeviceProfiles::load(DeviceProfiles::userFolder(DataFolder(cl.dataDir(p))));
    if (!profiles) {
        cl.err() << CliText::tr("%1: device profiles: %2")
                        .arg(kProgram, describeTemplateError(profiles.error()))
                 << Qt::endl;
        m.exitCode = exitCodeFor(profiles.error());
        return;
    }
    m.profiles = profiles.value();
    m.client = cl.connect(p, &m.exitCode);
    if (!m.client)
        return;
    const auto id = readIdentity(*m.client);
    if (!id) {
        cl.err() << CliText::tr("%1: cannot identify the meter on %2: %3")
                        .arg(kProgram, m.client->description().summary(),
                             describeLinkError(id.error()))
                 << Qt::endl;
        m.exitCode = exitCodeFor(id.error());
        return;
    }
    m.identity = id.value();
    if (m.identity.mode != DeviceMode::Normal) {
        cl.err() << CliText::tr("%1: the meter is in %2 mode: its settings can be read and written "
                                "only in NORMAL mode")
                        .arg(kProgram, deviceModeName(m.identity.mode))
                 << Qt::endl;
        m.exitCode = ExitPreflight;
        return;
    }
    m.profile = m.profiles->forDeviceType(m.identity.deviceType);
    if (!m.profile) {
        cl.err() << CliText::tr("%1: no device profile for device type %2 (%3); add one to %4")
                        .arg(kProgram)
                        .arg(m.identity.deviceType)
                        .arg(printableText(m.identity.modelName),
                             DeviceProfiles::userFolder(DataFolder(cl.dataDir(p))))
                 << Qt::endl;
        m.exitCode = ExitPreflight;
    }
}

QString meterLine(const MeterIdentity& id)
{
    return CliText::tr("Meter: %1 %2 (device type %3, firmware %4)")
        .arg(printableText(id.modelName), printableText(id.serialNumber))
        .arg(id.deviceType)
        .arg(id.firmware.toString());
}

} // namespace commissioner::cli::config

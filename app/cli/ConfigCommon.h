#pragma once

// What the `config` commands share: the meter they open and how they show values.
#include "CommandLine.h"
#include "ExitCodes.h"
#include "meter/MeterClient.h"
#include "meter/MeterIdentity.h"
#include "settings/DeviceProfile.h"
#include "usecases/TemplateReadSteps.h"

#include <QCommandLineParser>
#include <memory>
#include <optional>

namespace commissioner::cli::config {

inline const QString kProgram = QStringLiteral("commissioner-cli");

// A value as people read it, with meter text made safe for a terminal.
QString shown(const SettingDef& def, const SettingValue& v, bool withUnit = false);
QString padded(const QString& s, int width);

// An open link to an identified meter in NORMAL mode with its profile.
struct Meter
{
    std::unique_ptr<MeterClient> client;
    std::optional<DeviceProfiles> profiles;
    MeterIdentity identity;
    const DeviceProfile* profile = nullptr;
    int exitCode = ExitOk;
};

// Opens the link and identifies the meter; on failure prints why and sets m.exitCode.
void openMeter(CommandLine& cl, const QCommandLineParser& p, Meter& m);
// The compiled-in profiles plus the data folder's; on failure prints why and sets *exitCode.
std::optional<DeviceProfiles> loadProfiles(CommandLine& cl, const QCommandLineParser& p,
                                           int* exitCode);
// Prints why the meter on `client` could not be identified or read (the step it stopped at)
// and returns the exit code.
int reportMeterFailure(CommandLine& cl, const QCommandLineParser& p, const MeterClient& client,
                       const TemplateFailure& failure);
QString meterLine(const MeterIdentity& id);

// `config set NAME=VALUE...` (ConfigSetCommand.cpp).
int runSet(CommandLine& cl);

} // namespace commissioner::cli::config

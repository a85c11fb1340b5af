#pragma once

#include "SimulatorHost.h"

#include <QStringList>

namespace metersim {

// metersim's options, turned into a HostConfig (or a --dump request).
struct CommandLine
{
    HostConfig host;
    bool dump = false;
    QString statePath;
    bool ok = false;
    bool helpShown = false;
    QString error;

    static CommandLine parse(const QStringList& arguments);
    static QString helpText();
};

} // namespace metersim

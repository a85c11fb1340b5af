#pragma once

#include "CliProcess.h"
#include "MeterSimProcess.h"
#include "TestPackages.h"

#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

// A meter (metersim with a state file) and a data folder, for tests that run the upgrade as
// a technician does: commissioner-cli as its own process.
struct UpgradeFixture
{
    QTemporaryDir dir;
    QString stateFile;
    QString dataDir;
    QStringList meterArgs; // what the meter was started with (without the listener)
    testsupport::MeterSimProcess sim;
    quint16 port = 0;

    UpgradeFixture();

    // Starts metersim on TCP (port 0 the first time, then the same port again, as a meter
    // that comes back after a power loss keeps its address).
    bool startMeter(const QStringList& args);
    bool restartMeter(const QStringList& extraArgs = {});
    QStringList link() const; // --tcp 127.0.0.1:PORT
    QJsonObject dump() const;

    testsupport::TestPackage package(quint16 type, const commissioner::FirmwareVersion& v, int size,
                                     quint32 seed = 1, quint16 hwMin = 1, quint16 hwMax = 9);
    // Runs `upgrade` to the end; common options: data folder, fast retries.
    int upgrade(testsupport::CliProcess& cli, const QString& packagePath,
                const QStringList& extra = {}, int timeoutMs = 120000);
    QStringList upgradeArgs(const QString& packagePath, const QStringList& extra = {}) const;
    // Runs `upgrade` until the meter's --power-loss-* option cuts the power, gives the laptop up
    // too (nothing of the tool's memory survives) and brings the meter back.
    void cutPowerDuringUpgrade(const QString& packagePath);
    QString upgradeLog() const;
};

QString sha256Hex(const QByteArray& bytes);

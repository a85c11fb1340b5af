#pragma once

#include "base/Result.h"
#include "meter/LinkError.h"
#include "meter/Measurements.h"
#include "meter/MeterClient.h"
#include "meter/MeterIdentity.h"
#include "settings/DeviceProfile.h"
#include "settings/TemplateBackup.h"
#include "settings/TemplateDiff.h"
#include "settings/TemplateError.h"
#include "store/ChangeHistory.h"
#include "store/DataFolder.h"
#include "upgrade/UpgradeRuns.h"

#include <QDateTime>
#include <QString>
#include <QVector>
#include <functional>
#include <optional>

namespace commissioner {

// What a commissioning report shows: the meter, its firmware before and after the last
// upgrade, every setting, a snapshot of live readings, the checks done, the changes recorded.
// Gathered from the meter and the data folder by gatherCommissioningReport (on the link's
// thread); turned into HTML by commissioningReportHtml; app/ renders that as PDF.
struct CommissioningReportData
{
    QDateTime generatedAt; // UTC
    QString technician;
    QString site;     // where the meter is installed, as typed; empty: not named
    QString customer; // for whom it was commissioned, as typed; empty: not named
    QString toolVersion = QStringLiteral(COMMISSIONER_VERSION);
    QString link; // LinkDescription::summary()

    MeterIdentity identity;
    std::optional<DeviceProfile> profile; // none: a device type no profile knows
    TemplateValues settings;
    std::optional<TemplateError> settingsError; // the settings could not be read
    std::optional<Measurements> readings;
    std::optional<LinkError> readingsError;

    std::optional<UpgradeRunSummary> upgrade; // the meter's latest upgrade run, if any

    std::optional<BackupEntry> backup; // the latest template backup of this meter
    QVector<DiffRow> backupDiff;       // backup (left) against the meter now (right)
    std::optional<TemplateError> backupError;

    QVector<ChangeRecord> changes; // the latest recorded changes, oldest first
};

// Reads the identity (a failure there is the only error), then the settings and the readings
// (NORMAL mode only; failures are kept in the data), the latest upgrade run from
// logs/upgrade.jsonl, the latest backup compared with the settings, and the last
// `historyLimit` changes of the meter's history.
Result<CommissioningReportData, LinkError> gatherCommissioningReport(MeterClient& client,
                                                                     const DataFolder& folder,
                                                                     const DeviceProfiles& profiles,
                                                                     const QString& technician,
                                                                     int historyLimit = 50);

// The words of the report. English by default; app/ fills them with tr() texts.
struct ReportText
{
    QString title = QStringLiteral("Commissioning report");
    QString meter = QStringLiteral("Meter");
    QString model = QStringLiteral("Model");
    QString serialNumber = QStringLiteral("Serial number");
    QString deviceType = QStringLiteral("Device type");
    QString hwRevision = QStringLiteral("Hardware revision");
    QString firmwareNow = QStringLiteral("Firmware");
    QString bootloader = QStringLiteral("Bootloader version");
    QString mode = QStringLiteral("Mode");
    QString activeEvents = QStringLiteral("Active events");
    QString link = QStringLiteral("Connected through");
    QString date = QStringLiteral("Date (UTC)");
    QString technician = QStringLiteral("Technician");
    QString site = QStringLiteral("Site");
    QString customer = QStringLiteral("Customer");
    QString tool = QStringLiteral("Tool");

    QString firmware = QStringLiteral("Firmware");
    QString firmwareBefore = QStringLiteral("Before the last upgrade");
    QString firmwareAfter = QStringLiteral("After the last upgrade");
    QString upgradeStarted = QStringLiteral("Upgrade started (UTC)");
    QString packageVersion = QStringLiteral("Package version");
    QString upgradeResult = QStringLiteral("Result");
    QString notConfirmed = QStringLiteral("(not confirmed)");
    QString noUpgrade = QStringLiteral("No upgrade of this meter is recorded in this data folder.");

    QString settings = QStringLiteral("Settings");
    QString group = QStringLiteral("Group");
    QString setting = QStringLiteral("Setting");
    QString value = QStringLiteral("Value");
    QString unit = QStringLiteral("Unit");
    QString settingsUnreadable = QStringLiteral("The settings could not be read: %1");
    QString noProfile = QStringLiteral("No device profile knows device type %1.");

    QString readings = QStringLiteral("Live readings");
    QString quantity = QStringLiteral("Quantity");
    QString voltage = QStringLiteral("Voltage %1");
    QString current = QStringLiteral("Current %1");
    QString kw = QStringLiteral("Active power total");
    QString kvar = QStringLiteral("Reactive power total");
    QString kva = QStringLiteral("Apparent power total");
    QString powerFactor = QStringLiteral("Power factor");
    QString frequency = QStringLiteral("Frequency");
    QString sincePowerUp = QStringLiteral("Time since power-up");
    QString readingsUnreadable = QStringLiteral("The readings could not be read: %1");

    QString checks = QStringLiteral("Checks");
    QString upgradeChecks = QStringLiteral("Checks of the last upgrade");
    QString backupCompare =
        QStringLiteral("Settings compared with the latest backup %1 (saved %2 UTC, reason %3)");
    QString backupEqual = QStringLiteral("Every setting equals the backup.");
    QString backupDiffers = QStringLiteral("Settings that differ from the backup: %1");
    QString backupSide = QStringLiteral("Backup");
    QString meterSide = QStringLiteral("Meter now");
    QString noBackup = QStringLiteral("No template backup of this meter in this data folder.");
    QString backupUnreadable = QStringLiteral("The latest backup could not be read: %1");

    QString changes = QStringLiteral("Changes recorded");
    QString when = QStringLiteral("When (UTC)");
    QString from = QStringLiteral("From");
    QString to = QStringLiteral("To");
    QString result = QStringLiteral("Result");
    QString who = QStringLiteral("Who");
    QString via = QStringLiteral("Via");
    QString noChanges = QStringLiteral("No change of this meter is recorded.");
    // After a setting's latest change, when the meter holds something else now (a power cut
    // in upgrade mode, a change by another tool): the history is not what the meter holds.
    QString nowReads = QStringLiteral("the meter now reads %1");

    // Errors as text; English log lines unless app/ gives its own.
    std::function<QString(const TemplateError&)> templateError = [](const TemplateError& e) {
        return describe(e);
    };
    std::function<QString(const LinkError&)> linkError = [](const LinkError& e) {
        return describeForLog(e);
    };
};

// A whole HTML document (UTF-8, one style block QTextDocument understands), every value
// escaped.
QString commissioningReportHtml(const CommissioningReportData& data, const ReportText& text = {});

} // namespace commissioner

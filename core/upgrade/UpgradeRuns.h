#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace commissioner {

// One upgrade (or recovery) run of one meter, as logs/upgrade.jsonl tells it: the lines from
// a "start" event with "tool_version" up to the next such line.
struct UpgradeRunSummary
{
    QDateTime started; // UTC
    QString serialNumber;
    QString packageVersion;
    QString firmwareBefore; // "device" event's "firmware"
    QString firmwareAfter;  // "step" event's "firmware" (the new firmware confirmed); empty
                            // when the run did not get that far
    QString confirmation;   // that step's text ("New firmware confirmed: 2.1.0")
    QStringList checks;     // the "check" lines (notes, refusals, "Checks passed")
    QString backupPath;     // the settings backup taken before the transfer
    QString outcome;        // "succeeded", ...; empty when the run has no result line
    QString resultText;     // the result line ("Upgrade completed at ...")
};

// The newest run of the meter with this serial number in upgrade.jsonl; nullopt when there
// is none (or no file). Lines that are not JSON are skipped.
std::optional<UpgradeRunSummary> latestUpgradeRun(const QString& jsonLogPath,
                                                  const QString& serialNumber);

} // namespace commissioner

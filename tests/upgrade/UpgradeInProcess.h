#pragma once

#include "TestPackages.h"
#include "meter/MeterClient.h"
#include "upgrade/UpgradeImage.h"
#include "upgrade/UpgradeJob.h"
#include "upgrade/UpgradeTypes.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

// The upgrade job driven in this process over a real Modbus TCP socket to metersim, for
// cases that must act between two of its steps (move a meter, change the data folder) or
// read what only the job's result says. Limits are small so that each case ends in seconds;
// the rules are the defaults'.
namespace inprocess {

// metersim options for one meter: --type, --fw, --serial-number.
QStringList meter(const QString& type, const QString& serial,
                  const QString& fw = QStringLiteral("1.0.0"));
commissioner::UpgradeImage imageOf(const testsupport::TestPackage& pkg);
// A client at 127.0.0.1:port, unit `unit`, 300 ms per answer, two retries.
std::unique_ptr<commissioner::MeterClient> openClient(quint16 port, int unit = 1);
commissioner::UpgradeOptions quickOptions();
// Steps the job to its end (at most 120 s), sleeping the delays it asks for; between() runs
// after every step.
commissioner::UpgradeResult runSteps(commissioner::UpgradeJob& job,
                                     const std::function<void()>& between = {});
QString readLog(const QString& dataDir);

// Everything the job tells an observer, for cases that wait for one of its log lines.
class LogWatch : public commissioner::UpgradeObserver
{
public:
    std::function<void(commissioner::UpgradeStage)> onStageChange;
    QList<commissioner::UpgradeLogEntry> entries;

    void onStage(commissioner::UpgradeStage stage) override;
    void onLog(const commissioner::UpgradeLogEntry& entry) override { entries.append(entry); }
    // True once a line carried this field (e.g. "stranger_serial_number").
    bool sawField(const QString& name) const;
};

} // namespace inprocess

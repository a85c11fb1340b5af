#include "upgrade/UpgradeTypes.h"

namespace commissioner {

QString upgradeStageName(UpgradeStage s)
{
    switch (s) {
    case UpgradeStage::Connecting:
        return QStringLiteral("connecting");
    case UpgradeStage::Checking:
        return QStringLiteral("checking");
    case UpgradeStage::BackingUp:
        return QStringLiteral("backing up");
    case UpgradeStage::Preparing:
        return QStringLiteral("preparing");
    case UpgradeStage::Transferring:
        return QStringLiteral("transferring");
    case UpgradeStage::Verifying:
        return QStringLiteral("verifying");
    case UpgradeStage::Installing:
        return QStringLiteral("installing");
    case UpgradeStage::Confirming:
        return QStringLiteral("confirming");
    case UpgradeStage::WaitingForLink:
        return QStringLiteral("waiting for the meter");
    case UpgradeStage::Finished:
        return QStringLiteral("finished");
    }
    return QString();
}

QString upgradeOutcomeName(UpgradeOutcome o)
{
    switch (o) {
    case UpgradeOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case UpgradeOutcome::PreflightRefused:
        return QStringLiteral("refused by checks");
    case UpgradeOutcome::BackupFailed:
        return QStringLiteral("template backup failed");
    case UpgradeOutcome::StorageFailed:
        return QStringLiteral("journal or package copy failed");
    case UpgradeOutcome::MeterRejected:
        return QStringLiteral("rejected by the meter");
    case UpgradeOutcome::VerifyFailed:
        return QStringLiteral("image verification failed");
    case UpgradeOutcome::LinkLost:
        return QStringLiteral("link lost");
    case UpgradeOutcome::Cancelled:
        return QStringLiteral("cancelled");
    case UpgradeOutcome::WrongVersion:
        return QStringLiteral("wrong version after install");
    case UpgradeOutcome::MeterError:
        return QStringLiteral("meter error");
    case UpgradeOutcome::WrongMeter:
        return QStringLiteral("another meter answered");
    case UpgradeOutcome::MeterRefusing:
        return QStringLiteral("the meter keeps refusing a block");
    case UpgradeOutcome::MeterStuck:
        return QStringLiteral("the meter did not finish verifying or installing");
    case UpgradeOutcome::MeterOffSpec:
        return QStringLiteral("the meter reported a value outside the protocol");
    case UpgradeOutcome::OutOfBudget:
        return QStringLiteral("the job reached one of its limits");
    case UpgradeOutcome::NoSerialNumber:
        return QStringLiteral("the meter reports no serial number");
    }
    return QString();
}

} // namespace commissioner

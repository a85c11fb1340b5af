#pragma once

#include "upgrade/UpgradeBudget.h"

#include <QCoreApplication>
#include <QString>

namespace commissioner::app {

// Words about an upgrade that the command line and the desktop say alike.
class UpgradeText
{
    Q_DECLARE_TR_FUNCTIONS(UpgradeText)
public:
    // The limit an upgrade ran out of: "bytes sent", "BEGIN requests", ...
    static QString budgetLimit(BudgetLimit limit);
};

} // namespace commissioner::app

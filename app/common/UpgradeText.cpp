#include "UpgradeText.h"

namespace commissioner::app {

QString UpgradeText::budgetLimit(BudgetLimit limit)
{
    switch (limit) {
    case BudgetLimit::Bytes:
        return tr("bytes sent");
    case BudgetLimit::Refusals:
        return tr("refused data writes");
    case BudgetLimit::LinkLosses:
        return tr("losses of the link");
    case BudgetLimit::Begins:
        return tr("BEGIN requests");
    case BudgetLimit::Commits:
        return tr("COMMIT requests");
    case BudgetLimit::Deadline:
        return tr("time (ms)");
    case BudgetLimit::None:
        break;
    }
    return QString();
}

} // namespace commissioner::app

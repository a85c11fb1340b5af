#include "EnergyText.h"

namespace commissioner::app {

QString energyText(quint64 value, const QString& unit, const QLocale& locale)
{
    static const QStringList kiloUnits = {QStringLiteral("Wh"), QStringLiteral("varh"),
                                          QStringLiteral("VAh")};
    if (!kiloUnits.contains(unit))
        return locale.toString(qulonglong(value)) + QLatin1Char(' ') + unit;
    // Integer arithmetic: a double would round readings above 2^53.
    const QString whole = locale.toString(qulonglong(value / 1000));
    const QString thousandths = QStringLiteral("%1").arg(value % 1000, 3, 10, QLatin1Char('0'));
    return whole + locale.decimalPoint() + thousandths + QStringLiteral(" k") + unit;
}

} // namespace commissioner::app

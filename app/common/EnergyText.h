#pragma once

#include <QLocale>
#include <QString>

namespace commissioner::app {

// An energy reading as a person reads it: Wh, varh and VAh in kilo-units with three decimals
// and the locale's digit grouping, exact for any 64-bit reading ("48,213.500 kWh" for
// 48213500 Wh in English, "48 213,500 kWh" in French). Another unit: the number as it is.
QString energyText(quint64 value, const QString& unit, const QLocale& locale = QLocale());

} // namespace commissioner::app

#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace commissioner {

// Qt's JSON reader keeps a number as a double or a qint64 it rounded to: 4503599627370496.5
// and 4503599627370496 read the same. Where a number must be exact (a template's energy
// readings), the text as written is what tells, so this finds it.

// Every number in a JSON text (one QJsonDocument accepted), as written, by its path: the
// object keys and array indexes from the top, joined with '/' ("settings/KWH_DELIVERED/value").
// For a key given twice, the last one counts, as in QJsonObject.
QHash<QString, QByteArray> jsonNumberTexts(const QByteArray& json);
QString jsonPath(const QStringList& parts);

// The whole number a JSON number token stands for, exactly, as decimal digits with a '-' when
// negative ("1e3" -> "1000", "5.0" -> "5", "-0" -> "0"); nullopt when it has a fractional
// part ("4503599627370496.5", "1e-1") or an exponent beyond any setting (over 40 digits).
std::optional<QString> wholeNumberText(const QByteArray& token);

} // namespace commissioner

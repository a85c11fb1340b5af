#include "OptionValues.h"

#include <QCommandLineParser>

namespace metersim {

bool optionSet(const QCommandLineParser& parser, const char* name)
{
    return parser.isSet(QString::fromLatin1(name));
}

QString optionValue(const QCommandLineParser& parser, const char* name)
{
    return parser.value(QString::fromLatin1(name));
}

bool toNumber(const QString& text, quint64* out)
{
    bool ok = false;
    if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        *out = text.mid(2).toULongLong(&ok, 16);
    else
        *out = text.toULongLong(&ok, 10);
    return ok;
}

} // namespace metersim

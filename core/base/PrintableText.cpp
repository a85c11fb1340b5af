#include "base/PrintableText.h"

#include <QList>

namespace commissioner {

namespace {

bool isPrintable(char32_t code)
{
    if (code < 0x20 || code == 0x7f)
        return false;
    if (code >= 0x80 && code < 0xa0) // C1 controls (CSI 0x9b starts terminal sequences too)
        return false;
    const QChar::Category category = QChar::category(code);
    switch (category) {
    case QChar::Other_Control:
    case QChar::Other_Format: // bidi overrides and zero-width marks hide or reorder text
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

} // namespace

QString printableText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    const QList<uint> codes = text.toUcs4();
    for (const uint code : codes) {
        if (code == '\\') {
            out += QStringLiteral("\\\\");
        } else if (isPrintable(code)) {
            out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
        } else if (code <= 0xff) {
            out += QStringLiteral("\\x%1").arg(code, 2, 16, QLatin1Char('0'));
        } else {
            out += QStringLiteral("\\u{%1}").arg(code, 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

QByteArray jsonForTerminal(const QByteArray& json)
{
    QByteArray out;
    out.reserve(json.size());
    for (int i = 0; i < json.size(); ++i) {
        const auto c = quint8(json[i]);
        // U+0080..U+009F are C2 80..C2 9F in UTF-8; DEL is 7F.
        if (c == 0x7F) {
            out += "\\u007f";
        } else if (c == 0xC2 && i + 1 < json.size() && quint8(json[i + 1]) >= 0x80 &&
                   quint8(json[i + 1]) <= 0x9F) {
            out += "\\u00" + QByteArray::number(quint8(json[i + 1]), 16);
            ++i;
        } else {
            out += char(c);
        }
    }
    return out;
}

} // namespace commissioner

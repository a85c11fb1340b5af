#include "base/JsonNumbers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVector>

namespace commissioner {

namespace {

constexpr int kMaxWholeDigits = 40;

struct Level
{
    bool object = false;
    bool expectKey = false;
    QString key;
    int index = 0;
    QString part() const { return object ? key : QString::number(index); }
};

QString decodedKey(const QByteArray& token)
{
    // The token with its quotes and escapes, as the reader decodes it.
    const QJsonDocument doc = QJsonDocument::fromJson('[' + token + ']');
    return doc.array().at(0).toString();
}

} // namespace

QString jsonPath(const QStringList& parts)
{
    return parts.join(QLatin1Char('/'));
}

QHash<QString, QByteArray> jsonNumberTexts(const QByteArray& json)
{
    QHash<QString, QByteArray> numbers;
    QVector<Level> stack;
    auto pathHere = [&] {
        QStringList parts;
        for (const Level& l : stack)
            parts << l.part();
        return jsonPath(parts);
    };
    const int n = json.size();
    for (int i = 0; i < n;) {
        const char c = json.at(i);
        if (c == '{' || c == '[') {
            Level l;
            l.object = c == '{';
            l.expectKey = l.object;
            stack.append(l);
            ++i;
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
            ++i;
        } else if (c == ',') {
            if (!stack.isEmpty()) {
                Level& top = stack.last();
                if (top.object)
                    top.expectKey = true;
                else
                    ++top.index;
            }
            ++i;
        } else if (c == ':') {
            if (!stack.isEmpty())
                stack.last().expectKey = false;
            ++i;
        } else if (c == '"') {
            int j = i + 1;
            while (j < n && json.at(j) != '"')
                j += json.at(j) == '\\' ? 2 : 1;
            const QByteArray token = json.mid(i, j + 1 - i);
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey)
                stack.last().key = decodedKey(token);
            i = j + 1;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            int j = i;
            auto inNumber = [](char d) {
                return (d >= '0' && d <= '9') || d == '+' || d == '-' || d == '.' || d == 'e' ||
                       d == 'E';
            };
            while (j < n && inNumber(json.at(j)))
                ++j;
            numbers.insert(pathHere(), json.mid(i, j - i));
            i = j;
        } else {
            ++i; // white space, true, false, null
        }
    }
    return numbers;
}

std::optional<QString> wholeNumberText(const QByteArray& token)
{
    QByteArray t = token;
    const bool negative = t.startsWith('-');
    if (negative)
        t.remove(0, 1);
    qint64 exponent = 0;
    int e = t.indexOf('e');
    if (e < 0)
        e = t.indexOf('E');
    QByteArray mantissa = e >= 0 ? t.left(e) : t;
    if (e >= 0) {
        bool ok = false;
        exponent = t.mid(e + 1).toLongLong(&ok);
        if (!ok || exponent > kMaxWholeDigits || exponent < -100000)
            return std::nullopt;
    }
    const int dot = mantissa.indexOf('.');
    const qint64 pointAt = (dot >= 0 ? dot : mantissa.size()) + exponent;
    if (dot >= 0)
        mantissa.remove(dot, 1);
    if (mantissa.isEmpty())
        return std::nullopt;
    for (qint64 k = std::max<qint64>(pointAt, 0); k < mantissa.size(); ++k)
        if (mantissa.at(int(k)) != '0')
            return std::nullopt; // a fractional part
    QByteArray digits = pointAt <= 0 ? QByteArray() : mantissa.left(int(pointAt));
    if (pointAt > mantissa.size())
        digits.append(QByteArray(int(pointAt - mantissa.size()), '0'));
    while (digits.size() > 1 && digits.startsWith('0'))
        digits.remove(0, 1);
    if (digits.isEmpty())
        digits = "0";
    if (digits.size() > kMaxWholeDigits)
        return std::nullopt;
    const QString text = QString::fromLatin1(digits);
    return negative && digits != "0" ? QLatin1Char('-') + text : text;
}

} // namespace commissioner

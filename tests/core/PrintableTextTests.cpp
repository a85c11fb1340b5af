// What reaches a terminal from a meter's strings: no control sequence gets through, and the
// JSON still parses back to the meter's own text.
#include "CatchCompat.h"
#include "base/PrintableText.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace commissioner;

TEST_CASE("JSON for a terminal escapes DEL and the C1 controls, and parses back the same", "[base]")
{
    const QString serial = QStringLiteral("SN") + QChar(0x9B) + QStringLiteral("2J") + QChar(0x7F) +
                           QStringLiteral("é") + QChar(0x85);
    const QByteArray raw = QJsonDocument(QJsonObject{{QStringLiteral("serial"), serial}}).toJson();
    REQUIRE(raw.contains("\xC2\x9B")); // what QJsonDocument alone would print
    const QByteArray safe = jsonForTerminal(raw);
    CHECK_FALSE(safe.contains("\xC2\x9B"));
    CHECK_FALSE(safe.contains("\xC2\x85"));
    CHECK_FALSE(safe.contains('\x7F'));
    CHECK(safe.contains("\\u009b"));
    CHECK(safe.contains("\\u007f"));
    CHECK(safe.contains("\xC3\xA9")); // printable text is left alone
    CHECK(QJsonDocument::fromJson(safe).object().value(QStringLiteral("serial")).toString() ==
          serial);
}

TEST_CASE("printable text shows a meter's control characters as escapes", "[base]")
{
    CHECK(printableText(QStringLiteral("A") + QChar(0x1B) + QStringLiteral("[2J")) ==
          QStringLiteral("A\\x1b[2J"));
    CHECK(printableText(QStringLiteral("PC-0209A001-11")) == QStringLiteral("PC-0209A001-11"));
}

#pragma once

#include <QByteArray>
#include <QString>

namespace commissioner {

// Text that came from a meter (serial number, model name) made safe to print on a terminal
// or write to a log line: control and other non-printable characters become \xHH (\u{HHHH}
// above 0xFF) and a backslash becomes \\, so the escaped text reads back unambiguously and
// an ESC sequence from a meter can never reach the terminal. Printable text is unchanged.
QString printableText(const QString& text);

// JSON text (UTF-8, as QJsonDocument writes it) with DEL and the C1 controls (U+0080 to
// U+009F) written as \u escapes: QJsonDocument escapes only C0, and a terminal takes U+009B
// as the start of a control sequence. The document it parses back to is the same.
QByteArray jsonForTerminal(const QByteArray& json);

} // namespace commissioner

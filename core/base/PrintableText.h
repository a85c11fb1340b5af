#pragma once

#include <QString>

namespace commissioner {

// Text that came from a meter (serial number, model name) made safe to print on a terminal
// or write to a log line: control and other non-printable characters become \xHH (\u{HHHH}
// above 0xFF) and a backslash becomes \\, so the escaped text reads back unambiguously and
// an ESC sequence from a meter can never reach the terminal. Printable text is unchanged.
QString printableText(const QString& text);

} // namespace commissioner

#pragma once

class QPlainTextEdit;

namespace commissioner::gui {

// Keeps a log view scrolled to its last line while the person has not scrolled up: through
// new lines and through the view changing size (a banner appearing above it shrinks it, and
// QPlainTextEdit alone would then stop following). Scrolling back to the end follows again.
void followEnd(QPlainTextEdit* log);

} // namespace commissioner::gui

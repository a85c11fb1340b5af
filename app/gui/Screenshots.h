#pragma once

#include <QString>

namespace commissioner::gui {

// Renders each main screen against the demo meter into dir as PNG (for the docs); returns
// the process exit code.
int renderScreenshots(const QString& dir);

} // namespace commissioner::gui

#!/bin/sh
# Renders each main screen of the desktop application (connection dialog, main window on
# the demo meter, upgrade wizard pages, progress dialog, templates page, settings) to PNG
# under Xvfb, into docs/screenshots/. Builds `commissioner` first if needed.
#   scripts/screenshots.sh [BUILD_DIR]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build-gui"}
out="$root/docs/screenshots"

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCOMMISSIONER_BUILD_BENCH=OFF
fi
cmake --build "$build" --target commissioner

mkdir -p "$out"
# A fixed style and scale so the pictures do not depend on the desktop they are made on.
QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1 QT_LOGGING_RULES="*.debug=false;*.info=false" \
    xvfb-run -a -s "-screen 0 1400x1000x24" "$build/app/gui/commissioner" --screenshots "$out"
ls -1 "$out"/*.png

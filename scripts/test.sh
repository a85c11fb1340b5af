#!/usr/bin/env bash
# Installs what is needed, builds everything and runs every test (the README's test command
# and what CI runs). Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" -eq 0 ] || command -v sudo >/dev/null; then
  bash scripts/install-deps.sh
fi

cmake --preset debian
cmake --build --preset debian -j "$(nproc)"
# GUI tests use Qt's offscreen platform: no display is needed.
export QT_QPA_PLATFORM=offscreen
ctest --preset debian -j 2 --timeout 300

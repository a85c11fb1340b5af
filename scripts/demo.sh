#!/usr/bin/env bash
# Installs what is needed, builds, and runs the main job: the GUI on the built-in demo meter
# where there is a display, else the command-line tool against the simulator.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" -eq 0 ] || command -v sudo >/dev/null; then
  bash scripts/install-deps.sh
fi
cmake --preset debian
cmake --build --preset debian -j "$(nproc)"
bin=build/debian

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$bin/app/gui/commissioner" ]; then
  exec "$bin/app/gui/commissioner" --demo
fi

echo "No display: running the command-line tool against the simulator."
work=$(mktemp -d)
trap 'kill "$sim" 2>/dev/null; wait "$sim" 2>/dev/null; rm -rf "$work"' EXIT
"$bin/simulator/metersim" --tcp 127.0.0.1:0 --type 7350 --fw 1.0.0 --serial-number DEMO-0001 \
  --state "$work/meter.json" > "$work/sim.out" 2> "$work/sim.err" &
sim=$!
for _ in $(seq 50); do grep -q '^READY tcp' "$work/sim.out" 2>/dev/null && break; sleep 0.1; done
endpoint=$(sed -n 's/^READY tcp //p' "$work/sim.out" | head -n1)
cli="$bin/app/cli/commissioner-cli"
set -x
"$cli" --tcp "$endpoint" identify
"$cli" --tcp "$endpoint" read-live
"$cli" upg keygen -o "$work/vendor" >/dev/null
head -c 65536 /dev/urandom > "$work/firmware.bin"
"$cli" upg pack --payload "$work/firmware.bin" --type 7350 --hw 1 9 --version 1.1.0 \
  --sign "$work/vendor.key" -o "$work/EM7350-1.1.0.upg"
# The demo's own vendor key is trusted through the data folder's keys/.
mkdir -p "$work/data/keys" && cp "$work/vendor.pub" "$work/data/keys/"
"$cli" --data-dir "$work/data" upg inspect "$work/EM7350-1.1.0.upg"
"$cli" --tcp "$endpoint" --data-dir "$work/data" upgrade "$work/EM7350-1.1.0.upg" --yes
"$cli" --tcp "$endpoint" status

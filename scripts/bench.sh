#!/usr/bin/env bash
# Builds the benchmarks and prints every figure of docs/performance.md (about 3 minutes on
# 2 cores; --full for the longer runs). Benchmarks print figures; they pass or fail nothing.
#
#   scripts/bench.sh [--build-dir DIR] [--full] [transfer|rtt|resume|serial|gui ...]
set -euo pipefail
cd "$(dirname "$0")/.."

build=build-bench
full=0
parts=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build="$2"; shift 2 ;;
    --full) full=1; shift ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) parts+=("$1"); shift ;;
  esac
done
[ ${#parts[@]} -gt 0 ] || parts=(identify transfer rtt resume serial gui)

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOMMISSIONER_BUILD_GUI=OFF \
  -DCOMMISSIONER_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target bench-identify bench-transfer bench-resume bench-serial paced-pty-bridge
b="$build/bench"

for part in "${parts[@]}"; do
  echo
  case "$part" in
    transfer) if [ $full = 1 ]; then "$b/bench-transfer" --runs 5; "$b/bench-transfer" --runs 3 --state
              else "$b/bench-transfer"; fi ;;
    rtt)      if [ $full = 1 ]; then "$b/bench-transfer" --rtt-ms 50,300 --seconds 20
              else "$b/bench-transfer" --rtt-ms 50,300; fi ;;
    identify) "$b/bench-identify" ;;
    resume)   "$b/bench-resume" ;;
    serial)   if [ $full = 1 ]; then "$b/bench-serial" --full; else "$b/bench-serial"; fi ;;
    gui)      bench/gui/measure-gui.sh || echo "gui: skipped (no commissioner binary: build with COMMISSIONER_BUILD_GUI=ON)" ;;
    *)        echo "bench.sh: unknown part $part" >&2; exit 2 ;;
  esac
done

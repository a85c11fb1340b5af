#!/usr/bin/env bash
# Builds every target with AddressSanitizer and UndefinedBehaviorSanitizer (gcc, the asan
# preset) and runs the whole test suite on it: a memory error, undefined behaviour or a
# leak in any of our programs (the tests, metersim and commissioner-cli they start) fails
# the test that caused it.
#
#   bash scripts/sanitize.sh [ctest options]   # e.g. -R xmodem
#
# A leak a third-party library keeps until exit would get a named entry in
# cmake/sanitizers/lsan.supp (none is needed today); our own code never does.
# COMMISSIONER_ASAN_DIR picks the build folder (default build/asan).
set -euo pipefail
cd "$(dirname "$0")/.."

build="${COMMISSIONER_ASAN_DIR:-build/asan}"
cmake --preset asan -B "$build"
cmake --build "$build" -j "$(nproc)"

export QT_QPA_PLATFORM=offscreen
# detect_leaks: LeakSanitizer at every exit; halt_on_error: the first error ends the
# program (its exit code is not 0), as does undefined behaviour (-fno-sanitize-recover).
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$PWD/cmake/sanitizers/lsan.supp:print_suppressions=0"
ctest --test-dir "$build" --output-on-failure -j 2 "$@"

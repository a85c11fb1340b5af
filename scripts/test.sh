#!/usr/bin/env bash
# Installs what is needed, builds everything and runs every test (the README's test command
# and what CI runs, .ci/run). Four legs, each run even when one before it failed:
#   0. format     every C++ file as .clang-format says (scripts/check-format.sh), and no
#                 product file over 500 lines or function over 80 (scripts/check-size.py)
#   1. suite      the debian preset (build/debian): build, then every ctest test
#   2. sanitizers the asan preset (build/asan): the same suite under AddressSanitizer,
#                 UndefinedBehaviorSanitizer and LeakSanitizer (scripts/sanitize.sh)
#   3. fuzz       the fuzz preset (build/fuzz): each libFuzzer harness of tests/fuzz for
#                 60 s from its committed seeds (scripts/fuzz.sh --ci)
# Prints how long each leg took; exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
results=()
failed=0

leg() {
  local name="$1"
  shift
  local t0=$SECONDS
  echo "==== $name: $*"
  "$@"
  local code=$?
  local took=$((SECONDS - t0))
  results+=("$(printf '%-12s %s  %dm%02ds' "$name" "$([ $code -eq 0 ] && echo ok || echo "FAILED (exit $code)")" $((took / 60)) $((took % 60)))")
  [ $code -eq 0 ] || failed=1
  return $code
}

suite() {
  cmake --preset debian &&
    cmake --build --preset debian -j "$(nproc)" &&
    QT_QPA_PLATFORM=offscreen ctest --preset debian -j 2 --timeout 300 # GUI tests: no display needed
}

if [ "$(id -u)" -eq 0 ] || command -v sudo >/dev/null; then
  leg install bash scripts/install-deps.sh || { printf '%s\n' "${results[@]}"; exit 1; }
fi
leg format bash scripts/check-format.sh
leg sizes python3 scripts/check-size.py
leg suite suite
leg sanitizers bash scripts/sanitize.sh
leg fuzz bash scripts/fuzz.sh --ci

total=$((SECONDS - started))
echo "==== summary"
printf '%s\n' "${results[@]}"
printf 'total        %dm%02ds\n' $((total / 60)) $((total % 60))
exit $failed

#!/usr/bin/env bash
# Fails when a C++ file of the tree is not as .clang-format says (clang-format 14, the
# version Debian 12 ships: another version may place a line differently). Lists each file.
# bash scripts/check-format.sh --fix rewrites them instead.
set -uo pipefail
cd "$(dirname "$0")/.."
tool=$(command -v clang-format-14 || command -v clang-format) || {
  echo "check-format: clang-format-14 is not installed (scripts/install-deps.sh)" >&2
  exit 1
}
mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
if [ "${1:-}" = "--fix" ]; then
  "$tool" -i "${files[@]}"
  exit 0
fi
bad=()
for f in "${files[@]}"; do
  "$tool" --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
  echo "check-format: ${#bad[@]} of ${#files[@]} files differ from .clang-format (fix: bash scripts/check-format.sh --fix):"
  printf '  %s\n' "${bad[@]}"
  exit 1
fi
echo "check-format: ${#files[@]} files follow .clang-format"

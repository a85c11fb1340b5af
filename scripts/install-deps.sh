#!/usr/bin/env bash
# Installs every Debian 12 package the build, the tests and the demo need.
# Idempotent and non-interactive; run as root (or through sudo).
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-serialport-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools libgl-dev libmodbus-dev libsodium-dev zlib1g-dev
  # translations: Qt's own qtbase_XX.qm (dialog buttons, command-line help)
  qt6-translations-l10n
  # tests: Catch2 2.x, peers nobody here wrote, pseudo-terminals, a display
  catch2 socat mbpoll lrzsz python3 python3-pymodbus python3-serial
  xvfb xauth libqt6svg6 qt6-qpa-plugins fonts-dejavu-core
  # sanitizer and fuzz legs (scripts/sanitize.sh: gcc's ASan/UBSan come with build-essential;
  # scripts/fuzz.sh: clang 14's libFuzzer and sanitizer runtimes, llvm-symbolizer for stacks)
  clang-14 libfuzzer-14-dev libclang-rt-14-dev llvm-14
  # the format check (scripts/check-format.sh): the clang-format that .clang-format is kept with
  clang-format-14
  # packaging
  dpkg-dev file
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

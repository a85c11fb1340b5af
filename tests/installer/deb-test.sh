#!/usr/bin/env bash
# Builds the .deb, unpacks it into a scratch root and starts both programs with --version,
# checking what the package must carry: the programs, the .desktop file and the icon.
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/commissioner_*.deb | head -n1)
[ -f "$deb" ] || { echo "no .deb produced"; exit 1; }
echo "package: $(basename "$deb")"

dpkg-deb -x "$deb" "$work/root"
dpkg-deb -f "$deb" Package Version Depends

fail=0
for f in usr/bin/commissioner usr/bin/commissioner-cli usr/share/applications/commissioner.desktop \
         usr/share/icons/hicolor/256x256/apps/commissioner.png usr/share/mime/packages/commissioner.xml; do
  if [ -e "$work/root/$f" ]; then echo "ok: $f"; else echo "MISSING: $f"; fail=1; fi
done
dpkg-deb -f "$deb" Depends | grep -q libmodbus || { echo "Depends lacks libmodbus"; fail=1; }

for prog in commissioner commissioner-cli; do
  out=$(QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/$prog" --version 2>&1) || { echo "$prog --version failed: $out"; fail=1; continue; }
  echo "$out"
  echo "$out" | grep -q "$version" || { echo "$prog --version does not say $version"; fail=1; }
done
exit $fail

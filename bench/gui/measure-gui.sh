#!/bin/bash
# measure-gui.sh: the desktop application's time to its first window and its peak memory
# (issue 9 part d). Runs `commissioner --demo` on a virtual X display (xvfb-run), polls the
# display (xwininfo) until a top-level window titled "Commissioner" is mapped, leaves the app
# running --stay seconds (the demo meter connects and is read), then ends it and reports
# /usr/bin/time -v's peak resident set size. The app prints no "window shown" line of its
# own, so the first-window time is launch to a viewable window, to within the 10 ms poll.
# Every wait is bounded; only the processes this script starts are ended, by their id.
#
#   bench/gui/measure-gui.sh [--app PATH] [--runs N] [--stay S]
#
# Needs: xvfb-run, xwininfo (x11-utils), GNU time (/usr/bin/time).
set -euo pipefail

app=""
runs=3
stay=5
while [ $# -gt 0 ]; do
    case "$1" in
        --app) app="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --stay) stay="$2"; shift 2 ;;
        --inner) inner=1; shift ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ -z "$app" ]; then
    for c in "$root/build-bench-gui/app/gui/commissioner" "$root/build/debian/app/gui/commissioner" \
             "$root/build/app/gui/commissioner" "$root/build-gui/app/gui/commissioner"; do
        if [ -x "$c" ]; then app="$c"; break; fi
    done
fi
if [ -z "$app" ] || [ ! -x "$app" ]; then
    echo "measure-gui: no commissioner binary found; build it (COMMISSIONER_BUILD_GUI=ON) or pass --app PATH" >&2
    exit 3
fi
for tool in xvfb-run xwininfo /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "measure-gui: $tool is missing" >&2; exit 3; }
done

if [ "${inner:-0}" != 1 ]; then
    # Re-run this script inside one virtual display for all runs.
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" --inner --app "$app" --runs "$runs" --stay "$stay"
fi

echo "measure-gui: $app --demo on Xvfb, $runs run(s), ${stay} s each after the first window"
firsts=()
peaks=()
for run in $(seq 1 "$runs"); do
    work="$(mktemp -d)"
    start=$(date +%s%N)
    QT_QPA_PLATFORM=xcb /usr/bin/time -v -o "$work/time.txt" "$app" --demo --data-dir "$work/data" \
        >"$work/app.log" 2>&1 &
    timepid=$!
    shown=""
    for _ in $(seq 1 3000); do # at most 30 s
        if xwininfo -name Commissioner 2>/dev/null | grep -q 'Map State: IsViewable'; then
            shown=$(date +%s%N)
            break
        fi
        kill -0 "$timepid" 2>/dev/null || break
        sleep 0.01
    done
    sleep "$stay"
    apppid=$(pgrep -P "$timepid" || true)
    [ -n "$apppid" ] && kill -TERM "$apppid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$timepid" 2>/dev/null || break; sleep 0.1; done
    [ -n "$apppid" ] && kill -KILL "$apppid" 2>/dev/null || true
    wait "$timepid" 2>/dev/null || true
    peak=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
    if [ -n "$shown" ]; then
        ms=$(( (shown - start) / 1000000 ))
        firsts+=("$ms")
        echo "  run $run: first window after $ms ms (polled every 10 ms), peak RSS ${peak:-?} KiB"
    else
        echo "  run $run: no window within 30 s (see $work/app.log), peak RSS ${peak:-?} KiB"
    fi
    [ -n "$peak" ] && peaks+=("$peak")
    if [ -n "${KEEP_GUI_LOG:-}" ]; then cp "$work/app.log" "$KEEP_GUI_LOG.$run"; fi
    rm -rf "$work"
done
if [ ${#firsts[@]} -gt 0 ]; then
    med=$(printf '%s\n' "${firsts[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    maxpeak=$(printf '%s\n' "${peaks[@]}" | sort -n | tail -1)
    echo "measure-gui: first window median $med ms; peak RSS max ${maxpeak} KiB ($((maxpeak / 1024)) MiB)"
fi

#!/usr/bin/env bash
# Builds core's libFuzzer harnesses (clang 14, ASan + UBSan; tests/fuzz) and runs each one,
# then prints its figures: runs, executions a second, coverage, corpus size.
#
#   bash scripts/fuzz.sh                 # long: 10 million runs each (docs/performance.md)
#   bash scripts/fuzz.sh --ci            # short: 60 s each, what scripts/test.sh runs
#   bash scripts/fuzz.sh --runs N        # N runs each
#   bash scripts/fuzz.sh --time S        # S seconds each
#   bash scripts/fuzz.sh --jobs J ...    # J processes per harness sharing its corpus; --runs
#                                        # is then the harness's total, split between them
#   bash scripts/fuzz.sh ... package     # only the named harnesses (package template profile)
#
# The committed seeds (tests/fuzz/corpus/NAME) are never changed: each harness works in
# BUILD/corpus/NAME (kept between long runs; a fresh copy for --ci). A crash, a leak, a
# timeout or undefined behaviour fails the run; the input that did it is saved as
# BUILD/artifacts/NAME-crash-... (reproduce: BUILD/tests/fuzz/fuzz_NAME FILE).
# COMMISSIONER_FUZZ_DIR picks the build folder (default build/fuzz).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=10000000
seconds=
jobs=1
fresh=0
names=()
while [ $# -gt 0 ]; do
  case "$1" in
    --ci) seconds=60; fresh=1 ;;
    --runs) runs="$2"; seconds=; shift ;;
    --time) seconds="$2"; shift ;;
    --jobs) jobs="$2"; shift ;;
    package|template|profile) names+=("$1") ;;
    *) echo "fuzz.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
[ ${#names[@]} -gt 0 ] || names=(package template profile)
[[ "$jobs" =~ ^[1-9][0-9]*$ ]] || { echo "fuzz.sh: --jobs takes a whole number from 1" >&2; exit 2; }
if [ -n "$seconds" ]; then
  mode=("-max_total_time=$seconds")
else
  # Each process runs its share; the first takes what the division leaves over.
  mode=("-runs=$((runs / jobs))")
  first=("-runs=$((runs / jobs + runs % jobs))")
fi

build="${COMMISSIONER_FUZZ_DIR:-build/fuzz}"
cmake --preset fuzz -B "$build"
cmake --build "$build" -j "$(nproc)" --target $(printf 'fuzz_%s ' "${names[@]}")

# Undefined behaviour and leaks end the run like a crash does.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1"

status=0
summary=()
mkdir -p "$build/artifacts"
for name in "${names[@]}"; do
  seeds="tests/fuzz/corpus/$name"
  work="$build/corpus/$name"
  [ "$fresh" -eq 0 ] || rm -rf "$work"
  mkdir -p "$work"
  logs=()
  pids=()
  echo "== fuzz_$name ${mode[*]} x $jobs (seeds: $(ls "$seeds" | wc -l), logs: $build/fuzz_$name*.log)"
  for ((j = 0; j < jobs; ++j)); do
    log="$build/fuzz_$name.log"
    [ "$jobs" -eq 1 ] || log="$build/fuzz_$name.$j.log"
    args=("${mode[@]}")
    [ "$j" -gt 0 ] || [ -z "${first+x}" ] || args=("${first[@]}")
    # One input at a time per process: -timeout catches a hang on one input, -rss_limit_mb a
    # parser that swallows memory; new inputs go to $work (the processes pick up each other's
    # as they reload it), the seeds are only read. The limit is 4 GiB because libFuzzer purges
    # ASan's allocator every second once RSS passes half of it, and fuzz_template's RSS settles
    # near 1.1 GiB (ASan's quarantine of Qt's JSON): at a 2 GiB limit it ran 10 times slower.
    "$build/tests/fuzz/fuzz_$name" "${args[@]}" -dict="tests/fuzz/$name.dict" -use_value_profile=1 \
      -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 -print_pcs=0 \
      -artifact_prefix="$build/artifacts/$name-" "$work" "$seeds" >"$log" 2>&1 &
    pids+=($!)
    logs+=("$log")
  done
  code=0
  for pid in "${pids[@]}"; do
    wait "$pid" || code=$?
  done
  # Figures from libFuzzer's own reports: runs and rates add up; coverage, features and corpus
  # are each process's own view, so the largest is given.
  runs_done=0 rate=0 secs=0 cov=0 ft=0 corp=0
  for log in "${logs[@]}"; do
    n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    r=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    t=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    c=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    f=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    p=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
    runs_done=$((runs_done + ${n:-0}))
    rate=$((rate + ${r:-0}))
    [ "${t:-0}" -le "$secs" ] || secs=$t
    [ "${c:-0}" -le "$cov" ] || cov=$c
    [ "${f:-0}" -le "$ft" ] || ft=$f
    [ "${p:-0}" -le "$corp" ] || corp=$p
  done
  if [ "$code" -eq 0 ]; then
    verdict="ok"
  else
    verdict="FAILED (exit $code)"
    status=1
    grep -hE 'ERROR|FUZZ_CHECK|runtime error|Test unit written|SUMMARY' "${logs[@]}" | head -20 || true
  fi
  summary+=("$(printf '%-14s %12s runs %8s s %8s exec/s  cov %6s  ft %6s  corpus %5s  %s' \
    "fuzz_$name" "$runs_done" "$secs" "$rate" "$cov" "$ft" "$corp" "$verdict")")
done

echo "== fuzz summary"
printf '%s\n' "${summary[@]}"
exit $status

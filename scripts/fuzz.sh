#!/usr/bin/env bash
# Fuzzes every reader of outside input in core (fuzz/, docs/reliability.md):
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
# TARGET is a name without "fuzz_" (idx, experiment, ...); none means all. Configures
# and builds build-fuzz with clang (libFuzzer, ASan, UBSan) when needed, then runs the
# targets one after another on one core under nice. A finding's input is kept in
# build-fuzz/findings/TARGET/; the seed corpus in fuzz/corpus/TARGET/ is only read
# (what the fuzzer learns goes to build-fuzz/corpus/TARGET/, kept between runs).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
build=build-fuzz
# Longest input per target: a little above its largest seed, so mutations stay in the
# format's neighbourhood instead of drowning in megabytes of padding.
declare -A max_len=(
  [idx]=4096 [experiment]=4096 [attributes]=4096 [wordvectors]=2048 [vectorstsv]=2048
  [rundir]=4096 [datasetspec]=256 [wav]=4096 [lesson]=10240 [torcharchive]=4096 [checkpoint]=4096
)
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(idx attributes wordvectors vectorstsv rundir datasetspec wav lesson torcharchive experiment checkpoint)
fi
for t in "${targets[@]}"; do
  if [ -z "${max_len[$t]:-}" ]; then
    echo "fuzz.sh: no target '$t'; targets: ${!max_len[*]}" >&2
    exit 2
  fi
done

if [ ! -f "$build/build.ninja" ]; then
  CC=clang CXX=clang++ nice -n 10 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTWB_FUZZ=ON \
    -DTWB_BUILD_GUI=OFF -DTWB_BUILD_TESTS=OFF -DTWB_BUILD_BENCH=OFF >/dev/null
fi
nice -n 10 cmake --build "$build" -j2 --target "${targets[@]/#/fuzz_}"

# Leaks at exit are not findings here: only the readers' errors and crashes are.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
status=0
summary=""
for t in "${targets[@]}"; do
  corpus=$build/corpus/$t
  findings=$build/findings/$t
  mkdir -p "$corpus" "$findings"
  log=$build/findings/$t.log
  echo "== fuzz_$t: ${seconds}s, -max_len=${max_len[$t]}"
  set +e
  nice -n 10 "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len="${max_len[$t]}" -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" "fuzz/corpus/$t" >"$log" 2>&1
  rc=$?
  set -e
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  if [ $rc -eq 0 ]; then
    result="clean"
  else
    result="FINDING (exit $rc): $(ls "$findings" | tr '\n' ' ')see $log"
    status=1
  fi
  line="fuzz_$t: ${runs:-?} executions in ${seconds}s, $result"
  echo "$line"
  summary+="$line"$'\n'
done
echo
echo "$summary"
exit $status

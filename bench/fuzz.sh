#!/usr/bin/env bash
# Fuzzes every target in fuzz/ with libFuzzer (clang-16, libclang-rt-16-dev) for SECONDS each
# (default 600), JOBS at a time (default 2), then merges what is new into fuzz/corpus/TARGET
# (minimised, so the replay in the test suite stays quick) and keeps every crash input in
# fuzz/regressions/TARGET for the test suite to replay. Prints one line per target: executions,
# edge coverage, features, corpus size, crashes. Not run in CI.
# Usage: bench/fuzz.sh [SECONDS] [JOBS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
jobs=${2:-2}
shift $(( $# > 2 ? 2 : $# ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(records usage json decimal instance csv)

CXX=clang++-16 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DACRONIS_CSP_BUILD_FUZZERS=ON -DACRONIS_CSP_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz --target "${targets[@]/#/fuzz_}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() {
  local target=$1 dir=$work/$1
  mkdir -p "$dir/corpus" "$dir/crashes"
  cp fuzz/corpus/"$target"/* "$dir/corpus/"
  # A crash ends a run; the loop starts again until the time is used, so one finding does not
  # hide the next.
  local end=$(( $(date +%s) + seconds ))
  while [ "$(date +%s)" -lt "$end" ]; do
    build-fuzz/fuzz/fuzz_"$target" -max_total_time=$(( end - $(date +%s) )) -max_len=8192 \
      -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
      -artifact_prefix="$dir/crashes/" "$dir/corpus" >>"$dir/log" 2>&1 || true
  done
}
export -f run
export work seconds
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run {}'

printf '%-10s %14s %8s %9s %8s %8s\n' target executions edges features corpus crashes
for target in "${targets[@]}"; do
  dir=$work/$target
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$dir/log" | awk '{s += $2} END {print s + 0}')
  last=$(grep -E '^#[0-9]+' "$dir/log" | tail -1)
  edges=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  features=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  mkdir -p fuzz/regressions/"$target"
  crashes=0
  for crash in "$dir"/crashes/*; do
    [ -e "$crash" ] || continue
    cp "$crash" fuzz/regressions/"$target"/
    crashes=$((crashes + 1))
  done
  merged=$work/$target-merged
  mkdir -p "$merged"
  build-fuzz/fuzz/fuzz_"$target" -merge=1 "$merged" fuzz/corpus/"$target" "$dir/corpus" \
    >/dev/null 2>&1
  # The seeds stay; the rest is replaced by the merged set (named by content, as libFuzzer does),
  # less what a seed already holds.
  find fuzz/corpus/"$target" -type f ! -name 'seed-*' -delete
  seeds=$(sha1sum fuzz/corpus/"$target"/seed-* | cut -d' ' -f1)
  for input in "$merged"/*; do
    [ -e "$input" ] || continue
    grep -qx "$(basename "$input")" <<<"$seeds" || cp "$input" fuzz/corpus/"$target"/
  done
  corpus=$(find fuzz/corpus/"$target" -type f | wc -l)
  printf '%-10s %14s %8s %9s %8s %8s\n' "$target" "$execs" "$edges" "$features" "$corpus" "$crashes"
done

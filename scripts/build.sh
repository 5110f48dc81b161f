#!/usr/bin/env bash
# Configures and builds into build/ (warnings as errors when WERROR=ON; kept until changed). The README's two
# commands both come here, so the tests reuse what the first command built: the build type is
# RelWithDebInfo unless BUILD_TYPE says otherwise or build/ was configured with another one.
# BENCH=ON also builds the benchmarks (CI does, so that they keep compiling; it does not run them).
# Usage: scripts/build.sh [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
type=${BUILD_TYPE:-}
if [ -z "$type" ] && [ -f build/CMakeCache.txt ]; then
  type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' build/CMakeCache.txt)
fi
options=()
[ -z "${WERROR:-}" ] || options+=(-DACRONIS_CSP_WERROR="$WERROR")
[ -z "${BENCH:-}" ] || options+=(-DACRONIS_CSP_BUILD_BENCH="$BENCH")
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${type:-RelWithDebInfo}" "${options[@]}" >/dev/null
# Arguments name the targets to build (the first command builds only what it starts); none: all.
targets=()
for target in "$@"; do targets+=(--target "$target"); done
cmake --build build "${targets[@]}"

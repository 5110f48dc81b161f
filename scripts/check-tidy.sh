#!/usr/bin/env bash
# clang-tidy over every source file in src/ with the checks in .clang-tidy, using build/'s
# compile_commands.json (scripts/build.sh writes it). Any finding fails. Extra arguments are
# passed to run-clang-tidy (e.g. a file regex).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build/compile_commands.json ] || scripts/build.sh
files=$(git ls-files 'src/*.cpp')
status=0
run-clang-tidy -quiet -p build -j"$(nproc)" "$@" $files >build/clang-tidy.log 2>&1 || status=$?
# The findings (with their check names), without the tool's chatter.
grep -E '(warning|error):' -A3 build/clang-tidy.log | grep -v 'warnings\? generated' || true
[ "$status" -eq 0 ] && echo "clang-tidy: $(wc -w <<<"$files") files clean"
exit "$status"

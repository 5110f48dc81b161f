#!/usr/bin/env bash
# The whole test suite again, built with AddressSanitizer, UndefinedBehaviorSanitizer and
# LeakSanitizer (build-asan/, Debug). Any finding fails its test: undefined behaviour aborts, a
# leak fails the process at exit. The only suppressions are in tests/sanitizers.supp, each with
# its reason. CI runs this after the README's test command; extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DACRONIS_CSP_SANITIZE=ON \
  -DACRONIS_CSP_WERROR="${WERROR:-OFF}" >/dev/null
cmake --build build-asan
export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:check_initialization_order=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers.supp
exec ctest --test-dir build-asan --output-on-failure --timeout 600 -j"$(nproc)" "$@" </dev/null

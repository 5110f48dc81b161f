#!/usr/bin/env bash
# Builds and runs every test. CTest's fixture starts the tests' own Secret Service (a private
# D-Bus session with a fresh, unlocked gnome-keyring) and stops it; widgets run offscreen.
# Extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
exec ctest --test-dir build --output-on-failure --timeout 300 -j"$(nproc)" "$@" </dev/null

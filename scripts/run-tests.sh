#!/usr/bin/env bash
# Builds and runs every test against the real OS keychain (a private D-Bus session with a fresh,
# unlocked gnome-keyring), widgets offscreen. Extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
exec scripts/with-keyring.sh ctest --test-dir build --output-on-failure --timeout 300 "$@"

#!/usr/bin/env bash
# Builds and runs every test. CTest's fixtures start the tests' own Secret Service (a private
# D-Bus session with a fresh, unlocked gnome-keyring) and their own PostgreSQL server (a private
# cluster on a random port of 127.0.0.1, tests/postgres-fixture.sh) and stop them; the storage,
# services and CLI tests run once on SQLite and once on PostgreSQL (the *_pg tests); widgets
# run offscreen.
# Extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
exec ctest --test-dir build --output-on-failure --timeout 300 -j"$(nproc)" "$@" </dev/null

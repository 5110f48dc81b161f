#!/usr/bin/env bash
# Configures and builds into build/ (Debug, warnings as errors when WERROR=ON).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Debug}" -DACRONIS_CSP_WERROR="${WERROR:-OFF}" >/dev/null
cmake --build build

#!/usr/bin/env bash
# First run on a fresh Debian 12 machine: installs what is missing, builds, starts the window.
# Arguments go to the program (e.g. --data-dir DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# Only the window and the command line: the tests are the second command's to build.
scripts/build.sh acronis-csp-setup acronis-csp
exec build/src/app/acronis-csp-setup "$@"

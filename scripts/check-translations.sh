#!/usr/bin/env bash
# Fails when a shipped translation is stale (lupdate would change it) or has an unfinished,
# vanished or obsolete entry. Needs a configured build/ directory.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target update_translations >/dev/null
if ! git diff --quiet -- translations/; then
  echo "translations/*.ts are stale: run 'cmake --build build --target update_translations' and translate" >&2
  git --no-pager diff --stat -- translations/ >&2
  exit 1
fi
bad=$(grep -c -E 'type="(unfinished|vanished|obsolete)"' translations/*.ts | grep -v ':0$' || true)
if [ -n "$bad" ]; then
  echo "untranslated or obsolete entries: $bad" >&2
  exit 1
fi
echo "translations: $(ls translations/*.ts | wc -l) languages complete"

#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring, in throwaway
# XDG directories, so tests and demos use the real OS keychain without touching yours.
set -euo pipefail
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
unset DBUS_SESSION_BUS_ADDRESS WAYLAND_DISPLAY
[ "${KEEP_DISPLAY:-0}" = 1 ] || unset DISPLAY
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/run" "$tmp/data" "$tmp/config" "$tmp/cache"
export XDG_RUNTIME_DIR=$tmp/run XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache
export ACRONIS_CSP_REQUIRE_KEYCHAIN=1
exec dbus-run-session -- bash -c '
  printf %s "keyring-$RANDOM$RANDOM" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  exec "$@"' bash "$@" </dev/null

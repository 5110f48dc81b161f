#!/bin/sh
# The tests' own Secret Service: a private D-Bus session at a fixed address in DIR, with a fresh,
# unlocked gnome-keyring. CTest runs "start" before the tests that need it and "stop" after.
# Usage: keyring-fixture.sh start|stop DIR
set -eu
action=$1
dir=$2
stop() {
  if [ -f "$dir/bus.pid" ]; then
    kill "$(cat "$dir/bus.pid")" 2>/dev/null || true
    rm -f "$dir/bus.pid"
  fi
  # gnome-keyring-daemon leaves when its bus goes; make sure of it.
  if [ -f "$dir/keyring.pid" ]; then
    kill "$(cat "$dir/keyring.pid")" 2>/dev/null || true
    rm -f "$dir/keyring.pid"
  fi
}
case "$action" in
start)
  stop
  rm -rf "$dir"
  mkdir -p "$dir"
  mkdir -m 700 "$dir/run" "$dir/data" "$dir/config" "$dir/cache"
  export XDG_RUNTIME_DIR="$dir/run" XDG_DATA_HOME="$dir/data" XDG_CONFIG_HOME="$dir/config" \
    XDG_CACHE_HOME="$dir/cache"
  unset DISPLAY WAYLAND_DISPLAY
  dbus-daemon --session --fork --nopidfile --address="unix:path=$dir/bus" --print-pid=1 \
    >"$dir/bus.pid" 2>/dev/null
  export DBUS_SESSION_BUS_ADDRESS="unix:path=$dir/bus"
  # A fresh keyring with a non-empty password: created, unlocked and the default collection.
  printf %s "keyring-$$" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  pgrep -n -f "gnome-keyring-daemon --unlock" >"$dir/keyring.pid" || true
  echo "Secret Service on $DBUS_SESSION_BUS_ADDRESS"
  ;;
stop)
  stop
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac

#!/usr/bin/env bash
# Part of run-setup-form.sh: runs inside the X server and the private D-Bus session.
set -uo pipefail
build=$1
here=$2
printf %s "keyring-$RANDOM$RANDOM" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 LANG=C.UTF-8 LANGUAGE=en
# Under load the new X server may not take connections yet: a window that could not reach it is
# started again, a few times, before the test gives up. The driver waits for the window to appear
# on the accessibility bus and exits 3 at once should the window exit first.
for attempt in 1 2 3 4 5; do
  "$build/src/app/acronis-csp-setup" >"$XDG_RUNTIME_DIR/app.log" 2>&1 &
  app=$!
  timeout 90 /usr/bin/python3 "$here/setup_form.py" acronis-csp "$app"
  rc=$?
  [ "$rc" -eq 3 ] && grep -q "could not connect to display" "$XDG_RUNTIME_DIR/app.log" || break
  echo "the window could not reach the X server (attempt $attempt); again"
done
kill "$app" 2>/dev/null
wait "$app" 2>/dev/null
if [ "$rc" -ne 0 ]; then
  echo "--- the window said:"
  cat "$XDG_RUNTIME_DIR/app.log"
  exit "$rc"
fi
shown=$("$build/src/acronis-csp" instance show "Screen Reader EU" --json) || exit 1
echo "$shown"
for expected in '"gateway": "https://eu2-cloud.acronis.com"' '"primary_currency": "CHF"' \
    '"discount_percent": "17.5"' '"name_policy": "keep"' '"has_secret": true' \
    '"client_id": "7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56"'; do
  case "$shown" in
  *"$expected"*) ;;
  *) echo "FAIL: instance show lacks $expected"; exit 1 ;;
  esac
done
echo "OK: the command line reads back what was typed through AT-SPI"

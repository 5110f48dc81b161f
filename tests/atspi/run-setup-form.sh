#!/usr/bin/env bash
# The Applications Setup form driven through AT-SPI by a real assistive-technology client
# (python3-pyatspi): the window on Xvfb, a private D-Bus session (started inside the X server, so
# the accessibility registry can type on it) with its own keyring and accessibility bus; the form
# is filled by label and saved, and the command line reads the saved instance back from the same
# catalogue and keychain.
# Usage: run-setup-form.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
for tool in xvfb-run dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (scripts/install-deps.sh)"; exit 1; }
done
# Debian's own Python: python3-pyatspi is installed for it, not for another one on PATH.
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || { echo "FAIL: python3-pyatspi is not installed"; exit 1; }
[ -x /usr/libexec/at-spi-bus-launcher ] || { echo "FAIL: at-spi2-core is not installed"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/run" "$tmp/data" "$tmp/config" "$tmp/cache"
export XDG_RUNTIME_DIR=$tmp/run XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
  XDG_CACHE_HOME=$tmp/cache ACRONIS_CSP_DATA_DIR=$tmp/catalogue ACRONIS_CSP_REQUIRE_KEYCHAIN=1
unset DBUS_SESSION_BUS_ADDRESS WAYLAND_DISPLAY DISPLAY AT_SPI_BUS_ADDRESS
exec xvfb-run -a -s "-screen 0 1280x800x24" \
  dbus-run-session -- "$here/inside-session.sh" "$build" "$here"

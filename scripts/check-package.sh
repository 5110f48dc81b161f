#!/usr/bin/env bash
# Builds the .deb from build/, installs it with apt, runs the installed CLI, and validates the
# installed desktop entry and AppStream metainfo. Needs root (or sudo) and a built build/.
set -euo pipefail
cd "$(dirname "$0")/.."
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
cmake -S . -B build -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
cmake --build build >/dev/null
rm -rf build/package
cpack --config build/CPackConfig.cmake -B build/package >/dev/null
deb=$(ls build/package/acronis-csp_*.deb)
echo "package: $deb"
dpkg-deb -f "$deb" Depends Recommends
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y -q "./$deb" >/dev/null
/usr/bin/acronis-csp --version
desktop-file-validate /usr/share/applications/org.acroniscsp.Setup.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.acroniscsp.Setup.metainfo.xml
test -f /usr/share/man/man1/acronis-csp.1.gz && man -w acronis-csp >/dev/null
# The units as installed: every directive known, the program they start present. verify only
# warns about an unknown directive, so any word from it fails the check.
units=$(mktemp -d)
trap 'rm -rf "$units"' EXIT
chmod 700 "$units"
verified=$(systemd-analyze verify --man=no /usr/lib/systemd/system/acronis-csp-sync@example.service \
  /usr/lib/systemd/system/acronis-csp-sync@example.timer 2>&1)
verified+=$(XDG_RUNTIME_DIR=$units systemd-analyze --user verify --man=no \
  /usr/lib/systemd/user/acronis-csp-sync.service /usr/lib/systemd/user/acronis-csp-sync.timer 2>&1)
if [ -n "$verified" ]; then
  echo "$verified" >&2
  exit 1
fi
echo "package: systemd units verified"
echo "package: installed and valid"

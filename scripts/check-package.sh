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
echo "package: installed and valid"

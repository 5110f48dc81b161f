#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, run and test (only those missing).
# Usage: scripts/install-deps.sh [--gui-tools] [--checks]
#   --gui-tools adds ImageMagick and the X utilities for screenshots; --checks adds clang-tidy
#   (CI). Xvfb and AT-SPI are always needed: a test drives the window through AT-SPI.
set -euo pipefail
packages=(
  cmake ninja-build g++ clang-format zlib1g-dev libsqlite3-dev
  qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql postgresql qtkeychain-qt6-dev libsecret-1-0
  qt6-tools-dev qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev
  qt6-translations-l10n dbus gnome-keyring
  xvfb xauth fonts-dejavu-core at-spi2-core python3-pyatspi python3-jsonschema
  dpkg-dev desktop-file-utils appstream systemd
)
for option in "$@"; do
  case $option in
    --gui-tools) packages+=(imagemagick x11-utils xdotool qt6-gtk-platformtheme) ;;
    --checks) packages+=(clang-tidy) ;;
    *) echo "unknown option $option" >&2; exit 2 ;;
  esac
done
missing=()
for p in "${packages[@]}"; do
  [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"

#!/usr/bin/env bash
# Starts the window under Xvfb with a demo catalogue (inside a private keyring session) and saves
# screenshots into docs/: docs/setup-en.png and docs/setup-de.png.
# Needs: scripts/install-deps.sh --gui-tools, and a build (scripts/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs}
mkdir -p "$out"
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  KEEP_DISPLAY=1 QT_QPA_PLATFORM=xcb exec scripts/with-keyring.sh "$0" "$@"
fi
demo=$(mktemp -d)
trap 'rm -rf "$demo"' EXIT
export ACRONIS_CSP_DATA_DIR=$demo
cli=build/src/acronis-csp
printf 'demo-secret' | $cli instance add --system-name EU --gateway https://eu2-cloud.acronis.com \
  --client-id 7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56 --discount 18 --currency EUR --client-secret-stdin >/dev/null
printf 'demo-secret' | $cli instance add --system-name "US East" --gateway https://us5-cloud.acronis.com \
  --client-id 0c9d6a0e-51c2-4f3b-9a7e-2b1f4c3d5e60 --discount 17.5 --currency USD --name-policy keep \
  --client-secret-stdin >/dev/null
shoot() { # language, file
  local lang=$1 file=$2
  rm -rf "$XDG_CONFIG_HOME/acronis-csp"
  xvfb-run -a -s '-screen 0 1000x680x24' bash -c '
    LANGUAGE='"$lang"' LANG='"$lang"'.UTF-8 QT_QPA_PLATFORM=xcb build/src/app/acronis-csp-setup &
    app=$!
    id=""
    for i in $(seq 1 100); do
      id=$(xwininfo -root -tree 2>/dev/null | grep "(\"acronis-csp-setup\"" | grep -v " 1x1+" | head -1 | awk "{print \$1}")
      [ -n "$id" ] && break; sleep 0.1
    done
    sleep 1.5
    import -window "${id:-root}" "'"$file"'"
    kill $app' 
  echo "wrote $file"
}
shoot en_US "$out/setup-en.png"
shoot de_DE "$out/setup-de.png"

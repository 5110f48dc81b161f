#!/usr/bin/env bash
# Starts the window under Xvfb with a demo catalogue (inside a private keyring session) and saves
# screenshots into docs/: the setup page in English and German, and the products and service
# providers and usage pages, filled from the tests' fake gateway (build/tests/fakeacronis/csp-fake-gateway).
# Needs: scripts/install-deps.sh --gui-tools, and a build (scripts/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs}
mkdir -p "$out"
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  KEEP_DISPLAY=1 QT_QPA_PLATFORM=xcb exec scripts/with-keyring.sh "$0" "$@"
fi
demo=$(mktemp -d)
gateway_pid=""
trap 'rm -rf "$demo"; [ -z "$gateway_pid" ] || kill "$gateway_pid"' EXIT
export ACRONIS_CSP_DATA_DIR=$demo
cli=build/src/acronis-csp
build/tests/fakeacronis/csp-fake-gateway --partners 7 --usage-lines 13 >"$demo/gateway-url" &
gateway_pid=$!
for i in $(seq 1 50); do [ -s "$demo/gateway-url" ] && break; sleep 0.1; done
printf 'demo-secret' | $cli instance add --system-name "EU Staging" --gateway "$(cat "$demo/gateway-url")" \
  --client-id demo-client --discount 18 --currency EUR --client-secret-stdin >/dev/null 2>&1
$cli sync "EU Staging" >/dev/null
$cli provider import "EU Staging" >/dev/null
$cli provider create "EU Staging" --name "Backup Heroes GmbH" --customer-id ERP-1001 \
  --admin-login heroes-admin --admin-email admin@heroes.example --tier 3 >/dev/null
$cli provider create "EU Staging" --name "Cloud Keepers AG" --customer-id ERP-1002 \
  --admin-login keepers-admin --admin-email it@keepers.example --tier none >/dev/null
$cli provider suspend "EU Staging" ERP-0002 >/dev/null
printf 'demo-secret' | $cli instance add --system-name EU --gateway https://eu2-cloud.acronis.com \
  --client-id 7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56 --discount 18 --currency EUR --client-secret-stdin >/dev/null
printf 'demo-secret' | $cli instance add --system-name "US East" --gateway https://us5-cloud.acronis.com \
  --client-id 0c9d6a0e-51c2-4f3b-9a7e-2b1f4c3d5e60 --discount 17.5 --currency USD --name-policy keep \
  --client-secret-stdin >/dev/null
shoot() { # language, file, page
  local lang=$1 file=$2 page=${3:-setup}
  rm -rf "$XDG_CONFIG_HOME/acronis-csp"
  xvfb-run -a -s '-screen 0 1000x680x24' bash -c '
    LANGUAGE='"$lang"' LANG='"$lang"'.UTF-8 QT_QPA_PLATFORM=xcb build/src/app/acronis-csp-setup --page '"$page"' &
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
shoot en_US "$out/products-en.png" products
shoot en_US "$out/providers-en.png" providers
shoot en_US "$out/usage-en.png" usage

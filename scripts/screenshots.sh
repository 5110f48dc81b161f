#!/usr/bin/env bash
# The screenshots of the README, the user guide and the AppStream metainfo, from the demo
# catalogue (the fake gateway's --demo: priced products, seven named service providers, usage
# of different sizes, last month's estimates): every page at 1280x800 in English and German, and the products page in a
# dark theme (GTK's Adwaita dark through Qt's GTK platform theme). Runs the window under Xvfb in a
# private keyring session. Needs: scripts/install-deps.sh --gui-tools, and a build.
# Usage: scripts/screenshots.sh [OUTPUT_DIR]   (docs/ by default)
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
build/tests/fakeacronis/csp-fake-gateway --demo >"$demo/gateway-url" &
gateway_pid=$!
for i in $(seq 1 50); do [ -s "$demo/gateway-url" ] && break; sleep 0.1; done
printf 'demo-secret' | $cli instance add --system-name "EU" --gateway "$(cat "$demo/gateway-url")" \
  --client-id de305d54-75b4-431b-adb2-eb6b9e546014 --discount 18 --currency EUR --client-secret-stdin >/dev/null 2>&1
# The contract's commitments from three months ago, so that last month (the one the Invoices and
# Month End pages show) has them.
since=$(date -u -d "$(date -u +%Y-%m-01) -3 months" +%Y-%m)
$cli tier set EU 1 --commitment 250 --from "$since" >/dev/null
$cli tier set EU 2 --commitment 500 --from "$since" >/dev/null
$cli tier set EU 3 --commitment 1500 --from "$since" >/dev/null
$cli tier set EU 4 --commitment 4000 --from "$since" >/dev/null
$cli tier set EU 5 --commitment 8000 --from "$since" >/dev/null
$cli sync EU >/dev/null
$cli price set EU local_storage 0.0250 >/dev/null # a hand-set price, marked in the table
$cli discount set EU 22.5 --application 6e6d758d-8e74-3ae3-ac84-50eb0dff12eb >/dev/null # Cyber Protect
$cli provider import EU >/dev/null
printf 'demo-secret' | $cli instance add --system-name "US East" --gateway https://us5-cloud.acronis.com \
  --client-id 0c9d6a0e-51c2-4f3b-9a7e-2b1f4c3d5e60 --discount 17.5 --currency USD --name-policy keep \
  --client-secret-stdin >/dev/null
# Usage read during the month: this month's reading, and for last month the same a little
# lower, so that the Month End page has estimates to compare the report with.
$cli usage EU >/dev/null
/usr/bin/python3 - "$demo/catalogue.sqlite" <<'PY'
import datetime, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
first = datetime.date.today().replace(day=1)
last = (first - datetime.timedelta(days=1)).strftime('%Y-%m')
# The price list as of the middle of last month: last month is priced by a sync made in it.
synced = (first - datetime.timedelta(days=15)).strftime('%Y-%m-%dT12:00:00.000Z')
db.execute("UPDATE sync_runs SET started_at = ?, finished_at = ?", (synced, synced))
db.execute("UPDATE product_prices SET effective_from = ?", (synced,))
db.execute("INSERT INTO usage_snapshots SELECT instance_id, ?, source, tenant_id, application_id, "
           "offering_item, edition, infra_id, unit, value * 93 / 100, fraction, ? FROM usage_snapshots "
           "WHERE source = 'estimate'", (last, last + '-28T23:00:00.000Z'))
db.commit()
PY
# A button's mnemonic in a language (Alt+it reads the usage or the invoices, or reconciles, the
# month shown).
read_key() { # language, source text as in the .ts
  local translated
  if [ "$1" = en_US ]; then translated=$2; else
    translated=$(grep -A1 "<source>$2</source>" "translations/acronis_csp_${1%%_*}.ts" |
      sed -n 's/.*<translation>\(.*\)<\/translation>.*/\1/p' | head -1)
  fi
  printf '%s' "$translated" | sed 's/.*&amp;\(.\).*/\1/' | tr '[:upper:]' '[:lower:]'
}
shoot() { # language, file, page, theme
  local lang=$1 file=$2 page=$3 theme=${4:-light} button='&amp;Read Invoices'
  [ "$page" = month-end ] && button='&amp;Reconcile'
  [ "$page" = usage ] && button='&amp;Read Usage'
  rm -rf "$XDG_CONFIG_HOME/acronis-csp"
  LANGUAGE=$lang LANG=$lang.UTF-8 PAGE=$page FILE=$file THEME=$theme KEY=$(read_key "$lang" "$button") \
  xvfb-run -a -s '-screen 0 1280x800x24' bash -c '
    if [ "$THEME" = dark ]; then export QT_QPA_PLATFORMTHEME=gtk3 GTK_THEME=Adwaita:dark; fi
    QT_QPA_PLATFORM=xcb build/src/app/acronis-csp-setup --page "$PAGE" -geometry 1280x800+0+0 &
    app=$!
    id=""
    for i in $(seq 1 100); do
      id=$(xdotool search --onlyvisible --class acronis-csp-setup 2>/dev/null | tail -1)
      [ -n "$id" ] && break; sleep 0.1
    done
    sleep 1.5
    if [ "$PAGE" = invoices ] || [ "$PAGE" = month-end ] || [ "$PAGE" = usage ]; then
      # No window manager: a click gives the window the keyboard.
      xdotool mousemove 640 420 click 1
      xdotool key "alt+$KEY"
      sleep 9 # Acronis is asked every few seconds whether the report is ready
    fi
    import -window "${id:-root}" "$FILE"
    kill $app'
  echo "wrote $file"
}
for lang in en_US de_DE; do
  suffix=${lang%%_*}
  for page in setup products providers usage invoices month-end audit; do
    shoot "$lang" "$out/$page-$suffix.png" "$page"
  done
done
shoot en_US "$out/products-dark.png" products dark

#!/usr/bin/env bash
# Paired whole-process timings of two builds of the CLI, run in turn against the same fake
# gateway(s), so that the machine's changing speed falls on both alike:
#
#   bench/pairs.sh NEW_BUILD OLD_BUILD PAIRS sync ITEMS     first sync of ITEMS items at 50 ms
#   bench/pairs.sh NEW_BUILD OLD_BUILD PAIRS import-h2      provider import of 3,000 partners over
#                                                           HTTP/2 (nghttpx, REPLICAS gateways, 3)
#
# Prints each build's median and range, and the median of the pairs' ratios (new / old); for a
# sync also "after the last answer" (the process's end less the gateway's last answer).
# Not run by CI. Runs inside its own keyring session (scripts/with-keyring.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  exec scripts/with-keyring.sh "$0" "$@"
fi
new=$1 old=$2 pairs=$3 scenario=$4 items=${5:-3000}
gateway=$(find "$new" -name csp-fake-gateway -type f -perm -u+x | head -1)
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
client=de305d54-75b4-431b-adb2-eb6b9e546014

start_gateway() { # start_gateway NAME OPTIONS...: sets $address (host:port)
  "$gateway" --log "$work/gw.log" "${@:2}" >"$work/$1.url" &
  pids+=($!)
  for _ in $(seq 1 100); do [ -s "$work/$1.url" ] && break; sleep 0.05; done
  address=$(head -1 "$work/$1.url")
  address=${address#http://}
}

if [ "$scenario" = sync ]; then
  start_gateway sync --latency 50 --items "$items"
  url=http://$address
  command=(sync EU)
else
  backends=()
  for i in $(seq 1 "${REPLICAS:-3}"); do
    start_gateway "r$i" --latency 50 --partners 3000 --max-page 1000 --replica "$i"
    backends+=(--backend="${address%:*},${address##*:};;proto=http/1.1")
  done
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" \
    -days 1 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 2>/dev/null
  port=$((20000 + RANDOM % 20000))
  nghttpx --conf=/dev/null --frontend="127.0.0.1,$port" "${backends[@]}" \
    --backend-connections-per-host=100 --frontend-http2-max-concurrent-streams=100 --workers=1 \
    --accesslog-file=/dev/null --errorlog-file=/dev/null "$work/key.pem" "$work/cert.pem" &
  pids+=($!)
  for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.05; done
  url=https://127.0.0.1:$port
  export ACRONIS_CSP_CA_FILE=$work/cert.pem
  command=(provider import EU)
fi
export ACRONIS_CSP_DATA_DIR=$work/template
printf demo-secret | "$new/src/acronis-csp" instance add --system-name EU --gateway "$url" \
  --client-id "$client" --discount 18 --currency EUR --client-secret-stdin >/dev/null
export ACRONIS_CSP_DATA_DIR=$work/data
for _ in $(seq "$pairs"); do
  for build in new old; do
    binary=$([ $build = new ] && echo "$new" || echo "$old")/src/acronis-csp
    rm -rf "$work/data" && cp -r "$work/template" "$work/data"
    from=$(wc -l <"$work/gw.log")
    started=$(date +%s%3N)
    "$binary" "${command[@]}" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
    ended=$(date +%s%3N)
    sleep 0.1 # the gateway's log line of the last answer
    last=$(tail -n +$((from + 1)) "$work/gw.log" | awk 'BEGIN{m=0} {if ($2>m) m=$2} END{printf "%.0f", m}')
    echo "$build $((ended - started)) $((ended - last))"
  done
done >"$work/times"
python3 - "$work/times" "$scenario" <<'EOF'
import statistics as st, sys
runs = {'new': [], 'old': []}
for line in open(sys.argv[1]):
    build, whole, after = line.split()
    runs[build].append((int(whole), int(after)))
for build, times in runs.items():
    whole = sorted(w for w, _ in times)
    text = f'{build}: {st.median(whole):.0f} ms ({whole[0]}–{whole[-1]})'
    if sys.argv[2] == 'sync':
        after = sorted(a for _, a in times)
        text += f', after the last answer {st.median(after):.0f} ms ({after[0]}–{after[-1]})'
    print(text)
pairs = list(zip(runs['new'], runs['old']))
print(f'new / old, median of {len(pairs)} pairs: whole {st.median(n[0] / o[0] for n, o in pairs):.3f}'
      + (f', after the last answer {st.median(n[1] / o[1] for n, o in pairs):.3f}'
         if sys.argv[2] == 'sync' else ''))
EOF

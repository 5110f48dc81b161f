#!/usr/bin/env bash
# Whole-process timelines of the CLI against the fake gateway (build/tests/fakeacronis or
# build-bench/bench/fakeacronis): for each command, when the process started, when each request
# reached the gateway and was answered (relative to the start), and where the rest went: before
# the first request, between answers and requests (the process's own work on the critical path)
# and after the last answer until the process had exited.
#
#   bench/timeline.sh [BUILD_DIR] [LATENCY_MS] [SCENARIO...]
#
# BUILD_DIR defaults to build-bench, LATENCY_MS to 50; the scenarios (default: all) are sync,
# sync3000, pages, import, import-h2, usage and products. import-h2 puts nghttpx (nghttp2-proxy) in front of
# the gateway: TLS and HTTP/2 as Acronis' gateways speak them, 100 streams at once; with REPLICAS=N,
# N gateways behind it (each accepts the tokens the others issue), as a gateway farm would be.
#
# Not run by CI. Runs inside its own keyring session (scripts/with-keyring.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-bench}
latency=${2:-50}
scenarios=${*:3}
scenarios=${scenarios:-sync sync3000 pages import import-h2 usage products}
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  exec scripts/with-keyring.sh "$0" "$@"
fi
cli=$build/src/acronis-csp
gateway=$(find "$build" -name csp-fake-gateway -type f -perm -u+x | head -1)
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }

# start_gateway NAME [gateway options...]: a fresh gateway and data dir; sets $url, $log
start_gateway() {
  local name=$1; shift
  log=$work/$name.log
  : >"$log"
  "$gateway" --log "$log" "$@" >"$work/$name.url" &
  pids+=($!)
  for _ in $(seq 1 100); do [ -s "$work/$name.url" ] && break; sleep 0.05; done
  url=$(cat "$work/$name.url")
  export ACRONIS_CSP_DATA_DIR=$work/$name.data
  printf 'demo-secret' | "$cli" instance add --system-name EU --gateway "$url" \
    --client-id de305d54-75b4-431b-adb2-eb6b9e546014 --discount 18 --currency EUR --client-secret-stdin >/dev/null 2>&1
}

# behind_h2_proxy: the gateway of the last start_gateway behind nghttpx (TLS, HTTP/2); the
# instance is linked to the proxy and trusts its certificate
behind_h2_proxy() {
  local backend port backend_options=()
  for backend in "${backends[@]:-${url#http://}}"; do
    backend_options+=(--backend="${backend%:*},${backend##*:};;proto=http/1.1")
  done
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 1 \
    -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 2>/dev/null
  port=$((20000 + RANDOM % 20000))
  nghttpx --conf=/dev/null --frontend="127.0.0.1,$port" \
    "${backend_options[@]}" \
    --backend-connections-per-host=100 --frontend-http2-max-concurrent-streams=100 --workers=1 \
    --accesslog-file=/dev/null --errorlog-file="$work/nghttpx.log" "$work/key.pem" "$work/cert.pem" &
  pids+=($!)
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.05
  done
  export ACRONIS_CSP_CA_FILE=$work/cert.pem
  "$cli" instance edit EU --gateway "https://127.0.0.1:$port" >/dev/null 2>&1
}

# timed TITLE COMMAND...: runs the CLI, prints its timeline from the gateway's log
timed() {
  local title=$1; shift
  local from; from=$(wc -l <"$log")
  local start end status=0
  start=$(now_ms)
  "$cli" "$@" >/dev/null 2>"$work/stderr" || status=$?
  end=$(now_ms)
  echo "### $title"
  echo
  echo "\`acronis-csp $*\` at ${latency} ms latency: exit $status, **$((end - start)) ms** start to exit"
  echo
  echo '| request | left (ms) | answered (ms) | status | bytes |'
  echo '|---|---|---|---|---|'
  tail -n +"$((from + 1))" "$log" | sort -n | awk -v s="$start" -v e="$end" '
    { sent = $1 - s; got = $2 - s
      printf "| %s %s | %d | %d | %s | %s |\n", $4, $5, sent, got, $3, $6
      if (NR == 1) first = sent
      # time the process spent with nothing in flight, between answers and the next request
      if (NR > 1 && sent > last) idle += sent - last
      if (got > last) last = got
      n++ }
    END { if (n == 0) { print "| (no request) | | | | |"; print ""; exit }
          printf "\n%d requests; before the first: %d ms; nothing in flight between them: %d ms; after the last answer: %d ms\n\n", n, first, idle, e - s - last }'
  [ "$status" = 0 ] || sed 's/^/    /' "$work/stderr"
}

wanted() { [[ " $scenarios " == *" $1 "* ]]; }

echo "# Whole-process timelines, $(date -u +%Y-%m-%d), latency ${latency} ms"
echo
if wanted sync; then
start_gateway sync --latency "$latency" --items 60
timed "First sync, 60 items" sync EU
timed "Re-sync, 60 items, nothing changed" sync EU
timed "Re-sync, 60 items, nothing changed" sync EU
fi

if wanted sync3000; then
start_gateway sync3000 --latency "$latency" --items 3000
timed "First sync, 3,000 items (one page)" sync EU
fi

if wanted pages; then
for items in 100 300 3000; do
  start_gateway "items$items" --latency "$latency" --items "$items" --max-page 1000
  timed "First sync, $items items (server pages: 100 unless asked, at most 1000)" sync EU
done
fi

if wanted import; then
start_gateway import --latency "$latency" --partners 3000 --max-page 1000
timed "provider import, 3,000 partners (server pages of at most 1000)" provider import EU
fi

if wanted import-h2; then
# REPLICAS=N: N gateways behind the proxy, so that one gateway's single thread is not the limit
replicas=${REPLICAS:-1}
options=(--latency "$latency" --partners 3000 --max-page 1000)
[ "$replicas" -gt 1 ] && options+=(--replica 1)
start_gateway import2 "${options[@]}"
backends=("${url#http://}")
for i in $(seq 2 "$replicas"); do
  "$gateway" --log "$log" --latency "$latency" --partners 3000 --max-page 1000 --replica "$i" \
    >"$work/replica$i.url" &
  pids+=($!)
  for _ in $(seq 1 100); do [ -s "$work/replica$i.url" ] && break; sleep 0.05; done
  replica=$(head -1 "$work/replica$i.url")
  backends+=("${replica#http://}")
done
behind_h2_proxy
unset backends
timed "provider import, 3,000 partners, over HTTP/2 (nghttpx in front)" provider import EU
unset ACRONIS_CSP_CA_FILE
fi

if wanted usage; then

start_gateway usage --latency "$latency" --partners 2000 --usage-lines 13
"$cli" sync EU >/dev/null
"$cli" provider import EU >/dev/null
timed "usage, 2,000 providers, 13 lines each" usage EU --json
fi

if wanted products; then

start_gateway products --items 100000
"$cli" sync EU >/dev/null
timed "products --json, 100,000 products (no request)" products --json
fi

#!/bin/sh
# The tests' own PostgreSQL server: a private cluster in DIR on a random port of 127.0.0.1, with
# scram-sha-256 passwords and a role csp_test that may create databases. CTest runs "start"
# before the tests that need it and "stop" after; "pause" and "resume" stop it the hard way and
# bring it back on the same port (a server lost in the middle of a transaction).
# Writes DIR/url (the admin URL, no password), DIR/pgpass (for PGPASSFILE) and DIR/port.
# Usage: postgres-fixture.sh start|stop|pause|resume DIR
set -eu
action=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL is not installed (Debian: apt-get install postgresql libqt6sql6-psql)" >&2
  exit 1
fi
as_server() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}
pg_ctl_stop() {
  if [ -f "$dir/server/data/postmaster.pid" ]; then
    as_server "$bin/pg_ctl" -D "$dir/server/data" -m "$1" -w stop >/dev/null 2>&1 || true
  fi
}
start_server() {
  as_server "$bin/pg_ctl" -D "$dir/server/data" -l "$dir/server/log" -w -t 60 \
    -o "-p $(cat "$dir/port") -k $dir/server -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" \
    start >/dev/null
}
case "$action" in
start)
  pg_ctl_stop fast
  rm -rf "$dir"
  mkdir -p "$dir/server"
  chmod 755 "$dir" "$dir/server"
  # The way down must be reachable by the server's user.
  d=$(dirname "$dir")
  while [ "$d" != / ]; do chmod o+x "$d" 2>/dev/null || true; d=$(dirname "$d"); done
  [ "$(id -u)" -ne 0 ] || chown postgres "$dir/server"
  password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  printf %s "$password" >"$dir/server/pw"
  [ "$(id -u)" -ne 0 ] || chown postgres "$dir/server/pw"
  chmod 600 "$dir/server/pw"
  as_server "$bin/initdb" -D "$dir/server/data" -U postgres --auth-local=trust \
    --auth-host=scram-sha-256 --pwfile="$dir/server/pw" -E UTF8 --locale=C.UTF-8 >/dev/null
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  echo "$port" >"$dir/port"
  start_server
  as_server psql -q -h "$dir/server" -p "$port" -U postgres -d postgres \
    -c "CREATE ROLE csp_test LOGIN CREATEDB PASSWORD '$password'" >/dev/null
  as_server psql -q -h "$dir/server" -p "$port" -U postgres -d postgres \
    -c "CREATE DATABASE csp_test OWNER csp_test" >/dev/null
  printf '127.0.0.1:%s:*:csp_test:%s\n' "$port" "$password" >"$dir/pgpass"
  chmod 600 "$dir/pgpass"
  echo "postgresql://csp_test@127.0.0.1:$port/csp_test" >"$dir/url"
  echo "PostgreSQL on 127.0.0.1:$port"
  ;;
stop)
  pg_ctl_stop fast
  ;;
pause)
  pg_ctl_stop immediate
  ;;
resume)
  start_server
  ;;
*)
  echo "usage: $0 start|stop|pause|resume DIR" >&2
  exit 2
  ;;
esac

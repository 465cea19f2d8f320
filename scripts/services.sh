#!/usr/bin/env bash
# PostgreSQL and Redis on 127.0.0.1 for the PostgreSQL test run and a production-like local setup.
# Installs them from Debian's packages when missing and starts them; does nothing when they answer.
# PostgreSQL trusts local connections (user postgres, no password); Redis keeps nothing on disk.
set -euo pipefail

PG_PORT=5432
REDIS_PORT=6379

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  else
    echo "Starting services needs root for: $*" >&2
    echo "Run: sudo bash $0" >&2
    exit 1
  fi
}

install_missing() {
  local missing=()
  command -v pg_ctlcluster >/dev/null && [ -d /usr/lib/postgresql ] || missing+=(postgresql)
  command -v redis-server >/dev/null || missing+=(redis-server)
  command -v redis-cli >/dev/null || missing+=(redis-tools)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing ${missing[*]} from Debian's packages..."
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# wait_for CHECK SECONDS: true as soon as CHECK succeeds, false if it still fails after SECONDS.
wait_for() {
  local i
  for ((i = 0; i < $2 * 2; i++)); do
    "$1" && return 0
    sleep 0.5
  done
  "$1"
}

postgres_answers() {
  pg_isready -q -h 127.0.0.1 -p "$PG_PORT" 2>/dev/null
}

start_postgres() {
  if postgres_answers; then
    echo "PostgreSQL already answers on 127.0.0.1:$PG_PORT"
    return
  fi
  local version cluster=main
  version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
  if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -qx "$version/$cluster"; then
    as_root pg_createcluster --port "$PG_PORT" "$version" "$cluster" >/dev/null
  fi
  local conf="/etc/postgresql/$version/$cluster"
  # Local development and CI only: trust connections from this machine, listen on loopback.
  as_root tee "$conf/pg_hba.conf" >/dev/null <<EOF
local   all  all                trust
host    all  all  127.0.0.1/32  trust
host    all  all  ::1/128       trust
EOF
  as_root tee "$conf/conf.d/local-services.conf" >/dev/null <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
fsync = off
synchronous_commit = off
EOF
  as_root pg_ctlcluster "$version" "$cluster" start
  wait_for postgres_answers 30 || { echo "PostgreSQL did not start; see /var/log/postgresql/" >&2; exit 1; }
  echo "PostgreSQL $version started on 127.0.0.1:$PG_PORT"
}

redis_answers() {
  [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ]
}

start_redis() {
  if redis_answers; then
    echo "Redis already answers on 127.0.0.1:$REDIS_PORT"
    return
  fi
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no --daemonize yes \
    --logfile "${TMPDIR:-/tmp}/lc-redis.log" >/dev/null
  wait_for redis_answers 10 || { echo "Redis did not start; see ${TMPDIR:-/tmp}/lc-redis.log" >&2; exit 1; }
  echo "Redis started on 127.0.0.1:$REDIS_PORT (no persistence)"
}

install_missing
start_postgres
start_redis

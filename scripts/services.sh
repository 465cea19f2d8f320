#!/usr/bin/env bash
# PostgreSQL and Redis on 127.0.0.1 for the PostgreSQL test run and a production-like local setup.
# Installs them from Debian's packages when missing and starts them; does nothing when they answer.
# For development and CI machines only: PostgreSQL is set to trust connections from this machine
# (user postgres, no password), and Redis keeps nothing on disk.
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
  compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || missing+=(postgresql)
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

# Ready means the tests can log in, not just that something listens.
postgres_ready() {
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -w -d postgres -tAc "select 1" >/dev/null 2>&1
}

start_postgres() {
  if postgres_ready; then
    echo "PostgreSQL already answers on 127.0.0.1:$PG_PORT"
    return
  fi
  # The machine's cluster if it has one, else a new "main" cluster of the newest server installed.
  local version="" cluster="" status="" server
  read -r version cluster status < <(pg_lsclusters -h | awk '{print $1, $2, $4}' | head -1) || true
  if [ -z "$version" ]; then
    server="$(compgen -G "/usr/lib/postgresql/*/bin/postgres" | sort -V | tail -1)"
    version="$(basename "$(dirname "$(dirname "$server")")")" cluster=main status=down
    as_root pg_createcluster --port "$PG_PORT" "$version" "$cluster" >/dev/null
  fi
  local conf="/etc/postgresql/$version/$cluster"
  as_root tee "$conf/pg_hba.conf" >/dev/null <<EOF
local   all  all                trust
host    all  all  127.0.0.1/32  trust
host    all  all  ::1/128       trust
EOF
  as_root tee "$conf/conf.d/local-services.conf" >/dev/null <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
synchronous_commit = off
EOF
  if [ "$status" = online ]; then
    as_root pg_ctlcluster "$version" "$cluster" restart
  else
    as_root pg_ctlcluster "$version" "$cluster" start
  fi
  wait_for postgres_ready 30 || { echo "PostgreSQL did not start; see /var/log/postgresql/" >&2; exit 1; }
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

if postgres_ready && redis_answers; then
  echo "PostgreSQL and Redis already answer on 127.0.0.1:$PG_PORT and :$REDIS_PORT"
  exit 0
fi
install_missing
start_postgres
start_redis

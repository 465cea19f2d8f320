#!/usr/bin/env bash
# A development OpenSearch node (search-engine/: the official org.opensearch jars from Maven Central).
#   scripts/search-engine.sh start   build if needed, start on 127.0.0.1:${SEARCH_ENGINE_PORT:-9200}, wait until healthy
#   scripts/search-engine.sh stop    stop it and delete its data
# Both do nothing when there is nothing to do. Pid, log and data live in ${TMPDIR:-/tmp}/lc-search-engine/.
set -euo pipefail

project="$(cd "$(dirname "${BASH_SOURCE[0]}")/../search-engine" && pwd)"
port="${SEARCH_ENGINE_PORT:-9200}"
url="http://127.0.0.1:$port"
run_dir="${TMPDIR:-/tmp}/lc-search-engine"
pid_file="$run_dir/node.pid"
log_file="$run_dir/node.log"
home="$run_dir/home"
jar="$project/target/search-engine-1.0.jar"
# OpenSearch 3 needs Java 21 or newer.
export JAVA_HOME="${SEARCH_ENGINE_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

healthy() { curl -fs --max-time 2 "$url/_cluster/health" 2>/dev/null | grep -qE '"status":"(green|yellow)"'; }
running() { [[ -f $pid_file ]] && grep -qs SearchEngineNode "/proc/$(cat "$pid_file")/cmdline"; }

start() {
  if healthy; then echo "search engine: already running on $url"; return; fi
  if ! running; then
    if [[ ! -f $jar || -n $(find "$project/pom.xml" "$project/src" -newer "$jar" -print -quit) ]]; then
      echo "search engine: building $project"
      mvn -q -B -Dstyle.color=never -f "$project/pom.xml" clean package
    fi
    rm -rf "$home" && mkdir -p "$home"
    # Heap capped at 512 MB. The rest is from a distribution's jvm.options: Lucene's native calls without a
    # warning, and log4j left running until the node has logged its own shutdown.
    setsid nohup "$JAVA_HOME/bin/java" -Xms512m -Xmx512m --enable-native-access=ALL-UNNAMED \
      -Dlog4j.shutdownHookEnabled=false -Dlog4j2.disable.jmx=true \
      -cp "$jar:$project/target/lib/*" leicscommunities.search.SearchEngineNode "$port" "$home" \
      >"$log_file" 2>&1 </dev/null &
    echo $! >"$pid_file"
  fi
  local i
  for ((i = 0; i < 120; i++)); do
    if healthy; then echo "search engine: running on $url (log $log_file)"; return; fi
    running || break
    sleep 1
  done
  echo "search engine: not healthy on $url; last lines of $log_file:" >&2
  tail -n 40 "$log_file" >&2
  stop >/dev/null
  exit 1
}

stop() {
  if running; then
    local pid i
    pid="$(cat "$pid_file")"
    kill "$pid"
    for ((i = 0; i < 30; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    echo "search engine: stopped"
  fi
  rm -rf "$pid_file" "$home"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# A development OpenSearch node (search-engine/: the official org.opensearch jars from Maven Central).
#   scripts/search-engine.sh start   build if needed, start on 127.0.0.1:${SEARCH_ENGINE_PORT:-9200}, wait until healthy
#   scripts/search-engine.sh stop    stop it and delete its data
# Both do nothing when there is nothing to do. Pid, log and data live in ${TMPDIR:-/tmp}/lc-search-engine/.
# Wagtail's opensearch3 backend works with either version (SEARCH_BACKEND=opensearch3).
# The JDK is $SEARCH_ENGINE_JAVA_HOME, else the newest Java 21+ in /usr/lib/jvm, else the default java (17):
# OpenSearch 3.9 needs Java 21, so on Java 17 it is OpenSearch 2.19 (Maven profile opensearch2) instead.
set -euo pipefail

project="$(cd "$(dirname "${BASH_SOURCE[0]}")/../search-engine" && pwd)"
port="${SEARCH_ENGINE_PORT:-9200}"
url="http://127.0.0.1:$port"
run_dir="${TMPDIR:-/tmp}/lc-search-engine"
pid_file="$run_dir/node.pid"
log_file="$run_dir/node.log"
home="$run_dir/home"

# The feature release of the JDK in $1 ("17", "25"): from its release file, else from `java -version`
# (whose first line may be "Picked up JAVA_TOOL_OPTIONS...").
java_feature() {
  sed -nE 's/^JAVA_VERSION="(1\.)?([0-9]+).*/\2/p' "$1/release" 2>/dev/null | grep . ||
    "$1/bin/java" -version 2>&1 | sed -nE 's/.* version "(1\.)?([0-9]+).*/\2/p' | head -1 || true
}

pick_jdk() {
  if [[ -n ${SEARCH_ENGINE_JAVA_HOME:-} ]]; then echo "$SEARCH_ENGINE_JAVA_HOME"; return; fi
  local jdk best="" best_feature=0 feature
  for jdk in /usr/lib/jvm/*/; do
    jdk="${jdk%/}"
    [[ -x $jdk/bin/java ]] || continue
    feature="$(java_feature "$jdk")"
    if ((${feature:-0} >= 21 && feature > best_feature)); then best="$jdk" best_feature="$feature"; fi
  done
  if [[ -n $best ]]; then echo "$best"; else dirname "$(dirname "$(readlink -f "$(command -v java)")")"; fi
}

node_version() { curl -fs --max-time 2 "$url" | grep -oE '"number" *: *"[^"]+"' | grep -oE '[0-9][^"]*'; }
healthy() { curl -fs --max-time 2 "$url/_cluster/health" 2>/dev/null | grep -qE '"status":"(green|yellow)"'; }
running() { [[ -f $pid_file ]] && grep -qs SearchEngineNode "/proc/$(cat "$pid_file")/cmdline"; }

start() {
  mkdir -p "$run_dir"
  if healthy; then started "already running"; return; fi
  if ! running; then
    local java_home feature major jar
    java_home="$(pick_jdk)"
    feature="$(java_feature "$java_home")"
    if ((${feature:-0} >= 21)); then major=3; elif ((${feature:-0} >= 17)); then major=2; else
      echo "search engine: needs Java 17 or newer, $java_home is ${feature:-not a JDK}" >&2; exit 1
    fi
    # Each variant builds into its own target/opensearch$major/ (see pom.xml).
    jar="$project/target/opensearch$major/search-engine-1.0.jar"
    if [[ ! -f $jar || -n $(find "$project/pom.xml" "$project/src" -newer "$jar" -print -quit) ]]; then
      echo "search engine: building $project for OpenSearch $major on Java $feature"
      JAVA_HOME="$java_home" mvn -q -B -Dstyle.color=never -f "$project/pom.xml" -Dopensearch.major="$major" clean package
    fi
    rm -rf "$home" && mkdir -p "$home"
    echo "search engine: starting OpenSearch $major on Java $feature ($java_home)"
    # Heap capped at 512 MB. The rest is from a distribution's jvm.options: Lucene's native calls without a
    # warning, and log4j left running until the node has logged its own shutdown.
    setsid nohup "$java_home/bin/java" -Xms512m -Xmx512m --enable-native-access=ALL-UNNAMED \
      -Dlog4j.shutdownHookEnabled=false -Dlog4j2.disable.jmx=true \
      -cp "$jar:${jar%/*}/lib/*" leicscommunities.search.SearchEngineNode "$port" "$home" \
      >"$log_file" 2>&1 </dev/null &
    echo $! >"$pid_file"
  fi
  local i
  for ((i = 0; i < 120; i++)); do
    if healthy; then started "running"; return; fi
    running || break
    sleep 1
  done
  echo "search engine: not healthy on $url; last lines of $log_file:" >&2
  tail -n 40 "$log_file" >&2
  stop >/dev/null
  exit 1
}

started() { echo "search engine: OpenSearch $(node_version) $1 on $url (log $log_file)"; }

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

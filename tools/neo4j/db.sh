#!/usr/bin/env bash
# Provision and run the project's local Neo4j 5.26 Community (embedded, Bolt on 127.0.0.1).
#   db.sh start|stop|kill|status|build [instance] [port]   instance: "dev" (default, port 7687), "test"
#   (7688) or any other name with a port (its data lives in .neo4j/<instance>)
# Environment: NEO4J_LOCAL_PORT, NEO4J_LOCAL_HEAP (default 1g), NEO4J_LOCAL_PAGECACHE_MB (default 512).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cache="$root/.neo4j"
usage="usage: db.sh start|stop|kill|status|build [instance] [port]
Provisions (build) and runs the project's local Neo4j 5.26 Community, Bolt on 127.0.0.1.
  instance  dev (default, port 7687), test (7688) or another name with a port; its data lives in
            .neo4j/<instance>
Environment: NEO4J_LOCAL_PORT, NEO4J_LOCAL_HEAP (default 1g), NEO4J_LOCAL_PAGECACHE_MB (default 512).
start, stop and kill of one instance take a lock, so two of them at once run one after the other."
cmd="${1:-status}"
case "$cmd" in -h|--help|help) echo "$usage"; exit 0 ;; esac
instance="${2:-dev}"
case "$instance" in
  dev) default_port=7687 ;;
  test) default_port=7688 ;;
  *[!a-z0-9-]*|"") echo "instance names are lowercase letters, digits and -" >&2; exit 2 ;;
  *) default_port="" ;;
esac
port="${3:-${NEO4J_LOCAL_PORT:-$default_port}}"
if [ -z "$port" ] && [ "$cmd" = start ]; then echo "instance $instance needs a port" >&2; exit 2; fi
heap="${NEO4J_LOCAL_HEAP:-1g}"
pagecache="${NEO4J_LOCAL_PAGECACHE_MB:-512}"
dir="$cache/$instance"
pidfile="$dir/neo4j.pid"
logfile="$dir/neo4j.log"
stamp="$(cat "$here/pom.xml" "$here"/src/main/java/brein/*.java | sha1sum | cut -c1-12)"
classpath_file="$cache/build/classpath-$stamp.txt"
jar="$cache/build/local-neo4j-$stamp.jar"

build() {
  # One jar and classpath per version of the launcher's sources (a running Neo4j keeps reading
  # its own jar); one build at a time for all instances, since Maven builds in tools/neo4j/target.
  if [ -f "$classpath_file" ] && [ -f "$jar" ]; then return 0; fi
  mkdir -p "$cache/build"
  (
    flock -w 600 8 || { echo "another build of the launcher still runs after 600 s" >&2; exit 1; }
    if [ -f "$classpath_file" ] && [ -f "$jar" ]; then exit 0; fi
    echo "building the local Neo4j launcher (first run downloads Neo4j from Maven Central)..." >&2
    (cd "$here" && mvn -q -B -Dmaven.repo.local="$cache/m2" package -DskipTests >&2) || exit 1
    cp "$here/target/classpath.txt" "$classpath_file.tmp" || exit 1
    cp "$here/target/local-neo4j-1.0.0.jar" "$jar.tmp" || exit 1
    mv "$classpath_file.tmp" "$classpath_file" && mv "$jar.tmp" "$jar" || exit 1
    rm -rf "$here/target"
  ) 8>"$cache/build/.lock"
}

# The pid answers, and it is this instance's Neo4j (a reused pid is not).
ours() { kill -0 "$1" 2>/dev/null && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -qF "$dir/data"; }

# This instance's Neo4j: the pidfile's pid when it answers, else a process serving its data
# folder (one left without a pidfile by an interrupted start).
current() {
  if [ -f "$pidfile" ] && ours "$(cat "$pidfile")"; then cat "$pidfile"; return 0; fi
  local pid
  pid="$(pgrep -f -- "brein.LocalNeo4j $dir/data " | head -1 || true)"
  if [ -n "$pid" ] && ours "$pid"; then echo "$pid" >"$pidfile"; echo "$pid"; return 0; fi
  return 1
}

running() { current >/dev/null; }

# One start, stop or kill of an instance at a time: a second one waits for the first, then sees
# what it left (a running Neo4j, a free port).
lock() {
  mkdir -p "$dir"
  exec 9>"$dir/db.lock"
  if ! flock -w 300 9; then echo "another db.sh still works on $instance after 300 s" >&2; exit 1; fi
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

start() {
  if running; then echo "neo4j ($instance) already running on bolt://127.0.0.1:$port" >&2; return 0; fi
  if port_open; then echo "port $port is taken by another process" >&2; return 1; fi
  build || { echo "building the local Neo4j launcher failed" >&2; return 1; }
  mkdir -p "$dir"
  : >"$logfile"
  # The lock's descriptor is not handed to Neo4j: the lock ends with this script.
  # The JVM settings Neo4j's own distribution starts with: the heap at its full size from the
  # start and touched at once (no pauses while it grows under the first requests).
  nohup java "-Xms$heap" "-Xmx$heap" -Xss2m -XX:+UseG1GC -XX:+AlwaysPreTouch -XX:+DisableExplicitGC \
    -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields -XX:-OmitStackTraceInFastThrow \
    -Djdk.nio.maxCachedBufferSize=1024 \
    -cp "$jar:$(cat "$classpath_file")" \
    brein.LocalNeo4j "$dir/data" "$port" "$pagecache" </dev/null >>"$logfile" 2>&1 9>&- &
  local pid=$!
  for _ in $(seq 1 240); do
    # Alive first: right after the fork the child may not yet have become java.
    if ! kill -0 "$pid" 2>/dev/null; then echo "neo4j ($instance) failed to start; see $logfile" >&2; tail -20 "$logfile" >&2; return 1; fi
    # The pid is written once it answers as this instance's Neo4j and Bolt is up.
    if grep -q "^READY" "$logfile" && ours "$pid"; then
      echo "$pid" >"$pidfile"
      echo "neo4j ($instance) ready on bolt://127.0.0.1:$port" >&2
      return 0
    fi
    sleep 0.5
  done
  echo "neo4j ($instance) did not become ready in 120 s; stopping it; see $logfile" >&2
  kill -KILL "$pid" 2>/dev/null || true
  return 1
}

stop() {
  if ! running; then rm -f "$pidfile"; echo "neo4j ($instance) not running" >&2; return 0; fi
  local pid; pid="$(current)"
  kill -TERM "$pid"
  for _ in $(seq 1 120); do
    if ! kill -0 "$pid" 2>/dev/null; then rm -f "$pidfile"; echo "neo4j ($instance) stopped" >&2; return 0; fi
    sleep 0.5
  done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}

# Simulates a crash (fault tests): no clean shutdown, only what was committed survives.
crash() {
  if running; then kill -KILL "$(current)"; sleep 0.5; fi
  rm -f "$pidfile"
  echo "neo4j ($instance) killed" >&2
}

case "$cmd" in
  build) build ;;
  kill) lock; crash ;;
  start) lock; start ;;
  stop) lock; stop ;;
  status) if running; then echo "running on bolt://127.0.0.1:$port (pid $(current))"; else echo "stopped"; exit 3; fi ;;
  *) echo "$usage" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Measures the time from launching the web server to its first served page (HTTP 200 for the home
# page), for a content folder. Loopback only; the server is stopped afterwards.
#
#   scripts/startup-time.sh [--launcher] [CONTENT_DIR] [RUNS]     (defaults: content, 3)
#
# With --launcher the server is started as users start it, through ./redazione serve, which keeps a
# class-data-sharing archive beside the jar: the first start after a build records it, the next
# ones use it. Without, it is a plain `java -jar`.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
launcher=false
if [ "${1:-}" = "--launcher" ]; then
  launcher=true
  shift
fi
content=${1:-$root/content}
runs=${2:-3}
port=18090
jar="$root/web/target/redazione-web.jar"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true' EXIT

if [ ! -f "$jar" ]; then
  "$root/mvnw" -q -B -f "$root/pom.xml" -pl web -am package -DskipTests >&2
fi
for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  if [ "$launcher" = true ]; then
    "$root/redazione" serve --port "$port" --content "$content" >/dev/null 2>&1 &
  else
    java -jar "$jar" --port "$port" --content "$content" >/dev/null 2>&1 &
  fi
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 "$pid" 2>/dev/null || { echo "startup-time: the server exited" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  echo "run $run: first page after $(( (end - start) / 1000000 )) ms ($(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg))"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
done

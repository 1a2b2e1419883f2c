#!/usr/bin/env bash
# Measures the time from launching the web server to its first served page (HTTP 200 for the home
# page) and to its search being ready (/health says so), for a content folder. Loopback only; the
# server is stopped afterwards.
#
#   scripts/startup-time.sh [--launcher] [--cold] [--no-cache] [CONTENT_DIR] [RUNS]
#                                                                (defaults: content, 3)
#
# With --launcher the server is started as users start it, through ./redazione serve, which keeps a
# class-data-sharing archive beside the jar: the first start after a build records it, the next
# ones use it. Without, it is a plain `java -jar`. The server keeps its read cache in a scratch
# folder of this script (kept from run to run, so runs after the first are warm); --cold empties
# it before every run, --no-cache runs the server without one.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
launcher=false
cold=false
cache_args=()
cache=$(mktemp -d "${TMPDIR:-/tmp}/startup-cache.XXXXXX")
while [ $# -gt 0 ]; do
  case "$1" in
    --launcher) launcher=true ;;
    --cold) cold=true ;;
    --no-cache) cache_args=(--no-cache) ;;
    *) break ;;
  esac
  shift
done
[ ${#cache_args[@]} -eq 0 ] && cache_args=(--cache "$cache/reads")
content=${1:-$root/content}
runs=${2:-3}
port=18090
jar="$root/web/target/redazione-web.jar"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$cache" || true' EXIT

if [ ! -f "$jar" ]; then
  "$root/mvnw" -q -B -f "$root/pom.xml" -pl web -am package -DskipTests >&2
fi
for run in $(seq 1 "$runs"); do
  [ "$cold" = true ] && rm -rf "$cache/reads"
  start=$(date +%s%N)
  if [ "$launcher" = true ]; then
    "$root/redazione" serve --port "$port" --content "$content" "${cache_args[@]}" >/dev/null 2>&1 &
  else
    java -jar "$jar" --port "$port" --content "$content" "${cache_args[@]}" >/dev/null 2>&1 &
  fi
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 "$pid" 2>/dev/null || { echo "startup-time: the server exited" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  until curl -sf "http://127.0.0.1:$port/health" | grep -q '"search":"ready"'; do
    kill -0 "$pid" 2>/dev/null || { echo "startup-time: the server exited" >&2; exit 1; }
    sleep 0.02
  done
  ready=$(date +%s%N)
  echo "run $run: first page after $(( (end - start) / 1000000 )) ms, search ready after" \
    "$(( (ready - start) / 1000000 )) ms ($(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg))"
  # The cache is written in the background after a load that read files; let it finish.
  if [ ${#cache_args[@]} -eq 2 ]; then
    for _ in $(seq 1 600); do
      if ls "$cache/reads/"*.bin >/dev/null 2>&1 && ! ls "$cache/reads/"*.tmp >/dev/null 2>&1; then
        break
      fi
      sleep 0.2
    done
  fi
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
done

#!/usr/bin/env bash
# Mixed load under content churn, on loopback only: wrk on an article page, the home page and a
# search at once, over generated articles, while a background loop rewrites one article file every
# CHANGE_INTERVAL seconds (the server reloads after 200 ms of quiet, or 1 s after a change at most). Reports, per target, requests/s, latency percentiles and
# errors (socket errors, timeouts and non-2xx answers: all must be 0), the number of reloads, and
# the server's resident memory and old-generation heap in use (jstat) sampled every 5 s.
#
#   scripts/churn-load-test.sh [DURATION_SECONDS] [ARTICLES] [CHANGE_INTERVAL]
#                                             (defaults: 60 s, 2000 articles, 0.2 s)
#
# JAVA_OPTS is passed to the server JVM (e.g. -Dredazione.workers.search.threads=1).
# Needs: java 17 with jstat, wrk (Debian package `wrk`), curl. Builds the server and CLI jars when they are
# missing. Bounded in time; every process it starts is stopped on exit.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
duration=${1:-60}
articles=${2:-2000}
interval=${3:-0.2}
port=18083
base="http://127.0.0.1:$port"
web_jar="$root/web/target/redazione-web.jar"
cli_jar="$root/cli/target/redazione-cli.jar"
work=$(mktemp -d "${TMPDIR:-/tmp}/redazione-churn.XXXXXX")
pids=()

cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

for tool in java wrk curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "churn-load-test: $tool is required" >&2; exit 2; }
done
if [ ! -f "$web_jar" ] || [ ! -f "$cli_jar" ]; then
  "$root/mvnw" -q -B -f "$root/pom.xml" -pl web,cli -am package -DskipTests >&2
fi

echo "== generating $articles articles (seed 42)"
java -jar "$cli_jar" generate "$articles" --to "$work/content" --seed 42 >/dev/null
churn="$work/content/zz-churn.md"
write_churn() {
  printf -- '---\ntitle: Articolo che cambia\nslug: articolo-che-cambia\ndate: 2024-01-01\n---\nVersione %s.\n' "$1" >"$churn"
}
write_churn 0

java ${JAVA_OPTS:-} -jar "$web_jar" --port "$port" --content "$work/content" >"$work/server.log" 2>&1 &
server=$!
pids+=("$server")
for _ in $(seq 1 600); do
  curl -sf "$base/health" 2>/dev/null | grep -q '"search":"ready"' && break
  kill -0 "$server" 2>/dev/null || { echo "churn-load-test: the server exited" >&2; cat "$work/server.log" >&2; exit 1; }
  sleep 0.1
done
curl -sf "$base/health" | grep -q '"search":"ready"' || { echo "churn-load-test: search never got ready" >&2; exit 1; }
article=$(curl -sf "$base/" | grep -o 'href="/articoli/[^"]*"' | head -n 1 | sed 's/href="//; s/"$//')
search="/cerca?q=openai"
echo "== server up: $(find "$work/content" -type f | wc -l) files; article $article; search $search"

# target NAME PATH CONNECTIONS
targets=("article $article 32" "home / 16" "search $search 8")

echo "== warm-up (10 s, not measured)"
warm_pids=()
for target in "${targets[@]}"; do
  set -- $target
  wrk -t1 -c"$3" -d10s "$base$2" >/dev/null &
  warm_pids+=("$!")
done
wait "${warm_pids[@]}"

reloads_before=$(grep -c 'Loaded ' "$work/server.log" || true)
(
  end=$((SECONDS + duration))
  version=1
  while [ "$SECONDS" -lt "$end" ]; do
    write_churn "$version"
    version=$((version + 1))
    sleep "$interval"
  done
) &
pids+=("$!")
(
  for _ in $(seq 0 5 "$duration"); do
    old_gen=$(jstat -gc "$server" 2>/dev/null | awk 'NR == 2 {printf "%d", $8 / 1024}')
    printf '%s %s %s\n' "$(date +%s)" "$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$server/status")" \
      "${old_gen:-?}" >>"$work/rss.txt"
    sleep 5
  done
) &
pids+=("$!")

echo "== load: wrk -t1 --latency -d${duration}s on each target at once, a file rewritten every ${interval} s"
load_start=$(cut -d' ' -f1 /proc/loadavg)
wrk_pids=()
for target in "${targets[@]}"; do
  set -- $target
  wrk -t1 -c"$3" -d"${duration}s" --timeout 2s --latency "$base$2" >"$work/wrk-$1.txt" &
  wrk_pids+=("$!")
  pids+=("$!")
done
wait "${wrk_pids[@]}"
load_end=$(cut -d' ' -f1 /proc/loadavg)
reloads=$(($(grep -c 'Loaded ' "$work/server.log" || true) - reloads_before))

errors_total=0
for target in "${targets[@]}"; do
  set -- $target
  out="$work/wrk-$1.txt"
  socket=$(grep -o 'Socket errors:.*' "$out" || echo "Socket errors: none")
  non2xx=$(awk '/Non-2xx or 3xx responses/ {print $NF}' "$out")
  socket_count=$(echo "$socket" | { grep -o '[0-9]\+' || true; } | awk '{s += $1} END {print s + 0}')
  errors=$((socket_count + ${non2xx:-0}))
  errors_total=$((errors_total + errors))
  printf '%-8s %-48s %s req/s  p50 %s  p90 %s  p99 %s  errors %d (%s; non-2xx %s)\n' \
    "$1" "$2" \
    "$(awk '/Requests\/sec/ {print $2}' "$out")" \
    "$(awk '$1 == "50%" {print $2}' "$out")" \
    "$(awk '$1 == "90%" {print $2}' "$out")" \
    "$(awk '$1 == "99%" {print $2}' "$out")" \
    "$errors" "$socket" "${non2xx:-0}"
done
echo "reloads during the load: $reloads; load average $load_start -> $load_end on $(nproc) cores"
echo "resident memory (MiB) every 5 s: $(awk '{print $2}' "$work/rss.txt" | paste -sd' ')"
echo "old generation in use (MiB), same times: $(awk '{print $3}' "$work/rss.txt" | paste -sd' ')"
echo "stack traces in the server log: $(grep -c '^[[:space:]]*at ' "$work/server.log" || true)"
[ "$errors_total" -eq 0 ] || { echo "churn-load-test: $errors_total errors" >&2; exit 1; }

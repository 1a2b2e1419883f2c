#!/usr/bin/env bash
# Mixed load under content churn, on loopback only: wrk on an article page, the home page and a
# search at once, over generated articles, while a background loop rewrites one article file every
# CHANGE_INTERVAL seconds (the server reloads after 50 ms of quiet, or 1 s after a change at most).
# The server is started as users start it, by `./redazione serve` with the launcher's JVM options.
# Reports, per target, requests/s, latency percentiles and errors (socket errors, timeouts and
# non-2xx answers), the number of reloads, the server's resident memory and old-generation heap in
# use (jstat) sampled every 5 s, and the verdict on the three targets: no errors, p99 of the
# cached pages (article and home) under 10 ms, and resident memory flat (every sample of the second
# half of the run within 5 % of their mean). Exits 1 when a target is not met.
#
#   scripts/churn-load-test.sh [DURATION_SECONDS] [ARTICLES] [CHANGE_INTERVAL]
#                                             (defaults: 60 s, 2000 articles, 0.2 s)
#
# JAVA_OPTS is added after the launcher's JVM options (as REDAZIONE_JAVA_OPTS), e.g.
# JAVA_OPTS='-XX:StartFlightRecording=filename=churn.jfr,settings=profile' to record the run.
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

REDAZIONE_JAVA_OPTS="${JAVA_OPTS:-}" "$root/redazione" serve --port "$port" --content "$work/content" \
  >"$work/server.log" 2>&1 &
server=$!  # the launcher execs java, so this is the server's JVM
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
# Resident memory from /proc every 5 s; the old generation from one jstat sampling at the same
# pace (one JVM, not one started per sample, which would compete with the server for the cores).
samples=$((duration / 5 + 1))
jstat -gc "$server" 5000 "$samples" >"$work/jstat.txt" 2>/dev/null &
pids+=("$!")
(
  for _ in $(seq 1 "$samples"); do
    printf '%s %s\n' "$(date +%s)" "$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$server/status")" \
      >>"$work/rss.txt"
    sleep 5
  done
) &
pids+=("$!")

echo "== load: wrk -t1 --latency -d${duration}s on each target at once, a file rewritten every ${interval} s"
load_start=$(cut -d' ' -f1 /proc/loadavg)
window_start=$(date -u +%H:%M:%S)
wrk_pids=()
for target in "${targets[@]}"; do
  set -- $target
  wrk -t1 -c"$3" -d"${duration}s" --timeout 2s --latency "$base$2" >"$work/wrk-$1.txt" &
  wrk_pids+=("$!")
  pids+=("$!")
done
wait "${wrk_pids[@]}"
load_end=$(cut -d' ' -f1 /proc/loadavg)
window_end=$(date -u +%H:%M:%S)
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
echo "reload times during the load (ms; reading, search; allocated): $(grep 'Loaded ' "$work/server.log" | tail -n +"$((reloads_before + 1))" | sed -n 's/.* in \([0-9]*\) ms (reading \([0-9]*\) ms, search \([0-9]*\) ms.* \([0-9]*\) MB allocated.*/\1 (\2, \3; \4 MB)/p' | paste -sd' ')"
echo "reloads during the load: $reloads; load average $load_start -> $load_end on $(nproc) cores; from $window_start to $window_end UTC"
echo "resident memory (MiB) every 5 s: $(awk '{print $2}' "$work/rss.txt" | paste -sd' ')"
echo "old generation in use (MiB), same times: $(awk 'NR > 1 {printf "%d\n", $8 / 1024}' "$work/jstat.txt" | paste -sd' ')"
echo "stack traces in the server log: $(grep -c '^[[:space:]]*at ' "$work/server.log" || true)"

# wrk's latency ("850.00us", "12.34ms", "1.20s") in milliseconds.
p99_ms() {
  awk '$1 == "99%" {v = $2; f = 1; if (v ~ /us$/) f = 0.001; else if (v ~ /ms$/) f = 1; else if (v ~ /m$/) f = 60000; else if (v ~ /s$/) f = 1000; gsub(/[a-z]+$/, "", v); printf "%.2f", v * f}' "$1"
}
met() { if [ "$1" = 1 ]; then echo "met"; else echo "NOT met"; fi; }
failed=0
check() { # NAME OK DETAIL
  echo "target: $1: $(met "$2") ($3)"
  [ "$2" = 1 ] || failed=1
}
check "no errors" "$([ "$errors_total" -eq 0 ] && echo 1 || echo 0)" "$errors_total errors"
for name in article home; do
  p99=$(p99_ms "$work/wrk-$name.txt")
  check "$name p99 < 10 ms" "$(awk -v p="$p99" 'BEGIN {print (p != "" && p < 10) ? 1 : 0}')" "${p99:-?} ms"
done
# Flat: every sample of the second half of the run within 5 % of the second half's mean.
flat=$(awk -v half="$((duration / 2))" 'NR == 1 {t0 = $1} $1 - t0 >= half {n++; v[n] = $2; s += $2}
  END {m = s / n; ok = 1; lo = v[1]; hi = v[1]
       for (i = 1; i <= n; i++) {if (v[i] < lo) lo = v[i]; if (v[i] > hi) hi = v[i]
                                 if (v[i] < 0.95 * m || v[i] > 1.05 * m) ok = 0}
       printf "%d %d samples from %d s, %d-%d MiB, mean %d MiB, spread %+.1f/%+.1f %%\n", ok, n, half, lo, hi, m, (lo - m) * 100 / m, (hi - m) * 100 / m}' \
  "$work/rss.txt")
check "resident memory flat in the second half (within 5 % of its mean)" "${flat%% *}" "${flat#* }"
[ "$failed" -eq 0 ] || { echo "churn-load-test: a target is not met" >&2; exit 1; }

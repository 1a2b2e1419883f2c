#!/usr/bin/env bash
# Reload latency, on loopback only: starts the server over ARTICLES generated articles (seed 42)
# plus one article file, waits until its search index is ready, then rewrites that file EDITS times
# (1.5 s apart) and prints, for each rewrite, how long after the write the article's page shows the
# new text and a search finds its new word, then the median and the maximum, and the server's own
# "Loaded ..." reload times.
#
#   scripts/reload-latency.sh [ARTICLES] [EDITS]      (defaults: 10000 articles, 10 edits)
#
# JAVA_OPTS is passed to the server JVM. Needs java 17 and curl. Builds the server and CLI jars when
# they are missing. Bounded in time; every process it starts is stopped on exit.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
articles=${1:-10000}
edits=${2:-10}
port=18084
base="http://127.0.0.1:$port"
web_jar="$root/web/target/redazione-web.jar"
cli_jar="$root/cli/target/redazione-cli.jar"
work=$(mktemp -d "${TMPDIR:-/tmp}/redazione-reload.XXXXXX")
pids=()

cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

for tool in java curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "reload-latency: $tool is required" >&2; exit 2; }
done
if [ ! -f "$web_jar" ] || [ ! -f "$cli_jar" ]; then
  "$root/mvnw" -q -B -f "$root/pom.xml" -pl web,cli -am package -DskipTests >&2
fi

echo "== generating $articles articles (seed 42)"
java -jar "$cli_jar" generate "$articles" --to "$work/content" --seed 42 >/dev/null
file="$work/content/zz-reload.md"
printf -- '---\ntitle: Articolo che cambia\nslug: articolo-che-cambia\ndate: 2024-01-01\n---\nVersione 0.\n' >"$file"

java ${JAVA_OPTS:-} -jar "$web_jar" --port "$port" --content "$work/content" >"$work/server.log" 2>&1 &
server=$!
pids+=("$server")
for _ in $(seq 1 1200); do
  curl -sf "$base/health" 2>/dev/null | grep -q '"search":"ready"' && break
  kill -0 "$server" 2>/dev/null || { echo "reload-latency: the server exited" >&2; cat "$work/server.log" >&2; exit 1; }
  sleep 0.1
done
curl -sf "$base/health" | grep -q '"search":"ready"' || { echo "reload-latency: search never got ready" >&2; exit 1; }
curl -sf "$base/" >/dev/null
echo "== server up: $(find "$work/content" -type f | wc -l) files; load average $(cut -d' ' -f1-3 /proc/loadavg)"
loaded_before=$(grep -c 'Loaded ' "$work/server.log" || true)
java "$root/scripts/reload-latency/ReloadLatency.java" "$base" "$file" "$edits"
echo "== load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== the server's reloads:"
grep 'Loaded ' "$work/server.log" | tail -n +"$((loaded_before + 1))" | sed 's/.*Loaded/Loaded/'

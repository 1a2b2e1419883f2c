#!/usr/bin/env bash
# Build benchmark: `redazione build` against Hugo over the same generated articles, side by side.
#
#   scripts/bench-build.sh [COUNT] [RUNS]      (defaults: 10000 articles, 3 runs each)
#
# Generates COUNT articles with the CLI's hidden `generate` command (seed 42), converts them to a
# Hugo site (canonical front matter from `redazione import`, then scripts/bench-hugo/to-hugo.awk)
# with the minimal theme in scripts/bench-hugo/, then alternates the two builds RUNS times under
# `/usr/bin/time -v`, printing wall time and peak resident memory of each run and a summary.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
count=${1:-10000}
runs=${2:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/redazione-bench-build.XXXXXX")
trap 'rm -rf "$work"' EXIT

need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "bench-build: installing $2 (Debian package)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null
  fi
}
need hugo hugo
[ -x /usr/bin/time ] || need /usr/bin/time time

echo "bench-build: packaging the CLI" >&2
"$root/mvnw" -q -B -f "$root/pom.xml" -pl cli -am package -DskipTests \
  -Dmaven.javadoc.skip=true -Dmaven.source.skip=true >&2
mkdir -p "$work/cli"
cp -r "$root/cli/target/redazione-cli.jar" "$root/cli/target/lib" "$work/cli/"
cli=(java -jar "$work/cli/redazione-cli.jar")

echo "bench-build: generating $count articles" >&2
"${cli[@]}" generate "$count" --to "$work/content" --seed 42 >&2

echo "bench-build: converting them to a Hugo site" >&2
cp -r "$root/scripts/bench-hugo/." "$work/hugo/"
rm "$work/hugo/to-hugo.awk"
mkdir -p "$work/hugo/content/articoli" "$work/hugo/static"
cp "$root/site/src/main/resources/static/site.css" "$work/hugo/static/site.css"
# One import of every file, so slugs shared by several articles get numbered as the loader numbers
# them; exit 1 only says some article carries an error diagnostic.
"${cli[@]}" import "$work"/content/* --to "$work/canonical" >/dev/null || [ $? -eq 1 ]
for file in "$work/canonical"/*.md; do
  awk -f "$root/scripts/bench-hugo/to-hugo.awk" "$file" >"$work/hugo/content/articoli/$(basename "$file")"
done

# measure NAME COMMAND…: runs the command under /usr/bin/time and prints one result line.
measure() {
  local name=$1
  shift
  /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
    cat "$work/stderr.txt" >&2
    exit 1
  }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  printf '%-10s wall %8s   peak RSS %5d MiB\n' "$name" "$wall" $((rss / 1024)) | tee -a "$work/results.txt"
}

echo "bench-build: $count articles, $runs runs each ($(nproc) cores; $(hugo version | cut -d' ' -f1-2); $(java -version 2>&1 | head -1))"
for run in $(seq 1 "$runs"); do
  measure redazione "${cli[@]}" build --content "$work/content" --out "$work/out-redazione"
  rm -rf "$work/out-hugo"
  measure hugo hugo --quiet --source "$work/hugo" --destination "$work/out-hugo"
done
echo "files: redazione $(find "$work/out-redazione" -type f | wc -l), hugo $(find "$work/out-hugo" -type f | wc -l)"

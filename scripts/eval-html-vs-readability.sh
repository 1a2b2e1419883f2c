#!/usr/bin/env bash
# Side by side on saved HTML pages: Redazione's HTML extraction and Mozilla Readability (with
# jsdom) read the same pages in the same run, and both are scored the same way (title, date,
# authors, first / last / other truth sentences, body token F1 against the benchmark body).
#
#   scripts/eval-html-vs-readability.sh [--half a|b] [--keep DIR] CORPUS...
#
# A CORPUS is a labelled set holding NAME.html.gz beside NAME.truth.json, or a folder of such sets;
# score-bench.py, whose definitions the scores use, is looked for in the set's folder and then in
# its parent. Readability and jsdom are installed by npm, at the versions of
# scripts/readability/package.json, into a cache folder outside the repository
# (${XDG_CACHE_HOME:-~/.cache}/redazione/readability-HASH) on first use.
#   --half a|b   only the cases whose name falls in that half (the hash of eval-extraction.sh)
#   --keep DIR   keep the JSON outputs and the per-case lines in DIR
# Needs java 17, python3, node and npm.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
half=""
keep=""
corpora=()
while [ $# -gt 0 ]; do
  case "$1" in
    --half) half=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) corpora+=("$1"); shift ;;
  esac
done
case "$half" in "" | a | b) ;; *) echo "eval-html-vs-readability: --half takes a or b" >&2; exit 2 ;; esac
[ ${#corpora[@]} -gt 0 ] || { echo "usage: scripts/eval-html-vs-readability.sh [--half a|b] [--keep DIR] CORPUS..." >&2; exit 2; }
for tool in python3 node npm; do
  command -v "$tool" >/dev/null || { echo "eval-html-vs-readability: $tool is required" >&2; exit 2; }
done

if [ -n "$keep" ]; then
  mkdir -p "$keep"
  work=$(cd "$keep" && pwd)
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/redazione-vs-readability.XXXXXX")
  trap 'rm -rf "$work"' EXIT
fi

# Readability and jsdom at the pinned versions, installed once per version into a cache folder.
package="$root/scripts/readability/package.json"
modules="${XDG_CACHE_HOME:-$HOME/.cache}/redazione/readability-$(sha1sum "$package" | cut -c1-12)"
if [ ! -d "$modules/node_modules/@mozilla/readability" ]; then
  echo "eval-html-vs-readability: installing Readability and jsdom into $modules" >&2
  mkdir -p "$modules"
  cp "$package" "$modules/package.json"
  (cd "$modules" && npm install --no-audit --no-fund --loglevel=error >&2)
fi

sets_of() {
  if compgen -G "$1/*.html.gz" >/dev/null; then
    echo "$1"
  else
    for dir in "$1"/*/; do
      compgen -G "$dir*.html.gz" >/dev/null && echo "${dir%/}"
    done
  fi
  return 0
}

for corpus in "${corpora[@]}"; do
  mapfile -t sets < <(sets_of "$corpus")
  [ ${#sets[@]} -gt 0 ] || { echo "eval-html-vs-readability: no saved pages in $corpus" >&2; exit 2; }
  for set in "${sets[@]}"; do
    name=$(basename "$set")
    label="$name: saved HTML pages${half:+ (half $half)}"
    cases="$work/$name/cases"
    rm -rf "$cases" "$work/$name/redazione" "$work/$name/readability"
    python3 - "$set" "$cases" "$half" <<'PY'
import gzip, hashlib, os, shutil, sys
src, dst, half = sys.argv[1:4]
os.makedirs(dst, exist_ok=True)
for f in sorted(os.listdir(src)):
    if not f.endswith(".html.gz"):
        continue
    name = f[: -len(".html.gz")]
    truth = os.path.join(src, name + ".truth.json")
    if not os.path.exists(truth):
        continue
    if half and "ab"[int(hashlib.sha1(name.encode()).hexdigest()[:8], 16) % 2] != half:
        continue
    os.symlink(os.path.abspath(truth), os.path.join(dst, name + ".truth.json"))
    with gzip.open(os.path.join(src, f), "rb") as packed, open(os.path.join(dst, name + "-html.html"), "wb") as out:
        shutil.copyfileobj(packed, out)
PY
    scorer=""
    for dir in "$set" "$(dirname "$set")"; do
      [ -f "$dir/score-bench.py" ] && { scorer="$dir/score-bench.py"; break; }
    done
    [ -n "$scorer" ] || { echo "eval-html-vs-readability: no score-bench.py in $set or its parent" >&2; exit 2; }
    mapfile -t pages < <(find "$cases" -name '*-html.html' | sort)
    echo "eval-html-vs-readability: $label: ${#pages[@]} pages" >&2
    "$root/redazione" inspect-batch --out "$work/$name/redazione" "${pages[@]}" >&2
    NODE_PATH="$modules/node_modules" node "$root/scripts/readability/readability-batch.js" \
      "$work/$name/readability" "${pages[@]}" >&2
    python3 "$root/scripts/eval-extraction-table.py" html "$label" "$scorer" "$cases" \
      "$work/$name/redazione=redazione" "$work/$name/readability=readability" \
      --cases "$work/$name/scores.txt"
  done
done
[ -z "$keep" ] || echo "eval-html-vs-readability: outputs and per-case scores kept in $work" >&2

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

usage="scripts/eval-html-vs-readability.sh [--half a|b] [--keep DIR] CORPUS..."
help_lines='2,15p'
. "$(dirname "$0")/eval-common.sh"
parse_options "$@"
require python3 node npm
make_work

# Readability and jsdom at the pinned versions, installed once per version into a cache folder.
package="$root/scripts/readability/package.json"
modules="${XDG_CACHE_HOME:-$HOME/.cache}/redazione/readability-$(sha1sum "$package" | cut -c1-12)"
if [ ! -d "$modules/node_modules/@mozilla/readability" ]; then
  echo "eval-html-vs-readability: installing Readability and jsdom into $modules" >&2
  mkdir -p "$modules"
  cp "$package" "$modules/package.json"
  (cd "$modules" && npm install --no-audit --no-fund --loglevel=error >&2)
fi

for corpus in "${corpora[@]}"; do
  mapfile -t sets < <(sets_of "$corpus")
  [ ${#sets[@]} -gt 0 ] || { echo "$tool: no labelled set in $corpus" >&2; exit 2; }
  for set in "${sets[@]}"; do
    name=$(basename "$set")
    label="$name: saved HTML pages${half:+ (half $half)}"
    cases="$work/$name/cases"
    rm -rf "$cases" "$work/$name/redazione" "$work/$name/readability"
    select_cases "$set" "$cases"
    scorer=$(scorer_for "$set" score-bench.py) || exit 2
    mapfile -t pages < <(find "$cases" -name '*-html.html' | sort)
    [ ${#pages[@]} -gt 0 ] || continue
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

#!/usr/bin/env bash
# Extraction evaluation: runs article extraction over labelled corpora of real pages, scores it
# with each corpus's own scorers and prints one table per corpus, by variant and language.
#
#   scripts/eval-extraction.sh [--half a|b] [--keep DIR] CORPUS...
#
# A CORPUS is a labelled set (NAME.truth.json beside NAME.txt, or beside NAME-page.txt and
# NAME-article.txt, and optionally the saved page NAME.html.gz) or a folder of such sets. The
# scorers come with the corpus: score-stored.py scores sets of stored texts, score-bench.py sets
# of page and article pastes; each is looked for in the set's folder and then in its parent.
# Every text is read in one JVM by the CLI's hidden `inspect-batch` command, which writes what
# `inspect FILE --json` prints. Saved pages are unpacked as NAME-html.html and read as HTML pages
# too; the corpus scorer knows only the pastes, so the html variant is scored by
# eval-extraction-table.py with the scorer's own definitions.
#   --half a|b   only the cases whose name falls in that half (a fixed hash of the name), to
#                develop on one half and check on the other
#   --keep DIR   keep the JSON outputs and the scorers' per-case lines in DIR
# Needs java 17 and python3.
set -euo pipefail

usage="scripts/eval-extraction.sh [--half a|b] [--keep DIR] CORPUS..."
help_lines='2,18p'
. "$(dirname "$0")/eval-common.sh"
parse_options "$@"
require python3
make_work

for corpus in "${corpora[@]}"; do
  mapfile -t sets < <(sets_of "$corpus")
  [ ${#sets[@]} -gt 0 ] || { echo "eval-extraction: no labelled set in $corpus" >&2; exit 2; }
  for set in "${sets[@]}"; do
    label=$(basename "$set")${half:+ (half $half)}
    cases="$work/$(basename "$set")/cases"
    out="$work/$(basename "$set")/json"
    rm -rf "$cases" "$out"
    select_cases "$set" "$cases"
    if compgen -G "$cases/*-page.txt" >/dev/null; then
      kind=bench
    else
      kind=stored
    fi
    scorer=$(scorer_for "$set" "score-$kind.py") || exit 2
    mapfile -t texts < <(find "$cases" \( -name '*.txt' -o -name '*-html.html' \) | sort)
    echo "eval-extraction: $label: ${#texts[@]} texts" >&2
    "$root/redazione" inspect-batch --out "$out" "${texts[@]}" >&2
    python3 "$scorer" "$cases" "$out" > "$work/$(basename "$set")/scores.txt"
    python3 "$root/scripts/eval-extraction-table.py" "$kind" "$label" \
      < "$work/$(basename "$set")/scores.txt"
    if compgen -G "$cases/*-html.html" >/dev/null; then
      python3 "$root/scripts/eval-extraction-table.py" html "$label: saved HTML pages" "$scorer" \
        "$cases" "$out" --cases "$work/$(basename "$set")/scores-html.txt"
    fi
  done
done
[ -z "$keep" ] || echo "eval-extraction: outputs and per-case scores kept in $work" >&2

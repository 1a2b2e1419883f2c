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

root=$(cd "$(dirname "$0")/.." && pwd)
half=""
keep=""
corpora=()
while [ $# -gt 0 ]; do
  case "$1" in
    --half) half=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    -h | --help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) corpora+=("$1"); shift ;;
  esac
done
case "$half" in "" | a | b) ;; *) echo "eval-extraction: --half takes a or b" >&2; exit 2 ;; esac
[ ${#corpora[@]} -gt 0 ] || { echo "usage: scripts/eval-extraction.sh [--half a|b] [--keep DIR] CORPUS..." >&2; exit 2; }
command -v python3 >/dev/null || { echo "eval-extraction: python3 is required" >&2; exit 2; }

if [ -n "$keep" ]; then
  mkdir -p "$keep"
  work=$(cd "$keep" && pwd)
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/redazione-eval.XXXXXX")
  trap 'rm -rf "$work"' EXIT
fi

# The labelled sets of a corpus argument: itself when it holds truth files, else its subfolders that do.
sets_of() {
  if compgen -G "$1/*.truth.json" >/dev/null; then
    echo "$1"
  else
    for dir in "$1"/*/; do
      compgen -G "$dir*.truth.json" >/dev/null && echo "${dir%/}"
    done
  fi
  return 0
}

# The cases of a set in the chosen half, linked into a folder of their own so that scorers see only them.
select_cases() {
  python3 - "$1" "$2" "$half" <<'PY'
import hashlib, os, shutil, sys
src, dst, half = sys.argv[1:4]
os.makedirs(dst, exist_ok=True)
for f in sorted(os.listdir(src)):
    if not f.endswith(".truth.json"):
        continue
    name = f[: -len(".truth.json")]
    if half and "ab"[int(hashlib.sha1(name.encode()).hexdigest()[:8], 16) % 2] != half:
        continue
    for suffix in (".truth.json", ".meta.json", ".txt", "-page.txt", "-article.txt"):
        p = os.path.join(src, name + suffix)
        if os.path.exists(p):
            # copied, not linked: the reader refuses links that leave the folder it reads
            shutil.copyfile(p, os.path.join(dst, name + suffix))
    # saved HTML pages: unpacked, to be read as HTML pages (the html variant)
    page = os.path.join(src, name + ".html.gz")
    if os.path.exists(page):
        import gzip
        with gzip.open(page, "rb") as packed, open(os.path.join(dst, name + "-html.html"), "wb") as out:
            shutil.copyfileobj(packed, out)
PY
}

scorer_for() {
  local set=$1 script=$2
  for dir in "$set" "$(dirname "$set")"; do
    [ -f "$dir/$script" ] && { echo "$dir/$script"; return 0; }
  done
  return 1
}

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
    scorer=$(scorer_for "$set" "score-$kind.py") \
      || { echo "eval-extraction: no score-$kind.py in $set or its parent" >&2; exit 2; }
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

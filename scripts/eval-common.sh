# Shared by eval-extraction.sh and eval-html-vs-readability.sh (sourced, not run): option parsing,
# the work folder, the labelled sets of a corpus, the cases of a half and the corpus's scorers.
# Expects $usage (the usage line) and $help_lines (the sed range of the caller's help comment).

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tool=$(basename "$0" .sh)

# Sets half, keep and corpora from the command line; --help prints the caller's header comment.
parse_options() {
  half=""
  keep=""
  corpora=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --half) half=${2:-}; shift 2 ;;
      --keep) keep=${2:-}; shift 2 ;;
      -h | --help) sed -n "$help_lines" "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
      *) corpora+=("$1"); shift ;;
    esac
  done
  case "$half" in "" | a | b) ;; *) echo "$tool: --half takes a or b" >&2; exit 2 ;; esac
  [ ${#corpora[@]} -gt 0 ] || { echo "usage: $usage" >&2; exit 2; }
}

# Fails unless every named command is on the PATH.
require() {
  for command in "$@"; do
    command -v "$command" >/dev/null || { echo "$tool: $command is required" >&2; exit 2; }
  done
}

# Sets work: the --keep folder, else a temporary folder removed on exit.
make_work() {
  if [ -n "$keep" ]; then
    mkdir -p "$keep"
    work=$(cd "$keep" && pwd)
  else
    work=$(mktemp -d "${TMPDIR:-/tmp}/redazione-$tool.XXXXXX")
    trap 'rm -rf "$work"' EXIT
  fi
}

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

# The cases of set $1 in the chosen half, copied into folder $2 so that scorers see only them;
# saved pages (NAME.html.gz) unpacked as NAME-html.html, to be read as HTML pages.
select_cases() {
  python3 - "$1" "$2" "$half" <<'PY'
import gzip, hashlib, os, shutil, sys
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
    page = os.path.join(src, name + ".html.gz")
    if os.path.exists(page):
        with gzip.open(page, "rb") as packed, open(os.path.join(dst, name + "-html.html"), "wb") as out:
            shutil.copyfileobj(packed, out)
PY
}

# The scorer $2 of set $1: in the set's folder, else in its parent.
scorer_for() {
  local set=$1 script=$2
  for dir in "$set" "$(dirname "$set")"; do
    [ -f "$dir/$script" ] && { echo "$dir/$script"; return 0; }
  done
  echo "$tool: no $script in $set or its parent" >&2
  return 1
}

#!/usr/bin/env python3
"""Turns the TOTAL lines of a corpus scorer into one Markdown table by variant and language.

usage: eval-extraction-table.py stored|bench LABEL < SCORER_OUTPUT
       eval-extraction-table.py html LABEL SCORER CASES JSON_DIR[=VARIANT]... [--cases FILE]
Called by eval-extraction.sh; reads score-stored.py or score-bench.py output on standard input.
The html form scores saved-page extractions itself (the corpus scorer knows only the page and
article pastes) with the scorer's own definitions, imported from SCORER: title exact after its
normalisation (alternatives accepted), date a prefix of the truth date at its precision (null
expected when the truth has none), authors equal as a set to the truth's, first / last / other
truth sentences kept, bag-of-words F1 against the benchmark body (macro mean). Each JSON_DIR holds
NAME-html.json files ({title, date, authors, bodyMarkdown}) and gives one row per language, named
VARIANT (default html); --cases FILE writes the per-case lines."""
import importlib.util
import json
import os
import re
import sys

COLUMNS = ["n", "title", "date", "authors", "first", "last", "sentences", "furniture", "headings", "body F1"]
FRACTION = r"(\d+)/(\d+)"


def pct(a, b):
    return f"{100.0 * int(a) / int(b):.1f}% ({a}/{b})" if int(b) else "—"


def stored(lines):
    keys = {"title": "title", "date": "date", "authors": "authors", "first sentence kept": "first",
            "body sentences kept": "sentences", "furniture removed": "furniture", "headings found": "headings"}
    row = {}
    for line in lines:
        m = re.match(r"TOTAL (.+?): " + FRACTION, line)
        if m and m.group(1) in keys:
            row[keys[m.group(1)]] = pct(m.group(2), m.group(3))
        m = re.match(r"TOTAL \S+ cases=(\d+)", line)
        if m:
            row["n"] = m.group(1)
    return [("stored", "it", row)]


def bench(lines):
    rows = []
    for line in lines:
        m = re.match(r"TOTAL (page|article)(?: lang=(\w+))? \(n=(\d+)\): (.*)", line)
        if not m:
            continue
        variant, lang, n, rest = m.groups()
        row = {"n": n}
        for key, name in (("title", "title"), ("date", "date"), ("authors", "authors"), ("first", "first"),
                          ("last", "last"), ("sentences", "sentences"), ("furniture removed", "furniture")):
            f = re.search(r"(?:^|, )" + key + " " + FRACTION, rest)
            if f:
                row[name] = pct(f.group(1), f.group(2))
        f = re.search(r"body P/R/F1 [\d.]+/[\d.]+/([\d.]+) \(n=(\d+)\)", rest)
        if f:
            row["body F1"] = f"{f.group(1)} (n={f.group(2)})"
        rows.append((variant, lang or "all", row))
    return rows


# --- saved HTML pages: scored here, with the definitions of the corpus's score-bench.py ---

def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score_bench", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_html_case(sb, t, a):
    md = a.get("bodyMarkdown") or ""
    body = sb.nw(md)
    titles = {sb.nwc(x) for x in [t["title"]] + (t.get("title_alternatives") or []) if x}
    exp_d = t.get("date")
    got_d = a.get("date")
    got_a = sorted({sb.nwc(x.get("name") if isinstance(x, dict) else x) for x in a.get("authors") or []} - {""})
    exp_a = sorted({sb.nwc(x) for x in t.get("authors") or []})
    return {
        "lang": t["lang"],
        "title": sb.nwc(a.get("title") or "") in titles if titles else None,
        "got_title": a.get("title"),
        "date": (got_d is None) if not exp_d else (bool(got_d) and str(got_d)[:len(exp_d)] == exp_d),
        "got_date": got_d, "exp_date": exp_d,
        "authors": got_a == exp_a, "got_authors": got_a, "exp_authors": exp_a,
        "first": sb.nw(t["body_first_sentence"]) in body,
        "last": sb.nw(t["body_last_sentence"]) in body,
        "sents_kept": sum(sb.nw(x) in body for x in t["body_sentences"]),
        "sents_n": len(t["body_sentences"]),
        "prf": sb.prf(md, t["benchmark_body"]) if t.get("benchmark_body") else None,
    }


def html_rows(variant, rows):
    def frac(key):
        xs = [r[key] for r in rows if r[key] is not None]
        return pct(sum(xs), len(xs))
    row = {"n": str(len(rows))}
    for key in ("title", "date", "authors", "first", "last"):
        row[key] = frac(key)
    row["sentences"] = pct(sum(r["sents_kept"] for r in rows), sum(r["sents_n"] for r in rows))
    ps = [r["prf"] for r in rows if r["prf"]]
    if ps:
        row["body F1"] = f"{sum(p[2] for p in ps) / len(ps):.3f} (n={len(ps)})"
    return row


def html(argv):
    label, scorer, cases = argv[:3]
    dirs = [a for a in argv[3:] if not a.startswith("--")]
    per_case = argv[argv.index("--cases") + 1] if "--cases" in argv else None
    if per_case in dirs:
        dirs.remove(per_case)
    sb = load_scorer(scorer)
    truths = {}
    for f in sorted(os.listdir(cases)):
        if f.endswith(".truth.json"):
            truths[f[: -len(".truth.json")]] = json.load(open(os.path.join(cases, f), encoding="utf-8"))
    table, lines = [], []
    for spec in dirs:
        folder, _, variant = spec.partition("=")
        variant = variant or "html"
        rows = []
        for name, t in truths.items():
            path = os.path.join(folder, name + "-html.json")
            a = json.load(open(path, encoding="utf-8")) if os.path.exists(path) else {}
            r = score_html_case(sb, t, a)
            rows.append(r)
            p = r["prf"]
            lines.append(f"{name:52} {variant:11} {r['lang']:3} T:{r['title']} D:{r['date']} A:{r['authors']} "
                         f"F:{r['first']} L:{r['last']} S:{r['sents_kept']}/{r['sents_n']} "
                         + (f"F1:{p[2]:.3f} " if p else "")
                         + f"title={r['got_title']!r} date={r['got_date']} exp={r['exp_date']} "
                         f"authors={r['got_authors']} exp={r['exp_authors']}")
        table.append((variant, "all", html_rows(variant, rows)))
        for lang in sorted({r["lang"] for r in rows}):
            subset = [r for r in rows if r["lang"] == lang]
            if len(subset) >= 10:
                table.append((variant, lang, html_rows(variant, subset)))
    if per_case:
        with open(per_case, "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
    return table


def main(kind, label):
    if kind == "html":
        print_table(label, html(sys.argv[2:]))
        return
    lines = sys.stdin.read().splitlines()
    print_table(label, stored(lines) if kind == "stored" else bench(lines))


def print_table(label, rows):
    print(f"\n{label}\n")
    print("| variant | lang | " + " | ".join(COLUMNS) + " |")
    print("|---|---|" + "---|" * len(COLUMNS))
    for variant, lang, row in rows:
        print(f"| {variant} | {lang} | " + " | ".join(row.get(c, "—") for c in COLUMNS) + " |")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

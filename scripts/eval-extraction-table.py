#!/usr/bin/env python3
"""Turns the TOTAL lines of a corpus scorer into one Markdown table by variant and language.

usage: eval-extraction-table.py stored|bench LABEL < SCORER_OUTPUT
Called by eval-extraction.sh; reads score-stored.py or score-bench.py output on standard input."""
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


def main(kind, label):
    lines = sys.stdin.read().splitlines()
    rows = stored(lines) if kind == "stored" else bench(lines)
    print(f"\n{label}\n")
    print("| variant | lang | " + " | ".join(COLUMNS) + " |")
    print("|---|---|" + "---|" * len(COLUMNS))
    for variant, lang, row in rows:
        print(f"| {variant} | {lang} | " + " | ".join(row.get(c, "—") for c in COLUMNS) + " |")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

#!/usr/bin/env python3
"""Draws sentences of a warehouse to label by hand, for the sentence-quality and the leader samples.

  quality  N sentences drawn uniformly from all sentences of the warehouse (seeded), each with the sentence before
           and after it for context and the lines of the article's text that hold it (the fixture's input).
  leaders  N sentences drawn uniformly from those that a wide net finds naming or titling a possible UK or Russian
           leader: a listed full name, a listed surname that is not also a common word or US name (Putin, Lavrov,
           Cameron, ...), or any listed surname or a title (president, prime minister, premier, foreign minister,
           foreign secretary, ...) in a sentence with a UK or Russia word. The net is wider than the job's gazetteer,
           so the gazetteer's misses are drawn too; the labellers decide what each sentence refers to.

--exclude FILE (repeatable) leaves out of the pool the sentences of an earlier sample (a JSON Lines file with
"source" and "text", or a CSV with "file" and "text"), so that a new test sample holds none that wrote the rules.

Deterministic: a fixed seed and rows sorted by (article_id, sentence_index) before drawing.
"""
import argparse
import csv
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "notebooks"))
import tonewatch_tables  # noqa: E402

TITLES = re.compile(r"\b(president|prime minister|premier|foreign (minister|secretary)|defen[cs]e (minister|secretary)|"
                    r"home secretary|kremlin leader|downing street|chancellor)\b", re.I)
COUNTRY = re.compile(r"\b(russia|russian|kremlin|moscow|britain|british|uk|u\.k\.|england|london)\b", re.I)


def python_index(text, utf16_offset):
    """The index in ``text`` of a Java (UTF-16) offset: characters outside the BMP count twice in Java."""
    units = 0
    for index, char in enumerate(text):
        if units >= utf16_offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def utf16_length(text):
    return sum(2 if ord(c) > 0xFFFF else 1 for c in text)


def lines_around(text, begin, end):
    """The whole lines of ``text`` that hold the Java offsets [begin, end), and the offsets of the sentence in them,
    again in UTF-16 units as the job counts them."""
    begin, end = python_index(text, begin), python_index(text, end)
    start = text.rfind("\n", 0, begin) + 1
    stop = text.find("\n", end)
    lines = text[start:len(text) if stop < 0 else stop]
    return lines, utf16_length(text[start:begin]), utf16_length(text[start:end])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kind", choices=["quality", "leaders"])
    parser.add_argument("--warehouse", required=True)
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--leaders", default=str(Path(__file__).resolve().parents[2] / "data/reference/leaders.csv"))
    parser.add_argument("--out", required=True)
    parser.add_argument("--exclude", action="append", default=[], help="an earlier sample whose sentences to leave out")
    args = parser.parse_args()

    con = tonewatch_tables.connect(tonewatch_tables.warehouse_path(args.warehouse))
    rows = con.sql("""SELECT s.article_id, s.sentence_index, s.text, s.char_begin, s.char_end, s.outlet, s.year,
                             a.published, a.text AS article_text, a.source
                      FROM sentences s JOIN articles a USING (article_id)
                      ORDER BY s.article_id, s.sentence_index""").fetchall()
    print(f"{len(rows)} sentences in {args.warehouse}", file=sys.stderr)
    by_article = {}
    for i, r in enumerate(rows):
        by_article.setdefault(r[0], []).append(i)

    excluded = set()
    for path in args.exclude:
        if path.endswith(".csv"):
            excluded.update((r["file"], r["text"]) for r in csv.DictReader(open(path, encoding="utf-8")))
        else:
            excluded.update((r["source"], r["text"]) for r in map(json.loads, open(path, encoding="utf-8")))

    if args.kind == "leaders":
        full, surnames = set(), set()
        for leader in csv.DictReader(open(args.leaders, encoding="utf-8")):
            full.update(leader["variants"].split("|"))
            surnames.update(leader["surname"].split("|"))
        common = {"May", "Brown", "Johnson", "Fox", "Hunt", "Cook", "Straw", "Smith", "Reid", "Clarke", "Wallace",
                  "Cooper", "Patel", "Hutton", "Browne", "Ivanov", "Williamson", "Hammond", "Blair"}

        def words(names):
            return re.compile(r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")
        full_name, distinct, any_surname = words(full), words(surnames - common), words(surnames)

        def in_net(text):
            context = COUNTRY.search(text) is not None
            return bool(full_name.search(text) or distinct.search(text)
                        or (context and (any_surname.search(text) or TITLES.search(text))))
        pool = [i for i, r in enumerate(rows) if in_net(r[2])]
    else:
        pool = list(range(len(rows)))
    pool = [i for i in pool if (rows[i][9], rows[i][2]) not in excluded]
    chosen = sorted(random.Random(args.seed).sample(pool, args.count))

    with open(args.out, "w", encoding="utf-8") as out:
        for n, i in enumerate(chosen, 1):
            article_id, index, text, begin, end, outlet, year, published, article_text, source = rows[i]
            siblings = by_article[article_id]
            k = siblings.index(i)
            item = {"id": f"{args.kind[0]}{n:03d}", "article_id": article_id, "source": source, "outlet": outlet,
                    "year": year, "published": str(published) if published is not None else None,
                    "sentence_index": index, "text": text,
                    "before": rows[siblings[k - 1]][2] if k > 0 else None,
                    "after": rows[siblings[k + 1]][2] if k + 1 < len(siblings) else None}
            if args.kind == "quality":
                lines, in_begin, in_end = lines_around(article_text, begin, end)
                item.update({"lines": lines, "begin": in_begin, "end": in_end})
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} of {len(pool)} drawn to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()

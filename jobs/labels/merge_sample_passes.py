#!/usr/bin/env python3
"""Merges two labelling passes of the sentence-quality or the leader sample, reports agreement, and writes the
labelled sample once the disagreements are adjudicated.

  quality: labels are junk / broken / fine; Cohen's kappa over the three labels.
  leaders: labels are sets of leader ids; exact agreement of the sets, and Cohen's kappa of "refers to a leader".

  merge_sample_passes.py KIND --items ITEMS.jsonl --a A.jsonl [A2.jsonl ...] --b B.jsonl [B2.jsonl ...]
      [--adjudicated ADJ.jsonl] --out OUT

Without --adjudicated it writes the disagreements to OUT (to adjudicate: add "label" or "leaders" to each line and
pass that file as --adjudicated). With it, it writes the sample with the final labels (agreed or adjudicated) and
both passes' labels: a JSON Lines file for quality, the CSV that jobs/check-leaders.sh reads for leaders.
"""
import argparse
import collections
import csv
import json
import sys

from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from merge_passes import cohen_kappa  # noqa: E402  (one definition of kappa for every labelled set)


def read(paths):
    rows = {}
    for path in paths:
        for line in open(path, encoding="utf-8"):
            if line.strip():
                row = json.loads(line)
                rows[row["id"]] = row
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kind", choices=["quality", "leaders"])
    parser.add_argument("--items", required=True)
    parser.add_argument("--a", nargs="+", required=True)
    parser.add_argument("--b", nargs="+", required=True)
    parser.add_argument("--adjudicated")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    items = [json.loads(line) for line in open(args.items, encoding="utf-8") if line.strip()]
    a, b = read(args.a), read(args.b)
    missing = [i["id"] for i in items if i["id"] not in a or i["id"] not in b]
    if missing:
        sys.exit(f"passes lack {len(missing)} items, e.g. {missing[:5]}")
    field = "label" if args.kind == "quality" else "leaders"

    def value(row):
        return row[field] if args.kind == "quality" else tuple(sorted(set(row[field])))

    va, vb = [value(a[i["id"]]) for i in items], [value(b[i["id"]]) for i in items]
    agree = sum(x == y for x, y in zip(va, vb))
    if args.kind == "quality":
        kappa = cohen_kappa(va, vb)
        print(f"{len(items)} items; pass A {dict(collections.Counter(va))}; pass B {dict(collections.Counter(vb))}")
    else:
        kappa = cohen_kappa([bool(x) for x in va], [bool(y) for y in vb])
        print(f"{len(items)} items; with a leader: pass A {sum(map(bool, va))}, pass B {sum(map(bool, vb))}")
    print(f"agreement {agree}/{len(items)} = {agree / len(items):.3f}; Cohen's kappa {kappa:.3f}"
          + ("" if args.kind == "quality" else " (refers to a leader or not)"))

    disagreements = [i for i, x, y in zip(items, va, vb) if x != y]
    if not args.adjudicated:
        with open(args.out, "w", encoding="utf-8") as out:
            for item in disagreements:
                out.write(json.dumps({**item, "a": a[item["id"]][field], "b": b[item["id"]][field]}, ensure_ascii=False) + "\n")
        print(f"{len(disagreements)} disagreements written to {args.out} for adjudication")
        return

    adjudicated = read([args.adjudicated])
    undecided = [i["id"] for i in disagreements if i["id"] not in adjudicated or field not in adjudicated[i["id"]]]
    if undecided:
        sys.exit(f"{len(undecided)} disagreements not adjudicated, e.g. {undecided[:5]}")
    final = {i["id"]: (adjudicated[i["id"]][field] if i["id"] in adjudicated and field in adjudicated[i["id"]]
                       else a[i["id"]][field]) for i in items}
    if args.kind == "quality":
        with open(args.out, "w", encoding="utf-8") as out:
            for item in items:
                out.write(json.dumps({**item, "label": final[item["id"]], "pass_a": a[item["id"]][field],
                                      "pass_b": b[item["id"]][field]}, ensure_ascii=False) + "\n")
        print("final:", dict(collections.Counter(final.values())))
    else:
        with open(args.out, "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(["id", "file", "sentence_starts_with", "leaders", "pronoun_leaders", "pass_a", "pass_b", "text"])
            for item in items:
                writer.writerow([item["id"], item["source"].rsplit("/", 1)[-1], item["text"][:60],
                                 "|".join(sorted(set(final[item["id"]]))), "",
                                 "|".join(sorted(set(a[item["id"]][field]))), "|".join(sorted(set(b[item["id"]][field]))),
                                 item["text"]])
        print(f"final: {sum(1 for v in final.values() if v)} of {len(items)} sentences refer to a leader, "
              f"{sum(len(set(v)) for v in final.values())} references")


if __name__ == "__main__":
    main()

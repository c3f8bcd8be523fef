#!/usr/bin/env python3
"""Builds the labelled splits of each round from its pairs, its two passes, its adjudication and the ruling review.

A pair's label is the two passes' answer where they agree, else the adjudicator's (adjudicated.jsonl); then the
consistency review of the first adjudication ruling (ruling-review.jsonl) applies to the pairs it covers. Writes
dev.jsonl and train.jsonl in the NewsMTSC format (sentence, mention, from, to, polarity, id) plus actor, kind,
article_id, outlet, year, bias and sample. Deterministic: the pairs' order.
"""
import argparse
import collections
import json
from pathlib import Path

FIELDS = ["id", "sentence", "mention", "from", "to", "polarity", "actor", "kind", "article_id", "outlet", "year", "bias",
          "sample"]


def read(path):
    return {r["id"]: r for r in (json.loads(l) for l in open(path) if l.strip())}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", default="data/labels")
    args = parser.parse_args()
    folder = Path(args.dir)
    review = read(folder / "ruling-review.jsonl")
    # Rounds 1 to 4 are in the folder itself; each later round has a folder of its own with the same three files, and
    # its labels are written there, apart, until a model trained on them is kept (data/labels/README.md).
    for round_folder in [folder] + sorted(folder.glob("round-*")):
        write_splits(round_folder, review)


def write_splits(folder, review):
    """Writes FOLDER/SPLIT.jsonl for each split of FOLDER's pairs: the passes' answer where they agree, else the
    adjudicator's; then the ruling review's, for the pairs it covers."""
    pairs = [json.loads(l) for l in open(folder / "pairs.jsonl")]
    passes = read(folder / "passes.jsonl")
    adjudicated = read(folder / "adjudicated.jsonl")
    out = collections.defaultdict(list)
    for pair in pairs:
        p = passes[pair["id"]]
        agreed = p["a_actor"] == p["b_actor"] and (not p["a_actor"] or p["a_polarity"] == p["b_polarity"])
        decided = ({"actor": p["a_actor"], "polarity": p["a_polarity"]} if agreed else adjudicated[pair["id"]])
        decided = review.get(pair["id"], decided)
        actor = bool(decided["actor"])
        row = {**pair, "actor": actor, "polarity": int(decided["polarity"]) if actor else 0}
        out[pair["split"]].append({k: row[k] for k in FIELDS})
    for split, rows in sorted(out.items()):
        with open(folder / f"{split}.jsonl", "w") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        counts = collections.Counter("x" if not r["actor"] else r["polarity"] for r in rows)
        print(f"{folder / split}: {len(rows)} pairs from {len({r['article_id'] for r in rows})} articles; "
              f"not actor={counts['x']} -1={counts[-1]} 0={counts[0]} +1={counts[1]}")


if __name__ == "__main__":
    main()

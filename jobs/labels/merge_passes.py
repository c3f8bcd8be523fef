#!/usr/bin/env python3
"""Joins the two labelling passes: agreement (Cohen's kappa) and the pairs to adjudicate.

Each pass is a folder of *.labels.jsonl files ({"id", "actor", "polarity", "note"}). A pair's label is one of four
classes: not an actor (x), or an actor with polarity -1, 0, +1. Writes the two passes side by side
(data/labels/passes.jsonl) and the disagreements with both answers, for the adjudicator, and prints kappa for the
four classes, for actor alone and for polarity (non-actors counted as 0).
"""
import argparse
import collections
import json
from pathlib import Path


def cohen_kappa(a, b):
    """Cohen's kappa of two label lists: (observed - chance agreement) / (1 - chance agreement).

    >>> round(cohen_kappa([1, 1, 0, 0], [1, 0, 0, 0]), 3)
    0.5
    """
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = collections.Counter(a), collections.Counter(b)
    chance = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return (observed - chance) / (1 - chance)


def label(answer):
    return "x" if not answer["actor"] else str(answer["polarity"])


def read_pass(folder):
    answers = {}
    for path in sorted(Path(folder).glob("*.labels.jsonl")):
        for line in path.read_text().splitlines():
            if line.strip():
                a = json.loads(line)
                answers[a["id"]] = {"actor": bool(a["actor"]), "polarity": int(a["polarity"]) if a["actor"] else 0,
                                    "note": a.get("note", "")}
    return answers


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", default="data/labels/pairs.jsonl")
    parser.add_argument("--pass-a", required=True)
    parser.add_argument("--pass-b", required=True)
    parser.add_argument("--out", default="data/labels/passes.jsonl")
    parser.add_argument("--disagreements", required=True)
    args = parser.parse_args()

    pairs = [json.loads(l) for l in open(args.pairs)]
    a, b = read_pass(args.pass_a), read_pass(args.pass_b)
    missing = [p["id"] for p in pairs if p["id"] not in a or p["id"] not in b]
    if missing:
        raise SystemExit(f"{len(missing)} pairs lack a label in one pass, e.g. {missing[:3]}")
    with open(args.out, "w") as out, open(args.disagreements, "w") as dis:
        for p in pairs:
            row = {"id": p["id"], "a_actor": a[p["id"]]["actor"], "a_polarity": a[p["id"]]["polarity"], "a_note": a[p["id"]]["note"],
                   "b_actor": b[p["id"]]["actor"], "b_polarity": b[p["id"]]["polarity"], "b_note": b[p["id"]]["note"]}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            if label(a[p["id"]]) != label(b[p["id"]]):
                dis.write(json.dumps({"id": p["id"], "context_before": p["context_before"], "sentence": p["sentence"],
                                      "mention": p["mention"], "from": p["from"], "to": p["to"],
                                      "labeller_1": {k: a[p["id"]][k] for k in ("actor", "polarity", "note")},
                                      "labeller_2": {k: b[p["id"]][k] for k in ("actor", "polarity", "note")}},
                                     ensure_ascii=False) + "\n")
    for split in ("all", "dev", "train"):
        ids = [p["id"] for p in pairs if split == "all" or p["split"] == split]
        if not ids:
            continue
        four = cohen_kappa([label(a[i]) for i in ids], [label(b[i]) for i in ids])
        actor = cohen_kappa([a[i]["actor"] for i in ids], [b[i]["actor"] for i in ids])
        polarity = cohen_kappa([a[i]["polarity"] for i in ids], [b[i]["polarity"] for i in ids])
        agree = sum(label(a[i]) == label(b[i]) for i in ids) / len(ids)
        print(f"{split}: pairs={len(ids)} agreement={agree:.3f} kappa_4class={four:.3f} kappa_actor={actor:.3f} "
              f"kappa_polarity={polarity:.3f}")


if __name__ == "__main__":
    main()

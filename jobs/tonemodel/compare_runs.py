"""Is one experiment's dev macro-F1 really above another's? A paired bootstrap over dev articles.

Reads two score files that experiment_encoder.py --save wrote (PREFIX-epN.npy: one row of three tone scores per actor
pair of the development file, in its order), predicts the top class of each, and draws the development file's articles
with replacement (the pairs of an article stay together, since they share a story and often a sentence). Prints both
macro-F1s, their difference and its 95% interval over the draws. Fixed seed. Run with jobs/tonemodel/.venv/bin/python
from the project's root:

  jobs/tonemodel/.venv/bin/python jobs/tonemodel/compare_runs.py A-ep2.npy B-ep2.npy
"""
import argparse
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from experiment_encoder import macro_f1  # noqa: E402  (one definition of macro-F1 for the experiments)
from train_encoder import CLASSES  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("first", help="scores of the run to test (.npy)")
    ap.add_argument("second", help="scores of the run to compare it with (.npy)")
    ap.add_argument("--dev", default="data/labels/dev.jsonl", help="the development file both were scored on")
    ap.add_argument("--draws", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=20261204)
    args = ap.parse_args()
    with open(args.dev, encoding="utf-8") as f:
        dev = [r for r in (json.loads(line) for line in f if line.strip()) if r.get("actor", True)]
    truth = np.array([CLASSES.index(r["polarity"]) for r in dev])
    first, second = (np.load(path).argmax(1) for path in (args.first, args.second))
    if not len(first) == len(second) == len(truth):
        raise SystemExit(f"{len(first)} and {len(second)} scores for {len(truth)} actor pairs of {args.dev}")
    articles = np.array([r["article_id"] for r in dev])
    pairs_of = [np.flatnonzero(articles == a) for a in np.unique(articles)]
    rng = np.random.default_rng(args.seed)
    differences = []
    for _ in range(args.draws):
        drawn = np.concatenate([pairs_of[k] for k in rng.integers(0, len(pairs_of), len(pairs_of))])
        differences.append(macro_f1(truth[drawn], first[drawn])[0] - macro_f1(truth[drawn], second[drawn])[0])
    low, high = np.percentile(differences, [2.5, 97.5])
    a, b = macro_f1(truth, first)[0], macro_f1(truth, second)[0]
    print(f"macro_f1 {a:.3f} against {b:.3f}: difference {a - b:+.3f}, 95% interval {low:+.3f} to {high:+.3f} "
          f"({args.draws} draws of {len(pairs_of)} articles)")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Would a model of page furniture, trained on the labelled sentence samples, take the junk the cleaning rules leave?

An experiment, not part of the job. It pools the labelled samples of data/labels/sentences (dev/ and
sample-2026120*/ and sample.jsonl, 400 sentences of the job's output each, labelled fine, junk or broken; eight when
the README's figures were measured, eleven since the eleventh was drawn) and, for each sample in turn, trains on the others
and scores the held-out one (leave one sample out, since each sample was drawn from another run of the rules). A sentence is junk or not; broken counts as not junk. Two models:

  text   logistic regression (class weights balanced) over character 2-4-grams of the sentence (tf-idf) and the shape
         features below;
  shape  gradient-boosted trees over the shape features alone: few words, no final stop, the share of capitalised
         words, all capitals, a digit, a slash or a bar, the sentence being its line whole, a common verb.

For each threshold on P(junk) it prints how many held-out junk sentences the model would drop and how many fine or
broken ones with them. Deterministic (fixed seeds). Run with the pinned environment of jobs/labels/requirements.txt:

  python3 -m venv /tmp/labels-venv && /tmp/labels-venv/bin/pip install -r jobs/labels/requirements.txt
  /tmp/labels-venv/bin/python jobs/labels/furniture_experiment.py
"""
import argparse
import json
import re
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

FINAL_STOP = re.compile(r"[.!?][\"”’)]?$")
COMMON_VERB = re.compile(r"\b(said|says|told|is|are|was|were|has|have|had|will|would)\b")


def samples(folder):
    """The labelled samples, each a list of rows, in the order they were drawn."""
    paths = [folder / "dev" / "sample.jsonl"] + sorted(folder.glob("sample-2026120*/sample.jsonl")) + [
        folder / "sample.jsonl"]
    return [[json.loads(line) for line in p.open(encoding="utf-8") if line.strip()] for p in paths]


def shape(row):
    text = row["text"]
    words = text.split()
    lines = row.get("lines", text)
    whole_line = row.get("begin", 0) == 0 and row.get("end", len(lines)) >= len(lines)
    return [len(words) <= 3, len(words) <= 8, not FINAL_STOP.search(text),
            sum(w[:1].isupper() for w in words) / max(1, len(words)), text.isupper(), bool(re.search(r"\d", text)),
            "/" in text, "|" in text, whole_line, bool(COMMON_VERB.search(text))]


def text_model(train, test):
    vectors = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2, sublinear_tf=True, lowercase=False)
    features = lambda rows, fit: hstack([
        (vectors.fit_transform if fit else vectors.transform)([r["text"] for r in rows]),
        csr_matrix(np.array([shape(r) for r in rows], float))]).tocsr()
    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)
    model.fit(features(train, True), junk(train))
    return model.predict_proba(features(test, False))[:, 1]


def shape_model(train, test):
    model = GradientBoostingClassifier(random_state=20261201)
    model.fit(np.array([shape(r) for r in train], float), junk(train))
    return model.predict_proba(np.array([shape(r) for r in test], float))[:, 1]


def junk(rows):
    return np.array([r["label"] == "junk" for r in rows])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--samples", default="data/labels/sentences", help="the folder of the labelled samples")
    args = ap.parse_args()
    drawn = samples(Path(args.samples))
    truth = np.concatenate([junk(s) for s in drawn])
    print(f"{sum(map(len, drawn))} sentences in {len(drawn)} samples, {truth.sum()} junk")
    for name, model in [("text", text_model), ("shape", shape_model)]:
        held_out = np.concatenate([model([r for j, s in enumerate(drawn) if j != k for r in s], drawn[k])
                                   for k in range(len(drawn))])
        for threshold in [0.3, 0.5, 0.7, 0.8, 0.9, 0.95]:
            dropped = held_out >= threshold
            print(f"{name:5} P(junk) >= {threshold:.2f}: drops {(dropped & truth).sum():2d} of {truth.sum()} junk"
                  f" and {(dropped & ~truth).sum():3d} fine or broken sentences")


if __name__ == "__main__":
    main()

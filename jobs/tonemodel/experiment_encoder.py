"""Chooses the tone encoder's settings: trains as train_encoder.py does and scores the float encoder alone on dev.

Run with jobs/tonemodel/.venv/bin/python from the project's root (the environment jobs/train-tone-encoder.sh builds),
with train_encoder.py's options. Three tone classes only (the in-domain pairs that are not actors are left out), no
export, no stacking: after each epoch it prints the encoder's macro-F1 and per-class F1 on the development file's
actor pairs, and with --save it keeps the dev scores (PREFIX-epN.npy) for looking at decision rules. The README's
*How accurate* reports the runs that chose the shipped settings (two epochs, in-domain pairs twice per epoch).
"""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np
import torch
from torch import nn
from transformers import AutoTokenizer

import train_encoder as te


def macro_f1(truth, predicted, classes=3):
    """Per-class F1 and their mean."""
    truth, predicted = np.asarray(truth), np.asarray(predicted)
    f1 = []
    for k in range(classes):
        tp = int(np.sum((truth == k) & (predicted == k)))
        wrong = int(np.sum((truth != k) & (predicted == k)) + np.sum((truth == k) & (predicted != k)))
        f1.append(2 * tp / (2 * tp + wrong) if tp else 0.0)
    return float(np.mean(f1)), f1


def preceding(before, chars):
    """The last `chars` characters of the sentence before, cut at a space ("" when chars is 0)."""
    if not chars or not before:
        return ""
    if len(before) > chars:
        before = before[-chars:]
        before = before[before.find(" ") + 1:] if " " in before else before
    return before


def main():
    ap = te.parser(__doc__.split("\n\n")[0])
    ap.add_argument("--dev", default="data/labels/dev.jsonl", help="the development file it scores")
    ap.add_argument("--context", type=int, default=0,
                    help="characters of the sentence before an in-domain pair's sentence read with it (0: none)")
    ap.add_argument("--pairs", default="data/labels/pairs.jsonl", help="where the in-domain pairs' sentence before is")
    ap.add_argument("--save", default="", help="keep each epoch's dev scores as PREFIX-epN.npy")
    args = ap.parse_args()
    te.seeded(args)
    actor = lambda row: row.get("actor", True)
    rows = te.training_rows(args, keep=actor)
    dev = [r for r in te.read(args.dev) if actor(r)]
    tokenizer = AutoTokenizer.from_pretrained(te.ENCODER)
    texts = [te.marked(r["sentence"], r["from"], r["to"], args.window) for r in rows]
    dev_texts = [te.marked(r["sentence"], r["from"], r["to"], args.window) for r in dev]
    before = {p["id"]: p["context_before"] for p in te.read(args.pairs)} if args.context else {}
    befores = [preceding(before.get(r.get("id"), ""), args.context) for r in rows] if args.context else None
    dev_befores = [preceding(before.get(r["id"], ""), args.context) for r in dev] if args.context else None
    dev_truth = [te.CLASSES.index(r["polarity"]) for r in dev]
    model = te.ToneEncoder()
    model.head = nn.Linear(model.encoder.config.hidden_size, len(te.CLASSES))  # three tone classes only
    start = time.time()

    def score_dev(epoch):
        with torch.no_grad():
            scores = torch.cat([model(e["input_ids"], e["attention_mask"]) for e in (
                te.encode(tokenizer, dev_texts, dev_befores, range(k, min(k + 64, len(dev_texts))), args.max_length,
                          padding=True, return_tensors="pt") for k in range(0, len(dev_texts), 64))]).numpy()
        mean, per_class = macro_f1(dev_truth, list(scores.argmax(1)))
        print(f"[experiment] epoch {epoch} ({time.time() - start:.0f} s): dev macro_f1={mean:.3f} "
              f"f1={[round(f, 3) for f in per_class]} on {len(dev)} actor pairs", flush=True)
        if args.save:
            np.save(f"{args.save}-ep{epoch}.npy", scores)

    te.fit(model, tokenizer, texts, torch.tensor([te.CLASSES.index(r["polarity"]) for r in rows]), args, score_dev,
           befores=befores)


if __name__ == "__main__":
    main()

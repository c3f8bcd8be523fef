"""Chooses the tone encoder's settings: trains as train_encoder.py does and scores the float encoder alone on dev.

Run with jobs/tonemodel/.venv/bin/python from the project's root (the environment jobs/train-tone-encoder.sh builds).
Three tone classes only (the in-domain pairs that are not actors are left out), no export, no stacking: after each
epoch it prints the encoder's macro-F1 and per-class F1 on data/labels/dev.jsonl's actor pairs, and with --save it
keeps the dev scores (PREFIX-epN.npy) for looking at decision rules. The README's *How accurate* reports the runs that
chose the shipped settings (two epochs, in-domain pairs twice per epoch).
"""
import argparse
import json
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ["HF_HUB_OFFLINE"] = "1"

import numpy as np
import torch
from torch import nn
from transformers import AutoTokenizer, get_linear_schedule_with_warmup

import train_encoder as te


def macro_f1(truth, predicted, classes=3):
    """Per-class F1 and their mean."""
    f1 = []
    for k in range(classes):
        tp = sum(t == k and p == k for t, p in zip(truth, predicted))
        fp = sum(t != k and p == k for t, p in zip(truth, predicted))
        fn = sum(t == k and p != k for t, p in zip(truth, predicted))
        f1.append(float(2 * tp / (2 * tp + fp + fn)) if tp else 0.0)
    return float(np.mean(f1)), f1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--newsmtsc-rows", type=int, default=4500)
    ap.add_argument("--in-domain", default="data/labels/train.jsonl")
    ap.add_argument("--dev", default="data/labels/dev.jsonl")
    ap.add_argument("--copies", type=int, default=2, help="times each in-domain pair is seen per epoch")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=4e-5)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--max-length", type=int, default=96)
    ap.add_argument("--window", type=int, default=200)
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--save", default="", help="keep each epoch's dev scores as PREFIX-epN.npy")
    a = ap.parse_args()

    random.seed(a.seed)
    np.random.seed(a.seed)
    torch.manual_seed(a.seed)
    torch.set_num_threads(2)
    news = te.read("data/newsmtsc/train.jsonl")
    if a.newsmtsc_rows:
        random.Random(a.seed).shuffle(news)
        news = news[:a.newsmtsc_rows]
    in_domain = [r for r in te.read(a.in_domain) if r.get("actor", True)]
    rows = news + in_domain * a.copies
    dev = [r for r in te.read(a.dev) if r.get("actor", True)]
    tokenizer = AutoTokenizer.from_pretrained(te.ENCODER)
    texts = [te.marked(r["sentence"], r["from"], r["to"], a.window) for r in rows]
    labels = torch.tensor([te.CLASSES.index(r["polarity"]) for r in rows])
    lengths = [len(ids) for ids in tokenizer(texts, truncation=True, max_length=a.max_length)["input_ids"]]
    dev_texts = [te.marked(r["sentence"], r["from"], r["to"], a.window) for r in dev]
    dev_truth = [te.CLASSES.index(r["polarity"]) for r in dev]

    model = te.ToneEncoder()
    model.head = nn.Linear(model.encoder.config.hidden_size, len(te.CLASSES))  # three tone classes only
    optimiser = torch.optim.AdamW(model.parameters(), lr=a.lr, weight_decay=0.01)
    steps = (len(rows) + a.batch - 1) // a.batch
    schedule = get_linear_schedule_with_warmup(optimiser, int(0.06 * steps * a.epochs), steps * a.epochs)
    loss_of = nn.CrossEntropyLoss()
    print(f"[experiment] {vars(a)}: {len(rows)} rows, {len(dev)} dev actor pairs", flush=True)
    start = time.time()
    for epoch in range(1, a.epochs + 1):
        model.train()
        for batch in te.batches(lengths, a.batch, random.Random(a.seed + epoch)):
            encoded = tokenizer([texts[i] for i in batch], truncation=True, max_length=a.max_length, padding=True,
                                return_tensors="pt")
            loss = loss_of(model(encoded["input_ids"], encoded["attention_mask"]), labels[batch])
            optimiser.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
        model.eval()
        scores = []
        with torch.no_grad():
            for k in range(0, len(dev_texts), 64):
                encoded = tokenizer(dev_texts[k:k + 64], truncation=True, max_length=a.max_length, padding=True,
                                    return_tensors="pt")
                scores.append(model(encoded["input_ids"], encoded["attention_mask"]))
        scores = torch.cat(scores).numpy()
        mean, per_class = macro_f1(dev_truth, list(scores.argmax(1)))
        print(f"[experiment] epoch {epoch} ({time.time() - start:.0f} s): dev macro_f1={mean:.3f} "
              f"f1={[round(f, 3) for f in per_class]}", flush=True)
        if a.save:
            np.save(f"{a.save}-ep{epoch}.npy", scores)


if __name__ == "__main__":
    main()

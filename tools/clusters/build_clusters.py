#!/usr/bin/env python3
"""Distributional word clusters, an experiment for the English models (issue 3).

Word clusters as features were meant to let the English models (crates/kohtaanto-taxonomy/src/
tagger.rs and spans.rs) generalise from the words they saw in training to words with similar
contexts they did not see (`kafka` and `rabbitmq`). Cross-validated on the SkillSpan train split
they did not pay, so no cluster file ships and the models have no cluster features; the figures
are in the "Tried and left out" lists of tagger.rs and spans.rs, which also say which cluster
features were tried (the clusters of the word, of its neighbours and of the words around a
mention). The script stays so that the clusters can be rebuilt for another try.

Unlabelled text: the token text of the SkillSpan *train* split (Zhang et al., NAACL 2022, MIT
licence; never the dev split) and the ESCO skill label and description text of
`skills_uri_text.csv` (ESCO v1.1, (c) European Union, reused with attribution,
https://esco.ec.europa.eu). Words are normalised like the Rust models normalise them
(`spans::normalise_into`: lowercase, surrounding punctuation stripped, digits as `0`).

Method (deterministic, Python standard library only):
1. vocabulary: words seen at least MIN_COUNT times, at most MAX_WORDS of them (most frequent
   first, ties by word);
2. each word's context vector: counts of the CONTEXTS most frequent words right before and right
   after it (separately), weighted by positive pointwise mutual information, L2-normalised;
3. spherical k-means (cosine) into FINE clusters from a seeded sample of words, ITERATIONS
   rounds; the FINE centroids are clustered the same way into COARSE clusters.

Output, one word a line, tab-separated: `word  coarse  fine` (cluster numbers), sorted by word,
after `#` comment lines.

Usage (from the repository root):
    python3 tools/clusters/build_clusters.py --out FILE [--skillspan FILE] [--esco FILE]
        [--fine N] [--coarse N]
"""
import argparse
import csv
import json
import math
import os
import random
import sys
from collections import Counter
from operator import add

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

MIN_COUNT = 3
MAX_WORDS = 12000
CONTEXTS = 1000
FINE = 256
COARSE = 32
ITERATIONS = 12
SEED = 20261203


def normalise(raw):
    """Rust `spans::normalise_into`."""
    start, end = 0, len(raw)
    while start < end and not raw[start].isalnum():
        start += 1
    while end > start and not raw[end - 1].isalnum():
        end -= 1
    shown = raw[start:end] if end > start else raw
    return "".join("0" if c in "0123456789" else c.lower() for c in shown)


def sentences(skillspan, esco):
    """Token sequences of the unlabelled text, normalised."""
    with open(skillspan, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                for sentence in json.loads(line)["sentences"]:
                    yield [normalise(t) for t in sentence["tokens"] if t.strip()]
    with open(esco, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            yield [normalise(t) for t in row["description"].split()]


def normalised(vector):
    norm = math.sqrt(sum(v * v for v in vector))
    return [v / norm for v in vector] if norm > 0 else vector


def kmeans(vectors, width, k, rng):
    """Spherical k-means of sparse unit vectors ({dimension: value}): the cluster of each vector
    and the dense unit centroids."""
    centroids = [[0.0] * width for _ in range(k)]
    for c, i in enumerate(sorted(rng.sample(range(len(vectors)), k))):
        for j, v in vectors[i].items():
            centroids[c][j] = v
    assignment = [-1] * len(vectors)
    for _ in range(ITERATIONS):
        columns = [list(column) for column in zip(*centroids)]
        changed = 0
        for i, vector in enumerate(vectors):
            scores = [0.0] * k
            for j, v in vector.items():
                scores = list(map(add, scores, map(v.__mul__, columns[j])))
            best = max(range(k), key=scores.__getitem__)
            if best != assignment[i]:
                changed += 1
            assignment[i] = best
        sums = [[0.0] * width for _ in range(k)]
        for vector, c in zip(vectors, assignment):
            row = sums[c]
            for j, v in vector.items():
                row[j] += v
        for c in range(k):
            if any(sums[c]):
                centroids[c] = normalised(sums[c])
        print(f"  k={k}: {changed} reassigned", file=sys.stderr)
        if changed == 0:
            break
    return assignment, centroids


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--skillspan", default=os.path.join(ROOT, "..", "shared", "data", "skillspan", "tech_train.jsonl"))
    parser.add_argument("--esco", default=os.path.join(ROOT, "..", "shared", "data", "esco", "skills_uri_text.csv"))
    parser.add_argument("--out", required=True, help="where to write the word<TAB>coarse<TAB>fine file")
    parser.add_argument("--fine", type=int, default=FINE, help="number of fine clusters")
    parser.add_argument("--coarse", type=int, default=COARSE, help="number of coarse clusters")
    args = parser.parse_args()
    if "dev" in os.path.basename(args.skillspan):
        sys.exit("use the SkillSpan train split only")

    text = list(sentences(args.skillspan, args.esco))
    counts = Counter(w for s in text for w in s)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    vocabulary = [w for w, c in ranked if c >= MIN_COUNT][:MAX_WORDS]
    index = {w: i for i, w in enumerate(vocabulary)}
    contexts = {w: i for i, (w, _) in enumerate(ranked[:CONTEXTS])}
    width = 2 * CONTEXTS
    pairs = [Counter() for _ in vocabulary]
    for s in text:
        for i, w in enumerate(s):
            row = index.get(w)
            if row is None:
                continue
            if i > 0 and s[i - 1] in contexts:
                pairs[row][contexts[s[i - 1]]] += 1
            if i + 1 < len(s) and s[i + 1] in contexts:
                pairs[row][CONTEXTS + contexts[s[i + 1]]] += 1
    column_totals = [0] * width
    for row in pairs:
        for j, c in row.items():
            column_totals[j] += c
    total = sum(column_totals)
    vectors = []
    for row in pairs:
        row_total = sum(row.values())
        sparse = {}
        for j, c in sorted(row.items()):
            pmi = math.log(c * total / (row_total * column_totals[j]))
            if pmi > 0:
                sparse[j] = pmi
        norm = math.sqrt(sum(v * v for v in sparse.values())) or 1.0
        vectors.append({j: v / norm for j, v in sparse.items()})
    print(f"{len(text)} sentences, {sum(counts.values())} words, {len(vocabulary)} clustered", file=sys.stderr)
    rng = random.Random(SEED)
    fine, centroids = kmeans(vectors, width, args.fine, rng)
    dense = [{j: v for j, v in enumerate(centroid) if v} for centroid in centroids]
    coarse, _ = kmeans(dense, width, args.coarse, rng)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(
            "# kohtaanto word clusters v1 (tools/clusters/build_clusters.py): word<TAB>coarse cluster<TAB>fine cluster.\n"
            f"# Distributional clusters ({args.fine} fine, {args.coarse} coarse) of the {len(vocabulary)} words seen >= {MIN_COUNT} times in\n"
            "# the SkillSpan train split tokens (Zhang et al. 2022, MIT licence) and the ESCO v1.1 skill label and\n"
            "# description text (ESCO (c) European Union, https://esco.ec.europa.eu, reused with attribution).\n"
        )
        for w in sorted(vocabulary):
            if "\t" in w or "\n" in w or w.startswith("#"):
                continue
            c = fine[index[w]]
            out.write(f"{w}\t{coarse[c]}\t{c}\n")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()

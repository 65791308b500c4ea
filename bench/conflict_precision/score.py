"""Conflict-marker precision from judged codings (see README.md).

Codes the pool with each build given (`sitrep code --format jsonl`), keeps its codings of roots
18-20 that name an actor and are not negated, keyed by (sentence id, verb text), and estimates
the share that is physical violence from `labels.tsv`: each judged coding the build makes counts
with its weight (how many codings its sampling stratum stood for per judged one), a ratio
estimate. Codings no one judged are counted and reported; a build that makes many needs new
labels.

    python3 bench/conflict_precision/score.py /tmp/heldpool.jsonl SITREP [SITREP ...]
"""
import json
import os
import random
import subprocess
import sys

pool, builds = sys.argv[1], sys.argv[2:]
here = os.path.dirname(os.path.abspath(__file__))

labels = {}
for line in open(os.path.join(here, "labels.tsv")):
    if line.startswith("#"):
        continue
    sid, verb, label, weight = line.rstrip("\n").split("\t")[:4]
    labels[(sid, verb)] = (label == "yes", float(weight))


def conflict(binary):
    out = subprocess.run([binary, "code", "--format", "jsonl", "--db", "/tmp/conflict.db"],
                         stdin=open(pool), capture_output=True, text=True, check=True).stdout
    keys = set()
    for line in out.splitlines():
        e = json.loads(line)
        if e["negated"] or not (e["source_actor"] or e["target_actor"]):
            continue
        if e["type"]["cameo"][:2] in ("18", "19", "20"):
            keys.add((e["sentence_id"], e["verb"]))
    return keys


random.seed(1)
for binary in builds:
    keys = conflict(binary)
    judged = [labels[k] for k in keys if k in labels]
    yes = sum(w for y, w in judged if y)
    total = sum(w for _, w in judged)
    boot = []
    for _ in range(2000):
        sample = [random.choice(judged) for _ in judged]
        boot.append(sum(w for y, w in sample if y) / sum(w for _, w in sample))
    boot.sort()
    print(f"{binary}: {len(keys)} codings, {len(judged)} judged, {len(keys) - len(judged)} not;"
          f" precision {yes / total:.3f} (95% interval {boot[50]:.3f}-{boot[1950]:.3f}),"
          f" about {yes:.0f} acts of violence")

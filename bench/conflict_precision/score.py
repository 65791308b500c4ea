"""Conflict-marker precision from judged codings (see README.md).

Codes the pool with two builds of `sitrep code --format jsonl`, keeps each build's codings of
roots 18-20 that name an actor and are not negated, keyed by (sentence id, verb text), and
estimates each build's precision from `labels.tsv` (judged codings: id, verb, yes/no) by
strata: codings both builds make, and codings only one makes.

    python3 bench/conflict_precision/score.py /tmp/heldpool.jsonl OLD_BINARY NEW_BINARY
"""
import json
import os
import random
import subprocess
import sys

pool, old, new = sys.argv[1:4]
here = os.path.dirname(os.path.abspath(__file__))


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


labels = {}
for line in open(os.path.join(here, "labels.tsv")):
    if line.startswith("#"):
        continue
    sid, verb, label = line.rstrip("\n").split("\t")[:3]
    labels[(sid, verb)] = label == "yes"

a, b = conflict(old), conflict(new)
strata = {"both": a & b, "old only": a - b, "new only": b - a}
rate = {}
for name, keys in strata.items():
    judged = [labels[k] for k in keys if k in labels]
    rate[name] = sum(judged) / len(judged) if judged else None
    print(f"{name}: {len(keys)} codings, {len(judged)} judged, violence {rate[name]}")


def precision(parts):
    total = sum(len(strata[p]) for p in parts)
    return sum(len(strata[p]) * (rate[p] or 0) for p in parts) / total if total else 0


print(f"precision old {precision(['both', 'old only']):.3f}, new {precision(['both', 'new only']):.3f}")
kept = [labels[k] for k in strata["both"] if k in labels]
random.seed(1)
boot = sorted(sum(random.choice(kept) for _ in kept) / len(kept) for _ in range(2000))
print(f"'both' stratum 95% interval {boot[50]:.3f}-{boot[1950]:.3f}")

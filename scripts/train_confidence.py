"""Fit and score the event confidence model (data/confidence/model.tsv).

The model is a logistic regression over the features `sitrep code --explain` prints for each
coding (crates/sitrep-events/src/confidence.rs). Its target is the judged label of the coding
in data/confidence/labels.tsv: 1 when the judge said "yes" (a real event, root and sides
right), 0 for "partly" or "no". See data/confidence/README.md for where the labels come from.

Fit on the tune half, write the model:

    python3 scripts/train_confidence.py fit FEATURES_TUNE.jsonl data/confidence/labels.tsv \
        > data/confidence/model.tsv

Score a model (and the old heuristic) on the held-out half, leaving out held-out sentences
that the tune pool holds too:

    python3 scripts/train_confidence.py score FEATURES_HELD.jsonl data/confidence/labels.tsv \
        data/confidence/model.tsv TUNE_POOL.jsonl

FEATURES_*.jsonl is `sitrep code --explain --format jsonl POOL.jsonl` over a sentence pool
written by bench/conflict_precision/pool.py (`--half tune` for the tune half). Python 3
standard library only; the fit is deterministic.
"""

import json
import math
import random
import sys

L2_GRID = [1.0, 3.0, 10.0, 30.0, 100.0]
MIN_COUNT = 3  # a feature seen fewer times in the training codings gets no weight
EPOCHS = 300


def key(r):
    """A coding: its sentence, where its verb starts, its code, sides and flags."""
    src = (r.get("source_actor") or {}).get("code", "")
    tgt = (r.get("target_actor") or {}).get("code", "")
    return (r["sentence_id"], r["verb_range"]["start"], r["type"]["cameo"], src, tgt,
            r["hypothetical"], r["negated"])


def read_labels(path, half):
    labels = {}
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if line.startswith("#") or not line.strip():
            continue
        cells = line.rstrip("\n").split("\t")
        h, sid, start, _verb, code, src, tgt, hyp, neg, label = cells[:10]
        k = (sid, int(start), code, src, tgt, hyp == "hypothetical", neg == "negated")
        if h != half:
            continue
        if k in labels:
            sys.exit(f"{path}:{n}: a second label for the same coding")
        labels[k] = label
    return labels


def read_examples(features_path, labels):
    """(features, y, record) for each labelled coding. A coding the labels name twice in the
    features (the same words coded twice alike) is an error; labelled codings the coder no
    longer makes are counted."""
    out, seen = [], set()
    for line in open(features_path, encoding="utf-8"):
        r = json.loads(line)
        k = key(r)
        if k in labels:
            if k in seen:
                sys.exit(f"{features_path}: the labelled coding {k} appears twice")
            seen.add(k)
            out.append((r["features"], 1 if labels[k] == "yes" else 0, r))
    missing = len(labels) - len(seen)
    print(f"# {len(seen)} of {len(labels)} labelled codings found in {features_path}"
          + (f"; {missing} are no longer coded" if missing else ""), file=sys.stderr)
    return out


def sigmoid(z):
    if z < -30:
        return 1e-13
    if z > 30:
        return 1 - 1e-13
    return 1 / (1 + math.exp(-z))


def fit(examples, l2, vocab):
    """L2-regularised logistic regression by full-batch gradient descent (AdaGrad steps)."""
    w = {f: 0.0 for f in vocab}
    bias = 0.0
    g2 = {f: 1e-8 for f in vocab}
    gb2 = 1e-8
    n = len(examples)
    rate = 0.5
    for _ in range(EPOCHS):
        grad = {f: l2 * w[f] / n for f in vocab}
        gb = 0.0
        for feats, y, _ in examples:
            z = bias + sum(w[f] for f in feats if f in w)
            d = (sigmoid(z) - y) / n
            gb += d
            for f in feats:
                if f in grad:
                    grad[f] += d
        gb2 += gb * gb
        bias -= rate * gb / math.sqrt(gb2)
        for f in vocab:
            g2[f] += grad[f] ** 2
            w[f] -= rate * grad[f] / math.sqrt(g2[f])
    return bias, w


def predict(bias, w, feats):
    return sigmoid(bias + sum(w.get(f, 0.0) for f in feats))


def log_loss(examples, p):
    return -sum(math.log(q if y else 1 - q) for (_, y, _), q in zip(examples, p)) / len(examples)


def vocabulary(examples):
    counts = {}
    for feats, _, _ in examples:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    return sorted(f for f, c in counts.items() if c >= MIN_COUNT)


def document(r):
    """The document of a coding: its sentence id without the sentence number."""
    return r["sentence_id"].rsplit(":", 1)[0]


def story_groups(examples):
    """Each document's group: documents that share a sentence (a story printed twice under
    two ids) are one group, so that no fold tests on a copy of what it trained on."""
    parent = {}

    def find(d):
        while parent.setdefault(d, d) != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    first_doc = {}
    for _, _, r in examples:
        d = document(r)
        find(d)
        other = first_doc.setdefault(r["sentence"], d)
        parent[find(d)] = find(other)
    return {d: find(d) for d in parent}


def cross_validate(examples, l2, folds=5):
    """Mean held-out log-loss over folds of whole documents (reprints kept together; seeded)."""
    group = story_groups(examples)
    groups = sorted(set(group.values()))
    random.Random(2311).shuffle(groups)
    fold_of = {d: i % folds for i, d in enumerate(groups)}
    fold_of = {d: fold_of[g] for d, g in group.items()}
    losses = []
    for k in range(folds):
        test = [e for e in examples if fold_of[document(e[2])] == k]
        train = [e for e in examples if fold_of[document(e[2])] != k]
        bias, w = fit(train, l2, vocabulary(train))
        losses.append(log_loss(test, [predict(bias, w, f) for f, _, _ in test]))
    return sum(losses) / folds


def heuristic(r):
    """The confidence sitrep used before the model (one mention)."""
    actors = (r.get("source_actor") is not None) + (r.get("target_actor") is not None)
    root = r["type"]["cameo"][:2]
    c = {2: 0.6, 1: 0.45}.get(actors, 0.3 if root in ("14", "17", "18", "19", "20") else 0.15)
    if r["hypothetical"] or r["negated"]:
        c -= 0.1
    return c


def auc(ys, ps):
    """The area under the ROC curve by ranks (ties share their mean rank)."""
    order = sorted(range(len(ps)), key=lambda i: ps[i])
    ranks = [0.0] * len(ps)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and ps[order[j + 1]] == ps[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    n_pos = sum(ys)
    n_neg = len(ys) - n_pos
    if not n_pos or not n_neg:
        return float("nan")
    return (sum(r for r, y in zip(ranks, ys) if y) - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def interval(ys, ps, stat, rounds=1000):
    """The 95% bootstrap interval of stat(ys, ps), resampling codings (seeded)."""
    rng = random.Random(2311)
    n = len(ys)
    values = []
    for _ in range(rounds):
        idx = [rng.randrange(n) for _ in range(n)]
        values.append(stat([ys[i] for i in idx], [ps[i] for i in idx]))
    values.sort()
    return values[int(0.025 * rounds)], values[int(0.975 * rounds) - 1]


def precision_at(t):
    def stat(ys, ps):
        kept = [y for y, p in zip(ys, ps) if p >= t]
        return sum(kept) / len(kept) if kept else float("nan")
    return stat


def report(name, examples, ps):
    ys = [y for _, y, _ in examples]
    n = len(ys)
    brier = sum((p - y) ** 2 for y, p in zip(ys, ps)) / n
    lo, hi = interval(ys, ps, auc)
    print(f"{name}: n={n} yes={sum(ys)} ({sum(ys)/n:.3f}) AUC={auc(ys, ps):.3f} ({lo:.3f}-{hi:.3f}) "
          f"Brier={brier:.4f} log-loss={log_loss(examples, ps):.4f} mean={sum(ps)/n:.3f}")
    bins = [(0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)]
    for lo, hi in bins:
        sel = [(y, p) for y, p in zip(ys, ps) if lo <= p < hi]
        if sel:
            print(f"  confidence {lo:.1f}-{min(hi, 1):.1f}: {len(sel):4d} codings, "
                  f"mean {sum(p for _, p in sel)/len(sel):.3f}, judged yes {sum(y for y, _ in sel)/len(sel):.3f}")
    for t in (0.3, 0.4, 0.5, 0.6):
        kept = [y for y, p in zip(ys, ps) if p >= t]
        if kept:
            lo, hi = interval(ys, ps, precision_at(t))
            print(f"  kept at >= {t}: {len(kept)}/{n}, precision {sum(kept)/len(kept):.3f} "
                  f"({lo:.3f}-{hi:.3f}), recall of yes {sum(kept)/max(sum(ys), 1):.3f}")


def main():
    mode = sys.argv[1]
    if mode == "fit":
        examples = read_examples(sys.argv[2], read_labels(sys.argv[3], "tune"))
        scores = {l2: cross_validate(examples, l2) for l2 in L2_GRID}
        best = min(L2_GRID, key=lambda l2: scores[l2])
        bias, w = fit(examples, best, vocabulary(examples))
        p = [predict(bias, w, f) for f, _, _ in examples]
        print("# sitrep event confidence model: logistic regression, feature<TAB>weight.")
        print("# Generated by scripts/train_confidence.py fit from the tune-half labels in")
        print("# data/confidence/labels.tsv; do not edit by hand (see README.md).")
        print(f"# {len(examples)} labelled codings, {sum(y for _, y, _ in examples)} judged yes; "
              f"features seen >= {MIN_COUNT} times: {len(w)}.")
        print("# 5-fold cross-validated log-loss (folds of whole documents, reprints together) by L2: "
              + ", ".join(f"{l2}: {scores[l2]:.4f}" for l2 in L2_GRID) + f"; chosen {best}.")
        print(f"# Training log-loss {log_loss(examples, p):.4f}.")
        print(f"bias\t{bias:.4f}")
        for f in sorted(w):
            if abs(w[f]) >= 0.005:
                print(f"{f}\t{w[f]:.4f}")
    elif mode == "score":
        if len(sys.argv) != 6:
            sys.exit(__doc__)
        examples = read_examples(sys.argv[2], read_labels(sys.argv[3], "held"))
        # Sentences that the tune pool also holds word for word (a document printed twice
        # under two ids) are not held out.
        tune_texts = {json.loads(line)["text"] for line in open(sys.argv[5], encoding="utf-8")}
        kept = [e for e in examples if e[2]["sentence"] not in tune_texts]
        print(f"# {len(examples) - len(kept)} held-out codings left out: their sentence is "
              "in the tune pool too")
        examples = kept
        bias, w = 0.0, {}
        for line in open(sys.argv[4], encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            f, v = line.rstrip("\n").split("\t")[:2]
            if f == "bias":
                bias = float(v)
            else:
                w[f] = float(v)
        report("model", examples, [predict(bias, w, f) for f, _, _ in examples])
        report("heuristic", examples, [heuristic(r) for _, _, r in examples])
        prior = sum(y for _, y, _ in examples) / len(examples)
        report("constant", examples, [prior] * len(examples))
    else:
        sys.exit(__doc__)


main()

"""Score sitrep's CAMEO root codes on the CAMEO_ConfliBERT coder-training sentences.

Reads the JSONL written by build.py (kept outside the repository) and codes each sentence on
its own with `sitrep code`. Scored sentences are those most coders marked relevant and that
carry at least one root chosen by 3 of the 4 coders (positives), and those most coders marked
not relevant (negatives, where every coding is a false positive); 2-2 ties and relevant
sentences without a 3-of-4 root are left out and counted.

A sentence's predicted roots are the roots of its codings that are not negated (hypothetical
ones included). Root precision, recall and F1 are micro-averaged over sentences with set
matching: a gold root found is a hit, a root coded that no coder majority chose is a false
positive, a gold root not coded is a miss. Reported per half (tune, held), once with all roots
and once without root 01 (public statement): the coders code most "officials said" clauses as
01, which sitrep by design codes only when the statement has content of its own (012 pessimism,
016 denial, ...).

    python3 bench/cameo_conflibert/score.py /tmp/conflibert.jsonl target/release/sitrep [--half tune] [--show]
"""
import collections
import json
import subprocess
import sys
import tempfile

path, binary = sys.argv[1], sys.argv[2]
only = sys.argv[sys.argv.index("--half") + 1] if "--half" in sys.argv else None
show = "--show" in sys.argv
records = [json.loads(line) for line in open(path, encoding="utf-8")]
if only:
    records = [r for r in records if r["split"] == only]

with tempfile.TemporaryDirectory() as tmp:
    lines = "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in records)
    out = subprocess.run(
        [binary, "code", "--format", "jsonl", "--db", f"{tmp}/score.db"],
        input=lines, capture_output=True, text=True, check=True,
    ).stdout
predicted = collections.defaultdict(set)
verbs = collections.defaultdict(list)
for line in out.splitlines():
    coding = json.loads(line)
    if coding["negated"]:
        continue
    predicted[coding["sentence_id"]].add(coding["type"]["cameo_root"])
    verbs[coding["sentence_id"]].append(f'{coding["type"]["cameo"]} [{coding["verb"]}]')


def score(half, drop01):
    tp = fp = fn = 0
    scored = positives = negatives = negative_alarms = skipped = 0
    confusions = collections.Counter()
    for r in records:
        if r["split"] != half:
            continue
        gold = set(r["labels"])
        if r["relevant"] is None or (r["relevant"] and not gold):
            skipped += 1
            continue
        pred = set(predicted.get(r["id"], set()))
        if drop01:
            gold.discard("01")
            pred.discard("01")
            if r["relevant"] and not gold:
                skipped += 1
                continue
        scored += 1
        if r["relevant"]:
            positives += 1
        else:
            negatives += 1
            gold = set()
            negative_alarms += bool(pred)
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        for g in sorted(gold - pred):
            confusions[(g, ",".join(sorted(pred - gold)) or "none")] += 1
        for p in sorted(pred - gold):
            if not gold:
                confusions[("none", p)] += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    label = "roots 02-20" if drop01 else "all roots"
    print(
        f"{half:5} {label:11} | sentences {scored} ({positives} with events, {negatives} without; "
        f"{skipped} left out) | root P {p:.3f} R {rc:.3f} F1 {f1:.3f} | "
        f"event-free sentences coded: {negative_alarms}/{negatives}"
    )
    top = ", ".join(f"{g}->{q} x{n}" for (g, q), n in confusions.most_common(8))
    print(f"      confusions (gold->ours): {top}")


def coders(half, drop01):
    """Each human coder scored the same way against the roots at least 2 of the other 3 chose
    (sentences the other 3 split 2-1 or 3-0 on relevance): how far people agree."""
    figures = []
    names = sorted({c for r in records for c in r.get("coders", {})})
    for name in names:
        tp = fp = fn = 0
        for r in records:
            each = r.get("coders", {})
            if r["split"] != half or name not in each:
                continue
            others = [each[o] for o in each if o != name]
            votes = sum(o["relevant"] for o in others)
            if votes * 2 == len(others):
                continue
            relevant = votes * 2 > len(others)
            count = collections.Counter(x for o in others if o["relevant"] for x in o["codes"])
            gold = {k for k, v in count.items() if v >= 2} if relevant else set()
            pred = set(each[name]["codes"]) if each[name]["relevant"] else set()
            if drop01:
                gold.discard("01")
                pred.discard("01")
            if relevant and not gold:
                continue
            tp += len(gold & pred)
            fp += len(pred - gold)
            fn += len(gold - pred)
        p = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        figures.append(2 * p * rc / (p + rc) if p + rc else 0.0)
    if figures:
        label = "roots 02-20" if drop01 else "all roots"
        each_f1 = " ".join(f"{f:.3f}" for f in figures)
        print(
            f"{half:5} {label:11} | human coders against the other three: root F1 {each_f1} "
            f"(mean {sum(figures) / len(figures):.3f})"
        )


for half in (["tune", "held"] if not only else [only]):
    for drop01 in (False, True):
        score(half, drop01)
    for drop01 in (False, True):
        coders(half, drop01)
if show:
    for r in records:
        gold = set(r["labels"]) if r["relevant"] else set()
        pred = predicted.get(r["id"], set())
        if r["relevant"] is not None and gold != pred:
            print(f'\n{r["id"]} relevant={r["relevant"]} gold={sorted(gold)} votes={r["votes"]}')
            print(f'  {r["text"]}')
            print(f'  ours {verbs.get(r["id"], [])}')

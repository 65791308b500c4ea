"""Score a sitrep build on one half of R30 or R31 (see README.md).

    python3 bench/real_sentences/score.py SITREP SAMPLE_DIR r30|r31|r32 tune|held [--fail]

SAMPLE_DIR holds the sentence files that sample.py writes; the labels are read from labels/.
Prints one line:
  typed       labelled main events with a PLOVER type whose best coding (the coding of that type
              if any, preferring one whose actors' country prefixes match) has the type;
  any-root    labelled main events (statements and appeals too) with a coding of their root;
  none_clean  sentences labelled NONE with no coding of a PLOVER type that is neither negated nor
              hypothetical;
  predP       (sentence, root) pairs of such codings that are a labelled root (main or other);
  src, tgt    country prefix agreement of the best coding, where the label names the side.
With --fail, the confusions and every miss and false alarm.
"""
import collections
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODES = HERE.parent.parent / "data/cameo/codes.tsv"


def main():
    if len(sys.argv) < 5:
        sys.exit("usage: score.py SITREP SAMPLE_DIR r30|r31|r32 tune|held [--fail]")
    sitrep, sample_dir, name, half = sys.argv[1:5]
    fail = "--fail" in sys.argv
    plover = {r[0]: r[5] for r in csv.reader(open(CODES, encoding="utf-8"), delimiter="\t")}
    text = {}
    for x in "ab":
        for line in open(Path(sample_dir) / f"{name}{half}{x}.tsv", encoding="utf-8"):
            i, t = line.rstrip("\n").split("\t", 1)
            text[i] = t
    labels = list(csv.DictReader(open(HERE / "labels" / f"{name}{half}.tsv", encoding="utf-8"), delimiter="\t"))
    with tempfile.TemporaryDirectory() as tmp:
        inp = "".join(json.dumps({"id": r["id"], "text": text[r["id"]]}) + "\n" for r in labels)
        out = subprocess.run([sitrep, "code", "--format", "jsonl", "--db", f"{tmp}/s.db", "-"], input=inp,
                             capture_output=True, text=True, check=True).stdout
    codings = collections.defaultdict(list)
    for line in out.splitlines():
        r = json.loads(line)
        if not r["negated"]:
            codings[r["sentence_id"]].append(r)

    def pre(a):
        return (a or {}).get("code", "")[:3]

    n = collections.Counter()
    confusions = collections.Counter()
    fails = []
    for lab in labels:
        cs = codings.get(lab["id"], [])
        code, src, tgt = lab["cameo"].strip(), lab["source"].strip(), lab["target"].strip()
        other = [o.split(":")[0] for o in lab["other"].split(";") if o.strip() not in ("", "-")]
        real = [c for c in cs if not c["hypothetical"] and c["type"]["plover"]]
        roots = ({code[:2]} if code != "NONE" else set()) | {o[:2] for o in other}
        for root in {c["type"]["cameo_root"] for c in real}:
            n["pred"] += 1
            n["pred_ok"] += root in roots
        shown = [f"{c['type']['cameo']} {pre(c['source_actor']) or '---'}->{pre(c['target_actor']) or '---'}"
                 f" '{c['verb']}'{' H' if c['hypothetical'] else ''}" for c in cs]
        if code == "NONE":
            n["none"] += 1
            n["none_ok"] += not real
            if real:
                confusions[("NONE", real[0]["type"]["plover"])] += 1
                fails.append(("FP", lab["id"], text[lab["id"]], code, shown))
            continue
        n["any"] += 1
        n["any_ok"] += any(c["type"]["cameo_root"] == code[:2] for c in cs)
        gold = plover.get(code, "")
        if not gold:
            continue
        n["typed"] += 1

        def key(c):
            return (c["type"]["plover"] == gold,
                    (src not in ("", "-") and pre(c["source_actor"]) == src[:3])
                    + (tgt not in ("", "-") and pre(c["target_actor"]) == tgt[:3]))

        best = max(cs, key=key) if cs else None
        ok = best is not None and best["type"]["plover"] == gold
        n["typed_ok"] += ok
        if ok and src not in ("", "-"):
            n["src"] += 1
            n["src_ok"] += pre(best["source_actor"]) == src[:3]
        if ok and tgt not in ("", "-"):
            n["tgt"] += 1
            n["tgt_ok"] += pre(best["target_actor"]) == tgt[:3]
        if not ok:
            confusions[(gold, (best["type"]["plover"] or "-") if best else "none")] += 1
            fails.append(("MISS", lab["id"], text[lab["id"]], code, shown))

    def share(a, b):
        return f"{n[a]}/{n[b]}={n[a] / max(n[b], 1):.3f}"

    print(f"{name.upper()} {half}: typed {share('typed_ok', 'typed')} any-root {share('any_ok', 'any')} "
          f"none_clean {share('none_ok', 'none')} predP {share('pred_ok', 'pred')} "
          f"src {n['src_ok']}/{n['src']} tgt {n['tgt_ok']}/{n['tgt']}")
    if fail:
        print(confusions.most_common(25))
        for f in fails:
            print(" | ".join(map(str, f)))


if __name__ == "__main__":
    main()

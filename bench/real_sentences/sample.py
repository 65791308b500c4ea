"""Draw the R30, R31 and R32 samples of real news sentences (see README.md).

Reads the sentence pools that ../conflict_precision/pool.py writes (the tune and held-out halves
of BBC News, Reuters-21578, ECB+ and TimeBank/AQUAINT in ../shared/data) and writes, outside the
repository, the four files of each set to label: `r30tunea.tsv`, `r30tuneb.tsv`, `r30helda.tsv`,
... (150 lines each: id TAB sentence). The draw is seeded, so the same pools give the same ids as
the committed labels.

    python3 bench/conflict_precision/pool.py ../shared/data /tmp/tunepool.jsonl --half tune
    python3 bench/conflict_precision/pool.py ../shared/data /tmp/heldpool.jsonl
    python3 bench/real_sentences/sample.py /tmp/tunepool.jsonl /tmp/heldpool.jsonl OUT_DIR

R30: sentences at random from ECB+ (120), TimeBank/AQUAINT (90) and BBC politics (90).
R31: sentences that name a country (a name, alias or adjective of data/actors/countries.tsv of
four letters or more), not in R30, from TimeBank/AQUAINT (100), ECB+ (60), BBC politics (60) and
Reuters (80).
R32: sentences that name two different countries (names, aliases or adjectives of two rows, as for
R31; so mostly dyadic news, like the PLOVER records), in neither R30 nor R31, from Reuters (110),
ECB+ (70), TimeBank/AQUAINT (70), BBC politics (25) and BBC business (25).
"""
import csv
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def by_source(path, keep=lambda r: True):
    out = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        if keep(r):
            out.setdefault(r["id"].split(":")[0], []).append(r)
    return out


def write(out_dir, name, half, pick):
    for k, chunk in enumerate((pick[:150], pick[150:])):
        with open(Path(out_dir) / f"{name}{half}{'ab'[k]}.tsv", "w", encoding="utf-8") as f:
            for r in chunk:
                f.write(r["id"] + "\t" + r["text"].replace("\t", " ") + "\n")


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: sample.py TUNEPOOL.jsonl HELDPOOL.jsonl OUT_DIR")
    pools = {"tune": sys.argv[1], "held": sys.argv[2]}
    out_dir = sys.argv[3]
    r30_ids = set()
    for half, seed in (("tune", 2711), ("held", 2712)):
        by = by_source(pools[half])
        rnd = random.Random(seed)
        pick = rnd.sample(by["ecb"], 120) + rnd.sample(by["tbaq"], 90) + rnd.sample(by["bbc-politics"], 90)
        rnd.shuffle(pick)
        r30_ids |= {r["id"] for r in pick}
        write(out_dir, "r30", half, pick)
    names = {}
    rows = (line for line in open(ROOT / "data/actors/countries.tsv", encoding="utf-8") if not line.startswith("#"))
    for r in csv.DictReader(rows, delimiter="\t"):
        for col in ("name", "aliases", "adjectives"):
            for a in (r.get(col) or "").split("|"):
                a = a.strip()
                if len(a) >= 4 and a[0].isupper():
                    names.setdefault(a, r["code"])
    country = re.compile(r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")
    r31_ids = set()
    for half, seed in (("tune", 3101), ("held", 3102)):
        by = by_source(pools[half], lambda r: r["id"] not in r30_ids and country.search(r["text"]))
        rnd = random.Random(seed)
        pick = (rnd.sample(by["tbaq"], 100) + rnd.sample(by["ecb"], 60) + rnd.sample(by["bbc-politics"], 60)
                + rnd.sample(by["reu"], 80))
        rnd.shuffle(pick)
        r31_ids |= {r["id"] for r in pick}
        write(out_dir, "r31", half, pick)

    def two_countries(r):
        return len({names[m] for m in country.findall(r["text"])}) >= 2

    for half, seed in (("tune", 3201), ("held", 3202)):
        by = by_source(pools[half], lambda r: r["id"] not in r30_ids | r31_ids and two_countries(r))
        rnd = random.Random(seed)
        pick = (rnd.sample(by["reu"], 110) + rnd.sample(by["ecb"], 70) + rnd.sample(by["tbaq"], 70)
                + rnd.sample(by["bbc-politics"], 25) + rnd.sample(by["bbc-business"], 25))
        rnd.shuffle(pick)
        write(out_dir, "r32", half, pick)


if __name__ == "__main__":
    main()

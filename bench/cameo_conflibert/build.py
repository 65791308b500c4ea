"""Build the CAMEO_ConfliBERT evaluation sentences as JSONL, outside the repository.

The sentences and their codes come from github.com/javierosorio/CAMEO_ConfliBERT: 200 real
English news sentences, each coded by four human coders (annotator-training rounds 7 and 9,
exported to CSV by that project). Download the two files at the pinned commits and pass them:

    annotations/training_round_7/summary.csv @ d35d55be6f1abb026e26c58829493ba800d26096
    annotations/training_round_9/summary.csv @ 71ab0d18f4cb28f74f323583674a03c6867f2ee9

    python3 bench/cameo_conflibert/build.py round7.csv round9.csv /tmp/conflibert.jsonl

Each output line: {"id", "text", "labels", "labels_lenient", "relevant", "votes", "coders",
"split"}; `coders` holds each coder's relevance flag and roots.
`labels` are the CAMEO roots (two digits) chosen by at least 3 of the 4 coders, counting only
coders who marked the sentence relevant; `labels_lenient` by at least 2. `relevant` is true when
more than two coders marked the sentence relevant, false when fewer than two did, null on a tie.
`split` is "tune" when the first hex digit of sha1(id) is 0-7, else "held" (fixed before any
held sentence was read).
"""
import collections
import csv
import hashlib
import io
import json
import re
import sys

EXPECTED = {
    7: "245048a50a1629a2345541c6126da6d4fcb3fea8ea566b963bfcabad5d9904ed",
    9: "d0df39559475e3a064a6d6fa4d87568f0307e2ccb7c19d689f281b005096209b",
}
# A CAMEO cell reads like "3-11 Disapprove" (penta class, dash, root code); coders sometimes
# typed it into the PentaClass column, so every action column is read by its shape.
CAMEO_VALUE = re.compile(r"^\s*(\d)-(\d{1,2})\s")
ACTION_COLUMN = re.compile(r"^Action(\d)[-_](PentaClass|CAMEO)_(\d)$")


def records(text, round_no):
    rows = list(csv.DictReader(io.StringIO(text)))
    header = list(rows[0].keys())
    coders = sorted({m.group(1) for h in header for m in [re.match(r"1_Relevant_(\d)$", h)] if m})
    for row in rows:
        number = int(row["No"].replace("No.", "").strip())
        rid = f"cameo_conflibert-{number:03d}"
        votes, relevant_votes, coded = collections.Counter(), 0, 0
        each = {}
        for c in coders:
            if row.get(f"anncomplete_{c}") != "True":
                continue
            coded += 1
            codes = set()
            for h in header:
                m = ACTION_COLUMN.match(h)
                if m and m.group(3) == c:
                    value = CAMEO_VALUE.match((row[h] or "").strip())
                    if value:
                        codes.add("%02d" % int(value.group(2)))
            relevant = row.get(f"1_Relevant_{c}") == "True"
            each[f"coder{c}"] = {"relevant": relevant, "codes": sorted(codes)}
            if not relevant:
                continue
            relevant_votes += 1
            votes.update(codes)
        relevant = (
            True if relevant_votes * 2 > coded else False if relevant_votes * 2 < coded else None
        )
        yield {
            "id": rid,
            "text": row["sentences"].strip(),
            "labels": sorted(k for k, v in votes.items() if v >= 3),
            "labels_lenient": sorted(k for k, v in votes.items() if v >= 2),
            "relevant": relevant,
            "votes": dict(sorted(votes.items())),
            "coders": each,
            "round": round_no,
            "split": "tune" if hashlib.sha1(rid.encode()).hexdigest()[0] in "01234567" else "held",
        }


def main():
    round7, round9, out_path = sys.argv[1:4]
    out = []
    for round_no, path in ((7, round7), (9, round9)):
        text = open(path, encoding="utf-8", newline="").read()
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if digest != EXPECTED[round_no]:
            sys.exit(f"{path}: sha256 {digest}, expected {EXPECTED[round_no]} (round {round_no})")
        out.extend(records(text, round_no))
    out.sort(key=lambda r: r["id"])
    if len({r["id"] for r in out}) != 200:
        sys.exit(f"expected 200 distinct sentences, read {len(out)}")
    with open(out_path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    halves = collections.Counter(r["split"] for r in out)
    print(f"wrote {len(out)} sentences to {out_path}: tune {halves['tune']}, held {halves['held']}")


main()

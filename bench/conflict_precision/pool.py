"""Sentence pool for the conflict-marker precision check (see README.md): the held-out halves,
or with `--half tune` the tune halves (the event confidence model, data/confidence/README.md).

Writes one JSONL line per sentence, {"id": "<source>:<doc>:<n>", "text": ...}, from the held-out
halves (first SHA-256 hex digit of the document id 8-f, as `Half::of` in sitrep-eval) of
BBC News, Reuters-21578, ECB+ and TimeBank/AQUAINT in ../shared/data. Nothing is written into
the repository: pass an output path outside it.

    python3 bench/conflict_precision/pool.py ../shared/data /tmp/heldpool.jsonl
    python3 bench/conflict_precision/pool.py ../shared/data /tmp/tunepool.jsonl --half tune
"""
import gzip
import hashlib
import json
import re
import sys

if len(sys.argv) not in (3, 5) or (len(sys.argv) == 5 and sys.argv[3:] not in (["--half", "tune"], ["--half", "held"])):
    sys.exit("usage: pool.py DATA_DIR OUT.jsonl [--half tune|held]")
data, out_path = sys.argv[1], sys.argv[2]
tune = sys.argv[3:5] == ["--half", "tune"]
split = re.compile(r'(?<=[.!?])["\']?\s+(?=[A-Z"\'])')


def held_out(doc_id):
    return (int(hashlib.sha256(doc_id.encode()).hexdigest()[0], 16) >= 8) != tune


def sentences(text):
    for para in text.split("\n"):
        for s in split.split(para.strip()):
            s = s.strip()
            if 30 < len(s) < 400:
                yield s


n = 0
with open(out_path, "w") as out:
    def emit(source, doc, k, text):
        global n
        out.write(json.dumps({"id": f"{source}:{doc}:{k}", "text": text}) + "\n")
        n += 1

    for line in gzip.open(f"{data}/timebank-aquaint-timex/tbaq-timex.jsonl.gz", "rt"):
        r = json.loads(line)
        if held_out(r["doc_id"]):
            for k, s in enumerate(sentences(r["text"])):
                emit("tbaq", r["doc_id"], k, s)
    for line in gzip.open(f"{data}/ecbplus-story-clusters/ecbplus-docs.jsonl.gz", "rt"):
        r = json.loads(line)
        if held_out(r["doc_id"]):
            for s in r["sentences"]:
                t = (s["text"].replace(" ,", ",").replace(" .", ".").replace(" 's", "'s")
                     .replace("`` ", '"').replace(" ''", '"'))
                if 30 < len(t) < 400:
                    emit("ecb", r["doc_id"], s["n"], t)
    for line in gzip.open(f"{data}/bbc-news-2225/bbc-news-2225.jsonl.gz", "rt"):
        r = json.loads(line)
        if held_out(r["id"]):
            for k, s in enumerate(sentences(r["text"])):
                emit("bbc-" + r["category"], r["id"].replace(":", "_"), k, s)
    for line in gzip.open(f"{data}/reuters-21578/reuters21578.jsonl.gz", "rt"):
        r = json.loads(line)
        if held_out(str(r["newid"])) and r.get("body"):
            body = re.sub(r"\s*\n\s*", " ", r["body"])
            for k, s in enumerate(sentences(body)):
                emit("reu", str(r["newid"]), k, s)
print(n, "sentences")

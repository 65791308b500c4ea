#!/usr/bin/env python3
"""Build data/cameo/codes.tsv, the CAMEO codebook sitrep embeds, from published tables.

Maintainer tool (Python 3, standard library only); the Rust build never runs it. Run from the
repository root:

    python3 scripts/build_cameo_codebook.py \
        --plover ../shared/data/plover \
        --gdelt-names data/cameo/source/gdelt-CAMEO.eventcodes.txt \
        --out data/cameo/codes.tsv

Sources (see data/cameo/README.md for origin and licences):

- CAMEO2PLOVER-2021.txt (PLOVER, CC BY-SA 4.0): CAMEO codes 03-20 with their CAMEO names and the
  PLOVER type, mode and context each maps to. It is the primary source of names, because its names
  follow the CAMEO 1.1b3 manual (GDELT's name list has known errors in the 10x block).
- gdelt-CAMEO.eventcodes.txt (GDELT): names of the codes the PLOVER table leaves out (roots 01 and
  02 with their sub-codes, which PLOVER dropped) and of the 2-digit roots (the PLOVER table heads
  each root with a PLOVER type, not a CAMEO name).
- CAMEO.goldsteinscale.tsv (GDELT, Goldstein 1992): the Goldstein value of each code.

Rules, so that every value in the output can be traced back:

- The code set is the union of the three sources' codes; the root is the first two digits.
- quad_class follows the standard CAMEO root ranges: 01-05 verbal cooperation (1), 06-09 material
  cooperation (2), 10-14 verbal conflict (3), 15-20 material conflict (4). GDELT's name list
  groups the roots the same way; the script checks that.
- name: the PLOVER table's name (minus the few edits in NAME_FIXES), else GDELT's, in sentence
  case for the upper-case root names, with runs of spaces collapsed.
- plover_type/mode/context: from the code's own row in the PLOVER table. A root takes the PLOVER
  type of its "not specified" code (03 -> 030), which equals the table's section heading (root 08
  has two headings, CONCEDE and RETREAT; 080 is CONCEDE). Roots carry no mode or context.
  Codes absent from the table (01*, 02*) have no PLOVER values.
- goldstein: GDELT's value; empty where GDELT has none (1213, 1214).
- A code listed twice in the PLOVER table (175) must map the same way both times; the later
  name wins ("Use tactics of violent repression", which is also GDELT's).

Output: tab-separated, one header line, rows sorted by code as a string (01, 010, 011, ...,
0211, ...), so that every code follows its parent. UTF-8, LF line ends; the same inputs always
give the same bytes.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

# Edits to names taken from the PLOVER table: spelling errors, and a dated editor's note that
# trails one name. Anything else is carried over as published.
NAME_FIXES = {
    "055": ("Apolgize", "Apologize"),
    "0813": ('Ease curfew  21.09.17: "ease" is no longer a mode', "Ease curfew"),
    "1051": ("Demand easing of adminstrative sanctions", "Demand easing of administrative sanctions"),
    "1444": (
        "Ostruct passage to demand change in institutions, regime",
        "Obstruct passage to demand change in institutions, regime",
    ),
}

QUAD_BY_GDELT_HEADING = {
    "Verbal Cooperation": 1,
    "Material Cooperation": 2,
    "Verbal Conflict": 3,
    "Material Conflict": 4,
}

COLUMNS = [
    "code",
    "name",
    "root",
    "quad_class",
    "goldstein",
    "plover_type",
    "plover_mode",
    "plover_context",
    "name_source",
]


def quad_class(root: str) -> int:
    """The standard CAMEO quad class of a 2-digit root."""
    n = int(root)
    if 1 <= n <= 5:
        return 1
    if 6 <= n <= 9:
        return 2
    if 10 <= n <= 14:
        return 3
    if 15 <= n <= 20:
        return 4
    raise ValueError(f"not a CAMEO root: {root}")


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def read_plover_table(path: Path) -> tuple[dict[str, dict[str, str]], dict[str, list[str]]]:
    """Rows `CODE: TYPE, MODE, CONTEXT # NAME` and section headings `RR: TYPE`."""
    rows: dict[str, dict[str, str]] = {}
    headings: dict[str, list[str]] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = re.match(r"^(\d{2,4}):(.*)$", line)
        if not m:
            continue
        code, rest = m.group(1), m.group(2)
        if len(code) == 2:
            headings.setdefault(code, []).append(clean(rest))
            continue
        mapping, _, name = rest.partition("#")
        fields = [clean(f) for f in mapping.split(",")]
        if len(fields) != 3:
            sys.exit(f"{path}:{lineno}: expected TYPE, MODE, CONTEXT: {line!r}")
        name = name.strip()
        if code in NAME_FIXES:
            old, new = NAME_FIXES[code]
            if name != old:
                sys.exit(f"{path}:{lineno}: NAME_FIXES[{code}] expects {old!r}, found {name!r}")
            name = new
        row = {
            "name": clean(name),
            "plover_type": fields[0],
            "plover_mode": fields[1],
            "plover_context": fields[2],
        }
        if code in rows:
            before = {k: v for k, v in rows[code].items() if k != "name"}
            after = {k: v for k, v in row.items() if k != "name"}
            if before != after:
                sys.exit(f"{path}:{lineno}: {code} listed twice with different mappings")
        rows[code] = row
    return rows, headings


def read_gdelt_names(path: Path) -> tuple[dict[str, str], dict[str, int]]:
    """GDELT's CAMEO.eventcodes.txt: codes with names, and quad-class headings `1`..`4`."""
    names: dict[str, str] = {}
    quad_of_root: dict[str, int] = {}
    quad = 0
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        code, _, name = line.partition("\t")
        if len(code) == 1:
            quad = QUAD_BY_GDELT_HEADING[name.strip()]
            continue
        names[code] = clean(name)
        if len(code) == 2:
            quad_of_root[code] = quad
    return names, quad_of_root


def read_goldstein(path: Path) -> dict[str, str]:
    values: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    if lines[0].split("\t") != ["CAMEOEVENTCODE", "GOLDSTEINSCALE"]:
        sys.exit(f"{path}: unexpected header {lines[0]!r}")
    for line in lines[1:]:
        code, value = line.split("\t")
        v = float(value)
        if not -10.0 <= v <= 10.0:
            sys.exit(f"{path}: {code} has Goldstein value {value} outside [-10, 10]")
        values[code] = f"{v:.1f}"
    return values


def sentence_case(name: str) -> str:
    """`MAKE PUBLIC STATEMENT` -> `Make public statement`; mixed-case names are left alone."""
    if name.isupper():
        return name[:1] + name[1:].lower()
    return name


def build(plover_dir: Path, gdelt_names_path: Path) -> list[dict[str, str]]:
    table, headings = read_plover_table(plover_dir / "CAMEO2PLOVER-2021.txt")
    gdelt, gdelt_quad = read_gdelt_names(gdelt_names_path)
    goldstein = read_goldstein(plover_dir / "CAMEO.goldsteinscale.tsv")

    codes = set(table) | set(gdelt) | set(goldstein) | set(headings)
    bad = sorted(c for c in codes if not re.fullmatch(r"\d{2,4}", c))
    if bad:
        sys.exit(f"malformed codes: {bad}")
    roots = sorted({c[:2] for c in codes})
    if roots != [f"{n:02}" for n in range(1, 21)]:
        sys.exit(f"expected roots 01-20, found {roots}")
    for root in roots:
        if gdelt_quad.get(root) != quad_class(root):
            sys.exit(f"GDELT groups root {root} under quad {gdelt_quad.get(root)}")

    out = []
    for code in sorted(codes):
        root = code[:2]
        row = {c: "" for c in COLUMNS}
        row["code"] = code
        row["root"] = root
        row["quad_class"] = str(quad_class(root))
        row["goldstein"] = goldstein.get(code, "")
        mapped = table.get(code)
        if mapped is not None:
            row["plover_type"] = mapped["plover_type"]
            row["plover_mode"] = mapped["plover_mode"]
            row["plover_context"] = mapped["plover_context"]
        elif len(code) == 2 and (root + "0") in table:
            row["plover_type"] = table[root + "0"]["plover_type"]
            if row["plover_type"] not in headings.get(root, []):
                sys.exit(f"root {root}: {root}0 maps to {row['plover_type']}, headings say {headings.get(root)}")
        # The PLOVER table names a code by its PLOVER type once (100: REQUEST); that is no name.
        if mapped is not None and mapped["name"] and mapped["name"] != mapped["plover_type"]:
            row["name"] = mapped["name"]
            row["name_source"] = "plover"
        elif code in gdelt:
            row["name"] = sentence_case(gdelt[code])
            row["name_source"] = "gdelt"
        else:
            sys.exit(f"{code}: no name in any source")
        if "\t" in row["name"] or not row["name"]:
            sys.exit(f"{code}: bad name {row['name']!r}")
        out.append(row)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plover", type=Path, default=Path("../shared/data/plover"))
    parser.add_argument(
        "--gdelt-names", type=Path, default=Path("data/cameo/source/gdelt-CAMEO.eventcodes.txt")
    )
    parser.add_argument("--out", type=Path, default=Path("data/cameo/codes.tsv"))
    args = parser.parse_args()

    rows = build(args.plover, args.gdelt_names)
    text = "\t".join(COLUMNS) + "\n"
    text += "".join("\t".join(r[c] for c in COLUMNS) + "\n" for r in rows)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(text.encode("utf-8"))

    levels = {n: sum(1 for r in rows if len(r["code"]) == n) for n in (2, 3, 4)}
    no_plover = [r["code"] for r in rows if not r["plover_type"]]
    no_goldstein = [r["code"] for r in rows if not r["goldstein"]]
    print(
        f"wrote {args.out}: {len(rows)} codes "
        f"({levels[2]} roots, {levels[3]} 3-digit, {levels[4]} 4-digit); "
        f"{len(no_plover)} without PLOVER type, without Goldstein: {', '.join(no_goldstein) or 'none'}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()

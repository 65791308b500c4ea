#!/usr/bin/env python3
"""Build data/actors/people.tsv, world leaders as actors, from the Phoenix excerpt.

Input: data/actors/source/phoenix-leaders.txt, a verbatim excerpt of the PETRARCH2 country
actor dictionary (Phoenix.Countries.actors.txt, MIT, Open Event Data Alliance; see the header
of that file): heads of state and government whose term ran into 1990 or later; then
data/actors/source/phoenix-leaders-before-1990.txt (made by scripts/excerpt_phoenix_early_leaders.py
from the same dictionary): the leaders whose time in office ended before 1990. An earlier
leader never takes a spelling from a later one: a spelling any leader of the first file has
is left out of the second file's people ("Bush", "Papandreou"); an earlier leader gets no
surname by the surname rule below (only the dictionary's own spellings:
"PRESIDENT_REAGAN" gives "Reagan"), and those one-word spellings are left out when they are a
first name ("Khalid"), a place, or frequent (Zipf 4.0 or more: "Kennedy", "Johnson"; "Reagan"
and "Nixon" are kept).

Output: one row per person, in the actor lexicon's format (data/actors/README.md):
  code     the country's government code (`USAGOV`): the person's plain XXXGOV code
  name     the name, in title case ("Barack Obama")
  kind     person
  country  the ISO alpha-3 code (the first three letters of the code)
  aliases  spellings from the entry's `+` lines: full names, and the surname or short name that
           the dictionary writes after a title ("PRESIDENT_PUTIN" gives "Putin"); an alias
           that two people of different countries share, or that is a common word, is left out;
           the surname (the name's last word) is added when it is safe alone: at least four
           letters, no person's first name, rare as an English word (wordfreq Zipf frequency
           below 3.0: "Havel", "Arafat", "Chirac" are kept; "Major", "Blair", and common
           surnames such as "Gonzalez" or "Castro", which name many people, are not), no name
           of a country, capital, first-level division or place of 50,000 people or more in
           the gazetteer ("Lagos", "Colombo", "Toledo"), and, like any alias, not shared by
           leaders of two countries
           a monarch named by one word ("FAHD_") also by title and word ("King Fahd"), and by
           that alone when the word is unsafe ("King Hussein"), in the MONARCHIES below
  terms    the periods the person held the plain GOV code, `YYYY-MM-DD..YYYY-MM-DD`, `|`
           separated; an open end (`..`) means in office when the dictionary was made (2014)
  source   phoenix:Phoenix.Countries.actors.txt:<ENTRY>

Deterministic. Needs the PyPI package wordfreq (the word-frequency filter for surnames):

    python3 -m venv /tmp/lex-venv
    /tmp/lex-venv/bin/pip install wordfreq==3.1.1
    /tmp/lex-venv/bin/python scripts/build_people.py
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    ROOT / "data" / "actors" / "source" / "phoenix-leaders.txt",
    ROOT / "data" / "actors" / "source" / "phoenix-leaders-before-1990.txt",
]
OUT = ROOT / "data" / "actors" / "people.tsv"
PLACES = ROOT / "data" / "geo" / "places.tsv"
ADMIN1 = ROOT / "data" / "geo" / "admin1.tsv"
COUNTRIES = ROOT / "data" / "actors" / "countries.tsv"
# A surname as frequent as this in English text (wordfreq's Zipf scale) is a word or a
# surname many people share.
SURNAME_MAX_ZIPF = 3.0
# An earlier leader's one-word spelling (second file) as frequent as this is a word or a surname
# many people share ("Kennedy", "Johnson", "Wilson"); "Reagan", "Nixon", "Nasser" stay below it.
EARLIER_ONE_WORD_MAX_ZIPF = 4.0
# A place this populous is named in the news by itself.
SURNAME_PLACE_POPULATION = 50_000


def place_names() -> set[str]:
    """Lower-case names of countries, capitals, first-level divisions and larger places."""
    names: set[str] = set()
    with PLACES.open(encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        col = {c: i for i, c in enumerate(header)}
        for line in f:
            row = line.rstrip("\n").split("\t")
            pop = row[col["population"]]
            if pop.isdigit() and int(pop) >= SURNAME_PLACE_POPULATION:
                names.add(row[col["name"]].lower())
                names.add(row[col["asciiname"]].lower())
    with ADMIN1.open(encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        col = {c: i for i, c in enumerate(header)}
        for line in f:
            names.add(line.rstrip("\n").split("\t")[col["name"]].lower())
    with COUNTRIES.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith(("#", "code\t")):
                continue
            row = line.rstrip("\n").split("\t")
            for cell in row[1:5]:
                names.update(n.lower() for n in cell.split("|") if n)
    return names

# Titles and words before a name in the dictionary's aliases ("PRESIDENT_PUTIN", "US_PRESIDENT_
# BILL_CLINTON", "MR_OBAMA"): stripped, so that what is left is the name. The lexicon's own title
# rules (data/actors/titles.tsv) read the titles in running text.
TITLE_WORDS = {
    "PRESIDENT", "PRESIDENT-ELECT", "VICE", "VICE-PRESIDENT", "PRIME", "MINISTER", "PREMIER",
    "CHANCELLOR", "KING", "QUEEN", "PRINCE", "PRINCESS", "SULTAN", "EMIR", "AMIR", "SHEIKH",
    "SHEIK", "CROWN", "SIR", "DAME", "MR", "MR.", "MRS", "MRS.", "MS", "DR", "DR.", "GEN", "GEN.",
    "GENERAL", "COLONEL", "COL", "COL.", "MARSHAL", "FIELD", "GOVERNOR", "GOV", "GOV.", "SENATOR",
    "SEN", "SEN.", "SECRETARY", "STATE", "OF", "THE", "US", "U.S.", "AMERICAN", "UNITED", "STATES",
    "FOREIGN", "DEFENSE", "DEFENCE", "FORMER", "ACTING", "INTERIM", "SUPREME", "LEADER",
    "AYATOLLAH", "HIS", "MAJESTY", "HIGHNESS", "EXCELLENCY", "PM", "COMMANDER", "CHIEF",
    "DEPUTY", "FIRST", "LADY", "CHAIRMAN", "HEAD", "GRAND", "DUKE",
}
# Country adjectives before a title ("RUSSIAN_PRESIDENT_VLADIMIR_PUTIN") end in these.
ADJECTIVE_ENDINGS = ("AN", "ESE", "ISH", "I", "IC")

# Single-word aliases never kept: common words and names of places or peoples.
COMMON = {
    "rice", "brown", "may", "king", "young", "white", "black", "green", "long", "hill",
    "rose", "ford", "carter", "will", "mark", "grant", "price", "best", "hope", "faith", "love",
    "north", "south", "east", "west", "abbas", "ali", "khan", "singh", "shah", "hassan",
    "hussein", "mohamed", "mohammad", "mohammed", "muhammad", "ahmed", "ahmad", "abdullah",
    "kim", "lee", "park", "wang", "li", "zhang", "chen", "liu", "jordan", "georgia", "chad",
    "israel", "victoria", "charles", "albert", "philip", "juan", "carlos", "jose", "john",
}
# Words that make an alias an institution rather than a person's name; kept as written
# ("THE_OBAMA_ADMINISTRATION" is the government of its time).
INSTITUTION_WORDS = {"ADMINISTRATION", "GOVERNMENT", "CABINET", "REGIME"}

# Countries whose heads of state were (or are) monarchs the news names by title and one name,
# with that title: "King Hussein" (Jordan), "Emir Jaber" (Kuwait), "Sultan Qaboos" (Oman).
# Only countries that were monarchies through the dictionary's span: a one-word president of a
# former kingdom must not become a king.
MONARCHIES = {
    "JOR": "King", "SAU": "King", "MAR": "King", "BHR": "King", "THA": "King", "BTN": "King",
    "SWZ": "King", "LSO": "King", "TON": "King", "BEL": "King", "NLD": "Queen", "DNK": "King",
    "NOR": "King", "SWE": "King", "KWT": "Emir", "QAT": "Emir", "OMN": "Sultan", "BRN": "Sultan",
    "JPN": "Emperor",
}

LOWER_PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "da", "do", "dos", "du", "van", "von",
                   "der", "den", "la", "le", "y", "e", "ul", "ud", "of", "the"}


def parse_date(text: str) -> str:
    """YYMMDD (50-99: 1950s-1990s) or YYYYMMDD to YYYY-MM-DD; '' when malformed."""
    text = text.strip()
    if re.fullmatch(r"\d{8}", text):
        y, m, d = text[:4], text[4:6], text[6:8]
    elif re.fullmatch(r"\d{6}", text):
        yy = int(text[:2])
        y = str(1900 + yy if yy >= 50 else 2000 + yy)
        m, d = text[2:4], text[4:6]
    else:
        return ""
    if not (1 <= int(m) <= 12 and 1 <= int(d) <= 31):
        return ""
    return f"{y}-{m}-{d}"


def parse_span(dates: str) -> tuple[str, str] | None:
    """'890120-930120', '>090120', '<900823' or '' to (from, to); None when unreadable."""
    dates = dates.strip()
    if not dates:
        return ("", "")
    if dates.startswith(">"):
        start = parse_date(dates[1:])
        return (start, "") if start else None
    if dates.startswith("<"):
        end = parse_date(dates[1:])
        return ("", end) if end else None
    parts = [p for p in re.split(r"\s*-\s*", dates) if p]
    if len(parts) == 2:
        start, end = parse_date(parts[0]), parse_date(parts[1])
        return (start, end) if start and end else None
    return None


def tidy(words: str) -> str:
    """'VLADIMIR_V._PUTIN_' -> 'Vladimir V. Putin'; particles lower case inside a name."""
    parts = [p for p in re.split(r"[_\s]+", words.strip()) if p]
    out = []
    for i, p in enumerate(parts):
        low = p.lower()
        if i > 0 and low in LOWER_PARTICLES:
            out.append(low)
        else:
            out.append("-".join(s[:1].upper() + s[1:].lower() for s in p.split("-")))
    return " ".join(out)


def strip_title(words: list[str]) -> list[str]:
    """Drops leading title words and country adjectives: the name that follows."""
    i = 0
    while i < len(words):
        w = words[i]
        if w in TITLE_WORDS:
            i += 1
            continue
        # A country adjective right before a title word ("RUSSIAN PRESIDENT").
        if i + 1 < len(words) and words[i + 1] in TITLE_WORDS and w.endswith(ADJECTIVE_ENDINGS):
            i += 1
            continue
        break
    return words[i:]


def main() -> int:
    entries: list[dict] = []
    current: dict | None = None
    lines = [
        (tier, raw)
        for tier, source in enumerate(SOURCES, start=1)
        for raw in source.read_text(encoding="utf-8").splitlines()
    ]
    for tier, raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            if current is not None:
                current["aliases"].append(stripped[1:])
            continue
        if stripped.startswith("["):
            if current is None:
                continue
            m = re.fullmatch(r"\[\s*([A-Z]{3,})\s*([^\]]*)\]", stripped)
            if m:
                current["codes"].append((m.group(1), m.group(2)))
            continue
        if re.search(r"\[[A-Z]{3,}\]\s*$", stripped) and not raw.startswith((" ", "\t")):
            # A country header with its code on the line: not a person.
            current = None
            continue
        current = {"name": stripped, "aliases": [], "codes": [], "tier": tier}
        entries.append(current)

    rows = []
    # Per file (tier): the countries whose leaders have a spelling.
    alias_owners: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for e in entries:
        name_words = [w for w in re.split(r"[_\s]+", e["name"]) if w]
        if not name_words or any(w in {"PRESIDENT", "MINISTER", "SECRETARY"} for w in name_words):
            continue  # an office, not a person ("PRESIDENT_OF_THE_UNITED_STATES_")
        terms = []
        code = ""
        for c, dates in e["codes"]:
            if not (len(c) == 6 and c.endswith("GOV")):
                continue
            span = parse_span(dates)
            if span is None:
                continue
            if e["tier"] == 1 and span[1] and span[1] < "1990-01-01":
                continue
            code = c
            terms.append(span)
        if not code:
            continue
        terms.sort()
        name = tidy(e["name"])
        aliases = []
        for a in e["aliases"]:
            words = [w for w in re.split(r"[_\s]+", a.strip().upper()) if w]
            if any(w in INSTITUTION_WORDS for w in words):
                alias = tidy(" ".join(w for w in words if w != "THE"))
            else:
                rest = strip_title(words)
                if not rest:
                    continue
                alias = tidy(" ".join(rest))
            if alias and alias.lower() != name.lower() and alias not in aliases:
                aliases.append(alias)
        tier = e["tier"]
        rows.append({"code": code, "name": name, "aliases": aliases, "terms": terms,
                     "entry": e["name"].strip(), "tier": tier})
        for a in aliases:
            alias_owners[tier][a.lower()].add(code[:3])
        alias_owners[tier][name.lower()].add(code[:3])

    # A monarch the dictionary names by one word ("HUSSEIN_", "FAHD_") is named in the news by
    # that word after the title: "King Hussein" stays safe where "Hussein" alone is not.
    # (Not when another monarchy's leader has that first name: Jordan's regent "Hassan" is no
    # "King Hassan", a name Morocco's Hassan II has in the news.)
    monarch_first_names = defaultdict(set)
    for r in rows:
        if " " in r["name"] and r["code"][:3] in MONARCHIES:
            monarch_first_names[r["name"].split()[0].lower()].add(r["code"][:3])
    for r in rows:
        others = monarch_first_names[r["name"].lower()] - {r["code"][:3]}
        if " " not in r["name"] and r["code"][:3] in MONARCHIES and not others:
            title = MONARCHIES[r["code"][:3]]
            alias = f"{title} {r['name']}"
            if alias not in r["aliases"]:
                r["aliases"].append(alias)
                alias_owners[r["tier"]][alias.lower()].add(r["code"][:3])

    # The surname alone, where it is safe: no person's first name, no common word, four
    # letters or more; sharing across countries is checked by keep() like any alias.
    # No person's first name: of the same file, or of the file before it.
    first_names = {
        tier: {r["name"].split()[0].lower() for r in rows if " " in r["name"] and r["tier"] <= tier}
        for tier in (1, 2)
    }
    places = place_names()
    for r in rows:
        words = r["name"].split()
        # (Not for an earlier leader: "Guzman", "Brahimi", "Botha" name many living people;
        # their spellings are the dictionary's own.)
        if len(words) < 2 or r["tier"] > 1:
            continue
        surname = words[-1]
        low = surname.lower()
        if (
            len(surname) < 4
            or not surname.isalpha()
            or low in first_names[r["tier"]]
            or low in LOWER_PARTICLES
            or low in places
            or zipf_frequency(low, "en") >= SURNAME_MAX_ZIPF
            or any(a.lower() == low for a in r["aliases"])
        ):
            continue
        r["aliases"].append(surname)
        alias_owners[r["tier"]][low].add(r["code"][:3])

    def keep(alias: str, tier: int) -> bool:
        low = alias.lower()
        if len(alias_owners[tier][low]) > 1:
            return False  # two countries' leaders share it
        if tier > 1 and low in alias_owners[1]:
            return False  # a later leader's spelling
        if " " not in alias and (len(alias) < 4 or low in COMMON):
            return False
        if tier > 1 and " " not in alias and (
            low in first_names[tier]
            or low in places
            or zipf_frequency(low, "en") >= EARLIER_ONE_WORD_MAX_ZIPF
        ):
            return False  # an earlier leader's one word: a first name, a place or frequent
        return True

    rows.sort(key=lambda r: (r["code"], r["name"], r["tier"]))
    seen = set()
    out_rows = []
    for r in rows:
        key = (r["code"], r["name"])
        if key in seen:
            continue  # the same person listed twice in one country: the first wins
        unsafe = " " not in r["name"] and (
            not keep(r["name"], r["tier"])
            or (r["tier"] > 1 and zipf_frequency(r["name"].lower(), "en") >= SURNAME_MAX_ZIPF)
        )
        titled_alias = f"{MONARCHIES.get(r['code'][:3], '')} {r['name']}"
        if unsafe and titled_alias in r["aliases"]:
            # "Hussein" alone is no safe name; "King Hussein" is, and names him.
            r["name"] = titled_alias
            r["aliases"] = [a for a in r["aliases"] if a != titled_alias]
            key = (r["code"], r["name"])
            if key in seen:
                continue
        elif unsafe:
            # A one-word name that is a common word, shared, or (for an earlier leader) a
            # frequent given name ("Khalid" of Saudi Arabia has "King Khalid" above).
            continue
        seen.add(key)
        terms = "|".join(f"{a}..{b}" for a, b in r["terms"])
        out_rows.append("\t".join([
            r["code"], r["name"], "person", r["code"][:3],
            "|".join(a for a in r["aliases"] if keep(a, r["tier"])), terms,
            f"phoenix:Phoenix.Countries.actors.txt:{r['entry']}",
        ]))
    header = (
        "# World leaders: heads of state and government to 2014 (and US vice presidents and\n"
        "# secretaries of state), generated by scripts/build_people.py from\n"
        "# data/actors/source/phoenix-leaders.txt (terms into 1990 or later) and\n"
        "# phoenix-leaders-before-1990.txt, excerpts of the PETRARCH2 Phoenix country\n"
        "# dictionary (MIT, (c) 2014 Open Event Data Alliance). Do not edit by hand: fix the\n"
        "# script or add a user lexicon file. `terms`: the periods of the plain GOV code; an open\n"
        "# end means in office when the dictionary was made (January 2014).\n"
        "code\tname\tkind\tcountry\taliases\tterms\tsource\n"
    )
    OUT.write_text(header + "\n".join(out_rows) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(out_rows)} people", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

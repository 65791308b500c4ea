//! Toponyms in running text: which capitalised spans name places, and which places they name.
//!
//! [`find_places`] works in four steps, all over byte ranges of the text it is given:
//!
//! 1. **Words.** The text is cut into words (letters and digits, with inner apostrophes, hyphens
//!    and dots: `Xi'an`, `U.S`); each word knows whether it is capitalised, whether it starts a
//!    sentence and whether one space or a hyphen joins it to the word before.
//! 2. **Spans.** Runs of joined capitalised words (with lower-case connectors inside: `Isle of
//!    Man`, `Rio de Janeiro`) are matched against the gazetteer's folded names, longest first
//!    (`Dera Ismail Khan`, `New Delhi`), then against district names (`Rapides Parish`) and the
//!    country aliases of `data/actors/countries.tsv` (`U.S.`, `Britain`). Hashing folded spans of
//!    at most six words is a handful of lookups per capitalised word, far cheaper than an
//!    automaton over every name.
//! 3. **Filters.** A match is dropped when it is a common word ([`STOP`], or its lower-case form
//!    occurs in the same text), a sentence-initial ordinary word, a person's name (after a title
//!    such as `Mr` or `President`, or a word seen earlier in a person-like run), or a piece of a
//!    longer capitalised name that is not a place (`Jackson` in `Jackson Browne`, `Washington`
//!    in `Washington Post`). Short or all-capital words and names whose every candidate is a
//!    small place need more support: a population threshold or a candidate in a country the
//!    article is about.
//! 4. **Resolution.** Each surviving span picks among its candidates by a score: the population
//!    prior (log), a bonus for countries and subdivisions, the text's own context (a subdivision
//!    or country stated beside the name: `Wana in South Waziristan, Khyber Pakhtunkhwa`,
//!    `Springfield, Ill.`), and the article's focus: countries and subdivisions named elsewhere
//!    in it with little ambiguity, the [`Focus`]'s countries, dateline and outlet country.
//!    A second pass adds each other name's first-pass resolution as evidence: its country and
//!    subdivision, and its point: a city or district within 150 km of a city or district the
//!    article names under another name gains a bonus, since the places of one story lie
//!    together, across subdivision borders too (`Columbus` after `Phenix City, Alabama` is
//!    Columbus, Georgia, across the river, not the larger Columbus, Ohio).
//!
//! A subdivision named like its chief city of a million or more, which GeoNames calls `<name>
//! City` (`New York`), means the city unless the text says `state` or `province`, as for a
//! subdivision that shares its city's name (`Sao Paulo`); `Oklahoma` stays the state. The text
//! treats it as the subdivision too when `border` follows (`the New York border`), when it is
//! listed with subdivisions (`Missouri, New York, North Carolina and Virginia`), and when it
//! ends a `Town, State` phrase (`Rego Park, New York`).
//!
//! A name joined by `and` or `or` to a subdivision before it is a subdivision too when it can be
//! one (`California or Washington`), unless a comma and a name follow (`Texas and Washington,
//! D.C.`). An acronym of two or three capitals (`OAS`, `WA`) is not a populated place spelled
//! like it in lower case (`Oas`, `Wa`).
//!
//! Names joined by `and` or `or` whose candidates include a pair within 30 km of each other
//! prefer those candidates in every mention (`Paris and Henry County` are in Tennessee).
//!
//! A town followed by a comma and a subdivision, district or country that ends the phrase
//! (`Rockingham, Northamptonshire.`) lies there: when no candidate of its name does (the
//! gazetteer lacks the village), it resolves to that region, at the region's precision, rather
//! than to a homonym elsewhere. A list (`Kabul, Pakistan and Iran`) states nothing. Areas that
//! the data knows only by their parts (`East Sussex`, `North Yorkshire`) are districts of their
//! own ([`Gazetteer`] builds them).
//!
//! Names listed before a district word in lower case are districts: `Eastland and Callahan
//! counties` are Callahan County, Texas, not Callahan, Florida (`parish` likewise). A country or
//! subdivision in such a list keeps its own name (`Texas and Oklahoma counties`).
//!
//! For a name the gazetteer lacks, [`resolve_span`] tries the longest known part of it (`Lake
//! Manassas` is near Manassas), but not for streets and squares (`Fitzwilliam Place`, `London
//! Road`), which are named after somewhere else: those are placed by the text around them. A
//! part placed more than 150 km from every city and district the article names is a homonym of
//! the part (`Pearl Harbor` in a story about Honolulu is not near Pearl, Mississippi): the text
//! around the name places it instead. So is a whole name that resolves to a town of fewer than
//! 20,000 people, with no subdivision or country stated beside it, in another country than the
//! one the article names most and more than 500 km from every other place it names
//! (`Chesterton` in a story about Cambridge is not Chesterton, Indiana). A facility (`Cornell University`, `Loyola University in
//! Los Angeles`) is placed by a name inside it only when that is a city of 100,000 or more
//! (`Seoul Central District Court`), else by the text around it, which includes a short clause
//! about it ending in `in`, `at` or `near` (`the hospital where the boy is treated in
//! Liverpool`).
//!
//! Demonyms and country adjectives (`Syrian`, `Pakistani`) are not reported as places: they
//! describe people and things more often than they locate an event. They do count as evidence
//! for the article's countries, and [`resolve_span`] resolves one when asked.
//!
//! A capital or country name followed by a verb of saying or deciding (`Moscow said`, `Islamabad
//! rejected`, `Kabul has denied`) is marked [`PlaceMention::metonymic`]: it stands for a
//! government, not a location.
//!
//! A district stated by the text (`Wana in South Waziristan`, `Dera Ismail Khan district`) goes
//! into the place's `admin2`, and a name followed by `district` has precision `district`.

use std::cell::OnceCell;
use std::rc::Rc;
use std::sync::OnceLock;

use sitrep_model::{Place, TextRange};

use crate::fold::{fold, fold_into};
use crate::gazetteer::{District, Entry, Gazetteer, Kind, add_prefixes};
use crate::hash::{HashMap, HashSet, str_hash};

const ACTOR_COUNTRIES_TSV: &str = include_str!("../../../data/actors/countries.tsv");

/// What the article is about, as its metadata and the caller know it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Focus<'a> {
    /// The dateline's place, as printed (`ISLAMABAD`, `ALEXANDRIA, La.`).
    pub dateline: Option<&'a str>,
    /// Countries the article is known to be about: ISO alpha-2, alpha-3 or names.
    pub countries: &'a [&'a str],
    /// The outlet's country (ISO alpha-2, alpha-3 or name), a weak prior.
    pub outlet_country: Option<&'a str>,
}

/// A place named in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMention<'g> {
    /// Where the name is, in bytes, on char boundaries; a possessive `'s` is outside.
    pub range: TextRange,
    /// The name as written.
    pub text: String,
    /// The gazetteer entry; `None` for a district known only through its places.
    pub entry: Option<&'g Entry>,
    /// The contract's place (no mentions: the caller knows the article and sentence).
    pub place: Place,
    /// The name stands for a government (`Moscow said`); the same value as `place.metonymic`.
    pub metonymic: bool,
    /// How much the chosen candidate beats the others: its share of `exp(score)` over all
    /// candidates, 1.0 for an unambiguous name.
    pub score: f32,
}

/// Finds the places named in `text` and resolves each to the gazetteer.
///
/// Mentions come in text order and never overlap. Total: any text gives a (maybe empty) list.
pub fn find_places<'g>(gaz: &'g Gazetteer, text: &str, focus: &Focus<'_>) -> Vec<PlaceMention<'g>> {
    let doc = Doc::analyse(gaz, text, focus);
    let mut found: Vec<PlaceMention<'g>> = (0..doc.spans.len())
        .filter_map(|i| doc.resolve(i))
        .collect();
    found.sort_by_key(|m| m.range.start);
    found
}

/// Resolves the name at `range` of `text` (a name the caller found, such as a gold annotation)
/// with the same evidence [`find_places`] uses for the article.
///
/// In order: the name `find_places` recognised there (or the longest one inside the range:
/// `Washington` in `Washington, D.C.`, for a facility only a city of 100,000 or more); the name
/// itself; a US state abbreviation (`Va.`); a country adjective (`Syrian`); the longest known
/// part of the name that lies in a country the article is about (`Lake Manassas`, `South
/// Venezuela`); and for a name the gazetteer lacks (a
/// street, a building, or a part placed far from the article's other places), the place named
/// right after it (`the Colony Theatre in Los Angeles`), else the city named just before it in
/// the same paragraph, else the article's most named place, with `score` 0.0 to mark the
/// guess. `None` when the range is not on char boundaries or nothing at all is known.
pub fn resolve_span<'g>(
    gaz: &'g Gazetteer,
    text: &str,
    range: TextRange,
    focus: &Focus<'_>,
) -> Option<PlaceMention<'g>> {
    let name = text.get(range.start..range.end)?;
    let mut doc = Doc::analyse(gaz, text, focus);
    let key = fold(name.trim_end_matches("'s").trim_end_matches("’s"));
    let exact = doc
        .spans
        .iter()
        .position(|s| s.start <= range.start && s.end >= range.end && s.key == key);
    // Else the longest name found inside the range ("Washington" in "Washington, D.C.").
    let inside = || {
        (0..doc.spans.len())
            .filter(|&i| {
                let s = &doc.spans[i];
                s.accepted && s.start >= range.start && s.end <= range.end && !s.cands.is_empty()
            })
            .max_by_key(|&i| (doc.spans[i].end - doc.spans[i].start, std::cmp::Reverse(i)))
    };
    // A facility named after a small place or a person ("Cornell University", "Robert Trent
    // Jones Golf Club") is rarely there: only a large city in its name places it ("Manila
    // Cathedral", "Seoul Central District Court").
    let facility = key.split(' ').any(|w| FACILITY_WORDS.contains(&w));
    // A street, building or area the gazetteer does not know: it is in the place named right
    // after it ("the Colony Theatre in Los Angeles", "Percy French Hotel, Ballyjamesduff"),
    // else most likely in the place the article is about.
    let around = |doc: &Doc<'g, '_>| {
        let mut m = doc
            .place_after(range)
            .or_else(|| doc.place_before(range))
            .or_else(|| doc.focus_place())?;
        m.range = range;
        m.text = name.to_owned();
        m.score = 0.0;
        m.metonymic = false;
        m.place.metonymic = false;
        Some(m)
    };
    if let Some(i) = exact {
        let m = doc.resolve_unfiltered(i, range);
        // A small town in another country than the one the article names most, far from
        // every other place it names, is a homonym of the name it means ("Chesterton" in a
        // story about Cambridge is not Chesterton, Indiana): the text around the name places
        // it better.
        if let Some(found) = &m
            && doc.spans.get(i).is_some_and(|s| s.hints.is_empty())
            && found.entry.is_some_and(|e| {
                e.kind == Kind::Place
                    && e.population < 20_000
                    && doc
                        .countries
                        .iter()
                        .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))
                        .is_some_and(|(c, _)| *c != e.country)
            })
            && let (Some(lat), Some(lon)) = (found.place.lat, found.place.lon)
            && doc.points.iter().filter(|(k, _, _)| *k != key).count() >= 2
            && !doc
                .points
                .iter()
                .filter(|(k, _, _)| *k != key)
                .any(|&(_, plat, plon)| within_km(lat, lon, plat, plon, FAR_KM))
            && let Some(near) = around(&doc)
        {
            return Some(near);
        }
        return m;
    }
    if let Some(i) = inside()
        && let Some(m) = doc.resolve_unfiltered(i, range)
        && (!facility
            || m.entry
                .is_some_and(|e| e.kind == Kind::Place && e.population >= 100_000))
    {
        return Some(m);
    }
    let mut cands = candidates(gaz, &key, name);
    if name.ends_with('.')
        && let Some((_, state)) = US_STATES.iter().find(|(a, _)| *a == key)
    {
        // "Va.", "N.J.": a US state.
        cands = us_state(gaz, state);
    }
    if cands.is_empty() {
        // "Syrian" resolves to Syria.
        if let Some(country) = country_of_adjective(gaz, name) {
            cands.push(Cand::Entry(country));
        }
    }
    if cands.is_empty()
        && let Some((_, region)) = REGION_ADJECTIVES.iter().find(|(a, _)| *a == key)
    {
        cands = candidates(gaz, &fold(region), region);
    }
    // A street or square is named after somewhere else (`Fitzwilliam Place` in Dublin, `London
    // Road` in Brighton): no part of its name locates it, only the text around it.
    let street = key
        .rsplit(' ')
        .next()
        .is_some_and(|w| key.contains(' ') && STREET_WORDS.contains(&w));
    let mut from_part = false;
    if cands.is_empty() && !street {
        from_part = true;
        // The longest known part: "Lake Manassas" is near Manassas, "South Venezuela" in
        // Venezuela, "Kabul-based" is Kabul.
        let words: Vec<&str> = key.split(' ').collect();
        'outer: for len in (1..words.len()).rev() {
            for part in words.windows(len) {
                let sub = part.join(" ");
                if len == 1 && (is_stop(&sub) || sub.len() <= 3) {
                    continue;
                }
                cands = candidates(gaz, &sub, &sub);
                if cands.is_empty()
                    && let Some(country) = country_of_adjective(gaz, &sub)
                {
                    cands.push(Cand::Entry(country));
                }
                // A part of a longer name is weak evidence: keep only candidates in a country
                // the article is about ("Brands Hatch" is not Hatch, New Mexico).
                cands.retain(|c| {
                    (c.country().is_empty()
                        || doc.countries.get(c.country()).is_some_and(|e| *e > 0.0))
                        && (!facility
                            || (c.kind() == Some(Kind::Place) && c.population() >= 100_000))
                });
                if !cands.is_empty() {
                    break 'outer;
                }
            }
        }
    }
    if cands.is_empty() {
        return around(&doc);
    }
    doc.spans.push(Span {
        start: range.start,
        end: range.end,
        first_word: 0,
        last_word: 0,
        key,
        cands: cands.into(),
        accepted: true,
        hints: Vec::new(),
        admin2: None,
        district: false,
        base: Rc::default(),
        paired: Vec::new(),
    });
    let i = doc.spans.len() - 1;
    let m = doc.resolve_unfiltered(i, range);
    // A part of the name placed far from every city and district the article names is a
    // homonym of the part ("Pearl Harbor" in a story about Honolulu is not near Pearl,
    // Mississippi): the text around the name places it better.
    if from_part
        && let Some(found) = &m
        && matches!(found.place.precision.as_str(), "city" | "district")
        && let (Some(lat), Some(lon)) = (found.place.lat, found.place.lon)
        && !doc.points.is_empty()
        && !doc
            .points
            .iter()
            .any(|&(_, plat, plon)| within_km(lat, lon, plat, plon, NEAR_KM))
        && let Some(near) = around(&doc)
    {
        return Some(near);
    }
    m
}

/// Whether candidate `c` lies in `region` (a country, subdivision or district). A place lies in
/// a district of its name, or (the data's districts being unitary authorities and groups of
/// them) in the district's subdivision within 100 km of its point ("Brighton, East Sussex").
fn lies_in(c: Cand<'_>, region: Cand<'_>) -> bool {
    match (c, region) {
        (Cand::Entry(e), Cand::District(d)) => {
            e.country == d.country
                && (e.admin2 == d.name
                    || (e.admin1 == d.admin1
                        && e.lat
                            .zip(e.lon)
                            .is_some_and(|(lat, lon)| within_km(lat, lon, d.lat, d.lon, 100.0))))
        }
        (_, Cand::Entry(r)) if r.kind == Kind::Country => c.country() == r.country,
        (_, Cand::Entry(r)) => c.country() == r.country && c.admin1() == r.admin1,
        (Cand::District(_), Cand::District(_)) => false,
    }
}

/// How far (km) a small town may lie from every other place of the article before
/// [`resolve_span`] takes it for a homonym.
const FAR_KM: f64 = 500.0;

/// The name given most often, the first named winning a tie.
fn most_named<'a>(names: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let mut counts: Vec<(&str, usize, usize)> = Vec::new();
    for (i, n) in names.enumerate() {
        match counts.iter_mut().find(|(c, _, _)| *c == n) {
            Some(e) => e.1 += 1,
            None => counts.push((n, 1, i)),
        }
    }
    counts
        .iter()
        .max_by_key(|(_, n, first)| (*n, std::cmp::Reverse(*first)))
        .map(|(c, _, _)| *c)
}

/// Whether two points lie within `km` of each other, by the equirectangular distance of
/// [`Doc::near_other`].
fn within_km(lat: f64, lon: f64, plat: f64, plon: f64, km: f64) -> bool {
    const KM_PER_DEGREE: f64 = 111.2;
    let max_deg = km / KM_PER_DEGREE;
    let dlat = plat - lat;
    let mut dlon = (plon - lon).abs();
    if dlon > 180.0 {
        dlon = 360.0 - dlon;
    }
    let dx = dlon * lat.to_radians().cos();
    dlat * dlat + dx * dx <= max_deg * max_deg
}

/// The country a demonym or country adjective names (`Syrian`, `Pakistanis`), from
/// `data/actors/countries.tsv`.
pub fn country_of_adjective<'g>(gaz: &'g Gazetteer, word: &str) -> Option<&'g Entry> {
    let key = fold(word);
    let lex = lexicon();
    lex.adjectives
        .get(&key)
        .or_else(|| key.strip_suffix('s').and_then(|k| lex.adjectives.get(k)))
        .and_then(|c| gaz.country(c))
}

/// Names that are never a place on their own, whatever the gazetteer says (folded). Function
/// words, pronouns, months and weekdays, the ordinary English words that some small place is
/// also called (GeoNames alternates include `Said`, `Mobile`, `Deal`), and names news uses for
/// other things (`Hamas`, `Toyota`, `Obama`, `White House`, `El Niño`, common first names).
/// Chosen by hand, partly by looking at which gazetteer names occur mostly in lower case in
/// news text and at the tune half's spurious names.
pub const STOP: &[&str] = &[
    "a",
    "about",
    "above",
    "across",
    "after",
    "again",
    "against",
    "ago",
    "ahead",
    "air",
    "al",
    "all",
    "alliance",
    "along",
    "also",
    "although",
    "am",
    "among",
    "an",
    "and",
    "angle",
    "another",
    "any",
    "april",
    "are",
    "area",
    "art",
    "as",
    "at",
    "august",
    "bad",
    "ban",
    "band",
    "bank",
    "base",
    "battle",
    "be",
    "bed",
    "before",
    "best",
    "big",
    "bond",
    "born",
    "both",
    "box",
    "brand",
    "bridge",
    "bright",
    "but",
    "by",
    "can",
    "care",
    "cash",
    "centre",
    "center",
    "central",
    "century",
    "chance",
    "church",
    "city",
    "coast",
    "college",
    "come",
    "commerce",
    "council",
    "court",
    "cut",
    "da",
    "date",
    "day",
    "de",
    "deal",
    "december",
    "deep",
    "del",
    "did",
    "do",
    "does",
    "don",
    "du",
    "due",
    "during",
    "each",
    "early",
    "earth",
    "east",
    "eastern",
    "economy",
    "eight",
    "either",
    "el",
    "energy",
    "enterprise",
    "even",
    "ever",
    "every",
    "far",
    "february",
    "federal",
    "few",
    "first",
    "five",
    "for",
    "force",
    "four",
    "freedom",
    "friday",
    "friendly",
    "from",
    "front",
    "gold",
    "golden",
    "grand",
    "green",
    "had",
    "harmony",
    "has",
    "have",
    "he",
    "her",
    "here",
    "his",
    "home",
    "hope",
    "how",
    "however",
    "i",
    "if",
    "in",
    "independence",
    "industry",
    "into",
    "is",
    "island",
    "it",
    "its",
    "january",
    "july",
    "june",
    "just",
    "justice",
    "key",
    "la",
    "last",
    "law",
    "le",
    "liberty",
    "like",
    "line",
    "long",
    "los",
    "made",
    "major",
    "make",
    "man",
    "many",
    "march",
    "maritime",
    "market",
    "may",
    "me",
    "media",
    "men",
    "mid",
    "mobile",
    "monday",
    "more",
    "most",
    "much",
    "my",
    "national",
    "nearly",
    "net",
    "never",
    "new",
    "next",
    "nine",
    "no",
    "none",
    "north",
    "northern",
    "not",
    "november",
    "now",
    "october",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "over",
    "park",
    "peace",
    "police",
    "port",
    "post",
    "progress",
    "prosperity",
    "real",
    "reading",
    "red",
    "reform",
    "republic",
    "research",
    "road",
    "rock",
    "rose",
    "said",
    "sale",
    "saturday",
    "say",
    "says",
    "second",
    "september",
    "set",
    "seven",
    "she",
    "since",
    "six",
    "so",
    "some",
    "south",
    "southern",
    "split",
    "spring",
    "star",
    "state",
    "still",
    "street",
    "success",
    "summer",
    "summit",
    "sunday",
    "ten",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "third",
    "this",
    "those",
    "three",
    "through",
    "thursday",
    "time",
    "to",
    "today",
    "tuesday",
    "two",
    "under",
    "union",
    "unity",
    "university",
    "until",
    "up",
    "upon",
    "van",
    "very",
    "victory",
    "von",
    "was",
    "we",
    "wednesday",
    "week",
    "well",
    "were",
    "west",
    "western",
    "what",
    "when",
    "where",
    "which",
    "while",
    "white",
    "who",
    "why",
    "will",
    "with",
    "would",
    "yet",
    "you",
    "young",
    "your",
    "hamas",
    "arab",
    "arabs",
    "toyota",
    "honda",
    "obama",
    "jesus",
    "christ",
    "christian",
    "minister",
    "congress",
    "chamber",
    "liberal",
    "democrat",
    "republican",
    "christmas",
    "easter",
    "english",
    "titan",
    "olympic",
    "olympics",
    "paul",
    "mary",
    "nadia",
    "elizabeth",
    "frank",
    "patrick",
    "casey",
    "mart",
    "el nino",
    "la nina",
    "white house",
    "god",
    "allah",
    "bible",
    "internet",
    "senate",
    "parliament",
    "cabinet",
    "supreme",
    "though",
    "meanwhile",
    "instead",
    "later",
    "earlier",
    "thus",
    "hence",
    "indeed",
    "despite",
    "because",
    "unlike",
    "besides",
    "whether",
    "according",
    "asked",
];

/// Lower-case words allowed inside a multi-word name (`Isle of Man`, `Rio de Janeiro`).
const CONNECTORS: &[&str] = &[
    "of", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les",
    "el", "al", "upon", "on", "am", "im", "an", "der", "den", "y", "sur", "en", "and", "e",
];

/// Words before a name that make it a person's (folded; `Mr.` folds to `mr`).
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "president",
    "senator",
    "sen",
    "rep",
    "representative",
    "gov",
    "governor",
    "gen",
    "general",
    "col",
    "colonel",
    "maj",
    "major",
    "capt",
    "captain",
    "lt",
    "sgt",
    "sergeant",
    "judge",
    "justice",
    "minister",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "lord",
    "lady",
    "sir",
    "dame",
    "pope",
    "bishop",
    "father",
    "rev",
    "reverend",
    "coach",
    "officer",
    "detective",
    "deputy",
    "chief",
    "st",
    "saint",
    "mayor",
    "secretary",
    "chairman",
    "spokesman",
    "spokeswoman",
    "councilman",
    "councilwoman",
    "commissioner",
    "superintendent",
    "sheriff",
    "trooper",
    "mother",
    "brother",
    "sister",
    "uncle",
    "aunt",
    "cousin",
    "son",
    "daughter",
    "wife",
    "husband",
    "actor",
    "actress",
    "singer",
    "star",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
];

/// Capitalised words after a name that keep it a place (`Swat Valley`, `Kabul Airport`).
const PLACE_WORDS: &[&str] = &[
    "county",
    "counties",
    "district",
    "districts",
    "province",
    "provinces",
    "state",
    "states",
    "region",
    "regions",
    "valley",
    "city",
    "town",
    "township",
    "village",
    "island",
    "islands",
    "governorate",
    "prefecture",
    "oblast",
    "parish",
    "borough",
    "division",
    "airport",
    "port",
    "harbor",
    "harbour",
    "bay",
    "river",
    "lake",
    "mountains",
    "mountain",
    "coast",
    "border",
    "area",
    "metro",
    "downtown",
    "highway",
    "road",
    "square",
    "agency",
    "tehsil",
    "municipality",
    "territory",
    "territories",
    "peninsula",
    "gulf",
    "sea",
    "basin",
    "delta",
    "plain",
    "plains",
];

/// Adjectives of regions, resolved by [`resolve_span`] (`Asian` is Asia).
const REGION_ADJECTIVES: &[(&str, &str)] = &[
    ("asian", "Asia"),
    ("european", "Europe"),
    ("african", "Africa"),
    ("latin american", "Latin America"),
    ("middle eastern", "Middle East"),
    ("arctic", "Arctic Ocean"),
    ("north african", "North Africa"),
    ("west african", "West Africa"),
    ("east african", "East Africa"),
    ("central asian", "Central Asia"),
    ("south asian", "South Asia"),
    ("east asian", "East Asia"),
    ("southeast asian", "Southeast Asia"),
    ("scandinavian", "Scandinavia"),
    ("balkan", "Balkans"),
    ("kurdish", "Kurdistan"),
];

/// Last words that make a name a street's or a square's (folded).
const STREET_WORDS: &[&str] = &[
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "lane",
    "place",
    "square",
    "boulevard",
    "drive",
    "terrace",
    "crescent",
];

/// Words that make a name a facility's or an organisation's (folded).
const FACILITY_WORDS: &[&str] = &[
    "university",
    "college",
    "school",
    "academy",
    "elementary",
    "middle",
    "high",
    "hospital",
    "clinic",
    "centre",
    "center",
    "theatre",
    "theater",
    "hall",
    "hotel",
    "club",
    "church",
    "cathedral",
    "basilica",
    "mosque",
    "temple",
    "mall",
    "show",
    "court",
    "stadium",
    "arena",
    "station",
    "museum",
    "library",
    "gallery",
    "embassy",
    "institute",
    "house",
    "palace",
    "market",
    "plaza",
    "tower",
    "bridge",
    "trust",
    "company",
    "bank",
    "office",
];

/// Words before a name that narrow it without making it another name (`Eastern Ukraine`).
const MODIFIERS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "greater",
    "upper",
    "lower",
    "downtown",
    "rural",
    "urban",
    "occupied",
    "coastal",
    "metro",
    "suburban",
    "inner",
    "outer",
];

/// Verbs of saying and deciding that make a capital or country name stand for its government.
const GOVERNMENT_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "rejected",
    "rejects",
    "reject",
    "denied",
    "denies",
    "deny",
    "accused",
    "accuses",
    "announced",
    "announces",
    "warned",
    "warns",
    "urged",
    "urges",
    "condemned",
    "condemns",
    "insisted",
    "insists",
    "claimed",
    "claims",
    "demanded",
    "demands",
    "responded",
    "responds",
    "retaliated",
    "threatened",
    "threatens",
    "vowed",
    "vows",
    "blamed",
    "blames",
    "criticised",
    "criticized",
    "criticises",
    "criticizes",
    "welcomed",
    "welcomes",
    "agreed",
    "agrees",
    "refused",
    "refuses",
    "summoned",
    "summons",
    "expelled",
    "expels",
    "imposed",
    "imposes",
    "sanctioned",
    "signed",
    "signs",
    "recognised",
    "recognized",
    "dismissed",
    "dismisses",
    "protested",
    "protests",
    "called",
    "calls",
    "sent",
    "sends",
    "ordered",
    "orders",
    "declared",
    "declares",
    "confirmed",
    "confirms",
    "hopes",
    "wants",
    "wanted",
    "believes",
    "argued",
    "argues",
    "pledged",
    "pledges",
    "decided",
    "decides",
    "backed",
    "backs",
    "opposed",
    "opposes",
    "supports",
    "supported",
    "accepted",
    "accepts",
    "offered",
    "offers",
    "appealed",
    "maintained",
    "maintains",
    "asked",
    "asks",
    "told",
    "tells",
];

/// Words allowed between a metonymic name and its verb (`Kabul has denied`, `Moscow on Monday
/// said`); the weekdays are added from `sitrep_text::calendar`.
const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "will",
    "would",
    "also",
    "again",
    "already",
    "quickly",
    "promptly",
    "swiftly",
    "repeatedly",
    "later",
    "then",
    "on",
    "is",
    "was",
    "officially",
    "publicly",
    "strongly",
    "firmly",
    "immediately",
];

/// AP-style abbreviations of US states, read as a subdivision after a comma (`Alexandria, La.`).
const US_STATES: &[(&str, &str)] = &[
    ("ala", "Alabama"),
    ("ariz", "Arizona"),
    ("ark", "Arkansas"),
    ("calif", "California"),
    ("colo", "Colorado"),
    ("conn", "Connecticut"),
    ("del", "Delaware"),
    ("fla", "Florida"),
    ("ga", "Georgia"),
    ("ill", "Illinois"),
    ("ind", "Indiana"),
    ("kan", "Kansas"),
    ("kans", "Kansas"),
    ("ky", "Kentucky"),
    ("la", "Louisiana"),
    ("md", "Maryland"),
    ("mass", "Massachusetts"),
    ("mich", "Michigan"),
    ("minn", "Minnesota"),
    ("miss", "Mississippi"),
    ("mo", "Missouri"),
    ("mont", "Montana"),
    ("neb", "Nebraska"),
    ("nev", "Nevada"),
    ("n h", "New Hampshire"),
    ("n j", "New Jersey"),
    ("n m", "New Mexico"),
    ("n y", "New York"),
    ("n c", "North Carolina"),
    ("n d", "North Dakota"),
    ("okla", "Oklahoma"),
    ("ore", "Oregon"),
    ("pa", "Pennsylvania"),
    ("r i", "Rhode Island"),
    ("s c", "South Carolina"),
    ("s d", "South Dakota"),
    ("tenn", "Tennessee"),
    ("tex", "Texas"),
    ("vt", "Vermont"),
    ("va", "Virginia"),
    ("wash", "Washington"),
    ("w va", "West Virginia"),
    ("wis", "Wisconsin"),
    ("wyo", "Wyoming"),
    ("d c", "District of Columbia"),
];

/// The US state of this name, as a candidate list.
fn us_state<'g>(gaz: &'g Gazetteer, state: &str) -> Vec<Cand<'g>> {
    if state == "District of Columbia" {
        // GeoNames' `DC` subdivision carries another name in the data; take it by code.
        return gaz
            .admin1_of_code("US", "DC")
            .map(Cand::Entry)
            .into_iter()
            .collect();
    }
    gaz.lookup_folded(&fold(state))
        .filter(|e| e.kind == Kind::Admin1 && e.country == "US")
        .map(Cand::Entry)
        .collect()
}

/// The country names, aliases, adjectives and capitals of `data/actors/countries.tsv`, folded.
struct Lexicon {
    /// Folded alias (`us`, `u s`, `britain`) -> ISO alpha-3.
    aliases: HashMap<String, &'static str>,
    /// Folded adjective or demonym (`pakistani`, `pakistanis`) -> ISO alpha-3.
    adjectives: HashMap<String, &'static str>,
    /// ISO alpha-3 -> folded capital names.
    capitals: HashMap<&'static str, Vec<String>>,
    stop: HashSet<&'static str>,
    /// The [`str_hash`] of the proper prefixes of `aliases` keys, as the gazetteer has them
    /// for names ([`Gazetteer::extends_hash`]).
    alias_prefixes: HashSet<u64>,
    /// The [`str_hash`] of every `aliases` key, to rule a key out with one hash.
    alias_hashes: HashSet<u64>,
    /// [`filter_bit`]s of the `adjectives` keys, to rule most words out without hashing.
    adjective_bits: BitFilter,
    titles: HashSet<&'static str>,
    connectors: HashSet<&'static str>,
    /// [`ABBREVIATIONS`] and the keys of [`US_STATES`].
    abbreviations: HashSet<&'static str>,
    government_verbs: HashSet<&'static str>,
    auxiliaries: HashSet<&'static str>,
}

/// Country names news uses that `data/actors/countries.tsv` lacks (folded name, alpha-3).
const EXTRA_ALIASES: &[(&str, &str)] = &[("holy see", "VAT"), ("vatican", "VAT")];

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut lex = Lexicon {
            aliases: HashMap::default(),
            adjectives: HashMap::default(),
            capitals: HashMap::default(),
            stop: STOP.iter().copied().collect(),
            alias_prefixes: HashSet::default(),
            alias_hashes: HashSet::default(),
            adjective_bits: BitFilter::default(),
            titles: TITLES.iter().copied().collect(),
            connectors: CONNECTORS.iter().copied().collect(),
            abbreviations: ABBREVIATIONS
                .iter()
                .copied()
                .chain(US_STATES.iter().map(|&(a, _)| a))
                .collect(),
            government_verbs: GOVERNMENT_VERBS.iter().copied().collect(),
            auxiliaries: AUXILIARIES
                .iter()
                .chain(sitrep_text::calendar::WEEKDAYS.iter())
                .copied()
                .collect(),
        };
        for line in ACTOR_COUNTRIES_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with("code\t"))
        {
            let cols: Vec<&'static str> = line.split('\t').collect();
            let [code, name, aliases, adjectives, capitals, ..] = cols[..] else {
                continue;
            };
            for a in std::iter::once(name).chain(aliases.split('|')) {
                let key = fold(a);
                if !key.is_empty() {
                    lex.aliases.entry(key).or_insert(code);
                }
            }
            for a in adjectives.split('|').filter(|a| !a.is_empty()) {
                let key = fold(a);
                lex.adjectives.entry(format!("{key}s")).or_insert(code);
                lex.adjectives.entry(key).or_insert(code);
            }
            lex.capitals.insert(
                code,
                capitals
                    .split('|')
                    .filter(|c| !c.is_empty())
                    .map(fold)
                    .collect(),
            );
        }
        for &(alias, code) in EXTRA_ALIASES {
            lex.aliases.entry(alias.to_owned()).or_insert(code);
        }
        for key in lex.aliases.keys() {
            add_prefixes(&mut lex.alias_prefixes, key);
            lex.alias_hashes.insert(str_hash(key));
        }
        for key in lex.adjectives.keys() {
            lex.adjective_bits.insert(key);
        }
        lex
    })
}

fn is_stop(key: &str) -> bool {
    lexicon().stop.contains(key)
}

/// Whether a place is its country's capital or seat of government (`data/actors`).
fn is_capital(gaz: &Gazetteer, e: &Entry, folded_name: &str) -> bool {
    e.kind == Kind::Place
        && gaz
            .iso3(e.country)
            .and_then(|c3| lexicon().capitals.get(c3))
            .is_some_and(|caps| caps.iter().any(|k| k == folded_name))
}

/// A candidate referent of a span.
#[derive(Debug, Clone, Copy)]
enum Cand<'g> {
    Entry(&'g Entry),
    District(&'g District),
}

impl<'g> Cand<'g> {
    fn country(self) -> &'g str {
        match self {
            Cand::Entry(e) => e.country,
            Cand::District(d) => d.country,
        }
    }

    fn admin1(self) -> &'g str {
        match self {
            Cand::Entry(e) if matches!(e.kind, Kind::Country | Kind::Region) => "",
            Cand::Entry(e) => e.admin1,
            Cand::District(d) => d.admin1,
        }
    }

    fn population(self) -> u64 {
        match self {
            Cand::Entry(e) => e.population,
            Cand::District(d) => d.population,
        }
    }

    fn kind(self) -> Option<Kind> {
        match self {
            Cand::Entry(e) => Some(e.kind),
            Cand::District(_) => None,
        }
    }
}

/// Most candidates considered per name; names like `San Jose` have dozens of small places.
const MAX_CANDIDATES: usize = 256;

/// The candidates for a folded key: gazetteer entries, districts, and a country alias.
fn candidates<'g>(gaz: &'g Gazetteer, key: &str, surface: &str) -> Vec<Cand<'g>> {
    if !gaz.may_know(key) {
        // No entry or district: only a country alias can be a candidate.
        return country_alias(gaz, key, surface, &[]).into_iter().collect();
    }
    let mut out: Vec<Cand<'g>> = gaz
        .lookup_folded(key)
        .take(MAX_CANDIDATES)
        .map(Cand::Entry)
        .collect();
    // An acronym ("OAS", "WA") is not a small place spelled like it ("Oas", "Wa"): a place
    // must write the name in capitals too ("NYC"); countries and subdivisions keep theirs.
    let acronym =
        surface.len() <= 3 && surface.chars().all(|c| c.is_ascii_uppercase()) && surface.len() >= 2;
    if acronym {
        out.retain(|c| match c {
            Cand::Entry(e) => {
                e.kind != Kind::Place || e.name == surface || e.alternates().any(|a| a == surface)
            }
            Cand::District(_) => false,
        });
    }
    let districts = if acronym {
        &[][..]
    } else {
        gaz.districts_folded(key)
    };
    let named_as_district = key
        .rsplit(' ')
        .next()
        .is_some_and(|w| matches!(w, "county" | "parish" | "district" | "borough"));
    if named_as_district {
        out.retain(|c| c.kind() != Some(Kind::Place));
    }
    out.extend(districts.iter().take(MAX_CANDIDATES).map(Cand::District));
    // A subdivision named like its chief city, which GeoNames calls `<name> City` (New York
    // City): the city is a candidate too, so that the subdivision-named-like-a-place rule of
    // `Doc::build` can choose it unless the text says state or province. Only a city of a
    // million or more overshadows its subdivision's name: `Oklahoma` and `Kansas` are states.
    if out.iter().any(|c| c.kind() == Some(Kind::Admin1))
        && !out
            .iter()
            .any(|c| c.kind() == Some(Kind::Place) && c.population() >= 100_000)
    {
        let mut city_key = String::with_capacity(key.len() + 5);
        city_key.push_str(key);
        city_key.push_str(" city");
        let cities: Vec<Cand<'g>> = gaz
            .lookup_folded(&city_key)
            .filter(|e| {
                e.kind == Kind::Place
                    && e.population >= 1_000_000
                    && out.iter().any(|c| {
                        c.kind() == Some(Kind::Admin1)
                            && c.country() == e.country
                            && c.admin1() == e.admin1
                    })
            })
            .map(Cand::Entry)
            .collect();
        out.extend(cities);
    }
    if let Some(country) = country_alias(gaz, key, surface, &out) {
        out.insert(0, country);
    }
    out
}

/// The country a key names as a country alias (`us`, `britain`), unless `out` already has it;
/// a short one only when written in capitals (`US`, not `Us`).
fn country_alias<'g>(
    gaz: &'g Gazetteer,
    key: &str,
    surface: &str,
    out: &[Cand<'g>],
) -> Option<Cand<'g>> {
    let country = lexicon().aliases.get(key).and_then(|c| gaz.country(c))?;
    let short = key.chars().filter(|c| *c != ' ').count() <= 3;
    let upper = || {
        surface
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    };
    ((!short || upper())
        && !out
            .iter()
            .any(|c| matches!(c, Cand::Entry(e) if std::ptr::eq(*e, country))))
    .then_some(Cand::Entry(country))
}

#[derive(Debug, Clone)]
struct Word {
    start: usize,
    end: usize,
    /// First letter upper case.
    cap: bool,
    /// Every letter upper case, and at least two of them.
    upper: bool,
    /// First word of a sentence, a line or the text.
    initial: bool,
    /// One space or a hyphen joins it to the previous word.
    joined: bool,
    /// A hyphen joins it to the previous word.
    hyphen: bool,
    /// Only a comma and spaces separate it from the previous word.
    after_comma: bool,
    /// Ends with a dot that was not taken as a sentence end (`La.`, `St.`).
    dotted: bool,
    /// Followed by a possessive `'s`, which is outside the word.
    possessive: bool,
    /// Folded form, a range of `Doc::keys` (see [`tokenize`]).
    key: (usize, usize),
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

/// Abbreviations whose dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "st", "mt", "ft", "pt", "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "col", "capt",
    "lt", "sgt", "prof", "rev", "jr", "sr", "no", "vs", "u s", "u k", "u n", "ala", "ariz", "ark",
    "calif", "colo", "conn", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich",
    "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt",
    "wash", "wis", "wyo",
];

/// A bit for a word's key, from its length and first and last bytes, cheaper than a hash: a
/// filter in front of a set of keys.
fn filter_bit(key: &str) -> usize {
    let b = key.as_bytes();
    let first = usize::from(b.first().copied().unwrap_or(0));
    let last = usize::from(b.last().copied().unwrap_or(0));
    b.len().wrapping_mul(37) ^ first.wrapping_mul(11) ^ last.wrapping_mul(101)
}

/// 4,096 [`filter_bit`]s: a clear bit means the key is not in the set the filter was built from.
#[derive(Clone)]
struct BitFilter([u64; 64]);

impl Default for BitFilter {
    fn default() -> Self {
        BitFilter([0; 64])
    }
}

impl BitFilter {
    fn insert(&mut self, key: &str) {
        let bit = filter_bit(key) & 4095;
        if let Some(word) = self.0.get_mut(bit / 64) {
            *word |= 1 << (bit % 64);
        }
    }

    fn may_contain(&self, key: &str) -> bool {
        let bit = filter_bit(key) & 4095;
        self.0
            .get(bit / 64)
            .is_some_and(|word| word & (1 << (bit % 64)) != 0)
    }
}

/// Whether `s` is exactly one character.
fn is_one_char(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some() && chars.next().is_none()
}

/// Cuts `text` into `words` (cleared first); `keys` becomes the text in ASCII lower case (the
/// keys of plain words, at their own offsets), followed by the folded keys of the others.
fn tokenize(text: &str, keys: &mut String, words: &mut Vec<Word>) {
    words.clear();
    words.reserve(text.len() / 6);
    keys.clear();
    keys.push_str(text);
    keys.make_ascii_lowercase();
    let bytes = text.as_bytes();
    // The character at byte `i` and whether it is a letter or digit; ASCII without decoding.
    let char_at = |i: usize| -> Option<(char, bool)> {
        match bytes.get(i) {
            None => None,
            Some(&b) if b.is_ascii() => Some((char::from(b), b.is_ascii_alphanumeric())),
            Some(_) => text
                .get(i..)
                .and_then(|s| s.chars().next())
                .map(|c| (c, c.is_alphanumeric())),
        }
    };
    let mut prev_end = 0usize;
    let mut i = 0usize;
    while let Some((c, alnum)) = char_at(i) {
        if !alnum {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut end = start + c.len_utf8();
        // Only ASCII letters and digits so far: most words.
        let mut plain = c.is_ascii();
        // Letters and digits, with an apostrophe or a dot between two of them.
        loop {
            // ASCII letters and digits first, without decoding.
            while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                end += 1;
            }
            let Some((d, alnum)) = char_at(end) else {
                break;
            };
            let inner = (is_apostrophe(d) || d == '.')
                && char_at(end + d.len_utf8()).is_some_and(|(_, a)| a);
            if !alnum && !inner {
                break;
            }
            end += d.len_utf8();
            plain = false;
        }
        i = end;
        // A possessive stays outside the name.
        let mut word_end = end;
        let whole = bytes.get(start..end).unwrap_or_default();
        if !plain && matches!(whole.last(), Some(b's' | b'S')) {
            for apo in ["'s", "’s", "'S", "’S"] {
                if whole.ends_with(apo.as_bytes()) && whole.len() > apo.len() {
                    word_end = end - apo.len();
                }
            }
        }
        let surface = text.get(start..word_end).unwrap_or_default();
        if word_end != end {
            plain = surface.bytes().all(|b| b.is_ascii_alphanumeric());
        }
        // Most words are plain ASCII letters and digits, whose folded form is the word in lower
        // case: the same bytes of the lower-case copy of the text at the start of `keys`.
        let key = if plain {
            (start, word_end)
        } else {
            let key_start = keys.len();
            fold_into(surface, keys);
            // fold_into separates from what `keys` held with a space; keep keys contiguous.
            if keys.len() > key_start && keys.as_bytes().get(key_start) == Some(&b' ') {
                (key_start + 1, keys.len())
            } else {
                (key_start, keys.len())
            }
        };
        let gap = text.get(prev_end..start).unwrap_or_default();
        let prev = words.last();
        let prev_abbrev = || {
            prev.is_some_and(|p| {
                p.dotted || (p.cap && keys.get(p.key.0..p.key.1).is_some_and(is_one_char))
            })
        };
        // "Washington's Dulles Airport": a possessive ends a name.
        let joined = prev.is_some_and(|p| !p.possessive)
            && (gap == " " || gap == "\u{a0}" || gap == "-" || (gap == ". " && prev_abbrev()));
        let (after_comma, initial) = if gap == " " {
            // The common case, as the general one below decides it.
            (false, prev.is_none())
        } else {
            let gap_trim = gap.trim_matches(|c: char| c.is_whitespace());
            let after_comma = gap_trim == "," && !gap.contains('\n');
            let last_mark = gap.chars().rev().find(|c| {
                !c.is_whitespace()
                    && !matches!(
                        c,
                        '"' | '\'' | '“' | '”' | '‘' | '’' | '(' | ')' | '[' | ']' | '*'
                    )
            });
            let initial = prev.is_none()
                || gap.contains('\n')
                || (matches!(last_mark, Some('.' | '!' | '?' | ':' | '|' | '•'))
                    && !joined
                    && !prev_abbrev())
                || (last_mark.is_none()
                    && gap.chars().any(|c| matches!(c, '"' | '“'))
                    && prev.is_none());
            (after_comma, initial)
        };
        let (cap, upper) = if plain {
            let first = bytes.get(start).copied().unwrap_or(b' ');
            let cap = first.is_ascii_uppercase();
            // A word starting in lower case is not all capitals.
            let upper = !first.is_ascii_lowercase() && {
                let (mut letters, mut all_upper) = (0usize, true);
                for b in surface.bytes().filter(u8::is_ascii_alphabetic) {
                    letters += 1;
                    all_upper &= b.is_ascii_uppercase();
                }
                letters >= 2 && all_upper
            };
            (cap, upper)
        } else {
            let letters = surface.chars().filter(|c| c.is_alphabetic());
            (
                surface.chars().next().is_some_and(char::is_uppercase),
                letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase),
            )
        };
        let dotted = bytes.get(word_end) == Some(&b'.')
            && keys.get(key.0..key.1).is_some_and(|k| {
                // No abbreviation is longer than five letters.
                (k.len() <= 5 && lexicon().abbreviations.contains(k)) || is_one_char(k)
            });
        words.push(Word {
            start,
            end: word_end,
            cap,
            upper,
            initial,
            joined,
            hyphen: gap == "-",
            after_comma,
            dotted,
            possessive: word_end != end,
            key,
        });
        prev_end = end + usize::from(dotted);
    }
}

/// A recognised name: words `first_word..=last_word`, bytes `start..end`.
#[derive(Debug, Clone)]
struct Span<'g> {
    start: usize,
    end: usize,
    first_word: usize,
    last_word: usize,
    key: String,
    /// Shared by the spans of one name (see `Doc::find_spans`).
    cands: Rc<[Cand<'g>]>,
    /// Kept by the filters (rejected spans still inform the person-name memory).
    accepted: bool,
    /// Subdivisions and countries the text states beside the name, as indices of spans.
    hints: Vec<usize>,
    /// A district the text states (`in South Waziristan`).
    admin2: Option<String>,
    /// The text calls the name itself a district (`Dera Ismail Khan district`).
    district: bool,
    /// Each candidate's evidence-free score ([`Doc::base_score`]), filled on first resolution
    /// and shared by the spans of one name.
    base: Rc<OnceCell<Vec<f32>>>,
    /// Indices of the candidates that lie within [`PAIR_KM`] of a candidate of a name listed
    /// right beside this one ("Paris and Henry County": Paris, Tennessee, lies in Henry County,
    /// Tennessee), filled by [`Doc::pair_lists`].
    paired: Vec<usize>,
}

/// One text analysed: its words, recognised spans and the article-level evidence.
struct Doc<'g, 't> {
    gaz: &'g Gazetteer,
    text: &'t str,
    keys: String,
    words: Vec<Word>,
    spans: Vec<Span<'g>>,
    /// Evidence per country (alpha-2) from the whole article and the focus.
    countries: HashMap<&'g str, f32>,
    /// Evidence per (country, admin1 code).
    admin1s: HashMap<(&'g str, &'g str), f32>,
    /// What each name added to the evidence: (key, country, admin1 or empty, weight), from its
    /// low ambiguity and from the first pass, so that a name's own contribution can be taken
    /// out when it is scored.
    refined: Vec<(String, &'g str, &'g str, f32)>,
    /// The first-pass points of the article's cities and districts: (key, lat, lon), for the
    /// proximity bonus of the second pass.
    points: Vec<(String, f64, f64)>,
}

thread_local! {
    /// The keys and words buffers of the last [`Doc`] on this thread, for reuse.
    static SCRATCH: std::cell::RefCell<(String, Vec<Word>)> = std::cell::RefCell::default();
}

/// Largest buffers kept for reuse (bytes of keys); a larger text's are dropped.
const MAX_SCRATCH: usize = 1 << 20;

impl Drop for Doc<'_, '_> {
    fn drop(&mut self) {
        if self.keys.capacity() > MAX_SCRATCH {
            return;
        }
        let buffers = (
            std::mem::take(&mut self.keys),
            std::mem::take(&mut self.words),
        );
        let _ = SCRATCH.try_with(|s| {
            if let Ok(mut s) = s.try_borrow_mut() {
                *s = buffers;
            }
        });
    }
}

const MAX_SPAN_WORDS: usize = 6;

/// Score for a candidate in a country the article is about, plus a slope on the log of the
/// evidence; the population prior is `ln(population + 1000)`, so the bonus outweighs a place
/// about e^4 (55) times more populous elsewhere. The constants were set on the tune half.
const COUNTRY_BONUS: f32 = 4.0;
const COUNTRY_SLOPE: f32 = 1.5;
/// Score for a candidate in a subdivision the article names or places other names in.
const ADMIN1_BONUS: f32 = 4.0;
/// Weight of each other name's first-pass resolution as evidence for the second pass.
const REFINE_WEIGHT: f32 = 0.5;
/// Score for a city or district within [`NEAR_KM`] of another city or district the article
/// names (as the first pass resolved it): the places of one story lie together, across
/// subdivision borders too (`Oulton Park, Cheshire` beside `Croft, Yorkshire`).
const NEAR_BONUS: f32 = 2.0;
/// Evidence for a candidate near a candidate of a name listed beside it (see `Span::paired`).
const PAIR_BONUS: f32 = 4.0;
const PAIR_KM: f64 = 30.0;
const NEAR_KM: f64 = 150.0;

impl<'g, 't> Doc<'g, 't> {
    fn key(&self, w: usize) -> &str {
        self.words
            .get(w)
            .and_then(|w| self.keys.get(w.key.0..w.key.1))
            .unwrap_or_default()
    }

    fn analyse(gaz: &'g Gazetteer, text: &'t str, focus: &Focus<'_>) -> Self {
        // The buffers of the previous text, so that each text does not allocate its own.
        let (mut keys, mut words) = SCRATCH
            .try_with(|s| s.try_borrow_mut().map(|mut s| std::mem::take(&mut *s)))
            .ok()
            .and_then(Result::ok)
            .unwrap_or_default();
        tokenize(text, &mut keys, &mut words);
        // About one name in twenty words.
        let spans = Vec::with_capacity(words.len() / 16);
        let mut doc = Doc {
            gaz,
            text,
            keys,
            words,
            spans,
            countries: HashMap::default(),
            admin1s: HashMap::default(),
            refined: Vec::new(),
            points: Vec::new(),
        };
        doc.find_spans();
        doc.filter_spans();
        doc.find_context();
        doc.pair_lists();
        doc.gather_evidence(focus);
        doc.refine();
        doc
    }

    /// Names joined by `and` or `or` ("Paris and Henry County", "Paris or Henry County") whose candidates
    /// include a pair within [`PAIR_KM`] of each other: those candidates are marked
    /// (`Span::paired`) on every span of the name. Only cities and districts pair.
    fn pair_lists(&mut self) {
        let point = |c: &Cand<'g>| match c {
            Cand::Entry(e) if e.kind == Kind::Place => e.lat.zip(e.lon),
            Cand::District(d) => Some((d.lat, d.lon)),
            Cand::Entry(_) => None,
        };
        // The spans starting at each word, to find the name right after "and"/"or".
        let mut starting: HashMap<usize, Vec<usize>> = HashMap::default();
        for (i, s) in self.spans.iter().enumerate() {
            if s.accepted {
                starting.entry(s.first_word).or_default().push(i);
            }
        }
        let near = |x: &Span<'g>, y: &Span<'g>| -> Vec<usize> {
            let mut out = Vec::new();
            for (i, cx) in x.cands.iter().enumerate() {
                let Some((lat, lon)) = point(cx) else {
                    continue;
                };
                if y.cands.iter().any(|cy| {
                    point(cy).is_some_and(|(ylat, ylon)| within_km(lat, lon, ylat, ylon, PAIR_KM))
                }) {
                    out.push(i);
                }
            }
            out
        };
        let mut marks: Vec<(usize, usize)> = Vec::new();
        for (a, sa) in self.spans.iter().enumerate() {
            if !sa.accepted || !matches!(self.key(sa.last_word + 1), "and" | "or") {
                continue;
            }
            // Joined by "and" or "or": a comma more often ends a "Town, State" phrase.
            for &b in starting.get(&(sa.last_word + 2)).into_iter().flatten() {
                let Some(sb) = self.spans.get(b) else {
                    continue;
                };
                if sb.key == sa.key {
                    continue;
                }
                if sa.cands.len() > 1 {
                    marks.extend(near(sa, sb).into_iter().map(|i| (a, i)));
                }
                if sb.cands.len() > 1 {
                    marks.extend(near(sb, sa).into_iter().map(|i| (b, i)));
                }
            }
        }
        // One sense per article: every span of the name shares the marks (their candidates
        // are the same list).
        let keyed: Vec<(String, usize)> = marks
            .into_iter()
            .filter_map(|(a, i)| Some((self.spans.get(a)?.key.clone(), i)))
            .collect();
        for span in &mut self.spans {
            for (key, i) in &keyed {
                if *key == span.key && !span.paired.contains(i) {
                    span.paired.push(*i);
                }
            }
        }
    }

    /// A second pass: every distinct name's first-pass resolution becomes evidence for the
    /// others, so that towns of one region pull each other there (a local paper's Paris is
    /// in Texas when its other names are).
    fn refine(&mut self) {
        let mut seen: HashSet<&str> = HashSet::default();
        let mut refined = Vec::new();
        let mut points = Vec::new();
        for span in &self.spans {
            if !span.accepted || !seen.insert(span.key.as_str()) {
                continue;
            }
            // What `build` would make of the choice, without making the place.
            let Some((chosen, _)) = self.choose(span) else {
                continue;
            };
            let (city_or_district, point, entry) = match chosen {
                Cand::Entry(e) => (e.kind == Kind::Place, e.lat.zip(e.lon), Some(e)),
                Cand::District(d) => (true, Some((d.lat, d.lon)), None),
            };
            if city_or_district && let Some((lat, lon)) = point {
                points.push((span.key.clone(), lat, lon));
            }
            if let Some(e) = entry
                && !e.country.is_empty()
                && matches!(e.kind, Kind::Place | Kind::Admin1)
            {
                refined.push((span.key.clone(), e.country, e.admin1, REFINE_WEIGHT));
            }
        }
        self.points = points;
        for (_, country, admin1, w) in &refined {
            *self.countries.entry(country).or_default() += w;
            *self.admin1s.entry((country, admin1)).or_default() += w;
        }
        self.refined.extend(refined);
    }

    /// Whether some name, district or country alias (folded) starts with `prefix` and a space.
    fn extends(&self, prefix: &str) -> bool {
        let h = str_hash(prefix);
        self.gaz.extends_hash(h) || lexicon().alias_prefixes.contains(&h)
    }

    /// Whether `key` may have candidates (a name or district of the gazetteer, or a country
    /// alias); `false` is certain.
    fn may_name(&self, key: &str) -> bool {
        let h = str_hash(key);
        self.gaz.may_know_hash(h) || lexicon().alias_hashes.contains(&h)
    }

    /// The districts a name ending at word `last` names as one of a list closed by a district
    /// word in lower case: `Eastland and Callahan counties`, `Cooke, Grayson and Love
    /// counties`, `Lafourche parish`. A country or subdivision keeps its own name (`Texas and
    /// Oklahoma counties` are counties in those states).
    fn listed_district(&self, last: usize, key: &str, surface: &str) -> Option<Rc<[Cand<'g>]>> {
        let kind = self.district_list_after(last)?;
        let districts = self.gaz.districts_folded(&format!("{key} {kind}"));
        if districts.is_empty()
            || candidates(self.gaz, key, surface)
                .iter()
                .any(|c| matches!(c.kind(), Some(Kind::Country | Kind::Admin1 | Kind::Region)))
        {
            return None;
        }
        Some(
            districts
                .iter()
                .take(MAX_CANDIDATES)
                .map(Cand::District)
                .collect(),
        )
    }

    /// The district word (`county`, `parish`) closing a list of capitalised names that word
    /// `last` ends one of, joined by commas, `and` or `or`, in one sentence.
    fn district_list_after(&self, last: usize) -> Option<&'static str> {
        for w in last + 1..last + 12 {
            let word = self.words.get(w)?;
            if word.initial {
                return None;
            }
            if word.cap {
                continue;
            }
            match self.key(w) {
                "counties" | "county" => return Some("county"),
                "parishes" | "parish" => return Some("parish"),
                "and" | "or" => {}
                _ => return None,
            }
        }
        None
    }

    /// Whether word `w` can belong to a name: capitalised, and not a sentence-initial or
    /// capitalised ordinary word at the start of a run.
    fn namey(&self, w: usize) -> bool {
        self.words.get(w).is_some_and(|word| word.cap)
    }

    fn is_connector(&self, w: usize) -> bool {
        self.words
            .get(w)
            .is_some_and(|word| !word.cap && word.joined)
            && lexicon().connectors.contains(self.key(w))
    }

    /// Runs of joined name words, then the longest gazetteer match from each position.
    fn find_spans(&mut self) {
        let n = self.words.len();
        let mut w = 0;
        let mut buf = String::new();
        // A name comes back often in one article: its candidates are looked up and scored
        // once. They depend on the key and, for a short one, on the capitals.
        type Memo<'g> = HashMap<String, (Rc<[Cand<'g>]>, Rc<OnceCell<Vec<f32>>>)>;
        let mut memos: [Memo<'g>; 2] = Default::default();
        while w < n {
            if !self.namey(w) {
                w += 1;
                continue;
            }
            // The run: name words joined by one space or a hyphen, connectors inside.
            let mut end = w + 1;
            while end < n {
                let joined = self.words.get(end).is_some_and(|x| x.joined);
                if joined && self.namey(end) {
                    end += 1;
                } else if joined
                    && self.is_connector(end)
                    && self.words.get(end + 1).is_some_and(|x| x.joined)
                    && self.namey(end + 1)
                {
                    end += 2;
                } else {
                    break;
                }
            }
            let mut s = w;
            while s < end {
                if !self.namey(s) {
                    s += 1;
                    continue;
                }
                // No name is longer than the longest run of words from `s` each of whose
                // shorter runs begins some name: most capitalised words begin no name of two
                // words, so most spans need a lookup of one word only.
                let most = MAX_SPAN_WORDS.min(end - s);
                let mut reach = 1;
                buf.clear();
                buf.push_str(self.key(s));
                while reach < most && self.extends(&buf) {
                    buf.push(' ');
                    buf.push_str(self.key(s + reach));
                    reach += 1;
                }
                let mut found = None;
                for len in (1..=reach).rev() {
                    let last = s + len - 1;
                    if !self.namey(last) {
                        continue;
                    }
                    buf.clear();
                    for i in s..=last {
                        buf.push_str(self.key(i));
                        if i < last {
                            buf.push(' ');
                        }
                    }
                    let (Some(a), Some(b)) = (self.words.get(s), self.words.get(last)) else {
                        break;
                    };
                    let surface = self.text.get(a.start..b.end).unwrap_or_default();
                    if let Some(cands) = self.listed_district(last, &buf, surface) {
                        found = Some((last, cands, Rc::default()));
                        break;
                    }
                    if !self.may_name(&buf) {
                        // No candidates, whether a stop word or not.
                        continue;
                    }
                    let upper = surface
                        .chars()
                        .filter(|c| c.is_alphabetic())
                        .all(char::is_uppercase);
                    let memo = &mut memos[usize::from(upper)];
                    let (cands, base) = match memo.get(buf.as_str()) {
                        Some((cands, base)) => (cands.clone(), base.clone()),
                        // "In", "Are": no span, so that it cannot glue to a neighbour.
                        None if is_stop(&buf) => continue,
                        None => {
                            let cands: Rc<[Cand<'g>]> = candidates(self.gaz, &buf, surface).into();
                            let base = Rc::<OnceCell<Vec<f32>>>::default();
                            if !cands.is_empty() {
                                memo.insert(buf.clone(), (cands.clone(), base.clone()));
                            }
                            (cands, base)
                        }
                    };
                    if !cands.is_empty() {
                        found = Some((last, cands, base));
                        break;
                    }
                }
                match found {
                    Some((last, cands, base)) => {
                        let (a, b) = (&self.words[s], &self.words[last]);
                        self.spans.push(Span {
                            start: a.start,
                            end: b.end,
                            first_word: s,
                            last_word: last,
                            key: buf.clone(),
                            cands,
                            accepted: true,
                            hints: Vec::new(),
                            admin2: None,
                            district: false,
                            base,
                            paired: Vec::new(),
                        });
                        s = last + 1;
                    }
                    None => s += 1,
                }
            }
            w = end;
        }
    }

    /// The run of joined name words around word `w`: (first, last).
    fn run_bounds(&self, first: usize, last: usize) -> (usize, usize) {
        let mut a = first;
        while a > 0 && self.words.get(a).is_some_and(|x| x.joined) && self.namey(a - 1) {
            a -= 1;
        }
        let mut b = last;
        while self.words.get(b + 1).is_some_and(|x| x.joined) && self.namey(b + 1) {
            b += 1;
        }
        (a, b)
    }

    fn lower_elsewhere(&self, lower: &HashSet<&str>, key: &str) -> bool {
        lower.contains(key)
    }

    fn filter_spans(&mut self) {
        let mut persons: HashSet<&str> = HashSet::default();
        // The span covering each word, if any.
        let mut covered: Vec<Option<usize>> = vec![None; self.words.len()];
        for (i, s) in self.spans.iter().enumerate() {
            for w in s.first_word..=s.last_word {
                if let Some(c) = covered.get_mut(w) {
                    *c = Some(i);
                }
            }
        }
        // Of the keys `judge` asks about (a one-word span's, and a sentence-initial word's
        // before a span, when not stop words), those the text also writes in lower case.
        // Asking only about these, behind a bit filter, is far cheaper than a set of every
        // lower-case word.
        let asked: HashSet<&str> = self
            .spans
            .iter()
            .flat_map(|s| {
                let own = (s.first_word == s.last_word).then_some(s.key.as_str());
                let before = s
                    .first_word
                    .checked_sub(1)
                    .filter(|&l| self.words.get(l).is_some_and(|w| w.initial))
                    .map(|l| self.key(l));
                own.into_iter().chain(before)
            })
            .filter(|k| !is_stop(k))
            .collect();
        let mut filter = BitFilter::default();
        for k in &asked {
            filter.insert(k);
        }
        let lower: HashSet<&str> = self
            .words
            .iter()
            .filter(|w| !w.cap)
            .filter_map(|w| self.keys.get(w.key.0..w.key.1))
            .filter(|k| filter.may_contain(k) && asked.contains(k))
            .collect();
        let mut verdicts = Vec::with_capacity(self.spans.len());
        for span in &self.spans {
            let verdict = self.judge(span, &covered, &persons, &lower);
            if let Verdict::Person = verdict {
                let (a, b) = self.run_bounds(span.first_word, span.last_word);
                for w in a..=b {
                    persons.insert(self.key(w));
                }
            }
            verdicts.push(verdict);
        }
        for (span, verdict) in self.spans.iter_mut().zip(verdicts) {
            span.accepted = matches!(verdict, Verdict::Place);
        }
    }

    fn judge(
        &self,
        span: &Span<'g>,
        covered: &[Option<usize>],
        persons: &HashSet<&str>,
        lower: &HashSet<&str>,
    ) -> Verdict {
        let words = span.last_word - span.first_word + 1;
        let Some(first) = self.words.get(span.first_word) else {
            return Verdict::Other;
        };
        let strong = span.cands.iter().any(|c| {
            // A district named as such ("Laurel County") is as safe as a subdivision.
            matches!(
                c.kind(),
                None | Some(Kind::Country | Kind::Admin1 | Kind::Region)
            ) || c.population() >= 100_000
        });
        let max_pop = span.cands.iter().map(|c| c.population()).max().unwrap_or(0);
        if is_stop(&span.key) {
            return Verdict::Other;
        }
        // Titles make persons: "Mr Jackson", "President Lincoln".
        if span.first_word > 0 && lexicon().titles.contains(self.key(span.first_word - 1)) {
            let prev_cap = self.words.get(span.first_word - 1).is_some_and(|w| w.cap);
            if prev_cap || first.joined {
                return Verdict::Person;
            }
        }
        // A word seen in a person's name earlier ("Henry" after "Raquel Henry"), unless it is a
        // country, subdivision or large city.
        if words == 1 && !strong && persons.contains(span.key.as_str()) {
            return Verdict::Person;
        }
        // Part of a longer capitalised name that is not a place.
        let (ra, rb) = self.run_bounds(span.first_word, span.last_word);
        let left_free = span.first_word > ra && {
            let l = span.first_word - 1;
            let lk = self.key(l);
            !(covered.get(l).is_some_and(Option::is_some)
                || MODIFIERS.contains(&lk)
                || lk == "the"
                || self.words.get(l).is_some_and(|w| w.upper)
                // A sentence's first word capitalised by position ("Though London's"): an
                // ordinary word, or one the text also writes in lower case.
                || (self.words.get(l).is_some_and(|w| w.initial)
                    && (is_stop(lk) || lower.contains(lk))))
        };
        let right_free = span.last_word < rb && {
            let r = span.last_word + 1;
            let rk = self.key(r);
            !covered.get(r).is_some_and(Option::is_some)
                && !PLACE_WORDS.contains(&rk)
                && !is_stop(rk)
        };
        // Two names side by side with only a space between are a person's or a firm's name
        // ("Paris Hilton", "Victoria Adams"), unless both are countries, subdivisions or
        // regions. A hyphen keeps both ("Kabul-Islamabad highway").
        let coarse = |s: &Span<'g>| {
            s.cands
                .iter()
                .any(|c| matches!(c.kind(), Some(Kind::Country | Kind::Admin1 | Kind::Region)))
        };
        let space_before = |w: usize| self.words.get(w).is_some_and(|x| x.joined && !x.hyphen);
        let glued = [
            span.first_word
                .checked_sub(1)
                .filter(|&l| l >= ra && space_before(span.first_word)),
            Some(span.last_word + 1).filter(|&r| r <= rb && space_before(r)),
        ]
        .into_iter()
        .flatten()
        .filter_map(|w| {
            covered
                .get(w)
                .copied()
                .flatten()
                .and_then(|i| self.spans.get(i))
        })
        .any(|other| !(coarse(other) && coarse(span)));
        if glued {
            return Verdict::Person;
        }
        // "Jackson Browne", "John Henry": a person. "Gainesville Public Utilities": an
        // organisation named after the place; a country or subdivision there still names it
        // ("the Ohio Department of Transportation", "the U.S. House").
        if left_free {
            return Verdict::Person;
        }
        if right_free && !strong {
            return Verdict::Other;
        }
        // All-capital short words are acronyms ("COAS", "NATO") unless an alias made them a
        // country or the name is a large place.
        let surface_upper = first.upper && words == 1;
        if surface_upper && span.key.len() <= 5 && !strong {
            return Verdict::Other;
        }
        if surface_upper && span.key.len() <= 3 {
            let alias = span
                .cands
                .first()
                .is_some_and(|c| c.kind() == Some(Kind::Country));
            if !alias {
                return Verdict::Other;
            }
        }
        if words == 1 && !strong {
            // Ordinary words: capitalised at a sentence start, or found in lower case here.
            if first.initial || self.lower_elsewhere(lower, &span.key) {
                return Verdict::Other;
            }
            if span.key.chars().count() <= 3 {
                return Verdict::Other;
            }
            if max_pop < 15_000 && !first.cap {
                return Verdict::Other;
            }
        } else if words == 1 && first.initial && self.lower_elsewhere(lower, &span.key) {
            return Verdict::Other;
        }
        Verdict::Place
    }

    /// Hints (subdivision or country stated beside a name) and districts stated by the text.
    fn find_context(&mut self) {
        let accepted: Vec<usize> = (0..self.spans.len())
            .filter(|&i| self.spans[i].accepted)
            .collect();
        for (pos, &i) in accepted.iter().enumerate() {
            let span = &self.spans[i];
            let mut hints = Vec::new();
            let mut admin2 = None;
            let mut district = false;
            // Walk forward over up to a few words of connecting text in the same sentence.
            let mut w = span.last_word + 1;
            let mut next_span = accepted.get(pos + 1).copied();
            let mut steps = 0;
            while let Some(word) = self.words.get(w) {
                if steps > 10 || word.initial {
                    break;
                }
                steps += 1;
                let k = self.key(w);
                if let Some(j) = next_span.filter(|&j| self.spans[j].first_word == w) {
                    hints.push(j);
                    w = self.spans[j].last_word + 1;
                    next_span = accepted
                        .get(accepted.iter().position(|&x| x == j).unwrap_or(0) + 1)
                        .copied();
                    continue;
                }
                if w == span.last_word + 1 && !word.cap && matches!(k, "district" | "districts") {
                    district = true;
                    w += 1;
                    continue;
                }
                if word.after_comma && word.dotted
                    || (word.after_comma && word.cap && w + 1 < self.words.len())
                {
                    // "Alexandria, La." (a US state abbreviation after a comma).
                    let mut abbrev = k.to_owned();
                    let mut last = w;
                    if k.chars().count() == 1
                        && let Some(next) = self.words.get(w + 1).filter(|x| x.joined)
                    {
                        abbrev = format!(
                            "{k} {}",
                            self.keys.get(next.key.0..next.key.1).unwrap_or_default()
                        );
                        last = w + 1;
                    }
                    if word.dotted || self.words.get(last).is_some_and(|x| x.dotted) {
                        if let Some((_, state)) = US_STATES.iter().find(|(a, _)| *a == abbrev) {
                            let key = fold(state);
                            let cands = us_state(self.gaz, state);
                            if !cands.is_empty() {
                                let ws = &self.words[w];
                                let we = &self.words[last];
                                self.spans.push(Span {
                                    start: ws.start,
                                    end: we.end,
                                    first_word: w,
                                    last_word: last,
                                    key,
                                    cands: cands.into(),
                                    accepted: true,
                                    hints: Vec::new(),
                                    admin2: None,
                                    district: false,
                                    base: Rc::default(),
                                    paired: Vec::new(),
                                });
                                hints.push(self.spans.len() - 1);
                            }
                        }
                        break;
                    }
                }
                if word.cap && admin2.is_none() {
                    // An unknown capitalised run after "in" or a comma: a district the
                    // gazetteer lacks ("Wana in South Waziristan").
                    let prev = self.key(w - 1);
                    let intro = word.after_comma || (matches!(prev, "in" | "of") && word.joined);
                    let (a, b) = self.run_bounds(w, w);
                    let unknown = !self
                        .spans
                        .iter()
                        .any(|s| s.first_word >= a && s.last_word <= b && s.accepted);
                    let followed = self
                        .words
                        .get(b + 1)
                        .map(|x| self.keys.get(x.key.0..x.key.1).unwrap_or_default());
                    let named_district =
                        matches!(followed, Some("district" | "agency" | "tehsil" | "county"));
                    // "in Kabul in January", "Quetta, Monday": a date is no district.
                    let calendar = sitrep_text::calendar::is_month_or_weekday(self.key(a))
                        || HOLIDAYS.contains(&self.key(a));
                    if intro && a == w && (unknown || named_district) && !calendar {
                        if unknown || named_district {
                            let (sa, sb) = (self.words[a].start, self.words[b].end);
                            let name = self.text.get(sa..sb).unwrap_or_default();
                            if unknown {
                                admin2 = Some(name.to_owned());
                            }
                        }
                        w = b + 1;
                        continue;
                    }
                }
                if !word.cap
                    && matches!(
                        k,
                        "in" | "of"
                            | "the"
                            | "district"
                            | "province"
                            | "state"
                            | "region"
                            | "agency"
                            | "county"
                            | "near"
                            | "tribal"
                            | "area"
                    )
                    || word.after_comma && word.cap
                {
                    w += 1;
                    continue;
                }
                break;
            }
            let span = &mut self.spans[i];
            span.hints = hints;
            span.admin2 = admin2;
            span.district = district;
        }
    }

    fn gather_evidence(&mut self, focus: &Focus<'_>) {
        let gaz = self.gaz;
        for c in focus.countries {
            if let Some(e) = gaz.country(c) {
                *self.countries.entry(e.country).or_default() += 2.0;
            }
        }
        if let Some(e) = focus.outlet_country.and_then(|c| gaz.country(c)) {
            *self.countries.entry(e.country).or_default() += 0.5;
        }
        if let Some(dateline) = focus.dateline {
            let (name, rest) = dateline.split_once(',').unwrap_or((dateline, ""));
            let key = fold(name);
            let mut cands = candidates(gaz, &key, name);
            let rest_key = fold(rest.trim().trim_end_matches('.'));
            if let Some((_, state)) = US_STATES.iter().find(|(a, _)| *a == rest_key) {
                cands.retain(|c| {
                    c.country() == "US"
                        && gaz
                            .admin1_of_code("US", c.admin1())
                            .is_some_and(|a| a.name == *state)
                });
            } else if !rest_key.is_empty() {
                let hint: Vec<(&str, &str)> = gaz
                    .lookup_folded(&rest_key)
                    .filter(|e| matches!(e.kind, Kind::Country | Kind::Admin1))
                    .map(|e| (e.country, e.admin1))
                    .collect();
                if !hint.is_empty() {
                    cands.retain(|c| {
                        hint.iter().any(|(cc, a1)| {
                            *cc == c.country() && (a1.is_empty() || *a1 == c.admin1())
                        })
                    });
                }
            }
            if let Some(best) = cands.iter().max_by_key(|c| c.population()) {
                *self.countries.entry(best.country()).or_default() += 2.0;
                *self
                    .admin1s
                    .entry((best.country(), best.admin1()))
                    .or_default() += 1.0;
            }
        }
        // Adjectives are weak evidence: "Pakistani officials".
        let lex = lexicon();
        for w in &self.words {
            if w.cap
                && let Some(e) = self
                    .keys
                    .get(w.key.0..w.key.1)
                    .filter(|k| lex.adjective_bits.may_contain(k))
                    .and_then(|k| lex.adjectives.get(k))
                    .and_then(|c| gaz.country(c))
            {
                *self.countries.entry(e.country).or_default() += 0.5;
            }
        }
        // Names with little ambiguity: one country among the candidates, or a country, or a
        // candidate ten times more populous than any in another country.
        let mut seen: HashSet<&str> = HashSet::default();
        for span in self.spans.iter().filter(|s| s.accepted) {
            if !seen.insert(span.key.as_str()) {
                continue;
            }
            let Some(top) = span
                .cands
                .first()
                .copied()
                .filter(|c| !c.country().is_empty())
            else {
                continue;
            };
            let other_country = span
                .cands
                .iter()
                .filter(|c| c.country() != top.country())
                .map(|c| c.population())
                .max()
                .unwrap_or(0);
            let weight = if matches!(top.kind(), Some(Kind::Country)) || other_country == 0 {
                1.0
            } else if top.population() >= other_country.saturating_mul(10) {
                0.5
            } else {
                0.0
            };
            if weight > 0.0 {
                *self.countries.entry(top.country()).or_default() += weight;
                let mut admin1 = "";
                if top.kind() != Some(Kind::Country) {
                    // One subdivision among the candidates in the top one's country.
                    let one_admin1 = span
                        .cands
                        .iter()
                        .filter(|c| c.country() == top.country())
                        .all(|c| c.admin1() == top.admin1());
                    if one_admin1 {
                        admin1 = top.admin1();
                        *self.admin1s.entry((top.country(), admin1)).or_default() += weight;
                    }
                }
                self.refined
                    .push((span.key.clone(), top.country(), admin1, weight));
            }
        }
    }

    /// The part of a candidate's score that the article's evidence does not change: the
    /// population prior, its kind, whether the name is its own or an alternate's, and capitals.
    /// Computed once per span ([`Span::base`]): folding every candidate's name is the costly part.
    fn base_score(&self, span: &Span<'g>, c: Cand<'g>, name: &mut String) -> f32 {
        let pop = c.population() as f32;
        let mut s = (pop + 1000.0).ln();
        match c.kind() {
            Some(Kind::Country) => s += 5.0,
            Some(Kind::Admin1) => s += 1.0,
            Some(Kind::Place) => {
                if let Cand::Entry(e) = c {
                    name.clear();
                    fold_into(e.name, name);
                    if name.as_str() != span.key {
                        s -= 1.0;
                    }
                    if is_capital(self.gaz, e, name.as_str()) {
                        s += 4.0;
                    }
                }
            }
            Some(Kind::Region) => {}
            None => s += 0.5,
        }
        s
    }

    /// What the name `span` itself added to the evidence: (country, admin1 or empty, weight).
    fn own_evidence(&self, span: &Span<'g>) -> Vec<(&'g str, &'g str, f32)> {
        self.refined
            .iter()
            .filter(|r| r.0 == span.key)
            .map(|r| (r.1, r.2, r.3))
            .collect()
    }

    fn score(
        &self,
        span: &Span<'g>,
        own: &[(&'g str, &'g str, f32)],
        c: Cand<'g>,
        base: f32,
        cache: &mut EvidenceCache<'g>,
    ) -> f32 {
        let mut s = base;
        // A name is not evidence for itself: its own contributions are taken out.
        let (own_c, own_a) = own.iter().fold((0.0, 0.0), |(oc, oa), r| {
            (
                oc + if r.0 == c.country() { r.2 } else { 0.0 },
                oa + if r.0 == c.country() && r.1 == c.admin1() {
                    r.2
                } else {
                    0.0
                },
            )
        });
        let country_ev = match cache.country {
            Some((k, v)) if k == c.country() => v,
            _ => {
                let v = self.countries.get(c.country()).copied().unwrap_or(0.0);
                cache.country = Some((c.country(), v));
                v
            }
        };
        let ev = (country_ev - own_c).max(0.0);
        if ev > 0.0 {
            s += COUNTRY_BONUS + COUNTRY_SLOPE * (1.0 + ev).ln();
        }
        if !matches!(c.kind(), Some(Kind::Country | Kind::Region)) {
            let key = (c.country(), c.admin1());
            let admin1_ev = match cache.admin1 {
                Some((k, v)) if k == key => v,
                _ => {
                    let v = self.admin1s.get(&key).copied().unwrap_or(0.0);
                    cache.admin1 = Some((key, v));
                    v
                }
            };
            let ev1 = (admin1_ev - own_a).max(0.0);
            if ev1 > 0.0 {
                s += ADMIN1_BONUS + (1.0 + ev1).ln();
            }
        }
        if matches!(c.kind(), Some(Kind::Place) | None) && self.near_other(span, c) {
            s += NEAR_BONUS;
        }
        for &h in &span.hints {
            let Some(hint) = self.spans.get(h) else {
                continue;
            };
            let (mut country, mut admin1) = (false, false);
            for hc in hint.cands.iter() {
                match hc.kind() {
                    Some(Kind::Country) => country |= hc.country() == c.country(),
                    Some(Kind::Admin1) => {
                        admin1 |= hc.country() == c.country() && hc.admin1() == c.admin1();
                        country |= hc.country() == c.country();
                    }
                    // "Springfield, Sangamon County": the district the place lies in.
                    None => {
                        let inside = matches!((c, hc), (Cand::Entry(e), Cand::District(d))
                            if e.admin2 == d.name && e.country == d.country);
                        admin1 |= inside;
                        country |= hc.country() == c.country();
                    }
                    _ => {}
                }
            }
            if admin1 && c.kind() != Some(Kind::Admin1) {
                s += 8.0;
            } else if country {
                s += 5.0;
            }
        }
        s
    }

    /// Whether candidate `c` lies within [`NEAR_KM`] of a city or district the article names
    /// under another name.
    fn near_other(&self, span: &Span<'g>, c: Cand<'g>) -> bool {
        let (lat, lon) = match c {
            Cand::Entry(Entry {
                lat: Some(lat),
                lon: Some(lon),
                ..
            }) => (*lat, *lon),
            Cand::District(d) => (d.lat, d.lon),
            Cand::Entry(_) => return false,
        };
        // An equirectangular distance: exact enough at this range, and no trigonometry per
        // point but one cosine per candidate.
        const KM_PER_DEGREE: f64 = 111.2;
        let max_deg = NEAR_KM / KM_PER_DEGREE;
        let coslat = lat.to_radians().cos();
        self.points.iter().any(|(key, plat, plon)| {
            let dlat = plat - lat;
            if dlat.abs() > max_deg || *key == span.key {
                return false;
            }
            let mut dlon = (plon - lon).abs();
            if dlon > 180.0 {
                dlon = 360.0 - dlon;
            }
            let dx = dlon * coslat;
            dlat * dlat + dx * dx <= max_deg * max_deg
        })
    }

    /// The place named right after `range`, joined to it by `in`, `at`, `of`, `near` or a comma
    /// (and at most a few more words such as `the` or `downtown`), or ending a short clause
    /// about it (`where the boy is treated in Liverpool`).
    fn place_after(&self, range: TextRange) -> Option<PlaceMention<'g>> {
        let i = self
            .spans
            .iter()
            .enumerate()
            .filter(|(_, s)| s.accepted && s.start >= range.end)
            .min_by_key(|(_, s)| s.start)
            .map(|(i, _)| i)?;
        let gap = self.text.get(range.end..self.spans.get(i)?.start)?;
        let gap_words: Vec<&str> = gap
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let linked = gap.trim_start().starts_with(',')
            || gap_words
                .first()
                .is_some_and(|w| matches!(*w, "in" | "at" | "of" | "near" | "on"));
        let short = gap_words.len() <= 3 && !gap.contains(['.', '\n', ';']);
        // "the hospital where Alfie is admitted in Liverpool": a clause about the building
        // that places it, in the same sentence.
        let clause = gap_words.len() <= 6
            && !gap.contains(['.', '\n', ';'])
            && gap_words
                .last()
                .is_some_and(|w| matches!(*w, "in" | "at" | "near"));
        if (linked && short) || clause {
            self.resolve(i)
        } else {
            None
        }
    }

    /// The last city or district named shortly before `range` in the same paragraph.
    fn place_before(&self, range: TextRange) -> Option<PlaceMention<'g>> {
        let (i, span) = self
            .spans
            .iter()
            .enumerate()
            .filter(|(_, s)| s.accepted && s.end <= range.start)
            .max_by_key(|(_, s)| s.end)?;
        let gap = self.text.get(span.end..range.start)?;
        if gap.len() > 200 || gap.contains("\n") {
            return None;
        }
        self.resolve(i)
            .filter(|m| matches!(m.place.precision.as_str(), "city" | "district"))
    }

    /// The place the article is most about: its most often named city or district, else its
    /// most often named subdivision, else country (first named wins a tie). Only places in the
    /// country the article names most count: a house model called "the Norbury" in a story set
    /// in Virginia does not make a London district the article's place.
    fn focus_place(&self) -> Option<PlaceMention<'g>> {
        let resolved: Vec<PlaceMention<'g>> = (0..self.spans.len())
            .filter_map(|i| self.resolve(i))
            .collect();
        let main_country = most_named(resolved.iter().filter_map(|m| m.place.country.as_deref()));
        // Likewise the subdivision of that country named most (a city's own subdivision
        // counts): a city there wins over one named as often elsewhere in the country.
        let main_admin1 = most_named(
            resolved
                .iter()
                .filter(|m| m.place.country.as_deref() == main_country)
                .filter_map(|m| m.place.admin1.as_deref()),
        );
        let in_main_admin1 = resolved.iter().any(|m| {
            matches!(m.place.precision.as_str(), "city" | "district")
                && m.place.country.as_deref() == main_country
                && m.place.admin1.as_deref() == main_admin1
        });
        for precisions in [&["city", "district"][..], &["admin1"], &["country"]] {
            let mut counts: Vec<(String, usize, usize)> = Vec::new();
            for (i, m) in resolved.iter().enumerate() {
                if !precisions.contains(&m.place.precision.as_str())
                    || m.place.country.is_none()
                    || m.place.country.as_deref() != main_country
                    || (in_main_admin1
                        && precisions.contains(&"city")
                        && m.place.admin1.as_deref() != main_admin1)
                {
                    continue;
                }
                match counts.iter_mut().find(|(n, _, _)| *n == m.place.name) {
                    Some(c) => c.1 += 1,
                    None => counts.push((m.place.name.clone(), 1, i)),
                }
            }
            if let Some(&(_, _, i)) = counts
                .iter()
                .max_by_key(|(_, n, first)| (*n, std::cmp::Reverse(*first)))
            {
                return resolved.get(i).cloned();
            }
        }
        None
    }

    fn resolve(&self, i: usize) -> Option<PlaceMention<'g>> {
        let span = self.spans.get(i)?;
        if !span.accepted {
            return None;
        }
        self.build(span, TextRange::new(span.start, span.end))
    }

    fn resolve_unfiltered(&self, i: usize, range: TextRange) -> Option<PlaceMention<'g>> {
        self.build(self.spans.get(i)?, range)
    }

    /// The candidate `span` resolves to and its share of `exp(score)` (see
    /// [`PlaceMention::score`]); `None` for a span without candidates.
    fn choose(&self, span: &Span<'g>) -> Option<(Cand<'g>, f32)> {
        let own = self.own_evidence(span);
        let base = span.base.get_or_init(|| {
            let mut name = String::new();
            span.cands
                .iter()
                .map(|&c| self.base_score(span, c, &mut name))
                .collect()
        });
        let mut cache = EvidenceCache::default();
        let scores: Vec<f32> = span
            .cands
            .iter()
            .zip(base)
            .enumerate()
            .map(|(i, (&c, &b))| {
                let pair = if span.paired.contains(&i) {
                    PAIR_BONUS
                } else {
                    0.0
                };
                self.score(span, &own, c, b, &mut cache) + pair
            })
            .collect();
        let (best_i, best) =
            scores
                .iter()
                .enumerate()
                .fold(None::<(usize, f32)>, |acc, (i, &s)| match acc {
                    Some((_, b)) if b >= s => acc,
                    _ => Some((i, s)),
                })?;
        let total: f32 = scores.iter().map(|s| (s - best).exp()).sum();
        let mut chosen = *span.cands.get(best_i)?;
        // "Rockingham, Northamptonshire": a town stated to lie in a subdivision, district or
        // country is there. When no candidate of its name is (the gazetteer lacks villages),
        // it is somewhere in that region, not a homonym elsewhere.
        if matches!(chosen.kind(), Some(Kind::Place) | None)
            && let Some(region) = self.stated_region(span)
            && !lies_in(chosen, region)
        {
            chosen = span
                .cands
                .iter()
                .zip(&scores)
                .filter(|(c, _)| lies_in(**c, region))
                .max_by(|a, b| a.1.total_cmp(b.1))
                .map_or(region, |(c, _)| *c);
        }
        // A name joined by `and` or `or` to a subdivision before it is one too ("California
        // or Washington" is the state, not Washington, Utah); "Texas and Washington, D.C." is
        // not, nor is a name that a comma continues.
        if chosen.kind() == Some(Kind::Place)
            && let Some(admin) = span
                .cands
                .iter()
                .find(|c| matches!(c, Cand::Entry(e) if e.kind == Kind::Admin1 && e.lat.is_some()))
            && self.after_subdivision_and(span)
        {
            chosen = *admin;
        }
        // A subdivision named like a place inside it (New York, Sao Paulo) means the place
        // unless the text says state or province.
        if chosen.kind() == Some(Kind::Admin1) {
            let says_admin = self.words.get(span.last_word + 1).is_some_and(|w| {
                matches!(
                    self.keys.get(w.key.0..w.key.1),
                    Some("state" | "province" | "region" | "border")
                )
            }) || self.among_subdivisions(span)
                || self.after_a_place(span);
            if !says_admin
                && let Some(place) = span.cands.iter().find(|c| {
                    // By its own name, or a city's alternate (New York City); a village's
                    // alternate (Minneota, "Minnesota") does not count.
                    matches!(c, Cand::Entry(e) if e.kind == Kind::Place
                        && e.country == chosen.country()
                        && e.admin1 == chosen.admin1()
                        && (e.population >= 100_000 || fold(e.name) == span.key))
                })
            {
                chosen = *place;
            }
        }
        Some((chosen, 1.0 / total))
    }

    /// The subdivision, district or country stated right after the span with a comma, ending
    /// the phrase (`Rockingham, Northamptonshire.`), as the text resolves it. Not one of a list
    /// (`Kabul, Pakistan and Iran`, `Kabul, Pakistan, Iran`).
    fn stated_region(&self, span: &Span<'g>) -> Option<Cand<'g>> {
        let hint = self.spans.get(*span.hints.first()?)?;
        if hint.first_word != span.last_word + 1 || !self.words.get(hint.first_word)?.after_comma {
            return None;
        }
        // The region ends the phrase: a comma, a full stop or the end follows it. Not a list
        // ("Kabul, Pakistan, Iran", "Kabul, Pakistan and Iran"), and not the next clause's
        // subject ("Speaking in London, Iran's foreign minister said", "The plane left Dubai,
        // Pakistan said").
        let ends = match self.words.get(hint.last_word + 1) {
            None => true,
            Some(w) => (w.after_comma && !w.cap) || w.initial,
        };
        let possessive = self
            .text
            .get(hint.end..)
            .is_some_and(|rest| rest.starts_with("'s") || rest.starts_with("’s"));
        if !ends || possessive {
            return None;
        }
        let (region, _) = self.choose(hint)?;
        matches!(region.kind(), Some(Kind::Admin1 | Kind::Country) | None).then_some(region)
    }

    /// Whether the span is listed with subdivisions, by commas, `and` or `or`: `Missouri, New
    /// York, North Carolina and Virginia`.
    fn among_subdivisions(&self, span: &Span<'g>) -> bool {
        let subdivision = |s: &Span<'g>| {
            s.cands
                .first()
                .is_some_and(|c| c.kind() == Some(Kind::Admin1))
        };
        let listed = |a: &Span<'g>, b: &Span<'g>| {
            // `b` follows `a` with a comma, `and` or `or` between.
            let comma = b.first_word == a.last_word + 1
                && self.words.get(b.first_word).is_some_and(|w| w.after_comma);
            comma || self.and_or_joined(a.last_word, b.first_word)
        };
        self.spans.iter().any(|other| {
            !std::ptr::eq(other, span)
                && other.accepted
                && subdivision(other)
                && (listed(other, span) || listed(span, other))
        })
    }

    /// Whether the span follows a subdivision and `and` or `or` (`California or Washington`),
    /// and no comma and name follow it (`Texas and Washington, D.C.`).
    /// Whether the name starting at word `first` follows the name ending at word `last` with
    /// `and` or `or` between.
    fn and_or_joined(&self, last: usize, first: usize) -> bool {
        first == last + 2 && matches!(self.key(last + 1), "and" | "or")
    }

    fn after_subdivision_and(&self, span: &Span<'g>) -> bool {
        if span.first_word < 2
            || !self.and_or_joined(span.first_word - 2, span.first_word)
            || self
                .words
                .get(span.last_word + 1)
                .is_some_and(|w| w.after_comma && w.cap)
        {
            return false;
        }
        self.spans.iter().any(|other| {
            other.accepted
                && self.and_or_joined(other.last_word, span.first_word)
                && other
                    .cands
                    .first()
                    .is_some_and(|c| c.kind() == Some(Kind::Admin1))
        })
    }

    /// Whether the span follows another name after a comma and ends the phrase: `Rego Park,
    /// New York` names the state.
    fn after_a_place(&self, span: &Span<'g>) -> bool {
        let Some(first) = self.words.get(span.first_word) else {
            return false;
        };
        let next_is_name = self.words.get(span.last_word + 1).is_some_and(|w| {
            !w.initial && (w.cap || matches!(self.key(span.last_word + 1), "and" | "or"))
        });
        first.after_comma && span.first_word > 0 && self.namey(span.first_word - 1) && !next_is_name
    }

    fn build(&self, span: &Span<'g>, range: TextRange) -> Option<PlaceMention<'g>> {
        let (chosen, score) = self.choose(span)?;
        let text = self.text.get(range.start..range.end)?.to_owned();
        let (entry, mut place) = match chosen {
            Cand::Entry(e) => (Some(e), self.gaz.to_place(e)),
            Cand::District(d) => (
                None,
                Place {
                    name: d.name.to_owned(),
                    country: self.gaz.iso3(d.country).map(str::to_owned),
                    admin1: self
                        .gaz
                        .admin1_of_code(d.country, d.admin1)
                        .map(|a| a.name.to_owned()),
                    admin2: Some(d.name.to_owned()),
                    lat: Some(d.lat),
                    lon: Some(d.lon),
                    geonames_id: None,
                    precision: "district".to_owned(),
                    metonymic: false,
                    mentions: Vec::new(),
                    from: None,
                },
            ),
        };
        if span.district && place.precision == "city" {
            place.precision = "district".to_owned();
            place.admin2 = Some(place.name.clone());
        }
        if let Some(admin2) = &span.admin2 {
            place.admin2 = Some(admin2.clone());
        }
        let metonymic = self.metonymic(span, chosen);
        place.metonymic = metonymic;
        Some(PlaceMention {
            range,
            text,
            entry,
            place,
            metonymic,
            score,
        })
    }

    /// A capital or country followed by a verb of saying or deciding.
    fn metonymic(&self, span: &Span<'g>, c: Cand<'g>) -> bool {
        let Cand::Entry(e) = c else { return false };
        // Only a country or a capital (a place) can stand for a government; the words after
        // the name are looked at before the costlier capital test.
        if !matches!(e.kind, Kind::Country | Kind::Place) || !self.government_verb_after(span) {
            return false;
        }
        e.kind == Kind::Country
            || is_capital(self.gaz, e, &fold(e.name))
            || is_capital(self.gaz, e, &span.key)
    }

    /// Whether a verb of saying or deciding follows the span, after auxiliaries at most.
    fn government_verb_after(&self, span: &Span<'g>) -> bool {
        let lex = lexicon();
        for w in span.last_word + 1..span.last_word + 5 {
            let Some(word) = self.words.get(w) else {
                return false;
            };
            if word.initial {
                return false;
            }
            let k = self.key(w);
            if lex.government_verbs.contains(k) {
                return true;
            }
            if !lex.auxiliaries.contains(k) {
                return false;
            }
        }
        false
    }
}

/// The article's evidence for the country and the subdivision last looked up while scoring
/// one name's candidates, which come mostly from a few countries.
#[derive(Default)]
struct EvidenceCache<'g> {
    country: Option<(&'g str, f32)>,
    admin1: Option<((&'g str, &'g str), f32)>,
}

enum Verdict {
    Place,
    Person,
    Other,
}

/// Holidays and feasts, never a district ("in Kabul at Eid"); months and weekdays are
/// [`sitrep_text::calendar::is_month_or_weekday`].
const HOLIDAYS: &[&str] = &["christmas", "easter", "ramadan", "eid", "diwali", "nowruz"];

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        find_places(Gazetteer::builtin(), text, &Focus::default())
            .into_iter()
            .map(|m| m.text)
            .collect()
    }

    #[test]
    fn ranges_are_char_boundaries_and_in_order() {
        let text = "Strikes hit Kraków and Łódź, then São Paulo’s port.";
        let found = find_places(Gazetteer::builtin(), text, &Focus::default());
        assert_eq!(
            found.iter().map(|m| m.text.as_str()).collect::<Vec<_>>(),
            ["Kraków", "Łódź", "São Paulo"]
        );
        for m in &found {
            assert_eq!(text.get(m.range.start..m.range.end), Some(m.text.as_str()));
        }
        assert!(found.windows(2).all(|w| w[0].range.end <= w[1].range.start));
    }

    #[test]
    fn common_words_and_persons_are_not_places() {
        assert!(names("March came. Police said Mobile phones were seized on Monday.").is_empty());
        assert!(names("Mr Jackson met Paris Hilton.").is_empty());
        // Not Togo's Maritime region.
        assert!(names("The Maritime Affairs ministry signed the deal.").is_empty());
    }

    #[test]
    fn washington_is_the_capital() {
        let g = Gazetteer::builtin();
        let text = "Officials met in Washington on Monday.";
        let found = find_places(g, text, &Focus::default());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].place.lon, Some(-77.0364), "{:?}", found[0].place);
    }

    #[test]
    fn counties_and_short_country_codes() {
        let g = Gazetteer::builtin();
        let found = find_places(
            g,
            "Deputies in Laurel County arrested two men from the US.",
            &Focus::default(),
        );
        let names: Vec<(&str, &str)> = found
            .iter()
            .map(|m| (m.text.as_str(), m.place.precision.as_str()))
            .collect();
        assert_eq!(names, [("Laurel County", "district"), ("US", "country")]);
    }

    fn resolved_at(g: &'static Gazetteer, text: &str, name: &str) -> (String, String, String) {
        let start = text.find(name).unwrap();
        let m = resolve_span(
            g,
            text,
            TextRange::new(start, start + name.len()),
            &Focus::default(),
        )
        .unwrap();
        (
            m.place.name.clone(),
            m.place.precision.clone(),
            m.place.country.clone().unwrap_or_default(),
        )
    }

    #[test]
    fn an_unknown_building_is_placed_in_the_country_the_article_names_most() {
        // "Norbury" is a London district and also, here, a model of house: named three times,
        // it must not place a shop in a story set in Virginia.
        let g = Gazetteer::builtin();
        let text = "New townhouses in Leesburg, Va., sell fast. The Norbury model has a tub. \
                    In the Norbury, the kitchen is central. The Norbury costs more. Buyers \
                    come from Richmond, Roanoke and Virginia Beach. Residents walk to \
                    Haldenmarkt for groceries.";
        let (_, _, country) = resolved_at(g, text, "Haldenmarkt");
        assert_eq!(country, "USA");
    }

    #[test]
    fn a_small_foreign_town_far_from_the_story_is_a_homonym() {
        // Chesterton is a district of Cambridge, which the gazetteer lacks; its only namesake
        // of any size is in Indiana, thousands of kilometres from every other place named.
        let g = Gazetteer::builtin();
        let text = "The ice cream van toured Cambridge, Ely and Norwich in England, and most \
                    evenings stopped in Chesterton before heading back to Ipswich.";
        let (_, _, country) = resolved_at(g, text, "Chesterton");
        assert_eq!(country, "GBR");
    }

    #[test]
    fn names_listed_together_resolve_together() {
        // Paris, Tennessee, lies in Henry County, Tennessee; neither alone would beat the
        // larger namesakes.
        let g = Gazetteer::builtin();
        let text = "Class has lesson on history. Paris and Henry County is rich in both history \
                    and art.";
        let (paris, _, country) = resolved_at(g, text, "Paris");
        assert_eq!((paris.as_str(), country.as_str()), ("Paris", "USA"));
        let found = find_places(g, text, &Focus::default());
        let admin1: Vec<Option<&str>> = found.iter().map(|m| m.place.admin1.as_deref()).collect();
        assert_eq!(admin1, [Some("Tennessee"), Some("Tennessee")], "{found:?}");
    }

    #[test]
    fn regions_of_continents_are_places() {
        let g = Gazetteer::builtin();
        let found = find_places(
            g,
            "Talks on the Korean Peninsula resumed while drought spread across North Africa \
             and the Horn of Africa.",
            &Focus::default(),
        );
        // A region has no country, and the contract's coarsest precision.
        let names: Vec<(&str, Option<&str>, &str)> = found
            .iter()
            .map(|m| {
                (
                    m.place.name.as_str(),
                    m.place.country.as_deref(),
                    m.place.precision.as_str(),
                )
            })
            .collect();
        assert_eq!(
            names,
            [
                ("Korean Peninsula", None, "country"),
                ("North Africa", None, "country"),
                ("Horn of Africa", None, "country")
            ],
            "{found:?}"
        );
    }

    #[test]
    fn an_acronym_is_not_a_small_place_spelled_like_it() {
        // Oas is a town in the Philippines; the OAS here is an organisation in Washington.
        let g = Gazetteer::builtin();
        let text = "Delegates met at the OAS in Washington on Friday.";
        let (name, _, country) = resolved_at(g, text, "OAS");
        assert_eq!((name.as_str(), country.as_str()), ("Washington", "USA"));
    }

    #[test]
    fn a_name_joined_to_a_state_by_or_is_a_state() {
        let g = Gazetteer::builtin();
        let text = "Firms leave states such as Oregon or Washington, because rents are high.";
        let (name, precision, _) = resolved_at(g, text, "Washington");
        assert_eq!(
            (name.as_str(), precision.as_str()),
            ("Washington", "admin1")
        );
        let text = "Buyers came from Texas and Washington, D.C., last year.";
        let (_, precision, _) = resolved_at(g, text, "Washington");
        assert_eq!(precision, "city");
    }

    #[test]
    fn trinidad_and_the_gulf_are_the_country_and_the_sea_news_means() {
        let g = Gazetteer::builtin();
        let text = "The envoy flew home to Trinidad after a summit on shipping in the Gulf.";
        assert_eq!(resolved_at(g, text, "Trinidad").2, "TTO");
        assert_eq!(resolved_at(g, text, "Gulf").0, "Persian Gulf");
    }

    #[test]
    fn a_date_after_a_place_is_no_district() {
        let g = Gazetteer::builtin();
        let found = find_places(
            g,
            "The delegations will meet again in Kabul in January. Talks in Wana in South \
             Waziristan resumed.",
            &Focus::default(),
        );
        let admin2: Vec<(&str, Option<&str>)> = found
            .iter()
            .map(|m| (m.text.as_str(), m.place.admin2.as_deref()))
            .collect();
        assert_eq!(
            admin2,
            [("Kabul", None), ("Wana", Some("South Waziristan"))],
            "{found:?}"
        );
    }

    #[test]
    fn word_keys_are_folded_words() {
        let text = "Mr. Smith's trip: São Paulo, U.S. and Xi'an; NEW-YORK 3M 4WD iPhone Łódź’s Va.";
        let (mut keys, mut words) = (String::new(), Vec::new());
        tokenize(text, &mut keys, &mut words);
        let surfaces: Vec<&str> = words
            .iter()
            .filter_map(|w| text.get(w.start..w.end))
            .collect();
        assert_eq!(
            surfaces,
            [
                "Mr", "Smith", "trip", "São", "Paulo", "U.S", "and", "Xi'an", "NEW", "YORK", "3M",
                "4WD", "iPhone", "Łódź", "Va"
            ]
        );
        for (w, surface) in words.iter().zip(&surfaces) {
            assert_eq!(keys.get(w.key.0..w.key.1), Some(fold(surface).as_str()));
        }
        let flags = |s: &str| {
            let w = surfaces
                .iter()
                .position(|x| *x == s)
                .and_then(|i| words.get(i));
            w.map(|w| (w.cap, w.upper, w.possessive, w.dotted))
        };
        assert_eq!(flags("Smith"), Some((true, false, true, false)));
        assert_eq!(flags("NEW"), Some((true, true, false, false)));
        assert_eq!(flags("4WD"), Some((false, true, false, false)));
        assert_eq!(flags("iPhone"), Some((false, false, false, false)));
        assert_eq!(flags("Łódź"), Some((true, false, true, false)));
        assert_eq!(flags("Va"), Some((true, false, false, true)));
    }

    #[test]
    fn a_text_does_not_change_the_next_ones_places() {
        let text = "Officials met in Washington and Kabul on Monday.";
        let alone = find_places(Gazetteer::builtin(), text, &Focus::default());
        let long = "Troops left Peshawar for Dera Ismail Khan. ".repeat(200);
        assert!(!names(&long).is_empty());
        assert_eq!(
            find_places(Gazetteer::builtin(), text, &Focus::default()),
            alone
        );
    }

    /// `resolve_span` of the first occurrence of `name` in `text`.
    fn resolve_name<'g>(text: &str, name: &str) -> Option<PlaceMention<'g>> {
        let start = text.find(name)?;
        let range = TextRange::new(start, start + name.len());
        resolve_span(Gazetteer::builtin(), text, range, &Focus::default())
    }

    #[test]
    fn a_part_far_from_the_articles_places_gives_way_to_the_text_around() {
        let text = "Officials in Honolulu said the navy will dredge Pearl Harbor next year.";
        let m = resolve_name(text, "Pearl Harbor");
        assert_eq!(m.map(|m| m.place.name), Some("Honolulu".to_owned()));
    }

    #[test]
    fn a_facility_is_not_at_a_small_place_inside_its_name() {
        let text = "She teaches economics at Cornell University in Ithaca, New York.";
        let m = resolve_name(text, "Cornell University");
        assert_eq!(m.map(|m| m.place.name), Some("Ithaca".to_owned()));
    }

    #[test]
    fn a_clause_about_a_building_can_place_it() {
        let text = "A London judge ruled on Monday. Doctors at Alder Hey Children's Hospital \
                    where the boy is treated in Liverpool asked for calm.";
        let m = resolve_name(text, "Alder Hey Children's Hospital");
        assert_eq!(m.map(|m| m.place.name), Some("Liverpool".to_owned()));
    }

    #[test]
    fn names_listed_before_counties_are_counties() {
        let found = find_places(
            Gazetteer::builtin(),
            "Grass fires burned five barns in Eastland and Callahan counties on Monday.",
            &Focus::default(),
        );
        let callahan = found.iter().find(|m| m.text == "Callahan");
        assert_eq!(
            callahan.map(|m| (m.place.name.as_str(), m.place.precision.as_str())),
            Some(("Callahan County", "district"))
        );
        assert_eq!(
            callahan.and_then(|m| m.place.admin1.as_deref()),
            Some("Texas")
        );
    }

    #[test]
    fn new_york_is_the_state_when_the_text_treats_it_as_one() {
        let precision = |text: &str| {
            find_places(Gazetteer::builtin(), text, &Focus::default())
                .into_iter()
                .find(|m| m.text == "New York")
                .map(|m| m.place.precision)
        };
        let state = Some("admin1".to_owned());
        let city = Some("city".to_owned());
        assert_eq!(
            precision("Bands came from Ohio, New York and Virginia."),
            state
        );
        assert_eq!(
            precision("The carrier is based in Rego Park, New York."),
            state
        );
        assert_eq!(precision("Tolls end at the New York border."), state);
        assert_eq!(precision("She flew to New York on Monday."), city);
        assert_eq!(precision("Flights link New York and London."), city);
    }

    #[test]
    fn empty_and_odd_text() {
        assert!(names("").is_empty());
        assert!(names("   \n\n ,,, ...").is_empty());
        assert!(names("’s ' - ").is_empty());
    }

    fn places(text: &str) -> Vec<(String, String, String, String)> {
        find_places(Gazetteer::builtin(), text, &Focus::default())
            .into_iter()
            .map(|m| {
                (
                    m.text,
                    m.place.name,
                    m.place.precision,
                    m.place.country.unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn a_town_lies_in_the_region_stated_after_it() {
        // Rockingham, Northamptonshire, is a village the gazetteer lacks: not Rockingham in
        // Western Australia or North Carolina, but somewhere in the district stated.
        let found = places("The show moved to Rockingham, Northamptonshire. Tickets sold out.");
        assert_eq!(found[0].0, "Rockingham");
        assert_eq!(
            (
                found[0].1.as_str(),
                found[0].2.as_str(),
                found[0].3.as_str()
            ),
            ("Northamptonshire", "district", "GBR")
        );
        // A town of the name in the stated region is that town.
        let found = places("Flooding reached Paris, Texas. Roads closed.");
        assert_eq!(
            (found[0].1.as_str(), found[0].2.as_str()),
            ("Paris", "city")
        );
        // Nor is the subject of the next clause, and a town in the district stays the town.
        let found = places("Speaking in London, Iran's foreign minister said talks would go on.");
        assert_eq!(
            (found[0].1.as_str(), found[0].3.as_str()),
            ("London", "GBR")
        );
        let found = places("The plane left Dubai, Pakistan said.");
        assert_eq!((found[0].1.as_str(), found[0].3.as_str()), ("Dubai", "ARE"));
        let found = places("Storms hit Brighton, East Sussex. Roads closed.");
        assert_eq!(
            (found[0].1.as_str(), found[0].2.as_str()),
            ("Brighton", "city")
        );
        // A list is no statement of where the first one lies.
        let found = places("Envoys from Kabul, Pakistan and Iran met on Monday.");
        assert_eq!((found[0].1.as_str(), found[0].3.as_str()), ("Kabul", "AFG"));
    }

    #[test]
    fn an_area_named_by_its_parts_is_a_district() {
        // The data has East Sussex and West Sussex, North Yorkshire: news names the county.
        let found = places("Storms hit Sussex and Yorkshire overnight.");
        let got: Vec<(&str, &str, &str)> = found
            .iter()
            .map(|(t, _, p, c)| (t.as_str(), p.as_str(), c.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("Sussex", "district", "GBR"),
                ("Yorkshire", "district", "GBR")
            ]
        );
        // No area of a landform word: "Central Coast" makes no "Coast" district.
        assert!(places("The Coast Guard said the boat sank.").is_empty());
    }
}

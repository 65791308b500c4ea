//! The place of an event: a place name its sentence states for it.
//!
//! Place names come from `sitrep-geo`'s toponym finder (gazetteer names in the text, resolved
//! with the sentence's own context — "Dera Ismail Khan district, Khyber Pakhtunkhwa", "Wana in
//! South Waziristan" — the dateline, the countries the article names and a population prior).
//! A name is stated *for an event* when a locative leads to it: "in", "at", "near", "outside",
//! "around", "across", "inside", "off", "along", with only lower-case words between ("near the town
//! of Wana", "in the northwestern city of Peshawar"; not a preposition of an agent or partner:
//! "in talks mediated by Qatar"), or a possessive place before it ("in
//! Khyber Pakhtunkhwa's Dera Ismail Khan district" states Dera Ismail Khan, the more precise).
//! A destination is stated too: the object of "visited", "toured", and a name after "to" that
//! follows a verb or noun of movement ("flew to Doha", "a trip to Kabul").
//! A possessive the gazetteer does not know as a place is the district the text gives: "in
//! South Waziristan's Wana" is Wana with `admin2` South Waziristan.
//! A name that stands for a government ("Islamabad said") is never a place, and words that
//! name an event's actor are never its place. A town in a country the article neither names nor
//! datelines is dropped as a likely homonym of a place the gazetteer lacks, unless it has a
//! quarter of a million people or more. With no stated place the event has none: never a
//! capital or a centroid standing in.

use sitrep_geo::{Focus, Gazetteer, PlaceMention};
use sitrep_model::{Article, Mention, Place, TextRange};

const LOCATIVES: &[&str] = &[
    "in", "at", "near", "outside", "around", "across", "inside", "off", "along",
];

/// Verbs whose object is where the act happened: "visited Tokyo".
const VISITS: &[&str] = &[
    "visited", "visiting", "visits", "visit", "toured", "touring", "tours",
];

/// Verbs and nouns of movement after which "to" names the destination: "flew to Kabul".
const MOVES: &[&str] = &[
    "flew",
    "flown",
    "fly",
    "flies",
    "flying",
    "travelled",
    "traveled",
    "travel",
    "travels",
    "travelling",
    "traveling",
    "went",
    "go",
    "goes",
    "going",
    "headed",
    "heading",
    "returned",
    "return",
    "returning",
    "came",
    "come",
    "coming",
    "trip",
    "visit",
    "journey",
    "arrived",
];

/// Prepositions whose name is an agent, a partner or a source, not the place a locative before
/// them leads to: "in talks mediated by Qatar", "in a deal with Turkey".
const AGENT_PREPOSITIONS: &[&str] = &[
    "by", "with", "from", "for", "against", "between", "than", "about",
];

/// How many words may stand between a locative and its place ("in the northwestern city of").
const MAX_BETWEEN: usize = 4;

/// The place of an event among the places stated in its sentence: of those whose words are not
/// an actor's (`taken`), the one in the event phrase's clause and nearest to it, as dates are
/// chosen (`date::clause_distance`). A place across a word that opens a clause of another time
/// or thing (`date::across_clauses`) is that clause's, not the event's: "The bombings come a
/// week after a ceasefire was agreed in Doha" places no bombing in Doha.
pub fn for_event(
    text: &str,
    stated: &[(TextRange, Place)],
    taken: &[TextRange],
    phrase: TextRange,
) -> Option<Place> {
    stated
        .iter()
        .filter(|(range, _)| {
            !taken
                .iter()
                .any(|r| r.start < range.end && range.start < r.end)
        })
        .filter(|(range, _)| !crate::date::across_clauses(text, *range, phrase))
        .min_by_key(|(range, _)| crate::date::clause_distance(text, *range, phrase))
        .map(|(_, place)| place.clone())
}

/// Every place stated for an event in each sentence of the article (indexed like
/// `Article.sentences`), in text order, with the byte range of its name.
pub fn stated(article: &Article) -> Vec<Vec<(TextRange, Place)>> {
    let mut out = vec![Vec::new(); article.sentences.len()];
    if article.sentences.is_empty() {
        return out;
    }
    let text = article.text.as_str();
    let focus = Focus {
        dateline: article.dateline.as_deref(),
        countries: &[],
        outlet_country: None,
    };
    let found = sitrep_geo::find_places(Gazetteer::builtin(), text, &focus);
    // The countries the article is about: those it names (as countries or subdivisions, not
    // towns) and its dateline's. A town elsewhere is more likely a gazetteer homonym of a place
    // the gazetteer lacks ("near the Milak crossing" in a report from Iran is not Milak in
    // India): better no place than a wrong one.
    let dateline_end = article.dateline_range.map_or(0, |r| r.end);
    let about: Vec<&str> = found
        .iter()
        .filter(|m| {
            matches!(m.place.precision.as_str(), "country" | "admin1")
                || m.range.end <= dateline_end
        })
        .filter_map(|m| m.place.country.as_deref())
        .collect();
    let mut previous: Option<(usize, TextRange)> = None;
    for m in found.iter().filter(|m| !m.metonymic) {
        // A city of a quarter million or more is rarely a homonym: "visited Ankara" in a story
        // about Nigeria is Ankara.
        let large = m.entry.is_some_and(|e| e.population >= 250_000);
        if !about.is_empty()
            && !large
            && m.place
                .country
                .as_deref()
                .is_some_and(|c| !about.contains(&c))
        {
            previous = None;
            continue;
        }
        let Some(index) = article
            .sentences
            .iter()
            .position(|s| s.range.contains(m.range))
        else {
            continue;
        };
        let led = locative_before(text, m.range.start);
        // "in Khyber Pakhtunkhwa's Dera Ismail Khan district": the later, finer name replaces
        // the possessive one before it.
        let possessive = previous.is_some_and(|(i, r)| {
            i == index
                && text
                    .get(r.end..m.range.start)
                    .is_some_and(|gap| matches!(gap, "'s " | "’s " | "s' " | "’ "))
        });
        if possessive {
            out[index].pop();
        }
        if led || possessive {
            let mut place = with_mention(m, article, index);
            if place.admin2.is_none()
                && let Some(district) = possessive_district(text, m.range.start)
            {
                place.admin2 = Some(district.to_owned());
            }
            out[index].push((m.range, place));
            previous = Some((index, m.range));
        } else {
            previous = None;
        }
    }
    out
}

fn with_mention(m: &PlaceMention<'_>, article: &Article, index: usize) -> Place {
    let mut place = m.place.clone();
    place.mentions = vec![Mention {
        article: article.id.clone(),
        sentence: index,
        start: m.range.start,
        end: m.range.end,
        text: m.text.clone(),
    }];
    place
}

/// The capitalised words right before `start` that end in a possessive ("South
/// Waziristan's "), without the possessive.
fn possessive_district(text: &str, start: usize) -> Option<&str> {
    let before = text.get(..start)?;
    let stem = ["'s ", "’s "].iter().find_map(|p| before.strip_suffix(p))?;
    let mut from = stem.len();
    for w in stem.rsplit(' ').take(3) {
        if !w.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        from = from.saturating_sub(w.len() + 1);
    }
    let name = stem.get(from..)?.trim();
    (!name.is_empty()).then_some(name)
}

/// Whether a locative leads to the name starting at `start`, with at most [`MAX_BETWEEN`]
/// lower-case words between, or a possessive name ("in South Waziristan's Wana").
fn locative_before(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or_default();
    let words = before
        .rsplit(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .take(MAX_BETWEEN + 1);
    let mut in_possessive = false;
    let mut words = words.peekable();
    while let Some(raw) = words.next() {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if LOCATIVES.iter().any(|l| w.eq_ignore_ascii_case(l)) {
            return true;
        }
        // A destination: "visited Tokyo", "flew to Kabul".
        let lower = w.to_lowercase();
        if VISITS.contains(&lower.as_str()) {
            return true;
        }
        if lower == "to"
            && words.peek().is_some_and(|prev| {
                MOVES.contains(
                    &prev
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                        .as_str(),
                )
            })
        {
            return true;
        }
        // A possessive name before the place, and the capitalised words that lead to it.
        if raw.ends_with("'s") || raw.ends_with("’s") {
            in_possessive = true;
            continue;
        }
        if in_possessive && w.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        in_possessive = false;
        if w.is_empty() || !w.chars().all(|c| c.is_lowercase() || c == '-') {
            return false;
        }
        // ("in talks mediated by Qatar", "in a deal with Turkey": the name is another
        // preposition's, an agent or a partner, not where the act was.)
        if AGENT_PREPOSITIONS.contains(&w) {
            return false;
        }
    }
    false
}

//! Later words for an act already reported: "The U.S. Embassy condemned the attack", "No group
//! claimed the bus terminal bombing". A definite noun of violence ("the attack", "the suicide
//! bombing", "the deadly blast") with no doer named and nothing said after it of what it struck
//! or where, in a sentence after one that reports an act of force, names that act again: it
//! becomes a mention of the act, not a second event.
//! (GDELT counts such sentences as events of their own; an analyst counts one attack.)

use sitrep_model::{Article, Event};

use crate::Found;

/// Nouns that name one act of force (plurals may name several: "the bombings" is no one act;
/// not "raid": police and troops raid as acts of their own).
const VIOLENT_NOUNS: &[&str] = &[
    "attack",
    "bombing",
    "blast",
    "explosion",
    "assault",
    "shooting",
    "ambush",
    "massacre",
    "killing",
];

/// Nouns of a bomb going off: they name a bombing (183x) when the article reports one.
const BOMB_NOUNS: &[&str] = &["bombing", "blast", "explosion"];

/// Words that make the noun after them definite: it names something already known. (Not
/// "that", which often sets one act apart from another: "it was that shooting he was
/// investigating".)
const DEFINITE: &[&str] = &["the", "this", "its", "their"];

/// Modifiers that set the act apart from the one told before: "the earlier shooting", "another
/// attack", "the June 20 shooting" (a number: a date of its own).
const OTHER: &[&str] = &[
    "earlier", "previous", "other", "another", "first", "second", "third", "last", "latest",
    "next", "separate", "similar", "recent", "new", "fresh",
];

/// Words of time (besides weekdays) whose possessive dates the act it names ("last week's
/// attack").
const TIME_WORDS: &[&str] = &[
    "yesterday",
    "today",
    "tonight",
    "week",
    "weekend",
    "month",
    "year",
    "night",
    "morning",
    "evening",
];

/// How many words may stand between the determiner and the noun ("the bus terminal bombing").
const MAX_MODIFIERS: usize = 3;

/// Pairs (later, earlier) of indices into `found`: each definite reference and the act of
/// force it names. That is the article's first act of force reported in an earlier sentence
/// (news tells its main act first: "the attack" a later sentence condemns is the lead's), or
/// for a bomb's noun its first bombing; never a reference itself, nor an act negated or to
/// come, nor one placed in another country or dated otherwise than a date the reference's own
/// sentence gives.
pub fn references(found: &[Found], article: &Article) -> Vec<(usize, usize)> {
    let violent = |e: &Event| matches!(e.kind.cameo.get(..2), Some("18" | "19" | "20"));
    let nouns: Vec<Option<String>> = found
        .iter()
        .map(|f| {
            (violent(&f.event) && f.event.source_actor.is_none())
                .then(|| definite(&f.event, article))
                .flatten()
        })
        .collect();
    let country = |e: &Event| e.place.as_ref().and_then(|p| p.country.clone());
    let mut pairs = Vec::new();
    for (later, f) in found.iter().enumerate() {
        let Some(noun) = &nouns[later] else {
            continue;
        };
        let candidates: Vec<usize> = (0..found.len())
            .filter(|&i| {
                let e = &found[i].event;
                found[i].sentence < f.sentence
                    && nouns[i].is_none()
                    && violent(e)
                    && !e.negated
                    && !e.hypothetical
                    && (country(e).is_none()
                        || country(&f.event).is_none()
                        || country(e) == country(&f.event))
                    && crate::date::agree(e.date.as_ref(), f.event.date.as_ref())
            })
            .collect();
        let bombing = |&i: &usize| found[i].event.kind.cameo.starts_with("183");
        let earlier = if BOMB_NOUNS.contains(&noun.as_str()) {
            candidates
                .iter()
                .copied()
                .find(bombing)
                .or_else(|| candidates.first().copied())
        } else {
            candidates.first().copied()
        };
        if let Some(earlier) = earlier {
            pairs.push((later, earlier));
        }
    }
    pairs
}

/// The event's phrase, when it is a noun of one act of violence after a determiner or a
/// possessive, with at most [`MAX_MODIFIERS`] words between ("the attack", "the group's
/// suicide bombing"), none of them a name, a number, an indefinite article or a word that sets
/// it apart (`OTHER`), the possessive no time word ("Monday's attack" has a day of its own),
/// and no phrase after it that says what it struck, where or by whom.
fn definite(event: &Event, article: &Article) -> Option<String> {
    let phrase = event.mentions.first()?.phrase;
    let noun = phrase.slice(&article.text)?.to_lowercase();
    if !VIOLENT_NOUNS.contains(&noun.as_str()) {
        return None;
    }
    // ("Tuesday's attack on a police post killed 12": a noun that says what it struck or
    // where tells an act of its own.)
    let after = article.text.get(phrase.end..)?;
    if [
        " on ",
        " against ",
        " at ",
        " in ",
        " near ",
        " outside ",
        " of ",
        " by ",
    ]
    .iter()
    .any(|p| after.starts_with(p))
    {
        return None;
    }
    let before = article.text.get(..phrase.start)?;
    for (n, word) in before
        .split_whitespace()
        .rev()
        .take(MAX_MODIFIERS + 1)
        .enumerate()
    {
        // A clause or sentence ends between: "... in Peshawar. Attack".
        if word.ends_with(['.', ',', ';', ':', '"', '”']) {
            return None;
        }
        let lower = word.to_lowercase();
        // ("witnessed a shooting": indefinite, a new act; "the Christchurch attack": a named
        // one, known from elsewhere; "last week's attack", "Monday's attack": an act of its own
        // day.)
        let possessive = lower.ends_with("'s") || lower.ends_with("’s");
        let named = word.starts_with(char::is_uppercase)
            && !possessive
            && !DEFINITE.contains(&lower.as_str());
        if OTHER.contains(&lower.as_str())
            || lower.bytes().any(|b| b.is_ascii_digit())
            || matches!(lower.as_str(), "a" | "an")
            || named
            || (possessive && {
                let stem = lower.trim_end_matches("'s").trim_end_matches("’s");
                sitrep_text::calendar::is_weekday(stem) || TIME_WORDS.contains(&stem)
            })
        {
            return None;
        }
        if DEFINITE.contains(&lower.as_str()) || possessive {
            return Some(noun);
        }
        if n == MAX_MODIFIERS {
            return None;
        }
    }
    None
}

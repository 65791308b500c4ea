//! The place of an event: a place name its sentence states for it.
//!
//! A place is stated by a locative preposition ("in", "at", "near", "outside", "around") before
//! a run of capitalised words that the gazetteer knows ("in Dera Ismail Khan", "near the town of
//! Wana" is not yet read). A following ", Subdivision" ("Dera Ismail Khan, Khyber Pakhtunkhwa")
//! or the article's dateline and country steer the choice between places of one name. Words
//! that name an event's actor are never its place, so "Islamabad said" gives no place. With no
//! stated place the event has none: never a capital or a centroid standing in.

use sitrep_geo::{Context, Gazetteer};
use sitrep_model::{Article, Mention, Place, TextRange};

const LOCATIVES: &[&str] = &["in", "at", "near", "outside", "around", "across"];

/// The longest run of capitalised words read as one name.
const MAX_NAME_WORDS: usize = 4;

/// The place of an event among the places stated in its sentence: the first whose words are
/// not an actor's (`taken`).
pub fn for_event(stated: &[(TextRange, Place)], taken: &[TextRange]) -> Option<Place> {
    stated
        .iter()
        .find(|(range, _)| {
            !taken
                .iter()
                .any(|r| r.start < range.end && range.start < r.end)
        })
        .map(|(_, place)| place.clone())
}

/// Every place stated in sentence `index` (at `sentence` in the text), in text order, with the
/// byte range of its name.
pub fn stated(
    text: &str,
    article: &Article,
    index: usize,
    sentence: TextRange,
) -> Vec<(TextRange, Place)> {
    let mut out = Vec::new();
    let Some(tokens) = article.sentences.get(index).map(|s| &s.tokens) else {
        return out;
    };
    let word = |i: usize| tokens.get(i).and_then(|r| r.slice(text));
    let capitalised =
        |i: usize| word(i).is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    let gazetteer = Gazetteer::builtin();
    for (i, t) in tokens.iter().enumerate() {
        if !sentence.contains(*t) {
            continue;
        }
        let Some(w) = t.slice(text) else { continue };
        if !LOCATIVES.iter().any(|l| w.eq_ignore_ascii_case(l)) {
            continue;
        }
        let mut first = i + 1;
        if word(first).is_some_and(|w| w == "the") {
            first += 1;
        }
        let mut last = first;
        while last < first + MAX_NAME_WORDS && capitalised(last) {
            last += 1;
        }
        // The longest run of capitalised words that is a known name.
        for end in (first + 1..=last).rev() {
            let (Some(a), Some(b)) = (tokens.get(first), tokens.get(end - 1)) else {
                continue;
            };
            let range = TextRange::new(a.start, b.end);
            let Some(name) = range.slice(text) else {
                continue;
            };
            if gazetteer.lookup(name).is_empty() {
                continue;
            }
            let hint = admin1_after(tokens, end, text);
            let context = Context {
                country_focus: article.dateline.as_deref(),
                admin1_hint: hint.as_deref(),
            };
            let Some(entry) = gazetteer.resolve(name, &context) else {
                continue;
            };
            let mut place = gazetteer.to_place(entry);
            place.mentions.push(Mention {
                article: article.id.clone(),
                sentence: index,
                start: range.start,
                end: range.end,
                text: name.to_owned(),
            });
            out.push((range, place));
            break;
        }
    }
    out
}

/// The capitalised words after ", " that follow a name: a subdivision hint.
fn admin1_after(tokens: &[TextRange], end: usize, text: &str) -> Option<String> {
    let comma = tokens.get(end)?.slice(text)?;
    if comma != "," {
        return None;
    }
    let mut words = Vec::new();
    for t in tokens.iter().skip(end + 1).take(MAX_NAME_WORDS) {
        let w = t.slice(text)?;
        if !w.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        words.push(*t);
    }
    let (a, b) = (words.first()?, words.last()?);
    TextRange::new(a.start, b.end)
        .slice(text)
        .map(str::to_owned)
}

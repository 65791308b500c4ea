//! The date of an event: the temporal expression governing its clause.
//!
//! Candidates are the expressions `sitrep-time` found inside the event's sentence. The one
//! chosen has the fewest clause boundaries (`;`, or a comma, "but", "while", "after", "before",
//! "since", "when", "which", "who") between it and the event phrase, then the shortest distance
//! to the phrase; one across a boundary and more than 40 bytes away governs another clause and
//! is not taken. So in "Pakistan said on Thursday that the bombing on Tuesday killed 12", the
//! bombing takes Tuesday and the statement Thursday. An expression that found no value keeps
//! its anchor, for fusion to ground it from sibling articles.
//!
//! A date after "until", "till", "through", "to" or "by" ends a span or sets a deadline
//! ("closed its border crossings until November 5", "postponed the vote to May 5"), and one
//! that names a thing after the act behind "of", "before", "after", "since" or "for" dates
//! that thing ("fired tear gas ahead of Friday's vote"): no candidates either.
//!
//! Expressions that name the present, past or future as such ("now", "recently", "the
//! future": [`sitrep_time::TimeRef`]) are no candidates: they date nothing on the calendar, so
//! "the town recently fell" takes another date of its sentence or the publication date.
//!
//! A sentence with no expression gives the publication date, marked `from: publication date`;
//! an article with no publication date gives no value, precision `unknown`, and a basis that
//! says why.

use sitrep_model::{Anchor, Article, DateValue, Mention, Precision, TextRange};
use sitrep_time::TimeMention;

/// What `from` says on a date taken from the article's publication date.
pub const FROM_PUBLICATION: &str = "publication date";

/// Words that open a new clause: a date beyond one governs another verb first.
const BOUNDARIES: &[&str] = &[
    ";",
    " but ",
    " while ",
    " after ",
    " before ",
    " since ",
    " when ",
    " which ",
    " who ",
    " whereas ",
    " as ",
];

/// How far a date may stand from the phrase, in bytes, across a clause boundary: "On Tuesday,
/// Pakistan accused" is near; the date of a long "Although ... on October 19 in Doha during
/// talks mediated by Qatar and Turkey," clause does not govern the clause after it.
const MAX_GAP_ACROSS: usize = 40;

/// The clause boundaries between `range` and the event phrase, and the bytes between them:
/// what ranks a date (or place) as governing the phrase's clause, smallest first.
pub fn clause_distance(text: &str, range: TextRange, phrase: TextRange) -> (usize, usize) {
    let gap = gap(text, range, phrase);
    let boundaries =
        BOUNDARIES.iter().filter(|b| gap.contains(*b)).count() + usize::from(gap.contains(", "));
    (boundaries, gap.len())
}

/// Whether `range` lies in a clause of another time after the act at `phrase`: "after" or
/// "since" opening a clause with a verb of its own between them ("came a week after a truce
/// was agreed in Doha"; not a time: "killed shortly after midnight in Kabul", "exploded after
/// Friday prayers at a mosque in Peshawar"), or a semicolon anywhere between. Not the other
/// way round: an act told after "after" often happened where the main clause is placed
/// ("riots in Athens after police shot a teenager"); nor across "when", "as", "before",
/// "while", "which" or "who", which join acts of one scene as often as not ("was killed when a
/// car struck her outside a store in Bloomington").
///
/// Before the act, a place across "after" or "since" is not the act's either when the act's
/// clause gives its own whereabouts right after it: "reached a ceasefire in Doha after clashes
/// along the border".
pub fn across_clauses(text: &str, range: TextRange, phrase: TextRange) -> bool {
    let gap = gap(text, range, phrase);
    if gap.contains(';') {
        return true;
    }
    let opened = [" after ", " since "]
        .iter()
        .filter_map(|b| gap.find(b).map(|at| at + b.len()))
        .min();
    let Some(opened) = opened else {
        return false;
    };
    if phrase.end <= range.start {
        gap.get(opened..).is_some_and(has_verb)
    } else {
        placed_after(text, phrase)
    }
}

/// Whether `words` hold a finite verb: a form of "be" or "have", a past in "-ed" or an
/// irregular past of the coder's table ("a truce was agreed", "rebels took the town").
fn has_verb(words: &str) -> bool {
    let words: Vec<String> = words
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    // (A participle after a determiner is an adjective: "after the contested election".)
    let adjective = |k: usize| {
        k.checked_sub(1)
            .and_then(|p| words.get(p))
            .is_some_and(|p| {
                matches!(
                    p.as_str(),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this"
                )
            })
    };
    words.iter().enumerate().any(|(k, w)| {
        (w.len() > 4 && w.ends_with("ed") && !adjective(k))
            || sitrep_events::is_irregular_past(w)
            || matches!(
                w.as_str(),
                "was" | "were" | "is" | "are" | "had" | "has" | "have"
            )
    })
}

/// Whether one of the three words after `phrase` is a locative of place ("clashes along the
/// border", "fighting in the north"; not "on", which more often opens a day: "shot a teenager
/// on Saturday").
fn placed_after(text: &str, phrase: TextRange) -> bool {
    text.get(phrase.end..)
        .unwrap_or_default()
        .split_whitespace()
        .take(3)
        .any(|w| {
            matches!(
                w,
                "in" | "at" | "near" | "along" | "across" | "inside" | "outside"
            )
        })
}

/// The text between `range` and `phrase` (empty when they overlap).
fn gap(text: &str, range: TextRange, phrase: TextRange) -> &str {
    let (start, end) = if range.end <= phrase.start {
        (range.end, phrase.start)
    } else if phrase.end <= range.start {
        (phrase.end, range.start)
    } else {
        return "";
    };
    text.get(start..end).unwrap_or_default()
}

/// "the 1973 treaty", "its 1988 recapitalization", "Tuesday's attack" is kept: a bare year
/// after a determiner or possessive names a thing by its year; it dates no act of the clause.
fn names_a_thing(text: &str, range: TextRange) -> bool {
    let Some(expr) = range.slice(text) else {
        return false;
    };
    if expr.len() != 4 || !expr.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let word = word_before(text, range);
    word_follows(text, range)
        && (matches!(
            word.as_str(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that" | "our"
        ) || word.ends_with("'s")
            || word.ends_with("’s"))
}

/// "closed its border crossings until November 5", "extended the truce through Sunday",
/// "postponed the vote to May 5", "must sign by November 15": a date after "until", "till",
/// "through", "to" or "by" ends a span or sets a deadline; it dates no act of the clause, which
/// was done when reported (or takes another date of its sentence). A possessive date names a
/// thing instead ("a response to Monday's attack", "approved by last week's meeting").
fn ends_a_span(text: &str, range: TextRange) -> bool {
    matches!(
        word_before(text, range).as_str(),
        "until" | "till" | "through" | "to" | "by"
    ) && !possessive(text, range)
}

/// "Monday's attack", "last week's meeting": a date that names a thing by its day.
fn possessive(text: &str, range: TextRange) -> bool {
    let after = text.get(range.end..).unwrap_or_default();
    ["'s ", "’s "].iter().any(|p| after.starts_with(p))
}

/// "fired tear gas at protesters ahead of Friday's vote", "attacked a convoy before the April 20
/// elections", "rejected the result of Tuesday's vote": a date that names a thing after the act
/// (a possessive date, or one between a determiner and a noun) behind "of", "before", "after",
/// "since" or "for" dates that other thing, not the act. "Tuesday's attack killed 12" and "met
/// at Friday's summit" keep their dates: the thing is the act, or the act is at it.
fn dates_a_later_noun(text: &str, range: TextRange, phrase: TextRange) -> bool {
    if range.start < phrase.end {
        return false;
    }
    let mut word = word_before(text, range);
    if !possessive(text, range) {
        if !word_follows(text, range) || !matches!(word.as_str(), "the" | "a" | "an" | "this") {
            return false;
        }
        // The word before the determiner.
        let det = text
            .get(..range.start)
            .unwrap_or_default()
            .trim_end()
            .len()
            .saturating_sub(word.len());
        word = word_before(text, TextRange::new(det, det));
    }
    matches!(word.as_str(), "of" | "before" | "after" | "since" | "for")
}

/// Whether a word follows `range` after a space: the noun a date before it modifies ("the 1994
/// act", "the April 20 elections").
fn word_follows(text: &str, range: TextRange) -> bool {
    let after = text.get(range.end..).unwrap_or_default();
    after.starts_with(' ')
        && after
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_alphabetic)
}

/// The word right before `range`, lower-cased.
fn word_before(text: &str, range: TextRange) -> String {
    text.get(..range.start)
        .unwrap_or_default()
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or_default()
        .to_lowercase()
}

/// The date of the event whose phrase is at `phrase` in sentence `index` (`sentence` is its
/// range in the article text).
pub fn governing(
    article: &Article,
    index: usize,
    sentence: TextRange,
    phrase: TextRange,
    dates: &[TimeMention],
) -> DateValue {
    let text = article.text.as_str();
    let best = dates
        .iter()
        .filter(|d| {
            d.reference.is_none()
                && sentence.contains(d.range)
                && !names_a_thing(text, d.range)
                && !ends_a_span(text, d.range)
                && !dates_a_later_noun(text, d.range, phrase)
        })
        .map(|d| (clause_distance(text, d.range, phrase), d))
        .filter(|((boundaries, gap), _)| *boundaries == 0 || *gap <= MAX_GAP_ACROSS)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, d)| d);
    match best {
        Some(d) => {
            let mut value = d.value.clone();
            value.mentions = vec![Mention {
                article: article.id.clone(),
                sentence: index,
                start: d.range.start,
                end: d.range.end,
                text: d.expression.clone(),
            }];
            value
        }
        None => publication(article),
    }
}

/// The publication date standing in for an event date the text does not give.
pub fn publication(article: &Article) -> DateValue {
    let day = article
        .published
        .as_ref()
        .and_then(|p| p.value.as_deref())
        .map(|v| v.get(..10).unwrap_or(v).to_owned());
    match day {
        Some(value) => {
            let precision = article
                .published
                .as_ref()
                .map_or(Precision::Day, |p| p.precision);
            DateValue {
                basis: format!("no date in the sentence: the publication date {value}"),
                value: Some(value),
                precision,
                anchor: None,
                timestamp: None,
                mentions: Vec::new(),
                from: Some(FROM_PUBLICATION.to_owned()),
            }
        }
        None => DateValue {
            value: None,
            precision: Precision::Unknown,
            basis: "no date in the sentence and no publication date".to_owned(),
            anchor: Some(Anchor {
                expression: String::new(),
                relative_to: "publication".to_owned(),
            }),
            timestamp: None,
            mentions: Vec::new(),
            from: Some(FROM_PUBLICATION.to_owned()),
        },
    }
}

/// Whether a date was taken from the publication date rather than the text.
pub fn from_publication(date: Option<&DateValue>) -> bool {
    date.is_none_or(|d| d.from.as_deref() == Some(FROM_PUBLICATION))
}

/// Whether two codings' dates can be of one act: equal values (or, unresolved, the same
/// expression), or either one only the publication date.
pub fn agree(a: Option<&DateValue>, b: Option<&DateValue>) -> bool {
    if from_publication(a) || from_publication(b) {
        return true;
    }
    let key = |d: Option<&DateValue>| {
        d.map(|d| match &d.value {
            Some(v) => v.clone(),
            None => d
                .anchor
                .as_ref()
                .map_or_else(String::new, |a| a.expression.to_lowercase()),
        })
    };
    key(a) == key(b)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn article(text: &str, published: &str) -> Article {
        let raw = sitrep_model::RawDoc::new(
            "t",
            None,
            sitrep_model::InputFormat::Text,
            text.as_bytes().to_vec(),
            sitrep_model::RawHints::default(),
        );
        let mut article = sitrep_clean::clean(&raw, &sitrep_clean::CleanConfig::default()).0;
        article.published = Some(DateValue {
            value: Some(published.to_owned()),
            precision: Precision::Day,
            basis: "test".to_owned(),
            anchor: None,
            timestamp: None,
            mentions: Vec::new(),
            from: Some("test".to_owned()),
        });
        article
    }

    fn date_of(text: &str, verb: &str) -> DateValue {
        let a = article(text, "2026-03-05");
        let dates = sitrep_time::find_dates(
            &a.text,
            Some("2026-03-05"),
            &sitrep_time::TimeConfig::default(),
        );
        let start = a.text.find(verb).unwrap();
        let phrase = TextRange::new(start, start + verb.len());
        governing(&a, 0, TextRange::new(0, a.text.len()), phrase, &dates)
    }

    #[test]
    fn a_year_naming_a_thing_dates_no_act() {
        let d = date_of(
            "Officials said the release did not breach the 1973 treaty.",
            "release",
        );
        assert_eq!(d.from.as_deref(), Some(FROM_PUBLICATION));
        let d = date_of("The army withdrew in 2021 from the valley.", "withdrew");
        assert_eq!(d.value.as_deref(), Some("2021"));
    }

    #[test]
    fn now_and_recently_date_no_event() {
        // 2026-03-05 is a Thursday.
        let d = date_of(
            "Rebels recently seized the town and now hold the road.",
            "seized",
        );
        assert_eq!(d.value.as_deref(), Some("2026-03-05"));
        assert_eq!(d.from.as_deref(), Some(FROM_PUBLICATION));
        let d = date_of("Rebels recently seized the town on Tuesday.", "seized");
        assert_eq!(d.value.as_deref(), Some("2026-03-03"));
        assert_eq!(d.mentions[0].text, "Tuesday");
        let d = date_of("In the near future, rebels will attack the town.", "attack");
        assert_eq!(d.value.as_deref(), Some("2026-03-05"));
    }
}

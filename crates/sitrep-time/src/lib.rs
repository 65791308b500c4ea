//! Dates in English news: find temporal expressions and place them on the calendar, each with
//! its precision and the basis it was resolved on.
//!
//! [`find_dates`] reads a text and returns one [`TimeMention`] per expression: its byte range,
//! its words, and a [`DateValue`] shaped by the output contract (`value`, `precision`, `basis`,
//! `anchor`). Expressions are resolved against the publication date when one is given:
//!
//! - absolute: "15 October 2025", "2025-10-15", "11/11/2025" (only when day and month order is
//!   plain, or [`TimeConfig::numeric_order`] says), "October 2025", "in 2021";
//! - month and day without a year ("Nov. 11"): the year of publication, or the year before when
//!   the day would fall after publication in a past-tense clause (the year after when it would
//!   fall before publication in a future-tense clause); `--11-11` when there is no year at all;
//! - relative to publication: "Tuesday" (past tense: the latest Tuesday on or before
//!   publication; future tense: the first on or after), "yesterday", "last night", "last week",
//!   "earlier this month", "three days ago", "in October", "the third quarter";
//! - relative to the previous date in the text: "the day prior", "the following day",
//!   "the same day", "two days later", "a year earlier";
//! - ranges: "from 24 to 28 July" is the interval `2025-07-24/2025-07-28`;
//! - periods longer than a month, each an `interval` of days: quarters ("the third quarter",
//!   "the quarter" and "the latest quarter": the quarter named before in the text, else the last
//!   one ended before publication; "this quarter", "next quarter"), decades ("the 1990s",
//!   "the late 1980s", "the nineties": `1990-01-01/1999-12-31`), centuries ("the 20th century":
//!   `1900-01-01/1999-12-31`, as ISO 8601 counts them; "this century"), and seasons ("last
//!   summer", "this spring", "the winter of 1994"), read as the meteorological seasons of the
//!   northern hemisphere (spring March to May, summer June to August, fall September to
//!   November, winter December to February, a winter taking the year of its January);
//! - comparisons in business news: "the year-earlier quarter", "the year-ago period",
//!   "year-earlier", and "a year ago" after a quarter: the period named before, a year back
//!   (these leave that period the one the next comparison refers to);
//! - the year of publication or of the previous date: "the fiscal year", "the full year",
//!   "year-end", "earlier in the year"; "later that year";
//! - "June last year", "March this year"; holidays ("Christmas", "New Year's Day",
//!   "Thanksgiving", "Election Day", "Memorial Day", "Labor Day", read by tense like a month and
//!   day); years standing as modifiers ("the 1994 act", "its 1988 recapitalization", not "the
//!   2000 people") or in lists ("in 1994, 1995 and 1997");
//! - references to the present, past or future as such ([`TimeRef`]): "now", "currently", "at
//!   present" give the publication day (precision `day`, anchored to `publication`);
//!   "recently", "lately", "in recent weeks", "in the past", "the future", "the near term",
//!   "in the coming months" give `value: null`, precision `unknown` and a basis saying that they
//!   name no calendar date. [`TimeMention::reference`] marks all of them; the event stage never
//!   dates an event by one.
//!
//! A month and day after publication in a past-tense clause is read in the year before, except
//! within 31 days of publication, where it is more likely a date set ahead whose future marker
//! went unseen ("the company said holders of record on Nov. 20 ..."). Modals ("would", "might"),
//! "as early as", "as soon as" and "is to" mark the future as well.
//!
//! Without a publication date, an expression relative to it keeps `value: null`,
//! `precision: unknown` and an `anchor` naming the expression and `publication`, so that a later
//! stage can ground it from a sibling article. Tense is judged per clause from future markers
//! ("will", "is expected to", "scheduled", "ahead of", ...); news is past tense otherwise.
//!
//! The `mentions` of each value are left empty: this crate sees a text, not an article; the
//! caller knows the article id and sentence index and fills them from [`TimeMention::range`].
//!
//! ```
//! use sitrep_model::Precision;
//! use sitrep_time::{TimeConfig, find_dates};
//!
//! let text = "The bomb went off on Tuesday. Talks will resume on Tuesday.";
//! let found = find_dates(text, Some("2025-11-13"), &TimeConfig::default());
//! assert_eq!(found[0].expression, "Tuesday");
//! assert_eq!(found[0].value.value.as_deref(), Some("2025-11-11"));
//! assert_eq!(found[0].value.precision, Precision::Day);
//! assert_eq!(found[0].value.basis, r#"weekday "Tuesday" before publication date 2025-11-13"#);
//! assert_eq!(found[1].value.value.as_deref(), Some("2025-11-18"));
//!
//! let found = find_dates(
//!     "Rebels now hold the town they lost in the 1990s.",
//!     Some("2025-11-13"),
//!     &TimeConfig::default(),
//! );
//! assert_eq!(found[0].reference, Some(sitrep_time::TimeRef::Present));
//! assert_eq!(found[0].value.value.as_deref(), Some("2025-11-13"));
//! assert_eq!(found[1].value.value.as_deref(), Some("1990-01-01/1999-12-31"));
//! assert_eq!(found[1].value.precision, Precision::Interval);
//! ```

mod resolve;
mod scan;

use sitrep_model::{DateValue, TextRange};

/// How to read a numeric date like `05/06/2025` whose day and month could swap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumericOrder {
    /// `05/06/2025` is May 6 (United States).
    MonthFirst,
    /// `05/06/2025` is 5 June (most of the world).
    DayFirst,
}

/// Settings of [`find_dates`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TimeConfig {
    /// The outlet's order for ambiguous numeric dates; `None` leaves them unresolved.
    /// Dates whose reading is plain (`25/12/2025`, `12/25/2025`) are resolved either way.
    pub numeric_order: Option<NumericOrder>,
}

/// One temporal expression found in a text and its resolved date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeMention {
    /// Byte range of the expression in the text, on char boundaries.
    pub range: TextRange,
    /// The words of the expression, as written.
    pub expression: String,
    /// The resolved date; its `mentions` are left for the caller to fill.
    pub value: DateValue,
    /// Set when the expression names the present, the past or the future as such ("now",
    /// "recently", "the future") rather than a stretch of the calendar.
    pub reference: Option<TimeRef>,
}

/// The present, the past or the future as such: TimeML's `PRESENT_REF`, `PAST_REF` and
/// `FUTURE_REF`. Not calendar dates, so no event takes one as its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeRef {
    /// "now", "currently", "at present", "nowadays", "these days".
    Present,
    /// "recently", "lately", "more recently", "in recent weeks", "in the past".
    Past,
    /// "the future", "the near future", "the near term".
    Future,
}

impl TimeRef {
    /// The TimeML value: `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`.
    pub fn timeml(self) -> &'static str {
        match self {
            TimeRef::Present => "PRESENT_REF",
            TimeRef::Past => "PAST_REF",
            TimeRef::Future => "FUTURE_REF",
        }
    }
}

/// Find and resolve every temporal expression in `text`.
///
/// `published` is the publication day as `YYYY-MM-DD` (a longer timestamp is cut to its first
/// ten characters); when it is missing or unreadable, expressions relative to it stay
/// unresolved with an anchor. Never fails and never panics: text that holds no date gives an
/// empty list.
pub fn find_dates(text: &str, published: Option<&str>, config: &TimeConfig) -> Vec<TimeMention> {
    let published = published.and_then(parse_day);
    let mut lower = String::new();
    let toks = scan::tokenize(text, &mut lower);
    let found = scan::Scanner::new(&toks).find_all();
    let mut resolver = resolve::Resolver::new(published, config);
    let mut out = Vec::with_capacity(found.len());
    for f in found {
        let (Some(first), Some(last)) = (
            toks.get(f.first),
            f.end.checked_sub(1).and_then(|e| toks.get(e)),
        ) else {
            continue;
        };
        let range = TextRange::new(first.start, last.end);
        let expression = range.slice(text).unwrap_or("").to_string();
        let tense = resolve::clause_tense(&toks, f.first, f.end);
        let value = resolver.resolve(f.expr, &expression, tense);
        let reference = match f.expr {
            scan::Expr::Ref(r) => Some(r),
            _ => None,
        };
        out.push(TimeMention {
            range,
            expression,
            value,
            reference,
        });
    }
    out
}

/// Read `YYYY-MM-DD` from the start of a date or timestamp.
fn parse_day(s: &str) -> Option<jiff::civil::Date> {
    let day = s.trim().get(..10)?;
    day.parse().ok()
}

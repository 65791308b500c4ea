//! Placing expressions on the calendar: publication date, tense, and the previous date in the
//! text.

use jiff::Span;
use jiff::civil::Date;
use sitrep_model::{Anchor, DateValue, Precision};

use crate::scan::{Expr, Holiday, Kind, Md, Rel, Tok, Unit};
use crate::{NumericOrder, TimeConfig};

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// How many days after publication a month-day in a past-tense clause may fall and still be
/// read in the publication year.
const SCHEDULED_DAYS: i32 = 31;

/// A calendar value at some precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Val {
    Day(Date),
    /// Month and day of an unknown year.
    MonthDay(i8, i8),
    Month(i16, i8),
    /// A month of an unknown year.
    MonthOnly(i8),
    /// ISO year and week.
    Week(i16, i8),
    Year(i16),
    Between(Date, Date),
    /// Two month-days of an unknown year.
    BetweenNoYear((i8, i8), (i8, i8)),
    Quarter(i16, i8),
    /// The decade starting in the year given ("the 1990s": 1990).
    Decade(i16),
    /// The century of the hundreds given ("the 20th century": 19, i.e. 1900 to 1999).
    Century(i16),
    /// A season (0 spring, 1 summer, 2 fall, 3 winter) of a year; winter is the one whose
    /// January falls in the year.
    Season(i16, i8),
}

impl Val {
    fn iso(self) -> String {
        match self {
            Val::Day(d) => d.to_string(),
            Val::MonthDay(m, d) => format!("--{m:02}-{d:02}"),
            Val::Month(y, m) => format!("{y:04}-{m:02}"),
            Val::MonthOnly(m) => format!("--{m:02}"),
            Val::Week(y, w) => format!("{y:04}-W{w:02}"),
            Val::Year(y) => format!("{y:04}"),
            Val::Between(a, b) => format!("{a}/{b}"),
            Val::BetweenNoYear((m1, d1), (m2, d2)) => {
                format!("--{m1:02}-{d1:02}/--{m2:02}-{d2:02}")
            }
            Val::Quarter(y, q) => match quarter_bounds(y, q) {
                Some((a, b)) => format!("{a}/{b}"),
                None => format!("{y:04}"),
            },
            Val::Decade(y) => format!("{y:04}-01-01/{:04}-12-31", y + 9),
            Val::Century(c) => format!("{:04}-01-01/{:04}-12-31", c * 100, c * 100 + 99),
            Val::Season(y, s) => match season_bounds(y, s) {
                Some((a, b)) => format!("{a}/{b}"),
                None => format!("{y:04}"),
            },
        }
    }

    fn precision(self) -> Precision {
        match self {
            Val::Day(_) | Val::MonthDay(..) => Precision::Day,
            Val::Month(..) | Val::MonthOnly(_) => Precision::Month,
            Val::Week(..) => Precision::Week,
            Val::Year(_) => Precision::Year,
            Val::Between(..)
            | Val::BetweenNoYear(..)
            | Val::Quarter(..)
            | Val::Decade(_)
            | Val::Century(_)
            | Val::Season(..) => Precision::Interval,
        }
    }
}

fn quarter_bounds(y: i16, q: i8) -> Option<(Date, Date)> {
    let first = Date::new(y, q.checked_mul(3)?.checked_sub(2)?, 1).ok()?;
    let last = Date::new(y, q.checked_mul(3)?, 1).ok()?.last_of_month();
    Some((first, last))
}

/// First and last day of season `s` of year `y`: meteorological seasons of the northern
/// hemisphere (spring March to May, summer June to August, fall September to November, winter
/// December of the year before to February).
fn season_bounds(y: i16, s: i8) -> Option<(Date, Date)> {
    let (first, last) = match s {
        0 => (Date::new(y, 3, 1), Date::new(y, 5, 31)),
        1 => (Date::new(y, 6, 1), Date::new(y, 8, 31)),
        2 => (Date::new(y, 9, 1), Date::new(y, 11, 30)),
        _ => (
            Date::new(y - 1, 12, 1),
            Date::new(y, 2, 1).map(Date::last_of_month),
        ),
    };
    Some((first.ok()?, last.ok()?))
}

const SEASON_NAMES: [&str; 4] = ["spring", "summer", "fall", "winter"];

fn season_name(s: i8) -> &'static str {
    usize::try_from(s)
        .ok()
        .and_then(|i| SEASON_NAMES.get(i))
        .copied()
        .unwrap_or("?")
}

/// The quarter holding a day.
fn quarter_of(d: Date) -> (i16, i8) {
    (d.year(), (d.month() + 2) / 3)
}

/// Quarter `(y, q)` moved by `n` quarters.
fn shift_quarter((y, q): (i16, i8), n: i64) -> Option<Val> {
    let index = i64::from(y) * 4 + i64::from(q - 1) + n;
    let y = i16::try_from(index.div_euclid(4)).ok()?;
    let q = i8::try_from(index.rem_euclid(4)).ok()? + 1;
    Some(Val::Quarter(y, q))
}

/// The year a value lies in, when it lies in one.
fn year_of(val: Val) -> Option<i16> {
    match val {
        Val::Day(d) => Some(d.year()),
        Val::Month(y, _) | Val::Year(y) | Val::Quarter(y, _) | Val::Week(y, _) => Some(y),
        Val::Between(a, b) if a.year() == b.year() => Some(a.year()),
        _ => None,
    }
}

/// The day of a holiday in year `y`.
fn holiday_date(h: Holiday, y: i16) -> Option<Date> {
    use jiff::civil::Weekday;
    let nth = |m: i8, wd: Weekday, n: i8| Date::new(y, m, 1).ok()?.nth_weekday_of_month(n, wd).ok();
    match h {
        Holiday::NewYearsDay => Date::new(y, 1, 1).ok(),
        Holiday::ValentinesDay => Date::new(y, 2, 14).ok(),
        Holiday::IndependenceDay => Date::new(y, 7, 4).ok(),
        Holiday::Halloween => Date::new(y, 10, 31).ok(),
        Holiday::ChristmasEve => Date::new(y, 12, 24).ok(),
        Holiday::Christmas => Date::new(y, 12, 25).ok(),
        Holiday::NewYearsEve => Date::new(y, 12, 31).ok(),
        Holiday::Thanksgiving => nth(11, Weekday::Thursday, 4),
        Holiday::ElectionDay => nth(11, Weekday::Monday, 1).and_then(|d| add_days(d, 1)),
        Holiday::MemorialDay => nth(5, Weekday::Monday, -1),
        Holiday::LaborDay => nth(9, Weekday::Monday, 1),
    }
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(Span::new().try_days(n).ok()?).ok()
}

fn add_months(d: Date, n: i64) -> Option<Date> {
    d.checked_add(Span::new().try_months(n).ok()?).ok()
}

fn week_of(d: Date) -> Val {
    let w = d.iso_week_date();
    Val::Week(w.year(), w.week())
}

fn month_name(m: i8) -> &'static str {
    usize::try_from(m - 1)
        .ok()
        .and_then(|i| MONTH_NAMES.get(i))
        .copied()
        .unwrap_or("?")
}

fn shift_year(y: i16, n: i64) -> Option<i16> {
    i16::try_from(i64::from(y).checked_add(n)?).ok()
}

/// The outcome of resolving one expression.
struct Outcome {
    val: Option<Val>,
    basis: String,
    anchor: Option<String>,
}

impl Outcome {
    fn stated(val: Val, basis: &str) -> Outcome {
        Outcome {
            val: Some(val),
            basis: basis.to_string(),
            anchor: None,
        }
    }

    fn from_publication(val: Option<Val>, basis: String) -> Outcome {
        Outcome {
            val,
            basis,
            anchor: Some("publication".to_string()),
        }
    }
}

/// Resolves expressions in text order, remembering the previous date for anaphora.
pub(crate) struct Resolver<'c> {
    published: Option<Date>,
    config: &'c TimeConfig,
    /// The previous resolved value in the text, for "the day prior" and "two days later".
    prior: Option<Val>,
    /// The last year stated in the text, used for month-days when there is no publication date.
    text_year: Option<(i16, String)>,
}

impl<'c> Resolver<'c> {
    pub(crate) fn new(published: Option<Date>, config: &'c TimeConfig) -> Self {
        Resolver {
            published,
            config,
            prior: None,
            text_year: None,
        }
    }

    pub(crate) fn resolve(&mut self, expr: Expr, expression: &str, tense: Tense) -> DateValue {
        // "now" is no date for "the day before" to count from; "a year earlier" and
        // "year-ago" compare with the period named before them, which stays the one the next
        // comparison refers to ("profit rose from a year earlier; year-earlier sales ...").
        let keeps_prior = match expr {
            Expr::Ref(_) | Expr::YearAgo { .. } => true,
            Expr::Shift {
                n,
                unit: Unit::Year,
            } => n < 0,
            Expr::Ago {
                n: 1,
                unit: Unit::Year,
            } => matches!(self.prior, Some(Val::Quarter(..))),
            _ => false,
        };
        let outcome = self.outcome(expr, expression, tense);
        if let Some(val) = outcome.val.filter(|_| !keeps_prior) {
            self.prior = Some(val);
            if outcome.anchor.is_none() {
                let year = match val {
                    Val::Between(a, _) => Some(a.year()),
                    _ => year_of(val),
                };
                if let Some(y) = year {
                    self.text_year = Some((y, val.iso()));
                }
            }
        }
        DateValue {
            value: outcome.val.map(Val::iso),
            precision: outcome.val.map_or(Precision::Unknown, Val::precision),
            basis: outcome.basis,
            anchor: outcome.anchor.map(|relative_to| Anchor {
                expression: expression.to_string(),
                relative_to,
            }),
            timestamp: None,
            mentions: Vec::new(),
            from: None,
        }
    }

    fn outcome(&self, expr: Expr, expression: &str, tense: Tense) -> Outcome {
        match expr {
            Expr::Full { y, m, d } => match Date::new(y, m, d) {
                Ok(date) => Outcome::stated(Val::Day(date), "date stated in full"),
                Err(_) => Outcome {
                    val: None,
                    basis: format!("{expression:?} is not a calendar date"),
                    anchor: None,
                },
            },
            Expr::Numeric { a, b, y } => self.numeric(a, b, y, expression),
            Expr::MonthYear { y, m } => Outcome::stated(Val::Month(y, m), "month and year stated"),
            Expr::Year { y } => Outcome::stated(Val::Year(y), "year stated"),
            Expr::MonthDay { m, d } => self.month_day(m, d, tense),
            Expr::Month { m, rel } => self.month(m, rel, tense, expression),
            Expr::MonthInYear { m, offset } => match self.published {
                Some(p) => Outcome::from_publication(
                    shift_year(p.year(), offset).map(|y| Val::Month(y, m)),
                    format!("{expression:?}: the year counted from publication date {p}"),
                ),
                None => Outcome::from_publication(
                    Some(Val::MonthOnly(m)),
                    format!("month {expression:?} stated; year unknown (no publication date)"),
                ),
            },
            Expr::Range { from, to } => self.range(from, to, tense),
            Expr::Weekday { wd, rel } => self.weekday(wd, rel, tense == Tense::Future, expression),
            Expr::Deictic { days } => {
                self.counted_from_publication(expression, |p| add_days(p, days).map(Val::Day))
            }
            Expr::ThisUnit { unit, offset } => {
                self.counted_from_publication(expression, |p| match unit {
                    Unit::Day => add_days(p, offset).map(Val::Day),
                    Unit::Week => add_days(p, offset.checked_mul(7)?).map(week_of),
                    Unit::Month => add_months(p.first_of_month(), offset)
                        .map(|d| Val::Month(d.year(), d.month())),
                    Unit::Year => shift_year(p.year(), offset).map(Val::Year),
                })
            }
            // "Profit fell from a year ago" compares with the quarter just named; "three years
            // ago" is counted from publication.
            Expr::Ago {
                n: 1,
                unit: Unit::Year,
            } if matches!(self.prior, Some(Val::Quarter(..))) => {
                self.shift_from_prior(-1, Unit::Year, expression)
            }
            Expr::Ago { n, unit } => self.counted_from_publication(expression, |p| {
                shift(Val::Day(p), n.checked_neg()?, unit)
            }),
            Expr::Shift { n, unit } => self.shift_from_prior(n, unit, expression),
            Expr::Quarter { q, y } => self.quarter(q, y, tense == Tense::Future),
            Expr::QuarterRef { offset } => self.quarter_ref(offset, expression),
            Expr::YearAgo { q, quarter } => self.year_ago(q, quarter, expression, tense),
            Expr::TheYear { same_as_prior } => self.the_year(same_as_prior, expression),
            Expr::Decade { start } => Outcome::stated(Val::Decade(start), "decade stated"),
            Expr::Century { hundreds, rel } => self.century(hundreds, rel, expression),
            Expr::Season { s, rel, y } => self.season(s, rel, y, tense, expression),
            Expr::Ref(r) => self.reference(r, expression),
            Expr::Holiday(h) => self.holiday(h, tense, expression),
        }
    }

    fn holiday(&self, h: Holiday, tense: Tense, expression: &str) -> Outcome {
        let Some(p) = self.published else {
            return Outcome::from_publication(
                None,
                format!("holiday {expression:?}; year unknown (no publication date)"),
            );
        };
        let years = [p.year() - 1, p.year(), p.year() + 1];
        let dates = years.iter().filter_map(|y| holiday_date(h, *y));
        let (date, how) = match tense {
            Tense::Future => (
                dates.filter(|d| *d >= p).min(),
                "future tense: the first on or after",
            ),
            Tense::Past => (dates.filter(|d| *d <= p).max(), "the latest on or before"),
            Tense::Unknown => (
                dates.min_by_key(|d| (p - *d).get_days().abs()),
                "no tense in the clause: the one nearest to",
            ),
        };
        Outcome::from_publication(
            date.map(Val::Day),
            format!("holiday {expression:?}: {how} publication date {p}"),
        )
    }

    fn quarter_ref(&self, offset: Option<i64>, expression: &str) -> Outcome {
        if offset.is_none()
            && let Some(prior @ Val::Quarter(..)) = self.prior
        {
            return Outcome {
                val: Some(prior),
                basis: format!(
                    "{expression:?}: the quarter {} named earlier in the text",
                    prior.iso()
                ),
                anchor: Some(format!("date:{}", prior.iso())),
            };
        }
        let n = offset.unwrap_or(-1);
        let how = if offset.is_none() {
            "the last quarter ended before"
        } else {
            "counted in quarters from"
        };
        match self.published {
            Some(p) => Outcome::from_publication(
                shift_quarter(quarter_of(p), n),
                format!("{expression:?}: {how} publication date {p}"),
            ),
            None => Outcome::from_publication(
                None,
                format!("{expression:?} is relative to the publication date, which is unknown"),
            ),
        }
    }

    fn year_ago(&self, q: Option<i8>, quarter: bool, expression: &str, tense: Tense) -> Outcome {
        if let Some(q) = q {
            let this = self.quarter(q, None, tense == Tense::Future);
            return Outcome {
                val: this.val.and_then(|v| shift(v, -1, Unit::Year)),
                basis: format!("{expression:?}: a year before the {}", this.basis),
                anchor: this.anchor,
            };
        }
        if let Some(prior) = self.prior {
            // "the year-ago quarter" after "Sept. 30": the quarter of that day, a year back.
            let base = match prior {
                Val::Day(d) if quarter => shift_quarter(quarter_of(d), 0),
                Val::Month(y, m) if quarter => Some(Val::Quarter(y, (m + 2) / 3)),
                _ => Some(prior),
            };
            return Outcome {
                val: base.and_then(|b| shift(b, -1, Unit::Year)),
                basis: format!(
                    "{expression:?}: a year before the date {} earlier in the text",
                    prior.iso()
                ),
                anchor: Some(format!("date:{}", prior.iso())),
            };
        }
        self.counted_from_publication(expression, |p| shift_year(p.year(), -1).map(Val::Year))
    }

    fn the_year(&self, same_as_prior: bool, expression: &str) -> Outcome {
        if same_as_prior {
            return match self.prior.and_then(year_of) {
                Some(y) => Outcome {
                    val: Some(Val::Year(y)),
                    basis: format!("{expression:?}: the year of the date earlier in the text"),
                    anchor: self.prior.map(|p| format!("date:{}", p.iso())),
                },
                None => Outcome {
                    val: None,
                    basis: format!(
                        "{expression:?} is relative to an earlier date the text does not give"
                    ),
                    anchor: None,
                },
            };
        }
        self.counted_from_publication(expression, |p| Some(Val::Year(p.year())))
    }

    fn century(&self, hundreds: i16, rel: Rel, expression: &str) -> Outcome {
        let offset = match rel {
            Rel::None => return Outcome::stated(Val::Century(hundreds), "century stated"),
            Rel::Last => -1,
            Rel::This => 0,
            Rel::Next => 1,
        };
        self.counted_from_publication(expression, |p| {
            Some(Val::Century(p.year().div_euclid(100) + offset))
        })
    }

    fn season(&self, s: i8, rel: Rel, y: Option<i16>, tense: Tense, expression: &str) -> Outcome {
        let name = season_name(s);
        if let Some(y) = y {
            return Outcome::stated(
                Val::Season(y, s),
                &format!("{name} {y} stated (northern hemisphere seasons)"),
            );
        }
        let Some(p) = self.published else {
            return Outcome::from_publication(
                None,
                format!("{expression:?} is relative to the publication date, which is unknown"),
            );
        };
        let years = [
            p.year() - 2,
            p.year() - 1,
            p.year(),
            p.year() + 1,
            p.year() + 2,
        ];
        let bounds = |y: i16| season_bounds(y, s).map(|b| (y, b));
        let last = years
            .iter()
            .filter_map(|y| bounds(*y))
            .filter(|(_, (_, end))| *end < p)
            .map(|(y, _)| y)
            .next_back();
        let next = years
            .iter()
            .filter_map(|y| bounds(*y))
            .find(|(_, (start, _))| *start > p)
            .map(|(y, _)| y);
        let current = years
            .iter()
            .filter_map(|y| bounds(*y))
            .find(|(_, (start, end))| *start <= p && p <= *end)
            .map(|(y, _)| y);
        let (y, how) = match rel {
            Rel::Last => (last, format!("the last {name} ended before")),
            Rel::Next => (next, format!("the next {name} begun after")),
            _ if current.is_some() => (current, format!("the {name} holding")),
            // "this winter" in October is the one to come; in April, the one just past.
            _ if s == 3 => (
                Some(if p.month() >= 7 {
                    p.year() + 1
                } else {
                    p.year()
                }),
                "the winter nearest to".to_string(),
            ),
            _ if tense == Tense::Future && next.is_some() => {
                (next, format!("future tense: the next {name} after"))
            }
            _ => (Some(p.year()), format!("the {name} in the year of")),
        };
        Outcome::from_publication(
            y.map(|y| Val::Season(y, s)),
            format!("{expression:?}: {how} publication date {p} (northern hemisphere seasons)"),
        )
    }

    fn reference(&self, r: crate::TimeRef, expression: &str) -> Outcome {
        match (r, self.published) {
            (crate::TimeRef::Present, Some(p)) => Outcome::from_publication(
                Some(Val::Day(p)),
                format!("{expression:?} refers to the present: publication date {p}"),
            ),
            (crate::TimeRef::Present, None) => Outcome::from_publication(
                None,
                format!("{expression:?} refers to the present; the publication date is unknown"),
            ),
            (crate::TimeRef::Past, _) => Outcome {
                val: None,
                basis: format!("{expression:?} refers to the past, not to a calendar date"),
                anchor: None,
            },
            (crate::TimeRef::Future, _) => Outcome {
                val: None,
                basis: format!("{expression:?} refers to the future, not to a calendar date"),
                anchor: None,
            },
        }
    }

    fn numeric(&self, a: i8, b: i8, y: i16, expression: &str) -> Outcome {
        let month_first = Date::new(y, a, b).ok();
        let day_first = Date::new(y, b, a).ok();
        let (date, how) = match (month_first, day_first) {
            (Some(d), Some(_)) if a == b => (Some(d), "day and month are the same"),
            (Some(d), None) => (Some(d), "read month first: the other order is no date"),
            (None, Some(d)) => (Some(d), "read day first: the other order is no date"),
            (Some(md), Some(dm)) => match self.config.numeric_order {
                Some(NumericOrder::MonthFirst) => (Some(md), "read month first, as configured"),
                Some(NumericOrder::DayFirst) => (Some(dm), "read day first, as configured"),
                None => (None, ""),
            },
            (None, None) => (None, ""),
        };
        match date {
            Some(d) => Outcome::stated(Val::Day(d), &format!("numeric date {how}")),
            None => Outcome {
                val: None,
                basis: format!(
                    "numeric date {expression:?} could be read day first or month first \
                     and the outlet's order is not configured"
                ),
                anchor: None,
            },
        }
    }

    /// The year of a month-day: publication's, moved by tense when the day would otherwise be
    /// on the wrong side of publication.
    fn year_for(&self, m: i8, d: i8, tense: Tense) -> Option<(i16, String)> {
        let p = self.published?;
        let here = Date::new(p.year(), m, d).ok();
        if tense == Tense::Unknown
            && let Some(y) = nearest_year(p, |y| Date::new(y, m, d).ok())
        {
            return Some((
                y,
                format!(
                    "year {y}: the {} {d} nearest to publication date {p} \
                     (no tense in the clause)",
                    month_name(m)
                ),
            ));
        }
        let future = tense == Tense::Future;
        let (y, why) = match here {
            // A day within a month after publication in a past-tense clause is a date set
            // ahead ("said it will pay on Nov. 20") whose future marker was missed, more
            // likely than a day eleven months back, which a reporter would give with its year.
            Some(date) if !future && date > p && (date - p).get_days() <= SCHEDULED_DAYS => (
                p.year(),
                format!(
                    "year {} from publication date {p}: {} {d} falls within \
                     {SCHEDULED_DAYS} days after it, a date set ahead",
                    p.year(),
                    month_name(m)
                ),
            ),
            Some(date) if !future && date > p => (
                p.year() - 1,
                format!(
                    "year {} because {} {d} would fall after publication date {p} \
                     in a past-tense report",
                    p.year() - 1,
                    month_name(m)
                ),
            ),
            Some(date) if future && date < p => (
                p.year() + 1,
                format!(
                    "year {} because {} {d} would fall before publication date {p} \
                     in a future-tense clause",
                    p.year() + 1,
                    month_name(m)
                ),
            ),
            _ => (
                p.year(),
                format!("year {} from publication date {p}", p.year()),
            ),
        };
        Some((y, why))
    }

    fn month_day(&self, m: i8, d: i8, tense: Tense) -> Outcome {
        if let Some((y, why)) = self.year_for(m, d, tense)
            && let Ok(date) = Date::new(y, m, d)
        {
            return Outcome::from_publication(
                Some(Val::Day(date)),
                format!("month and day stated; {why}"),
            );
        }
        if self.published.is_none()
            && let Some((y, from)) = &self.text_year
            && let Ok(date) = Date::new(*y, m, d)
        {
            return Outcome {
                val: Some(Val::Day(date)),
                basis: format!(
                    "month and day stated; year {y} from the date {from} earlier in the text"
                ),
                anchor: Some(format!("date:{from}")),
            };
        }
        Outcome::from_publication(
            Some(Val::MonthDay(m, d)),
            "month and day stated; year unknown (no year in the text and no publication date)"
                .to_string(),
        )
    }

    fn month(&self, m: i8, rel: Rel, tense: Tense, expression: &str) -> Outcome {
        let Some(p) = self.published else {
            return Outcome::from_publication(
                Some(Val::MonthOnly(m)),
                format!("month {expression:?} stated; year unknown (no publication date)"),
            );
        };
        let (py, pm) = (p.year(), p.month());
        let (y, how) = match rel {
            Rel::Last => (
                if m < pm { py } else { py - 1 },
                "the last such month before",
            ),
            Rel::Next => (
                if m > pm { py } else { py + 1 },
                "the next such month after",
            ),
            Rel::This => (py, "in the year of"),
            Rel::None if tense == Tense::Unknown => (
                nearest_year(p, |y| Date::new(y, m, 15).ok()).unwrap_or(py),
                "no tense in the clause: the such month nearest to",
            ),
            Rel::None if tense == Tense::Future => (
                if m >= pm { py } else { py + 1 },
                "future tense: the first such month on or after",
            ),
            Rel::None => (
                if m <= pm { py } else { py - 1 },
                "the latest such month on or before",
            ),
        };
        Outcome::from_publication(
            Some(Val::Month(y, m)),
            format!("month {expression:?}: {how} publication date {p}"),
        )
    }

    fn range(&self, from: Md, to: Md, tense: Tense) -> Outcome {
        let (_, m1, d1) = from;
        let (y2, m2, d2) = to;
        // A range crossing New Year starts in the year before its end.
        let crosses = (m1, d1) > (m2, d2);
        let stated = y2.map(|y| (y, "range stated".to_string(), None));
        let inferred = || {
            self.year_for(m2, d2, tense).map(|(y, why)| {
                (
                    y,
                    format!("range stated; {why}"),
                    Some("publication".to_string()),
                )
            })
        };
        if let Some((y, basis, anchor)) = stated.or_else(inferred)
            && let Ok(end) = Date::new(y, m2, d2)
            && let Ok(start) = Date::new(if crosses { y - 1 } else { y }, m1, d1)
        {
            return Outcome {
                val: Some(Val::Between(start, end)),
                basis,
                anchor,
            };
        }
        Outcome::from_publication(
            Some(Val::BetweenNoYear((m1, d1), (m2, d2))),
            "range stated; year unknown (no year in the text and no publication date)".to_string(),
        )
    }

    fn weekday(&self, wd: i8, rel: Rel, future: bool, expression: &str) -> Outcome {
        let name = crate::scan::weekday_title(wd);
        let Some(p) = self.published else {
            return Outcome::from_publication(
                None,
                format!("weekday {name:?} relative to the publication date, which is unknown"),
            );
        };
        let today = i64::from(p.weekday().to_monday_one_offset());
        let back = (today - i64::from(wd)).rem_euclid(7);
        let ahead = (i64::from(wd) - today).rem_euclid(7);
        let (days, basis) = match rel {
            Rel::Last => {
                let back = if back == 0 { 7 } else { back };
                (
                    -back,
                    format!("{expression:?}: the {name} before publication date {p}"),
                )
            }
            Rel::Next => {
                let ahead = if ahead == 0 { 7 } else { ahead };
                (
                    ahead,
                    format!("{expression:?}: the {name} after publication date {p}"),
                )
            }
            _ if future && ahead == 0 => (0, format!("weekday {name:?} on publication date {p}")),
            _ if future => (
                ahead,
                format!("weekday {name:?} after publication date {p} (future tense)"),
            ),
            _ if back == 0 => (0, format!("weekday {name:?} on publication date {p}")),
            _ => (
                -back,
                format!("weekday {name:?} before publication date {p}"),
            ),
        };
        Outcome::from_publication(add_days(p, days).map(Val::Day), basis)
    }

    fn counted_from_publication(
        &self,
        expression: &str,
        count: impl FnOnce(Date) -> Option<Val>,
    ) -> Outcome {
        match self.published {
            Some(p) => Outcome::from_publication(
                count(p),
                format!("{expression:?} counted from publication date {p}"),
            ),
            None => Outcome::from_publication(
                None,
                format!("{expression:?} is relative to the publication date, which is unknown"),
            ),
        }
    }

    fn shift_from_prior(&self, n: i64, unit: Unit, expression: &str) -> Outcome {
        match self.prior {
            Some(prior) => {
                let val = shift(prior, n, unit);
                let basis = match val {
                    Some(_) => format!(
                        "{expression:?} counted from the date {} earlier in the text",
                        prior.iso()
                    ),
                    None => format!(
                        "{expression:?} counts {}s from the date {} earlier in the text, \
                         which is not precise enough",
                        unit.name(),
                        prior.iso()
                    ),
                };
                Outcome {
                    val,
                    basis,
                    anchor: Some(format!("date:{}", prior.iso())),
                }
            }
            // "A year earlier" with no date before it in the text means a year before the
            // report; a day count with nothing to count from stays open.
            None if matches!(unit, Unit::Month | Unit::Year) && self.published.is_some() => {
                self.counted_from_publication(expression, |p| shift(Val::Day(p), n, unit))
            }
            None => Outcome {
                val: None,
                basis: format!(
                    "{expression:?} is relative to an earlier date the text does not give"
                ),
                anchor: None,
            },
        }
    }

    fn quarter(&self, q: i8, y: Option<i16>, future: bool) -> Outcome {
        if let Some(y) = y {
            return Outcome::stated(Val::Quarter(y, q), "quarter and year stated");
        }
        let Some(p) = self.published else {
            return Outcome::from_publication(
                None,
                "quarter stated; year unknown (no publication date)".to_string(),
            );
        };
        let start_month = q * 3 - 2;
        let y = if !future && start_month > p.month() {
            p.year() - 1
        } else {
            p.year()
        };
        Outcome::from_publication(
            Some(Val::Quarter(y, q)),
            format!("quarter {q} stated; year {y} from publication date {p}"),
        )
    }
}

/// Move a value by `n` units, keeping no more precision than both the value and the unit have.
fn shift(val: Val, n: i64, unit: Unit) -> Option<Val> {
    match (val, unit) {
        (Val::Day(d), Unit::Day) => add_days(d, n).map(Val::Day),
        (Val::Day(d), Unit::Week) => add_days(d, n.checked_mul(7)?).map(Val::Day),
        (Val::Day(d), Unit::Month) => add_months(d, n).map(|d| Val::Month(d.year(), d.month())),
        (Val::Day(d), Unit::Year) => shift_year(d.year(), n).map(Val::Year),
        (Val::MonthDay(m, d), Unit::Day | Unit::Week) => {
            // Counted in a year that is not a leap year unless the day is February 29.
            let y = if (m, d) == (2, 29) { 2000 } else { 2001 };
            let days = if unit == Unit::Week {
                n.checked_mul(7)?
            } else {
                n
            };
            let moved = add_days(Date::new(y, m, d).ok()?, days)?;
            Some(Val::MonthDay(moved.month(), moved.day()))
        }
        (Val::Week(y, w), Unit::Week) => {
            let monday = jiff::civil::ISOWeekDate::new(y, w, jiff::civil::Weekday::Monday)
                .ok()?
                .date();
            add_days(monday, n.checked_mul(7)?).map(week_of)
        }
        (Val::Week(y, _), Unit::Year) => shift_year(y, n).map(Val::Year),
        (Val::Month(y, m), Unit::Month | Unit::Year) => {
            let months = if unit == Unit::Year {
                n.checked_mul(12)?
            } else {
                n
            };
            let d = add_months(Date::new(y, m, 1).ok()?, months)?;
            Some(Val::Month(d.year(), d.month()))
        }
        (Val::Year(y), Unit::Year) => shift_year(y, n).map(Val::Year),
        (Val::Quarter(y, q), Unit::Year) => shift_year(y, n).map(|y| Val::Quarter(y, q)),
        (Val::Quarter(y, q), Unit::Month) if n % 3 == 0 => {
            let first = Date::new(y, q * 3 - 2, 1).ok()?;
            let d = add_months(first, n)?;
            Some(Val::Quarter(d.year(), (d.month() + 2) / 3))
        }
        (Val::Between(_, b), Unit::Day) => add_days(b, n).map(Val::Day),
        (Val::Season(y, s), Unit::Year) => shift_year(y, n).map(|y| Val::Season(y, s)),
        _ => None,
    }
}

/// Words that put a clause in the future: "will", "'ll", "shall", "is expected to", "plans to",
/// "is scheduled", "is due to", "ahead of", "upcoming".
fn future_marker(toks: &[Tok<'_>], i: usize) -> bool {
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.lower)
    };
    let Some(w) = word(i) else {
        return false;
    };
    let to_follows = word(i + 1) == Some("to");
    match w {
        "will" | "shall" | "upcoming" | "scheduled" | "slated" => true,
        // "they'll", "won't"
        "ll" => i
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|t| t.text == "'" || t.text == "’"),
        "won" => toks
            .get(i + 1)
            .is_some_and(|t| t.text == "'" || t.text == "’"),
        "going" | "expected" | "expects" | "due" | "plans" | "plan" | "planned" | "set" => {
            to_follows
        }
        "ahead" => word(i + 1) == Some("of"),
        // "as early as Tuesday", "as soon as Monday".
        "early" | "soon" => {
            word(i + 1) == Some("as") && i.checked_sub(1).and_then(word) == Some("as")
        }
        // "would be traveling", "might come": a modal ahead of a verb ("could" is as often
        // a past ability: "could not be located Wednesday").
        "would" | "might" => word(i + 1).is_some_and(|w| w != "have"),
        // "is to resume trading".
        "is" | "are" => to_follows && word(i + 2).is_some(),
        _ => false,
    }
}

/// Short words (four letters at most: longer ones end sentences) that a period after them
/// abbreviates ("Nov.", "Gen.", "Inc.").
const ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "fri", "sat", "sun", "mr", "mrs", "ms", "dr", "gen",
    "col", "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep", "rev", "st", "mt", "ft", "inc",
    "co", "corp", "ltd", "no", "vs", "jr", "sr", "est", "dept", "univ", "prof", "maj", "brig",
    "pvt", "cpl", "pres", "amb", "hon", "supt", "insp", "det", "atty", "fr", "ret", "rtd", "gens",
    "govt",
];

/// Tokens that end a clause: sentence ends, commas, semicolons, and a few conjunctions.
fn clause_boundary(toks: &[Tok<'_>], i: usize) -> bool {
    let Some(t) = toks.get(i) else {
        return true;
    };
    match t.kind {
        Kind::Punct => match t.text {
            "," | ";" | "!" | "?" | ":" | "(" | ")" | "\"" | "“" | "”" => true,
            // A period after an abbreviation ("Nov. 5", "U.S. officials", "Gen. Smith") ends
            // no clause; one after a short word that opens a new sentence does ("in Gaza. On
            // Tuesday").
            "." => {
                let prev = i.checked_sub(1).and_then(|p| toks.get(p));
                let short = prev.is_some_and(|p| p.kind == Kind::Word && p.text.len() <= 4);
                let abbreviation = prev.is_some_and(|p| {
                    p.kind == Kind::Word
                        && (p.text.chars().count() == 1 || ABBREVIATIONS.contains(&p.lower))
                });
                let sentence_follows = toks.get(i + 1).is_some_and(|n| {
                    n.kind == Kind::Word && n.text.starts_with(char::is_uppercase)
                });
                !short || (!abbreviation && sentence_follows)
            }
            _ => false,
        },
        Kind::Word => matches!(
            t.lower,
            "that" | "but" | "and" | "while" | "whereas" | "although" | "because" | "since"
        ),
        Kind::Num => false,
    }
}

/// The tense of the clause around an expression, as far as its words show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    /// No marker either way (headlines, "payable Dec. 15", "the Nov. 11 deadline").
    Unknown,
}

/// The year `y` among the publication year and its two neighbours whose `date(y)` lies
/// nearest to publication (the earlier one on a tie).
fn nearest_year(p: Date, date: impl Fn(i16) -> Option<Date>) -> Option<i16> {
    [p.year() - 1, p.year(), p.year() + 1]
        .into_iter()
        .filter_map(|y| Some((y, date(y)?)))
        .min_by_key(|(_, d)| (p - *d).get_days().abs())
        .map(|(y, _)| y)
}

/// Past-tense words: common irregular verbs, auxiliaries, and lowercase words in `-ed`.
fn past_marker(t: &Tok<'_>) -> bool {
    if t.kind != Kind::Word {
        return false;
    }
    let w = t.lower;
    let irregular = matches!(
        w,
        "was"
            | "were"
            | "had"
            | "did"
            | "said"
            | "told"
            | "went"
            | "came"
            | "took"
            | "made"
            | "began"
            | "met"
            | "held"
            | "left"
            | "fell"
            | "rose"
            | "saw"
            | "gave"
            | "won"
            | "lost"
            | "ran"
            | "sent"
            | "brought"
            | "found"
            | "struck"
            | "broke"
            | "became"
            | "spoke"
            | "wrote"
            | "got"
            | "led"
            | "paid"
            | "sold"
            | "bought"
            | "ago"
            | "thought"
            | "knew"
            | "stood"
            | "sought"
            | "fought"
            | "flew"
            | "shot"
            | "hit"
            | "quit"
    );
    let regular = w.len() >= 5
        && w.ends_with("ed")
        && !w.ends_with("eed")
        && !matches!(
            w,
            "hundred" | "scheduled" | "expected" | "planned" | "united"
        )
        && t.text.starts_with(|c: char| c.is_lowercase());
    irregular || regular
}

/// The tense of the clause around tokens `[first, end)`: future markers win over past ones.
pub(crate) fn clause_tense(toks: &[Tok<'_>], first: usize, end: usize) -> Tense {
    let (start, stop) = clause_of(toks, first, end);
    if let Some(tense) = fronted_tense(toks, (start, stop), first, end) {
        return tense;
    }
    let outside = |k: &usize| !(first..end).contains(k);
    if (start..stop)
        .filter(outside)
        .any(|k| future_marker(toks, k))
    {
        Tense::Future
    } else if (start..stop)
        .filter(outside)
        .any(|k| toks.get(k).is_some_and(past_marker))
    {
        Tense::Past
    } else {
        Tense::Unknown
    }
}

/// A date fronted before a comma ("In February, rebels seized the town", "Since March, ships
/// have been attacked") is an adverbial of the clause after the comma: that clause's first
/// markers give its tense, a future one winning as in any clause ("In September, it announced
/// plans to buy": past; "On Friday, the government planned to pay": past; "In December, the
/// newly elected president will visit" and "In May, talks are scheduled to resume": future). None when the date is not so fronted, or the clause after shows no tense.
fn fronted_tense(
    toks: &[Tok<'_>],
    (start, stop): (usize, usize),
    first: usize,
    end: usize,
) -> Option<Tense> {
    let opener = |k: usize| {
        toks.get(k).is_some_and(|t| {
            matches!(
                t.lower,
                "in" | "on" | "at" | "by" | "during" | "early" | "late" | "mid" | "from"
            )
        })
    };
    let fronted = stop == end
        && (start..first).all(opener)
        && toks.get(stop).is_some_and(|t| t.text == ",")
        && !toks.get(stop + 1).is_some_and(|t| t.newline);
    if !fronted {
        return None;
    }
    let after: Vec<usize> = (stop + 1..toks.len())
        .take_while(|&k| !clause_boundary(toks, k) && !toks.get(k).is_some_and(|t| t.newline))
        .collect();
    // "the government planned to pay": a verb of planning in the past is past here, not a
    // marker of the future; "talks are scheduled to resume" and "a planned delegation will
    // visit" are to come.
    let planned_in_past = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.lower, "planned" | "expected" | "scheduled"))
            && !k.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|t| {
                matches!(
                    t.lower,
                    "is" | "are" | "was" | "were" | "be" | "been" | "being" | "a" | "an" | "the"
                )
            })
    };
    // "it announced plans to buy": plans that a past verb made are its object, not the
    // clause's future.
    let past_plans = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.lower, "plans" | "plan"))
            && k.checked_sub(1)
                .and_then(|p| toks.get(p))
                .is_some_and(past_marker)
    };
    // As in a whole clause, a future marker wins ("the newly elected president will visit").
    if after
        .iter()
        .any(|&k| !planned_in_past(k) && !past_plans(k) && future_marker(toks, k))
    {
        Some(Tense::Future)
    } else if after
        .iter()
        .any(|&k| planned_in_past(k) || toks.get(k).is_some_and(past_marker))
    {
        Some(Tense::Past)
    } else {
        None
    }
}

/// The token span of the clause around tokens `[first, end)`.
fn clause_of(toks: &[Tok<'_>], first: usize, end: usize) -> (usize, usize) {
    let mut start = first;
    while start > 0
        && !clause_boundary(toks, start - 1)
        && !toks.get(start).is_some_and(|t| t.newline)
    {
        start -= 1;
    }
    let mut stop = end;
    while stop < toks.len()
        && !clause_boundary(toks, stop)
        && !toks.get(stop).is_some_and(|t| t.newline)
    {
        stop += 1;
    }
    (start, stop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shift_keeps_precision() {
        let d = Date::constant(2025, 11, 11);
        assert_eq!(
            shift(Val::Day(d), -1, Unit::Day),
            Some(Val::Day(Date::constant(2025, 11, 10)))
        );
        assert_eq!(shift(Val::Day(d), -1, Unit::Year), Some(Val::Year(2024)));
        assert_eq!(
            shift(Val::Quarter(1989, 3), -1, Unit::Year),
            Some(Val::Quarter(1988, 3))
        );
        assert_eq!(shift(Val::Year(2021), 2, Unit::Day), None);
        assert_eq!(
            shift(Val::MonthDay(2, 28), 1, Unit::Day),
            Some(Val::MonthDay(3, 1))
        );
        assert_eq!(
            shift(Val::Week(2025, 1), -1, Unit::Week),
            Some(Val::Week(2024, 52))
        );
    }

    #[test]
    fn values_print_as_the_contract_says() {
        assert_eq!(Val::MonthDay(10, 15).iso(), "--10-15");
        assert_eq!(Val::Week(2025, 7).iso(), "2025-W07");
        assert_eq!(Val::Quarter(1989, 3).iso(), "1989-07-01/1989-09-30");
        assert_eq!(Val::Month(2025, 1).iso(), "2025-01");
    }
}

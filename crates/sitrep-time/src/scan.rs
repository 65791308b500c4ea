//! Finding temporal expressions: tokens, then patterns over tokens.
//!
//! The text is cut into words (runs of letters), numbers (runs of ASCII digits) and single
//! punctuation characters, each a byte range into the text. Patterns are small functions that try
//! to read one kind of expression at a token and return where it ends and what it says
//! ([`Expr`]); the scanner keeps the longest reading at each position. Nothing here knows the
//! publication date: resolving an [`Expr`] to a calendar value is `resolve`'s job.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Num,
    Punct,
}

/// A token: a byte range into the text, its kind, and whether whitespace precedes it.
#[derive(Debug, Clone)]
pub(crate) struct Tok<'t> {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub text: &'t str,
    /// The word in lower case (a slice of the caller's buffer, see [`tokenize`]).
    pub lower: &'t str,
    /// Whitespace (or the start of the text) comes right before this token.
    pub gap: bool,
    /// The whitespace before this token holds a line break.
    pub newline: bool,
}

/// Cut a text into tokens. Every range lies on char boundaries.
/// `lower` receives every token's lower case, one after another, and the tokens' `lower`
/// slices point into it: one buffer for the text instead of a string per capitalised word.
pub(crate) fn tokenize<'t>(text: &'t str, lower: &'t mut String) -> Vec<Tok<'t>> {
    struct Raw {
        start: usize,
        end: usize,
        kind: Kind,
        gap: bool,
        newline: bool,
        lo: (usize, usize),
    }
    let bytes = text.as_bytes();
    lower.clear();
    lower.reserve(text.len());
    let mut raws: Vec<Raw> = Vec::with_capacity(bytes.len() / 5);
    let (mut gap, mut newline) = (true, false);
    let mut i = 0;
    // The char at byte `i` and its length: ASCII without decoding.
    let char_at = |i: usize| -> Option<(char, usize)> {
        match bytes.get(i) {
            Some(&b) if b.is_ascii() => Some((char::from(b), 1)),
            Some(_) => text
                .get(i..)
                .and_then(|r| r.chars().next())
                .map(|c| (c, c.len_utf8())),
            None => None,
        }
    };
    while let Some((c, len)) = char_at(i) {
        let start = i;
        i += len;
        if c.is_whitespace() {
            gap = true;
            newline |= c == '\n';
            continue;
        }
        let kind = if c.is_ascii_digit() {
            Kind::Num
        } else if c.is_alphabetic() {
            Kind::Word
        } else {
            Kind::Punct
        };
        if kind != Kind::Punct {
            while let Some((d, dlen)) = char_at(i) {
                let same = match kind {
                    Kind::Num => d.is_ascii_digit(),
                    _ => d.is_alphabetic(),
                };
                if !same {
                    break;
                }
                i += dlen;
            }
        }
        let slice = text.get(start..i).unwrap_or("");
        let lo_start = lower.len();
        if slice.is_ascii() {
            lower.extend(slice.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            lower.push_str(&slice.to_lowercase());
        }
        raws.push(Raw {
            start,
            end: i,
            kind,
            gap,
            newline,
            lo: (lo_start, lower.len()),
        });
        gap = false;
        newline = false;
    }
    let lower: &'t String = lower;
    raws.into_iter()
        .map(|r| Tok {
            start: r.start,
            end: r.end,
            kind: r.kind,
            text: text.get(r.start..r.end).unwrap_or(""),
            lower: lower.get(r.lo.0..r.lo.1).unwrap_or(""),
            gap: r.gap,
            newline: r.newline,
        })
        .collect()
}

/// `last`, `this`, `next` before a weekday or month, or nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rel {
    None,
    Last,
    This,
    Next,
}

/// A calendar unit for counted expressions ("two days later", "a year ago").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Unit::Day => "day",
            Unit::Week => "week",
            Unit::Month => "month",
            Unit::Year => "year",
        }
    }
}

/// A month and day, with the year when the text gives one.
pub(crate) type Md = (Option<i16>, i8, i8);

/// What an expression says, before it is placed on the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expr {
    /// Year, month and day stated ("15 October 2025", "2025-10-15").
    Full { y: i16, m: i8, d: i8 },
    /// Month and day without a year ("Nov. 11").
    MonthDay { m: i8, d: i8 },
    /// `a/b/y` where day and month order is ambiguous.
    Numeric { a: i8, b: i8, y: i16 },
    /// "October 2025".
    MonthYear { y: i16, m: i8 },
    /// "in October", "last October", "late November".
    Month { m: i8, rel: Rel },
    /// "in 2021", "fiscal 1989".
    Year { y: i16 },
    /// "June last year" (-1), "March this year" (0), "May next year" (+1): a month of a year
    /// counted from publication's.
    MonthInYear { m: i8, offset: i64 },
    /// "from 24 to 28 July".
    Range { from: Md, to: Md },
    /// "on Tuesday", "last Friday"; `wd` counts from Monday = 1.
    Weekday { wd: i8, rel: Rel },
    /// "yesterday" (-1), "today" (0), "tomorrow" (+1): days from publication.
    Deictic { days: i64 },
    /// "last week" (-1), "this month" (0), "next year" (+1): units from publication's unit.
    ThisUnit { unit: Unit, offset: i64 },
    /// "three days ago": units before publication.
    Ago { n: i64, unit: Unit },
    /// "two days later" (+2), "the day prior" (-1), "the same day" (0): from the previous date
    /// in the text.
    Shift { n: i64, unit: Unit },
    /// "the third quarter", "first-quarter 2025".
    Quarter { q: i8, y: Option<i16> },
    /// "the quarter", "the latest quarter", "that quarter" (`offset` `None`): the quarter named
    /// earlier in the text, else the last one ended before publication; "this quarter" (0),
    /// "last quarter" (-1), "next quarter" (+1): counted from publication's quarter.
    QuarterRef { offset: Option<i64> },
    /// "the year-earlier quarter", "the year-ago third quarter", "year-earlier": the period
    /// named before (or quarter `q` when stated), a year back.
    YearAgo { q: Option<i8>, quarter: bool },
    /// "the fiscal year", "the end of the year", "earlier in the year" (`same_as_prior`
    /// false: publication's year); "later that year", "that same year" (true: the year of the
    /// previous date in the text).
    TheYear { same_as_prior: bool },
    /// "the 1990s", "the late 1970s" (`start` 1990, 1970).
    Decade { start: i16 },
    /// "the 20th century" (`hundreds` 19, as TimeML and ISO 8601 count centuries), and
    /// "this century" (`rel` set, `hundreds` 0, resolved against publication).
    Century { hundreds: i16, rel: Rel },
    /// "last summer", "this spring", "the winter of 1994"; `s` is 0 spring, 1 summer, 2 fall,
    /// 3 winter.
    Season { s: i8, rel: Rel, y: Option<i16> },
    /// "now", "recently", "the future": the present, past or future as such.
    Ref(crate::TimeRef),
    /// "Christmas", "Thanksgiving Day", "Election Day": a holiday of a year read like a
    /// month and day.
    Holiday(Holiday),
}

/// Holidays that English news dates events by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holiday {
    NewYearsDay,
    NewYearsEve,
    ValentinesDay,
    IndependenceDay,
    Halloween,
    ChristmasEve,
    Christmas,
    /// The fourth Thursday of November (United States).
    Thanksgiving,
    /// The Tuesday after the first Monday of November (United States).
    ElectionDay,
    /// The last Monday of May (United States).
    MemorialDay,
    /// The first Monday of September (United States).
    LaborDay,
}

/// One expression found: token span `[first, end)` and its meaning.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Found {
    pub first: usize,
    pub end: usize,
    pub expr: Expr,
}

use sitrep_text::calendar::{MONTHS, WEEKDAYS};

/// Words that introduce a bare month or year: "in October", "since 2021".
const INTRODUCERS: [&str; 17] = [
    "in",
    "since",
    "until",
    "till",
    "by",
    "during",
    "of",
    "before",
    "after",
    "through",
    "from",
    "to",
    "between",
    "and",
    "or",
    "around",
    "throughout",
];

/// How far into an expression its first anchor word may stand ([`is_anchor`]); generous:
/// "from the first to the fifteenth of October" puts it ninth.
const MAX_SPAN: usize = 16;

/// Whether a token (lower case) can anchor a date expression: it holds a digit, or one of its
/// hyphen-separated parts is a month or weekday (or an abbreviation of three letters or more)
/// or a word of time ("week", "now", "summer", "ago"). Over-inclusion only costs time.
fn is_anchor(lower: &str) -> bool {
    let bytes = lower.as_bytes();
    if bytes.len() < 3 {
        return bytes.iter().any(u8::is_ascii_digit);
    }
    if bytes.iter().any(u8::is_ascii_digit) {
        return true;
    }
    if bytes.contains(&b'-') {
        return lower.split('-').any(anchor_word);
    }
    anchor_word(lower)
}

fn anchor_word(part: &str) -> bool {
    let part = part.trim_end_matches('.');
    let part = part
        .strip_suffix("'s")
        .or_else(|| part.strip_suffix("’s"))
        .unwrap_or(part);
    let calendar = part.get(..3).is_some_and(|p| {
        matches!(
            p,
            "jan"
                | "feb"
                | "mar"
                | "apr"
                | "may"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "oct"
                | "nov"
                | "dec"
                | "mon"
                | "tue"
                | "wed"
                | "thu"
                | "fri"
                | "sat"
                | "sun"
        )
    }) && sitrep_text::calendar::is_month_or_weekday(part);
    calendar
        || matches!(
            part,
            "afternoon"
                | "afterward"
                | "afterwards"
                | "ago"
                | "autumn"
                | "centuries"
                | "century"
                | "christmas"
                | "current"
                | "currently"
                | "day"
                | "days"
                | "decade"
                | "decades"
                | "eighties"
                | "eve"
                | "evening"
                | "fall"
                | "fifties"
                | "forties"
                | "future"
                | "halloween"
                | "independence"
                | "labor"
                | "labour"
                | "late"
                | "lately"
                | "memorial"
                | "month"
                | "months"
                | "morning"
                | "night"
                | "nights"
                | "nineties"
                | "now"
                | "nowadays"
                | "overnight"
                | "past"
                | "period"
                | "present"
                | "previously"
                | "quarter"
                | "quarters"
                | "recent"
                | "recently"
                | "season"
                | "seventies"
                | "sixties"
                | "spring"
                | "summer"
                | "term"
                | "thanksgiving"
                | "thirties"
                | "today"
                | "tomorrow"
                | "tonight"
                | "twenties"
                | "valentine"
                | "week"
                | "weekend"
                | "weeks"
                | "winter"
                | "year"
                | "years"
                | "yesterday"
        )
}

/// Parts of the day that may follow a weekday or "yesterday" and stay within the day.
const DAY_PARTS: [&str; 5] = ["morning", "afternoon", "evening", "night", "overnight"];

fn number_word(w: &str) -> Option<i64> {
    let n = match w {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "hundred" => 100,
        _ => return None,
    };
    Some(n)
}

fn unit_word(w: &str) -> Option<(Unit, i64)> {
    let unit = match w {
        "day" | "days" => (Unit::Day, 1),
        "week" | "weeks" => (Unit::Week, 1),
        "month" | "months" => (Unit::Month, 1),
        "year" | "years" => (Unit::Year, 1),
        "decade" | "decades" => (Unit::Year, 10),
        _ => return None,
    };
    Some(unit)
}

/// The name of a weekday counted from Monday = 1.
pub(crate) fn weekday_title(wd: i8) -> &'static str {
    const NAMES: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    usize::try_from(wd - 1)
        .ok()
        .and_then(|i| NAMES.get(i))
        .copied()
        .unwrap_or("?")
}

/// A pattern: reads one kind of expression at a token, returning its end token and meaning.
type Reader<'a, 't> = fn(&Scanner<'a, 't>, usize) -> Option<(usize, Expr)>;

/// Reads patterns over one text's tokens.
pub(crate) struct Scanner<'a, 't> {
    toks: &'a [Tok<'t>],
}

impl<'a, 't> Scanner<'a, 't> {
    pub(crate) fn new(toks: &'a [Tok<'t>]) -> Self {
        Scanner { toks }
    }

    /// Every expression, left to right, none overlapping: at each token the longest reading wins.
    pub(crate) fn find_all(&self) -> Vec<Found> {
        let mut found = Vec::new();
        // Every expression holds a digit, a month, a weekday or a word of time ("week",
        // "now", "summer") within its first MAX_SPAN tokens; where none is that near, no
        // reader can match, and most tokens of news are skipped with one check.
        let mut next_anchor = vec![usize::MAX; self.toks.len() + 1];
        for k in (0..self.toks.len()).rev() {
            next_anchor[k] = if is_anchor(self.toks[k].lower) {
                k
            } else {
                next_anchor[k + 1]
            };
        }
        let mut i = 0;
        while i < self.toks.len() {
            // No expression starts at a punctuation mark: skip the readers there.
            if self.toks[i].kind == Kind::Punct || next_anchor[i].saturating_sub(i) > MAX_SPAN {
                i += 1;
                continue;
            }
            match self.longest_at(i) {
                Some(f) if f.end > i => {
                    i = f.end;
                    found.push(f);
                }
                _ => i += 1,
            }
        }
        found
    }

    fn longest_at(&self, i: usize) -> Option<Found> {
        let readers: [Reader<'a, 't>; 18] = [
            Self::iso,
            Self::numeric,
            Self::range,
            Self::day_month,
            Self::month_day,
            Self::month_year,
            Self::month_only,
            Self::year_only,
            Self::weekday,
            Self::deictic,
            Self::counted,
            Self::quarter,
            Self::quarter_ref,
            Self::the_year,
            Self::decade_or_century,
            Self::season,
            Self::reference,
            Self::holiday,
        ];
        let mut best: Option<Found> = None;
        for read in readers {
            if let Some((end, expr)) = read(self, i)
                && best.is_none_or(|b| end > b.end)
            {
                best = Some(Found {
                    first: i,
                    end,
                    expr,
                });
            }
        }
        // "the night of October 11", "Tuesday, Nov. 11": a prefix that adds no meaning of its
        // own is taken into the span of the date that follows it.
        if best.is_none() {
            best = self.prefixed(i);
        }
        best
    }

    fn prefixed(&self, i: usize) -> Option<Found> {
        let mut j = None;
        if self.is_word(i, "the")
            && self.word(i + 1).is_some_and(|w| DAY_PARTS.contains(&w))
            && self.is_word(i + 2, "of")
        {
            j = Some(i + 3);
        } else if self.weekday_name(i).is_some() {
            j = Some(if self.is_punct(i + 1, ',') {
                i + 2
            } else {
                i + 1
            });
        }
        let j = j?;
        let readers: [Reader<'a, 't>; 4] =
            [Self::day_month, Self::month_day, Self::range, Self::iso];
        readers
            .iter()
            .filter_map(|read| read(self, j))
            .max_by_key(|(end, _)| *end)
            .map(|(end, expr)| Found {
                first: i,
                end,
                expr,
            })
    }

    // ----- token helpers -----

    fn tok(&self, i: usize) -> Option<&Tok<'t>> {
        self.toks.get(i)
    }

    fn word(&self, i: usize) -> Option<&str> {
        self.tok(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.lower)
    }

    fn is_word(&self, i: usize, w: &str) -> bool {
        self.word(i) == Some(w)
    }

    fn capitalized(&self, i: usize) -> bool {
        self.tok(i)
            .and_then(|t| t.text.chars().next())
            .is_some_and(char::is_uppercase)
    }

    /// Punctuation `p` at `i` (with or without space before it).
    fn is_punct(&self, i: usize, p: char) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == Kind::Punct && t.text.starts_with(p))
    }

    /// Punctuation `p` at `i` directly after the previous token.
    fn is_tight_punct(&self, i: usize, p: char) -> bool {
        self.is_punct(i, p) && self.tok(i).is_some_and(|t| !t.gap)
    }

    fn tight(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.gap)
    }

    fn prev_word(&self, i: usize) -> Option<&str> {
        i.checked_sub(1).and_then(|p| self.word(p))
    }

    /// A number token that stands alone: not a piece of `1,000`, `3.5`, `10:30`, `$20`, `20%`.
    fn plain_number(&self, i: usize) -> Option<u32> {
        let t = self.tok(i).filter(|t| t.kind == Kind::Num)?;
        if !t.gap
            && let Some(p) = i.checked_sub(1).and_then(|p| self.tok(p))
            && (p.kind == Kind::Num
                || (p.kind == Kind::Punct && "$£€,.:/#".contains(p.text))
                || p.kind == Kind::Word)
        {
            return None;
        }
        if let Some(n) = self.tok(i + 1).filter(|n| !n.gap) {
            let digit_after = self
                .tok(i + 2)
                .is_some_and(|t| !t.gap && t.kind == Kind::Num);
            let bad = match n.kind {
                Kind::Punct => {
                    matches!(n.text, "%" | ":") || (matches!(n.text, "," | ".") && digit_after)
                }
                _ => false,
            };
            if bad {
                return None;
            }
        }
        if t.text.len() > 4 {
            return None;
        }
        t.text.parse().ok()
    }

    // ----- pieces -----

    /// A month name, capitalised; abbreviations may carry a period. Returns the month, the next
    /// token, and whether the name is weak (an abbreviation, or "May", which is also a verb).
    fn month(&self, i: usize) -> Option<(i8, usize, bool)> {
        if !self.capitalized(i) {
            return None;
        }
        let w = self.word(i)?;
        if let Some(pos) = MONTHS.iter().position(|m| *m == w) {
            return Some((pos as i8 + 1, i + 1, w == "may"));
        }
        let m = match w {
            "jan" => 1,
            "feb" => 2,
            "mar" => 3,
            "apr" => 4,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" | "sept" => 9,
            "oct" => 10,
            "nov" => 11,
            "dec" => 12,
            _ => return None,
        };
        let next = if self.is_tight_punct(i + 1, '.') {
            i + 2
        } else {
            i + 1
        };
        Some((m, next, true))
    }

    /// A day of the month, `1`–`31`, with an optional ordinal suffix.
    fn day(&self, i: usize) -> Option<(i8, usize)> {
        let t = self.tok(i)?;
        if t.text.len() > 2 {
            return None;
        }
        let n = self.plain_number(i)?;
        if !(1..=31).contains(&n) {
            return None;
        }
        let mut next = i + 1;
        if self.tight(next)
            && self
                .word(next)
                .is_some_and(|w| matches!(w, "st" | "nd" | "rd" | "th"))
        {
            next += 1;
        }
        if self.is_tight_punct(next, ':') {
            return None;
        }
        i8::try_from(n).ok().map(|d| (d, next))
    }

    /// A four-digit year from 1000 to 2999 (not a decade like "1980s").
    fn year(&self, i: usize) -> Option<(i16, usize)> {
        let t = self.tok(i)?;
        if t.text.len() != 4 {
            return None;
        }
        let n = self.plain_number(i)?;
        if !(1000..=2999).contains(&n) || (self.tight(i + 1) && self.word(i + 1).is_some()) {
            return None;
        }
        i16::try_from(n).ok().map(|y| (y, i + 1))
    }

    /// ", 2025" or " 2025" after a month and day.
    fn trailing_year(&self, i: usize) -> Option<(i16, usize)> {
        if self.is_punct(i, ',') {
            self.year(i + 1)
        } else {
            self.year(i)
        }
    }

    fn weekday_name(&self, i: usize) -> Option<i8> {
        if !self.capitalized(i) {
            return None;
        }
        let w = self.word(i)?;
        WEEKDAYS.iter().position(|d| *d == w).map(|p| p as i8 + 1)
    }

    /// "to", "through", "until", a dash, or "and" after "between".
    fn range_sep(&self, i: usize, between: bool) -> Option<usize> {
        if self.is_punct(i, '-') || self.is_punct(i, '–') || self.is_punct(i, '—') {
            return Some(i + 1);
        }
        match self.word(i)? {
            "to" | "through" | "until" | "till" | "thru" => Some(i + 1),
            "and" if between => Some(i + 1),
            _ => None,
        }
    }

    fn count(&self, i: usize) -> Option<(i64, usize)> {
        if let Some(n) = self.plain_number(i).filter(|n| *n < 1000) {
            return Some((i64::from(n), i + 1));
        }
        number_word(self.word(i)?).map(|n| (n, i + 1))
    }

    // ----- patterns: each returns (end token, meaning) -----

    /// `2025-10-15`.
    fn iso(&self, i: usize) -> Option<(usize, Expr)> {
        let t = self.tok(i)?;
        if t.text.len() != 4 || !self.is_tight_punct(i + 1, '-') || !self.is_tight_punct(i + 3, '-')
        {
            return None;
        }
        let y: i16 = t.text.parse().ok()?;
        let (m, d) = (self.tok(i + 2)?, self.tok(i + 4)?);
        if m.kind != Kind::Num || d.kind != Kind::Num || m.gap || d.gap {
            return None;
        }
        if m.text.len() > 2 || d.text.len() > 2 {
            return None;
        }
        let (m, d): (i8, i8) = (m.text.parse().ok()?, d.text.parse().ok()?);
        jiff::civil::Date::new(y, m, d).ok()?;
        Some((i + 5, Expr::Full { y, m, d }))
    }

    /// `11/11/2025`: day and month order settled later.
    fn numeric(&self, i: usize) -> Option<(usize, Expr)> {
        let a = self.tok(i).filter(|t| t.text.len() <= 2)?;
        if a.kind != Kind::Num
            || !self.is_tight_punct(i + 1, '/')
            || !self.is_tight_punct(i + 3, '/')
        {
            return None;
        }
        let (b, y) = (self.tok(i + 2)?, self.tok(i + 4)?);
        if b.kind != Kind::Num || y.kind != Kind::Num || b.gap || y.gap || b.text.len() > 2 {
            return None;
        }
        if y.text.len() != 4 || self.tight(i + 5) && self.is_punct(i + 5, '/') {
            return None;
        }
        let a: i8 = a.text.parse().ok()?;
        let b: i8 = b.text.parse().ok()?;
        let y: i16 = y.text.parse().ok()?;
        let md = jiff::civil::Date::new(y, a, b).is_ok();
        let dm = jiff::civil::Date::new(y, b, a).is_ok();
        (md || dm).then_some((i + 5, Expr::Numeric { a, b, y }))
    }

    /// "15 October 2025", "the 24th of July".
    fn day_month(&self, i: usize) -> Option<(usize, Expr)> {
        let start = if self.is_word(i, "the") { i + 1 } else { i };
        let (d, mut j) = self.day(start)?;
        if self.is_word(j, "of") {
            j += 1;
        }
        let (m, j, _) = self.month(j)?;
        Some(match self.trailing_year(j) {
            Some((y, end)) => (end, Expr::Full { y, m, d }),
            None => (j, Expr::MonthDay { m, d }),
        })
    }

    /// "Nov. 11", "October 15, 2025".
    fn month_day(&self, i: usize) -> Option<(usize, Expr)> {
        let (m, j, _) = self.month(i)?;
        let (d, j) = self.day(j)?;
        Some(match self.trailing_year(j) {
            Some((y, end)) => (end, Expr::Full { y, m, d }),
            None => (j, Expr::MonthDay { m, d }),
        })
    }

    /// "24 to 28 July", "July 24-28, 2025", "30 June to 2 July", "July 30 to Aug. 2".
    fn range(&self, i: usize) -> Option<(usize, Expr)> {
        let between = self.prev_word(i).is_some_and(|w| w == "between");
        // Day first: "24 to 28 July", "30 June to 2 July".
        if let Some((d1, j)) = self.day(i) {
            let (m1, j) = match self.month(j) {
                Some((m, next, _)) => (Some(m), next),
                None => (None, j),
            };
            let j = self.range_sep(j, between)?;
            let (d2, j) = self.day(j)?;
            let (m2, j, _) = self.month(j)?;
            let (y, end) = match self.trailing_year(j) {
                Some((y, end)) => (Some(y), end),
                None => (None, j),
            };
            let from = (None, m1.unwrap_or(m2), d1);
            return ordered(from, (y, m2, d2)).map(|e| (end, e));
        }
        // Month first: "July 24-28", "July 30 to Aug. 2".
        let (m1, j, _) = self.month(i)?;
        let (d1, j) = self.day(j)?;
        let j = self.range_sep(j, between)?;
        let (m2, j) = match self.month(j) {
            Some((m, next, _)) => (m, next),
            None => (m1, j),
        };
        let (d2, j) = self.day(j)?;
        let (y, end) = match self.trailing_year(j) {
            Some((y, end)) => (Some(y), end),
            None => (None, j),
        };
        ordered((None, m1, d1), (y, m2, d2)).map(|e| (end, e))
    }

    /// "October 2025", "May of 1990".
    fn month_year(&self, i: usize) -> Option<(usize, Expr)> {
        let (m, mut j, _) = self.month(i)?;
        if self.is_punct(j, ',') || self.is_word(j, "of") {
            j += 1;
        }
        let (y, end) = self.year(j)?;
        Some((end, Expr::MonthYear { y, m }))
    }

    /// "in October", "last October", "late November", "mid-March", "the end of May".
    fn month_only(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        let mut rel = Rel::None;
        match self.word(i) {
            Some("last" | "past") => (rel, j) = (Rel::Last, i + 1),
            Some("next" | "coming") => (rel, j) = (Rel::Next, i + 1),
            Some("this") => (rel, j) = (Rel::This, i + 1),
            Some("early" | "late" | "mid" | "earlier" | "later") => {
                j = if self.is_tight_punct(i + 1, '-') {
                    i + 2
                } else {
                    i + 1
                };
            }
            Some("the")
                if self
                    .word(i + 1)
                    .is_some_and(|w| matches!(w, "end" | "beginning" | "middle" | "start"))
                    && self.is_word(i + 2, "of") =>
            {
                j = i + 3;
            }
            _ => {}
        }
        let (m, end, weak) = self.month(j)?;
        // "last Oct. 23" is a month and day, read from "Oct." on.
        if self.day(end).is_some() {
            return None;
        }
        // "June last year", "in March next year".
        if rel == Rel::None
            && self.is_word(end + 1, "year")
            && let Some(offset) = match self.word(end) {
                Some("last") => Some(-1),
                Some("this") => Some(0),
                Some("next") => Some(1),
                _ => None,
            }
        {
            return Some((end + 2, Expr::MonthInYear { m, offset }));
        }
        if j == i {
            // A bare month name: a person called "April Smith" is not a date, and a weak name
            // ("May", "Oct.") needs a word like "in" before it.
            let introduced = self.prev_word(i).is_some_and(|w| INTRODUCERS.contains(&w));
            let name_follows = self.capitalized(end)
                && self.word(end).is_some()
                && self.tok(end).is_some_and(|t| t.gap)
                && self.weekday_name(end).is_none();
            if (weak && !introduced) || name_follows {
                return None;
            }
        }
        Some((end, Expr::Month { m, rel }))
    }

    /// "in 2021", "fiscal 1989", "mid-1996", "early 1990".
    fn year_only(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        if let Some("fiscal" | "early" | "late" | "mid" | "calendar") = self.word(i) {
            j = if self.is_tight_punct(i + 1, '-') {
                i + 2
            } else {
                i + 1
            };
        }
        let (y, end) = self.year(j)?;
        if j == i {
            // A bare four-digit number is a year only after a word that introduces one, and
            // only in the range where news years live; "in 1898" reaches further back.
            let introduced = self
                .prev_word(i)
                .is_some_and(|w| INTRODUCERS.contains(&w) || w == "year" || w == "due");
            let history = (1800..1900).contains(&y) && self.prev_word(i) == Some("in");
            if !(introduced || self.year_modifier(i, end) || self.year_in_list(i))
                || !((1900..=2099).contains(&y) || history)
            {
                return None;
            }
        }
        Some((end, Expr::Year { y }))
    }

    /// "Christmas", "Christmas Eve", "New Year's Day", "Thanksgiving", "Election Day",
    /// "Independence Day", "Halloween", "Valentine's Day", "Memorial Day", "Labor Day".
    fn holiday(&self, i: usize) -> Option<(usize, Expr)> {
        if !self.capitalized(i) {
            return None;
        }
        // "Day" after a name, capitalised: "Thanksgiving Day".
        let day = |k: usize| self.is_word(k, "day") && self.capitalized(k);
        // "New Year's", "Valentine's": the possessive is three tokens.
        let possessive = |k: usize| {
            (self.is_tight_punct(k, '\'') || self.is_tight_punct(k, '’'))
                && self.tight(k + 1)
                && self.is_word(k + 1, "s")
        };
        let (h, end) = match self.word(i)? {
            "christmas" if self.is_word(i + 1, "eve") && self.capitalized(i + 1) => {
                (Holiday::ChristmasEve, i + 2)
            }
            "christmas" if day(i + 1) => (Holiday::Christmas, i + 2),
            "christmas" => (Holiday::Christmas, i + 1),
            "thanksgiving" if day(i + 1) => (Holiday::Thanksgiving, i + 2),
            "thanksgiving" => (Holiday::Thanksgiving, i + 1),
            "halloween" => (Holiday::Halloween, i + 1),
            "election" if day(i + 1) => (Holiday::ElectionDay, i + 2),
            "independence" if day(i + 1) => (Holiday::IndependenceDay, i + 2),
            "memorial" if day(i + 1) => (Holiday::MemorialDay, i + 2),
            "labor" | "labour" if day(i + 1) => (Holiday::LaborDay, i + 2),
            "valentine" if possessive(i + 1) && day(i + 3) => (Holiday::ValentinesDay, i + 4),
            "new" if self.is_word(i + 1, "year") && possessive(i + 2) => {
                if day(i + 4) {
                    (Holiday::NewYearsDay, i + 5)
                } else if self.is_word(i + 4, "eve") {
                    (Holiday::NewYearsEve, i + 5)
                } else {
                    return None;
                }
            }
            _ => return None,
        };
        Some((end, Expr::Holiday(h)))
    }

    /// A year standing as a modifier after a determiner: "the 1994 act", "its 1988
    /// recapitalization", "Iraq's 1990 invasion", but not "the 2000 people" (a count before a
    /// plural).
    fn year_modifier(&self, i: usize, end: usize) -> bool {
        let determiner = match i.checked_sub(1).and_then(|p| self.tok(p)) {
            Some(t) if t.kind == Kind::Word => matches!(
                t.lower,
                "the" | "that" | "this" | "its" | "their" | "his" | "her" | "our" | "s"
            ),
            _ => false,
        };
        // A count is followed by a plural: "the 2000 people", "its 1500 workers".
        let plural = |w: &str| {
            w.ends_with('s')
                || matches!(
                    w,
                    "people" | "men" | "women" | "children" | "police" | "personnel" | "staff"
                )
        };
        let noun_follows =
            self.word(end).is_some_and(|w| !plural(w)) && self.tok(end).is_some_and(|t| t.gap);
        determiner && noun_follows
    }

    /// A year after another in a list: "in 1994, 1995 and 1997".
    fn year_in_list(&self, i: usize) -> bool {
        let before = |k: usize| i.checked_sub(k).and_then(|p| self.tok(p));
        let sep = before(1).is_some_and(|t| t.text == "," || t.lower == "and" || t.lower == "or");
        sep && before(2).is_some_and(|t| {
            t.kind == Kind::Num
                && t.text.len() == 4
                && t.text
                    .parse::<u32>()
                    .is_ok_and(|n| (1900..=2099).contains(&n))
        })
    }

    /// "Tuesday", "last Friday", "next Monday", "Wednesday night", "early Sunday".
    fn weekday(&self, i: usize) -> Option<(usize, Expr)> {
        let (rel, j) = match self.word(i) {
            Some("last" | "past") => (Rel::Last, i + 1),
            Some("next" | "coming") => (Rel::Next, i + 1),
            Some("this") => (Rel::This, i + 1),
            Some("early" | "late") => (Rel::None, i + 1),
            _ => (Rel::None, i),
        };
        let wd = self.weekday_name(j)?;
        // "Mr. Sunday" is a person.
        let honorific = j
            .checked_sub(2)
            .and_then(|k| self.word(k))
            .is_some_and(|w| matches!(w, "mr" | "mrs" | "ms" | "dr"))
            && self.is_punct(j - 1, '.')
            || self
                .prev_word(j)
                .is_some_and(|w| matches!(w, "mr" | "mrs" | "ms" | "dr" | "miss"));
        if honorific {
            return None;
        }
        let mut end = j + 1;
        if self.word(end).is_some_and(|w| DAY_PARTS.contains(&w)) {
            end += 1;
        }
        Some((end, Expr::Weekday { wd, rel }))
    }

    /// "yesterday", "today", "tomorrow", "tonight", "last night", "this morning",
    /// "the day before yesterday".
    fn deictic(&self, i: usize) -> Option<(usize, Expr)> {
        let part = |k: usize| self.word(k).is_some_and(|w| DAY_PARTS.contains(&w));
        let (days, mut end) = match self.word(i)? {
            "yesterday" => (-1, i + 1),
            "today" | "tonight" => (0, i + 1),
            "tomorrow" => (1, i + 1),
            "earlier" | "later" if self.is_word(i + 1, "today") => (0, i + 2),
            "earlier" if self.is_word(i + 1, "yesterday") => (-1, i + 2),
            "last" if self.is_word(i + 1, "night") => (-1, i + 2),
            "this" if self.word(i + 1).is_some_and(|w| DAY_PARTS.contains(&w)) => (0, i + 2),
            "the"
                if self.is_word(i + 1, "day")
                    && self.is_word(i + 2, "before")
                    && self.is_word(i + 3, "yesterday") =>
            {
                (-2, i + 4)
            }
            "the"
                if self.is_word(i + 1, "day")
                    && self.is_word(i + 2, "after")
                    && self.is_word(i + 3, "tomorrow") =>
            {
                (2, i + 4)
            }
            _ => return None,
        };
        if days != 0 && part(end) && matches!(self.word(end - 1), Some("yesterday" | "tomorrow")) {
            end += 1;
        }
        Some((end, Expr::Deictic { days }))
    }

    /// Counted and anaphoric expressions: "last week", "earlier this month", "three days ago",
    /// "two days later", "the day prior", "the following morning", "the same day".
    fn counted(&self, i: usize) -> Option<(usize, Expr)> {
        // "11 days ago" starts with a number, "three days ago" with a word.
        let w = self.word(i).unwrap_or_default();
        // "earlier this month", "late last year".
        let lead = matches!(w, "earlier" | "later" | "early" | "late");
        let k = if lead { i + 1 } else { i };
        let offset = match self.word(k) {
            Some("last") => Some(-1),
            Some("this") => Some(0),
            Some("next") => Some(1),
            _ => None,
        };
        if let Some(offset) = offset
            && let Some((unit, 1)) = self.word(k + 1).and_then(unit_word)
            && self.word(k + 1).is_some_and(|u| !u.ends_with('s'))
            && unit != Unit::Day
        {
            return Some((k + 2, Expr::ThisUnit { unit, offset }));
        }
        // "about three years ago", "two days later".
        let k = match w {
            "about" | "almost" | "nearly" | "some" | "roughly" | "around" => i + 1,
            _ => i,
        };
        if let Some((n, j)) = self.count(k)
            && let Some((unit, times)) = self.word(j).and_then(unit_word)
        {
            let n = n.saturating_mul(times);
            match self.word(j + 1) {
                Some("ago") => return Some((j + 2, Expr::Ago { n, unit })),
                Some("later" | "afterwards" | "afterward") => {
                    return Some((j + 2, Expr::Shift { n, unit }));
                }
                Some("earlier" | "before" | "previously") if self.ends_phrase(j + 2) => {
                    return Some((j + 2, Expr::Shift { n: -n, unit }));
                }
                _ => {}
            }
        }
        if w.is_empty() {
            return None;
        }
        self.anaphoric(i)
    }

    /// Whether an expression ending before token `i` ends its phrase ("two days before." but
    /// not "two days before the vote").
    fn ends_phrase(&self, i: usize) -> bool {
        match self.tok(i) {
            None => true,
            Some(t) => t.kind == Kind::Punct || self.is_word(i, "and") || self.is_word(i, "when"),
        }
    }

    /// "the day before/prior/after", "the previous/next/following day", "the same day",
    /// "that day", "earlier that day", "the following week".
    fn anaphoric(&self, i: usize) -> Option<(usize, Expr)> {
        let w = self.word(i)?;
        let day_word = |k: usize| {
            self.word(k)
                .is_some_and(|w| w == "day" || DAY_PARTS.contains(&w))
        };
        let shift = |n: i64, unit: Unit| Expr::Shift { n, unit };
        match w {
            "the" => {
                let next = self.word(i + 1)?;
                if day_word(i + 1) {
                    // "the day before", "the night before", "the day after", "the day prior"
                    return match self.word(i + 2) {
                        Some("before" | "prior" | "earlier") if self.ends_phrase(i + 3) => {
                            Some((i + 3, shift(-1, Unit::Day)))
                        }
                        Some("after") if self.ends_phrase(i + 3) => {
                            Some((i + 3, shift(1, Unit::Day)))
                        }
                        _ => None,
                    };
                }
                let n = match next {
                    "previous" | "prior" | "preceding" => -1,
                    "next" | "following" | "subsequent" => 1,
                    "same" => 0,
                    _ => return None,
                };
                if day_word(i + 2) {
                    return Some((i + 3, shift(n, Unit::Day)));
                }
                let (unit, 1) = self.word(i + 2).and_then(unit_word)? else {
                    return None;
                };
                if n == 0 || self.word(i + 2).is_some_and(|u| u.ends_with('s')) {
                    return None;
                }
                Some((i + 3, shift(n, unit)))
            }
            "that" if day_word(i + 1) => Some((i + 2, shift(0, Unit::Day))),
            "that" if self.is_word(i + 1, "same") && day_word(i + 2) => {
                Some((i + 3, shift(0, Unit::Day)))
            }
            "earlier" | "later" if self.is_word(i + 1, "that") && day_word(i + 2) => {
                Some((i + 3, shift(0, Unit::Day)))
            }
            _ => None,
        }
    }

    /// "the third quarter", "third-quarter", "the first quarter of 2025", "fourth quarter 1989".
    fn quarter(&self, i: usize) -> Option<(usize, Expr)> {
        let j = if self.is_word(i, "the") { i + 1 } else { i };
        let q = match self.word(j)? {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            "fourth" => 4,
            _ => match (self.tok(j)?.text, self.word(j + 1)) {
                ("1", Some("st")) => 1,
                ("2", Some("nd")) => 2,
                ("3", Some("rd")) => 3,
                ("4", Some("th")) => 4,
                _ => return None,
            },
        };
        let mut k = if self.tok(j).is_some_and(|t| t.kind == Kind::Num) {
            j + 2
        } else {
            j + 1
        };
        if self.is_tight_punct(k, '-') {
            k += 1;
        }
        if !self.is_word(k, "quarter") {
            return None;
        }
        let end = k + 1;
        let of = if self.is_word(end, "of") {
            end + 1
        } else {
            end
        };
        Some(match self.year(of) {
            Some((y, e)) => (e, Expr::Quarter { q, y: Some(y) }),
            None => (end, Expr::Quarter { q, y: None }),
        })
    }
    /// "the quarter", "the latest quarter", "that quarter", "this quarter", "last quarter",
    /// "the year-earlier quarter", "the year-ago third quarter", "year-earlier".
    fn quarter_ref(&self, i: usize) -> Option<(usize, Expr)> {
        if let Some(found) = self.year_ago(i) {
            return Some(found);
        }
        let offset = match (self.word(i)?, self.word(i + 1)) {
            ("the" | "that", Some("quarter")) => (i + 2, None),
            ("the", Some("latest" | "recent")) if self.is_word(i + 2, "quarter") => (i + 3, None),
            ("the", Some("most"))
                if self.is_word(i + 2, "recent") && self.is_word(i + 3, "quarter") =>
            {
                (i + 4, None)
            }
            ("the", Some("current")) if self.is_word(i + 2, "quarter") => (i + 3, Some(0)),
            ("this" | "current", Some("quarter")) => (i + 2, Some(0)),
            ("last" | "previous", Some("quarter")) => (i + 2, Some(-1)),
            ("next", Some("quarter")) => (i + 2, Some(1)),
            _ => return None,
        };
        let (end, offset) = offset;
        Some((end, Expr::QuarterRef { offset }))
    }

    /// "the year-earlier quarter", "the comparable year-ago period", "year-earlier",
    /// "the year-ago third quarter".
    fn year_ago(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        if self.is_word(j, "the") {
            j += 1;
        }
        if matches!(self.word(j), Some("comparable" | "same")) {
            j += 1;
        }
        if !(self.is_word(j, "year")
            && self.is_tight_punct(j + 1, '-')
            && matches!(self.word(j + 2), Some("earlier" | "ago"))
            && self.tight(j + 2))
        {
            return None;
        }
        let k = j + 3;
        if let Some((_, Expr::Quarter { q, y: None })) = self.quarter(k) {
            return self.quarter(k).map(|(end, _)| {
                (
                    end,
                    Expr::YearAgo {
                        q: Some(q),
                        quarter: true,
                    },
                )
            });
        }
        let quarter = self.is_word(k, "quarter");
        let end = if quarter || self.is_word(k, "period") {
            k + 1
        } else {
            k
        };
        Some((end, Expr::YearAgo { q: None, quarter }))
    }

    /// "the fiscal year", "the full year", "the current fiscal year", "the end of the year",
    /// "year-end", "earlier in the year", "later that year", "that same year".
    fn the_year(&self, i: usize) -> Option<(usize, Expr)> {
        let this = Expr::TheYear {
            same_as_prior: false,
        };
        let that = Expr::TheYear {
            same_as_prior: true,
        };
        let w = self.word(i)?;
        // "year-end", "year end" (not "fiscal year end", which the year before it dates): the
        // publication year, whether it stands as a noun or a modifier ("year-end results").
        if w == "year" && self.is_word(i + 1, "end") && self.prev_word(i) != Some("fiscal") {
            return Some((i + 2, this));
        }
        if w == "year" && self.is_tight_punct(i + 1, '-') && self.is_word(i + 2, "end") {
            return Some((i + 3, this));
        }
        let lead = matches!(w, "earlier" | "later" | "early" | "late");
        let k = if lead { i + 1 } else { i };
        // "earlier in the year", "later that year"
        let k = if lead && self.is_word(k, "in") {
            k + 1
        } else {
            k
        };
        match self.word(k)? {
            "that" if self.is_word(k + 1, "year") && lead => Some((k + 2, that)),
            "that" if self.is_word(k + 1, "same") && self.is_word(k + 2, "year") => {
                Some((k + 3, that))
            }
            "the" => {
                let mut j = k + 1;
                if matches!(
                    (self.word(j), self.word(j + 1)),
                    (Some("end" | "beginning" | "start" | "middle"), Some("of"))
                ) && !lead
                {
                    if !self.is_word(j + 2, "the") {
                        return None;
                    }
                    j += 3;
                }
                let qualified = j > k + 1 || lead;
                let mut named = false;
                while let Some(q) = self.word(j)
                    && matches!(q, "full" | "fiscal" | "current" | "calendar" | "financial")
                {
                    named = true;
                    j += 1;
                }
                // A bare "the year" is as often a duration ("during the year") as a date.
                if self.is_word(j, "year")
                    && (qualified || named)
                    && !self.is_tight_punct(j + 1, '-')
                    && !self.is_tight_punct(j + 1, '\'')
                    && !self.is_tight_punct(j + 1, '’')
                    && !self.is_word(j + 1, "ended")
                    && !self.is_word(j + 1, "ending")
                {
                    Some((j + 1, this))
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// "the 1990s", "1980s", "the late 1970s", "the '90s", "the nineties", "the 20th century",
    /// "the nineteenth century", "this century".
    fn decade_or_century(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = if self.is_word(i, "the") { i + 1 } else { i };
        if matches!(self.word(j), Some("early" | "mid" | "late")) {
            j += 1;
            if self.is_tight_punct(j, '-') {
                j += 1;
            }
        }
        // "1990s", "1990's"
        if let Some(t) = self
            .tok(j)
            .filter(|t| t.kind == Kind::Num && t.text.len() == 4)
            && let Ok(n) = t.text.parse::<i16>()
            && n % 10 == 0
            && (1000..=2990).contains(&n)
        {
            let s = if self.is_tight_punct(j + 1, '\'') || self.is_tight_punct(j + 1, '’') {
                j + 2
            } else {
                j + 1
            };
            if self.tight(s) && self.is_word(s, "s") {
                return Some((s + 1, Expr::Decade { start: n }));
            }
            return None;
        }
        // "the nineties"
        if j > i {
            let decade = match self.word(j) {
                Some("twenties") => 1920,
                Some("thirties") => 1930,
                Some("forties") => 1940,
                Some("fifties") => 1950,
                Some("sixties") => 1960,
                Some("seventies") => 1970,
                Some("eighties") => 1980,
                Some("nineties") => 1990,
                _ => 0,
            };
            if decade > 0 {
                return Some((j + 1, Expr::Decade { start: decade }));
            }
        }
        // "this century", "last century", "next century"
        let rel = match self.word(i) {
            Some("this") => Some(Rel::This),
            Some("last") => Some(Rel::Last),
            Some("next") => Some(Rel::Next),
            _ => None,
        };
        if let Some(rel) = rel
            && self.is_word(i + 1, "century")
        {
            return Some((i + 2, Expr::Century { hundreds: 0, rel }));
        }
        // "the 20th century", "the nineteenth century"
        let (n, k) = if let Some(t) = self.tok(j).filter(|t| t.kind == Kind::Num) {
            let n: i16 = t.text.parse().ok()?;
            if !(self.tight(j + 1) && matches!(self.word(j + 1), Some("st" | "nd" | "rd" | "th"))) {
                return None;
            }
            (n, j + 2)
        } else {
            let n = match self.word(j)? {
                "first" => 1,
                "eleventh" => 11,
                "twelfth" => 12,
                "thirteenth" => 13,
                "fourteenth" => 14,
                "fifteenth" => 15,
                "sixteenth" => 16,
                "seventeenth" => 17,
                "eighteenth" => 18,
                "nineteenth" => 19,
                "twentieth" => 20,
                _ => return None,
            };
            (n, j + 1)
        };
        let k = if self.is_tight_punct(k, '-') {
            k + 1
        } else {
            k
        };
        if !(1..=30).contains(&n) || !self.is_word(k, "century") {
            return None;
        }
        Some((
            k + 1,
            Expr::Century {
                hundreds: n - 1,
                rel: Rel::None,
            },
        ))
    }

    /// "last summer", "this spring", "next winter", "the summer of 1998", "fall 1999",
    /// "early this spring", "this past fall".
    fn season(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        if matches!(
            self.word(j),
            Some("early" | "late" | "mid" | "earlier" | "later")
        ) {
            j += 1;
            if self.is_tight_punct(j, '-') {
                j += 1;
            }
        }
        let rel = match self.word(j) {
            Some("last") => Rel::Last,
            Some("this") if self.is_word(j + 1, "past") => {
                j += 1;
                Rel::Last
            }
            Some("this") => Rel::This,
            Some("next" | "coming") => Rel::Next,
            _ => Rel::None,
        };
        let k = if self
            .word(j)
            .is_some_and(|w| matches!(w, "last" | "this" | "next" | "coming" | "past" | "the"))
        {
            j + 1
        } else {
            j
        };
        let s = match self.word(k)? {
            "spring" => 0,
            "summer" => 1,
            "fall" | "autumn" => 2,
            "winter" => 3,
            _ => return None,
        };
        // "fall" is also a verb and a noun: a bare season needs a year or a relation.
        let of = if self.is_word(k + 1, "of") {
            k + 2
        } else {
            k + 1
        };
        if let Some((y, end)) = self.year(of) {
            return Some((
                end,
                Expr::Season {
                    s,
                    rel: Rel::None,
                    y: Some(y),
                },
            ));
        }
        if matches!(rel, Rel::None) {
            return None;
        }
        Some((k + 1, Expr::Season { s, rel, y: None }))
    }

    /// "now", "currently", "at present", "nowadays", "these days" (the present); "recently",
    /// "lately", "in the past", "in recent weeks" (the past); "the future", "the near future",
    /// "the near term" (the future).
    fn reference(&self, i: usize) -> Option<(usize, Expr)> {
        use crate::TimeRef::{Future, Past, Present};
        let r = |end: usize, t| Some((end, Expr::Ref(t)));
        match self.word(i)? {
            "now" | "currently" | "nowadays" => r(i + 1, Present),
            "at" if self.is_word(i + 1, "present") => r(i + 2, Present),
            "these" if self.is_word(i + 1, "days") => r(i + 2, Present),
            "recently" | "lately" => r(i + 1, Past),
            "more" if self.is_word(i + 1, "recently") => r(i + 2, Past),
            "recent"
                if matches!(
                    self.word(i + 1),
                    Some("days" | "weeks" | "months" | "years")
                ) =>
            {
                r(i + 2, Past)
            }
            "coming"
                if matches!(
                    self.word(i + 1),
                    Some("days" | "weeks" | "months" | "years")
                ) =>
            {
                r(i + 2, Future)
            }
            "the" => {
                let (j, future) = match self.word(i + 1)? {
                    "past" => (i + 2, false),
                    "future" => (i + 2, true),
                    "near" | "foreseeable" | "distant" | "immediate"
                        if self.is_word(i + 2, "future") =>
                    {
                        (i + 3, true)
                    }
                    "near" | "short" | "long" if self.is_word(i + 2, "term") => (i + 3, true),
                    _ => return None,
                };
                // "the past three years" is a duration; "the future of Europe" is a topic.
                let next = self.word(j);
                let counted = self.count(j).is_some()
                    || next.is_some_and(|w| {
                        unit_word(w).is_some()
                            || matches!(
                                w,
                                "few"
                                    | "several"
                                    | "couple"
                                    | "many"
                                    | "quarter"
                                    | "quarters"
                                    | "weekend"
                                    | "decade"
                                    | "century"
                                    | "of"
                                    | "tense"
                            )
                    });
                if counted || self.tight(j) && self.is_punct(j, '-') {
                    return None;
                }
                r(j, if future { Future } else { Past })
            }
            _ => None,
        }
    }
}

/// A range whose start lies before its end (when both have the same year, as written).
fn ordered(from: Md, to: Md) -> Option<Expr> {
    let (_, m1, d1) = from;
    let (_, m2, d2) = to;
    // A start after the end within one year means the range crosses New Year
    // ("Dec. 30 to Jan. 2"): allowed only when the months differ.
    if m1 == m2 && d1 >= d2 {
        return None;
    }
    Some(Expr::Range { from, to })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exprs(text: &str) -> Vec<(String, Expr)> {
        let mut lower = String::new();
        let toks = tokenize(text, &mut lower);
        Scanner::new(&toks)
            .find_all()
            .into_iter()
            .map(|f| {
                let s = toks[f.first].start;
                let e = toks[f.end - 1].end;
                (text.get(s..e).unwrap_or_default().to_string(), f.expr)
            })
            .collect()
    }

    #[test]
    fn tokens_are_words_numbers_and_punctuation() {
        let mut lower = String::new();
        let toks = tokenize("Nov. 11, 2025—Türkiye's", &mut lower);
        let texts: Vec<&str> = toks.iter().map(|t| t.text).collect();
        assert_eq!(
            texts,
            ["Nov", ".", "11", ",", "2025", "—", "Türkiye", "'", "s"]
        );
        assert!(toks[0].gap && !toks[1].gap && toks[2].gap);
    }

    #[test]
    fn numbers_inside_amounts_are_not_days_or_years() {
        assert!(exprs("It cost $2,015 in 1,999 ways, up 12% at 10:30.").is_empty());
        assert!(exprs("The 2000 people left.").is_empty());
    }

    #[test]
    fn durations_topics_and_verbs_are_not_dates() {
        // A counted span is a duration, "the future of" a topic, "fall" a verb, a number before
        // a plural a count.
        assert!(exprs("Over the past three years the future of the plant was unclear.").is_empty());
        assert!(exprs("Prices fall in winter; the 1500 workers left.").is_empty());
        assert!(exprs("Recent quarters were weak, the current one too.").is_empty());
    }

    #[test]
    fn may_and_march_need_context() {
        assert!(exprs("Talks may resume; protesters march on.").is_empty());
        assert_eq!(
            exprs("It opened in May."),
            [(
                "May".to_string(),
                Expr::Month {
                    m: 5,
                    rel: Rel::None
                }
            )]
        );
    }
}

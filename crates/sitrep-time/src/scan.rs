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
    pub lower: std::borrow::Cow<'t, str>,
    /// Whitespace (or the start of the text) comes right before this token.
    pub gap: bool,
    /// The whitespace before this token holds a line break.
    pub newline: bool,
}

/// Cut a text into tokens. Every range lies on char boundaries.
pub(crate) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::new();
    let mut chars = text.char_indices().peekable();
    let (mut gap, mut newline) = (true, false);
    while let Some((start, c)) = chars.next() {
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
        let mut end = start + c.len_utf8();
        if kind != Kind::Punct {
            while let Some(&(j, d)) = chars.peek() {
                let same = match kind {
                    Kind::Num => d.is_ascii_digit(),
                    _ => d.is_alphabetic(),
                };
                if !same {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
        }
        let slice = text.get(start..end).unwrap_or("");
        toks.push(Tok {
            start,
            end,
            kind,
            text: slice,
            lower: if slice.chars().any(char::is_uppercase) {
                std::borrow::Cow::Owned(slice.to_lowercase())
            } else {
                std::borrow::Cow::Borrowed(slice)
            },
            gap,
            newline,
        });
        gap = false;
        newline = false;
    }
    toks
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
}

/// One expression found: token span `[first, end)` and its meaning.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Found {
    pub first: usize,
    pub end: usize,
    pub expr: Expr,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

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
        let mut i = 0;
        while i < self.toks.len() {
            // No expression starts at a punctuation mark: skip the readers there.
            if self.toks[i].kind == Kind::Punct {
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
        let readers: [Reader<'a, 't>; 12] = [
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
            .map(|t| t.lower.as_ref())
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
            // only in the range where news years live.
            let introduced = self
                .prev_word(i)
                .is_some_and(|w| INTRODUCERS.contains(&w) || w == "year");
            if !introduced || !(1900..=2099).contains(&y) {
                return None;
            }
        }
        Some((end, Expr::Year { y }))
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
        let w = self.word(i)?;
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
        let toks = tokenize(text);
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
        let toks = tokenize("Nov. 11, 2025—Türkiye's");
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

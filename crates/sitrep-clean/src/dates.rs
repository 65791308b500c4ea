//! Reading printed publication dates and timestamps: "Thu Nov 13 2025", "November 5, 2025",
//! "Published: 4 November 2025 10:42 PKT", ISO 8601, RFC 2822 feed dates.
//!
//! These are *whole-string* readers for metadata (a date line, a meta tag, a feed header): a
//! string with words that are not part of a date is refused, so a sentence is never mistaken for a
//! date line. Dates inside sentences are the extraction stage's business.

/// A publication date and, when printed, its time of day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// `YYYY-MM-DD`, or `--MM-DD` when no year was printed.
    pub date: Option<String>,
    /// `YYYY-MM-DDTHH:MM:SS` with `+HH:MM`/`Z` when the zone was given.
    pub timestamp: Option<String>,
}

use sitrep_text::calendar::{MONTHS, WEEKDAYS};

/// Words that may stand around a printed date without making it something else.
const FILLERS: [&str; 14] = [
    "published",
    "updated",
    "posted",
    "last",
    "on",
    "at",
    "date",
    "modified",
    "first",
    "am",
    "pm",
    "a",
    "p",
    "m",
];

/// Zone abbreviations common in news pages, with their UTC offsets in minutes.
const ZONES: [(&str, i32); 22] = [
    ("utc", 0),
    ("gmt", 0),
    ("z", 0),
    ("bst", 60),
    ("cet", 60),
    ("cest", 120),
    ("eet", 120),
    ("eest", 180),
    ("msk", 180),
    ("ast", 180),
    ("gst", 240),
    ("irst", 210),
    ("aft", 270),
    ("pkt", 300),
    ("ist", 330),
    ("npt", 345),
    ("ict", 420),
    ("sgt", 480),
    ("jst", 540),
    ("est", -300),
    ("edt", -240),
    ("pst", -480),
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok<'a> {
    Num(&'a str),
    Word(&'a str),
    Sign(char),
    Colon,
    Sep(char),
}

fn lex(s: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = chars.peek() {
                if d.is_ascii_digit() {
                    end = j + 1;
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Tok::Num(s.get(i..end).unwrap_or_default()));
        } else if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphabetic() {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Tok::Word(s.get(i..end).unwrap_or_default()));
        } else if c == '+' || c == '-' || c == '−' {
            out.push(Tok::Sign(if c == '+' { '+' } else { '-' }));
        } else if c == ':' {
            out.push(Tok::Colon);
        } else if !c.is_whitespace() {
            out.push(Tok::Sep(c));
        }
    }
    out
}

/// A month written out or cut to its first three letters (`Sept` too).
fn month_of(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    if w == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|full| w == *full || (w.len() == 3 && full.starts_with(w.as_str())))
        .map(|i| i as u32 + 1)
}

/// A weekday written out, cut to its first three letters, or `Tues`, `Thur`, `Thurs`, `Weds`.
fn is_weekday(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    WEEKDAYS
        .iter()
        .any(|full| w == *full || (w.len() == 3 && full.starts_with(w.as_str())))
        || ["tues", "thur", "thurs", "weds"].contains(&w.as_str())
}

fn zone_of(word: &str) -> Option<i32> {
    let w = word.to_ascii_lowercase();
    ZONES.iter().find(|(z, _)| *z == w).map(|(_, m)| *m)
}

/// Read a whole string as a publication date or timestamp. `None` when it is not one.
pub fn parse_timestamp(s: &str) -> Option<Stamp> {
    let s = s.trim();
    if s.is_empty() || s.len() > 80 {
        return None;
    }
    let toks = lex(s);
    let (mut year, mut month, mut day) = (None::<i32>, None::<u32>, None::<u32>);
    let (mut hour, mut minute, mut second) = (None::<u32>, None::<u32>, 0u32);
    let mut offset: Option<i32> = None;
    let mut pm: Option<bool> = None;
    let mut loose_nums: Vec<u32> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match toks[i] {
            Tok::Num(n) => {
                // hh:mm(:ss)
                if let (Some(Tok::Colon), Some(Tok::Num(m))) = (toks.get(i + 1), toks.get(i + 2))
                    && hour.is_none()
                    && n.len() <= 2
                    && m.len() == 2
                {
                    hour = n.parse().ok();
                    minute = m.parse().ok();
                    i += 3;
                    if let (Some(Tok::Colon), Some(Tok::Num(sec))) = (toks.get(i), toks.get(i + 1))
                    {
                        second = sec.get(..2).and_then(|x| x.parse().ok()).unwrap_or(0);
                        i += 2;
                        // fractional seconds: "00.000"
                        if let (Some(Tok::Sep('.')), Some(Tok::Num(_))) =
                            (toks.get(i), toks.get(i + 1))
                        {
                            i += 2;
                        }
                    }
                    continue;
                }
                // ISO date yyyy-mm-dd (also yyyy/mm/dd)
                if n.len() == 4 && year.is_none() {
                    if let (Some(Tok::Sign('-') | Tok::Sep('/')), Some(Tok::Num(m))) =
                        (toks.get(i + 1), toks.get(i + 2))
                        && let (Some(Tok::Sign('-') | Tok::Sep('/')), Some(Tok::Num(d))) =
                            (toks.get(i + 3), toks.get(i + 4))
                    {
                        year = n.parse().ok();
                        month = m.parse().ok();
                        let dd = d.get(..2.min(d.len())).unwrap_or(d);
                        day = dd.parse().ok();
                        i += 5;
                        // "2025-11-04T10:42": the T is lexed as a word starting with 'T'
                        continue;
                    }
                    year = n.parse().ok();
                    i += 1;
                    continue;
                }
                if n.len() <= 2 {
                    loose_nums.push(n.parse().ok()?);
                } else if n.len() == 4
                    && (toks.get(i.wrapping_sub(1)) == Some(&Tok::Sign('+'))
                        || toks.get(i.wrapping_sub(1)) == Some(&Tok::Sign('-')))
                {
                    // handled with the sign
                } else {
                    return None;
                }
                i += 1;
            }
            Tok::Sign(sign) => {
                // A zone offset after a time: +0500, +05:00, -04
                if hour.is_some()
                    && let Some(Tok::Num(n)) = toks.get(i + 1)
                {
                    let (h, m, used) = match (n.len(), toks.get(i + 2), toks.get(i + 3)) {
                        (4, _, _) => (
                            n.get(..2)?.parse::<i32>().ok()?,
                            n.get(2..)?.parse::<i32>().ok()?,
                            2,
                        ),
                        (2, Some(Tok::Colon), Some(Tok::Num(m))) => {
                            (n.parse::<i32>().ok()?, m.parse::<i32>().ok()?, 4)
                        }
                        (1 | 2, _, _) => (n.parse::<i32>().ok()?, 0, 2),
                        _ => return None,
                    };
                    let total = h * 60 + m;
                    offset = Some(if sign == '-' { -total } else { total });
                    i += used;
                    continue;
                }
                i += 1;
            }
            Tok::Word(w) => {
                let lower = w.to_ascii_lowercase();
                if let Some(m) = month_of(w) {
                    month = Some(m);
                } else if is_weekday(w) {
                } else if let Some(z) = zone_of(w) {
                    if offset.is_none() {
                        offset = Some(z);
                    }
                } else if lower == "pm" || lower == "p" {
                    pm = Some(true);
                } else if lower == "am" {
                    pm = Some(false);
                } else if (lower.starts_with('t') && lower.len() == 1)
                    || ["st", "nd", "rd", "th"].contains(&lower.as_str())
                    || FILLERS.contains(&lower.as_str())
                    || lower == "of"
                {
                } else {
                    return None;
                }
                i += 1;
            }
            Tok::Colon | Tok::Sep(_) => i += 1,
        }
    }
    // Day from the loose numbers: "13 Nov", "Nov 13", "13/11/2025".
    if day.is_none() {
        match (month, loose_nums.as_slice()) {
            (Some(_), [d]) => day = Some(*d),
            (None, [a, b]) if year.is_some() => {
                // Numeric d/m/y or m/d/y: only unambiguous when one part exceeds 12.
                if *a > 12 && *b <= 12 {
                    day = Some(*a);
                    month = Some(*b);
                } else if *b > 12 && *a <= 12 {
                    day = Some(*b);
                    month = Some(*a);
                } else {
                    return None;
                }
            }
            (_, []) => {}
            _ => return None,
        }
    } else if !loose_nums.is_empty() {
        return None;
    }
    let month = month?;
    let day = day?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    if let Some(y) = year
        && !(1900..=2100).contains(&y)
    {
        return None;
    }
    let date = match year {
        Some(y) => {
            if jiff::civil::Date::new(y as i16, month as i8, day as i8).is_err() {
                return None;
            }
            format!("{y:04}-{month:02}-{day:02}")
        }
        None => format!("--{month:02}-{day:02}"),
    };
    let timestamp = match (hour, minute, year) {
        (Some(mut h), Some(m), Some(_)) if h < 24 && m < 60 => {
            if pm == Some(true) && h < 12 {
                h += 12;
            } else if pm == Some(false) && h == 12 {
                h = 0;
            }
            let zone = match offset {
                Some(0) => "Z".to_string(),
                Some(o) => {
                    let sign = if o < 0 { '-' } else { '+' };
                    format!("{sign}{:02}:{:02}", o.abs() / 60, o.abs() % 60)
                }
                None => String::new(),
            };
            Some(format!("{date}T{h:02}:{m:02}:{second:02}{zone}"))
        }
        _ => None,
    };
    Some(Stamp {
        date: Some(date),
        timestamp,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Option<String> {
        parse_timestamp(s).and_then(|s| s.date)
    }

    fn stamp(s: &str) -> Option<String> {
        parse_timestamp(s).and_then(|s| s.timestamp)
    }

    #[test]
    fn printed_dates() {
        assert_eq!(date("Thu Nov 13 2025").as_deref(), Some("2025-11-13"));
        assert_eq!(date("November 5, 2025").as_deref(), Some("2025-11-05"));
        assert_eq!(date("5 November 2025").as_deref(), Some("2025-11-05"));
        assert_eq!(date("Nov. 5, 2025").as_deref(), Some("2025-11-05"));
        assert_eq!(
            date("Wednesday, 12th November 2025").as_deref(),
            Some("2025-11-12")
        );
        assert_eq!(date("13/11/2025").as_deref(), Some("2025-11-13"));
        assert_eq!(date("Sept 3").as_deref(), Some("--09-03"));
    }

    #[test]
    fn timestamps_keep_their_zone() {
        assert_eq!(
            stamp("Published: 4 November 2025 10:42 PKT").as_deref(),
            Some("2025-11-04T10:42:00+05:00")
        );
        assert_eq!(
            stamp("2025-11-04T10:42:00+05:00").as_deref(),
            Some("2025-11-04T10:42:00+05:00")
        );
        assert_eq!(
            stamp("Tue, 04 Nov 2025 22:05:09 GMT").as_deref(),
            Some("2025-11-04T22:05:09Z")
        );
        assert_eq!(
            stamp("Tue, 04 Nov 2025 22:05:09 -0500").as_deref(),
            Some("2025-11-04T22:05:09-05:00")
        );
        assert_eq!(
            stamp("2025-11-04T10:42:00.000Z").as_deref(),
            Some("2025-11-04T10:42:00Z")
        );
        assert_eq!(
            stamp("Nov 4, 2025 3:15 pm").as_deref(),
            Some("2025-11-04T15:15:00")
        );
    }

    #[test]
    fn sentences_and_nonsense_are_not_dates() {
        assert_eq!(parse_timestamp("Iran said on 4 November 2025"), None);
        assert_eq!(parse_timestamp("Comments"), None);
        assert_eq!(parse_timestamp("12"), None);
        assert_eq!(parse_timestamp("2025-02-30"), None);
        assert_eq!(
            parse_timestamp("05/06/2025"),
            None,
            "day and month ambiguous"
        );
        assert_eq!(parse_timestamp(""), None);
    }
}

//! Quantities: a figure with its modifier ("at least 14", "between 10 and 15", "dozens of",
//! "no one") read into an interval. The intervals are listed in the crate docs.

use crate::token::{Kind, Tok};

/// A quantity found at tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quantity {
    pub min: u32,
    pub max: Option<u32>,
    pub start: usize,
    pub end: usize,
    /// "a"/"an": one, but only when a singular person noun follows.
    pub article: bool,
    /// An exact number written in digits or words (so it may be a year, an age, ...).
    pub exact: bool,
}

fn word(toks: &[Tok], i: usize) -> &str {
    toks.get(i).map_or("", |t| t.lower.as_str())
}

fn kind(toks: &[Tok], i: usize) -> Option<Kind> {
    toks.get(i).map(|t| t.kind)
}

fn unit_word(w: &str) -> Option<u64> {
    Some(match w {
        "zero" => 0,
        "one" => 1,
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
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

fn tens_word(w: &str) -> Option<u64> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// A number word below one hundred: "seven", "forty", "twenty-three".
fn small_word(w: &str) -> Option<u64> {
    if let Some(v) = unit_word(w).or_else(|| tens_word(w)) {
        return Some(v);
    }
    let (tens, unit) = w.split_once('-')?;
    let unit = unit_word(unit).filter(|u| (1..10).contains(u))?;
    Some(tens_word(tens)? + unit)
}

fn scale_word(w: &str) -> Option<u64> {
    Some(match w {
        "hundred" => 100,
        "thousand" => 1_000,
        "million" | "mln" => 1_000_000,
        "dozen" => 12,
        _ => return None,
    })
}

/// Digits ("1,200", "1.5 million") or number words ("two hundred and five"); the value and the
/// index after it.
fn cardinal(toks: &[Tok], i: usize) -> Option<(u64, usize)> {
    let w = word(toks, i);
    let mut j = i + 1;
    let mut value = if kind(toks, i) == Some(Kind::Num) {
        let digits: String = w.chars().filter(|&c| c != ',').collect();
        if digits.contains('.') {
            // A decimal is a count only with a scale: "1.5 million".
            let scale = scale_word(word(toks, j)).filter(|&s| s >= 1_000)?;
            let f: f64 = digits.parse().ok()?;
            j += 1;
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let v = (f * scale as f64) as u64;
            return Some((v, j));
        }
        // Thousands separators must group by three ("1,200"), or it is a list ("12,13").
        if w.contains(',') && w.split(',').skip(1).any(|g| g.len() != 3) {
            return None;
        }
        digits.parse::<u64>().ok()?
    } else if let Some(v) = small_word(w) {
        let mut v = v;
        if v >= 20
            && v % 10 == 0
            && let Some(u) = unit_word(word(toks, j)).filter(|u| (1..10).contains(u))
        {
            v += u;
            j += 1;
        }
        v
    } else if matches!(w, "a" | "an") && matches!(word(toks, j), "hundred" | "thousand" | "dozen") {
        1
    } else {
        return None;
    };
    // Scales: "two hundred", "3 thousand", "a dozen", "two hundred and five".
    while let Some(s) = scale_word(word(toks, j)) {
        value = value.saturating_mul(s);
        j += 1;
        if s == 100 {
            let after_and = if word(toks, j) == "and" { j + 1 } else { j };
            if let Some(rest) = small_word(word(toks, after_and)) {
                value = value.saturating_add(rest);
                j = after_and + 1;
            }
        }
    }
    Some((value, j))
}

/// A base quantity without modifier: an interval and the index after it.
fn base(toks: &[Tok], i: usize) -> Option<(u64, Option<u64>, usize, bool, bool)> {
    let w0 = word(toks, i);
    let w1 = word(toks, i + 1);
    let w2 = word(toks, i + 2);
    // Vague quantities; see the crate docs for the intervals.
    let vague = |lo: u64, hi: Option<u64>, next: usize| {
        let next = if word(toks, next) == "of" {
            next + 1
        } else {
            next
        };
        Some((lo, hi, next, false, false))
    };
    match (w0, w1, w2) {
        ("no", "one", _) => return Some((0, Some(0), i + 2, false, false)),
        ("nobody" | "no-one" | "none", _, _) => return Some((0, Some(0), i + 1, false, false)),
        ("no", _, _) => return Some((0, Some(0), i + 1, false, false)),
        ("tens", "of", "thousands") => return vague(20_000, Some(99_999), i + 3),
        ("hundreds", "of", "thousands") => return vague(200_000, Some(999_999), i + 3),
        ("dozens", _, _) => return vague(24, Some(99), i + 1),
        ("scores", _, _) => return vague(40, Some(199), i + 1),
        ("hundreds", _, _) => return vague(200, Some(999), i + 1),
        ("thousands", _, _) => return vague(2_000, Some(9_999), i + 1),
        ("several", "dozen", _) => return vague(36, Some(119), i + 2),
        ("several", "hundred", _) => return vague(300, Some(999), i + 2),
        ("several", "thousand", _) => return vague(3_000, Some(9_999), i + 2),
        ("several", _, _) => return vague(3, Some(9), i + 1),
        ("a", "few", _) => return vague(2, Some(5), i + 2),
        ("a", "handful", _) => return vague(2, Some(5), i + 2),
        ("a", "couple", _) => return vague(2, Some(2), i + 2),
        ("a", "number", "of") => return vague(2, None, i + 2),
        ("a", "score", "of") => return vague(20, Some(20), i + 2),
        ("many" | "numerous", _, _) => return vague(2, None, i + 1),
        ("half", "a", "dozen") => return Some((6, Some(6), i + 3, false, true)),
        _ => {}
    }
    if let Some((lo, j)) = cardinal(toks, i) {
        // A range: "10 to 15", "10-15", "one or two".
        if matches!(word(toks, j), "to" | "-" | "\u{2013}" | "or")
            && let Some((hi, k)) = cardinal(toks, j + 1).filter(|&(hi, _)| hi > lo)
        {
            return Some((lo, Some(hi), k, false, false));
        }
        return Some((lo, Some(lo), j, false, true));
    }
    if matches!(w0, "a" | "an") {
        return Some((1, Some(1), i + 1, true, false));
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Modifier {
    None,
    AtLeast,
    MoreThan,
    UpTo,
    Nearly,
    About,
    FewerThan,
}

fn clamp(v: u64) -> u32 {
    u32::try_from(v).unwrap_or(u32::MAX)
}

/// Parses a quantity starting at token `i`.
pub(crate) fn quantity(toks: &[Tok], i: usize) -> Option<Quantity> {
    let w = |k: usize| word(toks, i + k);
    let (modifier, skip) = match (w(0), w(1), w(2)) {
        ("at", "least", _) => (Modifier::AtLeast, 2),
        ("a", "minimum", "of") => (Modifier::AtLeast, 3),
        ("more" | "greater", "than", _) => (Modifier::MoreThan, 2),
        ("upwards", "of", _) => (Modifier::MoreThan, 2),
        ("well", "over", _) => (Modifier::MoreThan, 2),
        ("in", "excess", "of") => (Modifier::MoreThan, 3),
        ("over", _, _) => (Modifier::MoreThan, 1),
        ("up", "to", _) => (Modifier::UpTo, 2),
        ("as", "many", "as") => (Modifier::UpTo, 3),
        ("at", "most", _) => (Modifier::UpTo, 2),
        ("no", "more", "than") => (Modifier::UpTo, 3),
        ("nearly" | "almost", _, _) => (Modifier::Nearly, 1),
        ("close", "to", _) => (Modifier::Nearly, 2),
        ("just", "under", _) => (Modifier::Nearly, 2),
        ("about" | "around" | "approximately" | "roughly" | "some" | "estimated", _, _) => {
            (Modifier::About, 1)
        }
        ("an", "estimated", _) => (Modifier::About, 2),
        ("fewer" | "less", "than", _) => (Modifier::FewerThan, 2),
        ("a", "total", "of") => (Modifier::None, 3),
        ("between", _, _) => {
            let (lo, _, j, _, _) = base(toks, i + 1)?;
            if word(toks, j) != "and" {
                return None;
            }
            let (_, hi, k, _, _) = base(toks, j + 1)?;
            let hi = hi.filter(|&hi| hi >= lo)?;
            return Some(Quantity {
                min: clamp(lo),
                max: Some(clamp(hi)),
                start: i,
                end: k,
                article: false,
                exact: false,
            });
        }
        _ => (Modifier::None, 0),
    };
    let (lo, hi, end, article, exact) = base(toks, i + skip)?;
    if modifier != Modifier::None && (article || (lo == 0 && hi == Some(0))) {
        // "some a", "over no": not quantities.
        return None;
    }
    let top = hi.unwrap_or(lo);
    let (min, max) = match modifier {
        Modifier::None => (lo, hi),
        Modifier::AtLeast => (lo, None),
        Modifier::MoreThan => (top.saturating_add(1), None),
        Modifier::UpTo => (u64::from(top > 0), Some(top)),
        Modifier::Nearly if exact => {
            let hi = top.saturating_sub(1);
            ((top * 9 / 10).min(hi), Some(hi))
        }
        Modifier::About if exact => (top * 9 / 10, Some((top * 11).div_ceil(10))),
        Modifier::Nearly | Modifier::About => (lo, hi),
        Modifier::FewerThan => (0, Some(lo.saturating_sub(1))),
    };
    Some(Quantity {
        min: clamp(min),
        max: max.map(clamp),
        start: i,
        end,
        article,
        exact: exact && modifier == Modifier::None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn q(text: &str) -> Option<(u32, Option<u32>, usize)> {
        let toks = tokenize(text);
        quantity(&toks, 0).map(|q| (q.min, q.max, q.end))
    }

    #[test]
    fn numbers() {
        assert_eq!(q("12 people"), Some((12, Some(12), 1)));
        assert_eq!(q("1,200 people"), Some((1200, Some(1200), 1)));
        assert_eq!(q("12,13"), None);
        assert_eq!(q("twenty-three"), Some((23, Some(23), 1)));
        assert_eq!(q("twenty three"), Some((23, Some(23), 2)));
        assert_eq!(q("two hundred and five"), Some((205, Some(205), 4)));
        assert_eq!(q("a dozen"), Some((12, Some(12), 2)));
        assert_eq!(q("two dozen"), Some((24, Some(24), 2)));
        assert_eq!(q("half a dozen"), Some((6, Some(6), 3)));
        assert_eq!(q("1.5 million"), Some((1_500_000, Some(1_500_000), 2)));
        assert_eq!(q("1.5 people"), None);
    }

    #[test]
    fn modifiers_and_ranges() {
        assert_eq!(q("at least 14"), Some((14, None, 3)));
        assert_eq!(q("more than a dozen"), Some((13, None, 4)));
        assert_eq!(q("up to 12"), Some((1, Some(12), 3)));
        assert_eq!(q("nearly 100"), Some((90, Some(99), 2)));
        assert_eq!(q("about 12"), Some((10, Some(14), 2)));
        assert_eq!(q("between 10 and 15"), Some((10, Some(15), 4)));
        assert_eq!(q("10 to 15"), Some((10, Some(15), 3)));
        assert_eq!(q("10-15"), Some((10, Some(15), 3)));
        assert_eq!(q("3-1"), Some((3, Some(3), 1)));
        assert_eq!(q("one or two"), Some((1, Some(2), 3)));
        assert_eq!(q("dozens of"), Some((24, Some(99), 2)));
        assert_eq!(q("at least dozens"), Some((24, None, 3)));
        assert_eq!(q("no one"), Some((0, Some(0), 2)));
    }
}

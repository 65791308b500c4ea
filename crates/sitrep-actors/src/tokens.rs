//! Tokens for document resolution: words with their lower case and table flags, possessives,
//! punctuation and line breaks, each with its sentence, as byte ranges into the text.

use sitrep_model::TextRange;

use crate::fold::{is_apostrophe, is_combining};
use crate::tables::NAME_PARTICLES;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    /// `'s`, or `'` after a plural.
    Poss,
    Punct(char),
    /// A line break: nothing runs across it.
    Break,
}

#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub(crate) kind: Kind,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) sent: usize,
    /// Where the word's lower case stands in the shared buffer; empty for other tokens.
    pub(crate) lo: (u32, u32),
    /// What the word is in the tables (`F_*`).
    pub(crate) flags: u16,
    /// Starts with a capital (or a particle and a capital: `al-Sharif`).
    pub(crate) cap: bool,
    /// The capital says nothing: first word of a sentence or a word of a title-case line.
    pub(crate) strict: bool,
    /// Two letters or more, all capitals.
    pub(crate) upper: bool,
}

/// The char at byte `i` and its length, ASCII without decoding.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(i..).and_then(|r| r.chars().next()),
        None => None,
    }
}

fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// Words (letters and digits, with inner hyphens and apostrophes), possessives, punctuation and
/// line breaks, each with its sentence index (`usize::MAX` outside every sentence), and the
/// lower case of the words in one buffer.
pub(crate) fn tokenize(text: &str, sentences: &[TextRange]) -> (Vec<Tok>, String) {
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 5);
    let mut lowers = String::with_capacity(text.len());
    let mut i = 0;
    let push = |toks: &mut Vec<Tok>, kind: Kind, start: usize, end: usize| {
        toks.push(Tok {
            kind,
            start,
            end,
            sent: 0,
            lo: (0, 0),
            flags: 0,
            cap: false,
            strict: false,
            upper: false,
        });
    };
    let bytes = text.as_bytes();
    while let Some(c) = char_at(text, i) {
        if c == ' ' {
            i += 1;
            continue;
        }
        let len = c.len_utf8();
        if is_alnum(c) {
            let lo_start = lowers.len();
            let (mut letters, mut lower_letters) = (0usize, 0usize);
            let mut hyphen = false;
            let mut j = i;
            loop {
                // A run of ASCII letters and digits at once, the common case.
                let run = j;
                while bytes.get(j).is_some_and(u8::is_ascii_alphanumeric) {
                    j += 1;
                }
                if j > run {
                    let seg = text.get(run..j).unwrap_or("");
                    let at = lowers.len();
                    lowers.push_str(seg);
                    if let Some(tail) = lowers.get_mut(at..) {
                        tail.make_ascii_lowercase();
                    }
                    for b in seg.bytes() {
                        letters += usize::from(b.is_ascii_alphabetic());
                        lower_letters += usize::from(b.is_ascii_lowercase());
                    }
                }
                let Some(d) = char_at(text, j) else {
                    break;
                };
                let dl = d.len_utf8();
                if is_alnum(d) || is_combining(d) {
                    if d.is_ascii() {
                        lowers.push(d.to_ascii_lowercase());
                        letters += usize::from(d.is_ascii_alphabetic());
                        lower_letters += usize::from(d.is_ascii_lowercase());
                    } else {
                        lowers.extend(d.to_lowercase());
                        letters += usize::from(d.is_alphabetic());
                        lower_letters += usize::from(d.is_lowercase());
                    }
                    j += dl;
                } else {
                    let next = char_at(text, j + dl);
                    let joiner = matches!(d, '-' | '\u{2010}' | '\u{2011}');
                    // An apostrophe inside a word, not a possessive `'s` at its end.
                    let possessive = matches!(next, Some('s' | 'S'))
                        && !char_at(text, j + dl + 1).is_some_and(is_alnum);
                    let inner_apostrophe = is_apostrophe(d) && !possessive;
                    if !((joiner || inner_apostrophe) && next.is_some_and(is_alnum)) {
                        break;
                    }
                    hyphen |= joiner;
                    lowers.push(if joiner { '-' } else { '\'' });
                    j += dl;
                }
            }
            let word = text.get(i..j).unwrap_or("");
            let cap = c.is_uppercase() || (hyphen && particle_capital(word));
            toks.push(Tok {
                kind: Kind::Word,
                start: i,
                end: j,
                sent: 0,
                lo: (lo_start as u32, lowers.len() as u32),
                flags: 0,
                cap,
                strict: false,
                upper: letters >= 2 && lower_letters == 0,
            });
            i = j;
            continue;
        }
        if is_apostrophe(c) {
            let next = char_at(text, i + len);
            let after = char_at(text, i + len + 1);
            let prev = toks.last().filter(|t| t.kind == Kind::Word && t.end == i);
            if prev.is_some() && matches!(next, Some('s' | 'S')) && !after.is_some_and(is_alnum) {
                push(&mut toks, Kind::Poss, i, i + len + 1);
                i += len + 1;
                continue;
            }
            let plural = prev.is_some_and(|t| {
                lowers
                    .get(..t.lo.1 as usize)
                    .is_some_and(|l| l.ends_with('s'))
            });
            if plural && !next.is_some_and(is_alnum) {
                push(&mut toks, Kind::Poss, i, i + len);
                i += len;
                continue;
            }
        }
        if c == '\n' {
            if !toks.last().is_some_and(|t| t.kind == Kind::Break) {
                push(&mut toks, Kind::Break, i, i + len);
            }
        } else if !c.is_whitespace() {
            push(&mut toks, Kind::Punct(c), i, i + len);
        }
        i += len;
    }
    // Sentence of each token, by one sweep over ranges in text order.
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    order.sort_by_key(|&s| sentences.get(s).map_or(0, |r| r.start));
    let mut k = 0;
    for t in &mut toks {
        if sentences.is_empty() {
            break;
        }
        while let Some(r) = order.get(k).and_then(|&s| sentences.get(s)) {
            if r.end <= t.start {
                k += 1;
            } else {
                break;
            }
        }
        t.sent = match order.get(k) {
            Some(&s) if sentences.get(s).is_some_and(|r| r.start <= t.start) => s,
            _ => usize::MAX,
        };
    }
    mark_strict(&mut toks);
    (toks, lowers)
}

/// Marks the words whose capital is no evidence of a name: the first word of each sentence
/// and every word of a line where most words are capitalised (headlines, bullets).
fn mark_strict(toks: &mut [Tok]) {
    let mut last_sent = None;
    for t in toks.iter_mut().filter(|t| t.kind == Kind::Word) {
        if last_sent != Some(t.sent) {
            t.strict = true;
            last_sent = Some(t.sent);
        }
    }
    for line in toks.split_mut(|t| t.kind == Kind::Break) {
        let words = line.iter().filter(|t| t.kind == Kind::Word).count();
        let caps = line
            .iter()
            .filter(|t| t.kind == Kind::Word && t.cap)
            .count();
        if caps * 10 >= words * 6 {
            for t in line.iter_mut() {
                t.strict = true;
            }
        }
    }
}

/// `al-Sharif`, `ul-Haq`: a lower-case particle joined to a capitalised name.
fn particle_capital(word: &str) -> bool {
    let Some((head, rest)) = word.split_once('-') else {
        return false;
    };
    NAME_PARTICLES.contains(&head) && rest.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_split_possessives_and_keep_hyphens() {
        let text = "Pakistan's Tehrik-i-Taliban (TTP) and the militants' Qa'ida.";
        let (toks, lowers) = tokenize(text, &[]);
        assert_eq!(lowers, "pakistantehrik-i-talibanttpandthemilitantsqa'ida");
        let shown: Vec<&str> = toks
            .iter()
            .filter_map(|t| text.get(t.start..t.end))
            .collect();
        assert_eq!(
            shown,
            [
                "Pakistan",
                "'s",
                "Tehrik-i-Taliban",
                "(",
                "TTP",
                ")",
                "and",
                "the",
                "militants",
                "'",
                "Qa'ida",
                "."
            ]
        );
        assert!(toks[4].upper && toks[0].cap && !toks[0].upper);
    }
}

//! Words, numbers and punctuation inside one range of the text.

use sitrep_model::TextRange;

use crate::lexicon;

/// Decodes the char at byte `i`, if `i < end` and `i` is a char boundary.
#[inline]
pub(crate) fn char_at(text: &str, i: usize, end: usize) -> Option<(char, usize)> {
    if i >= end {
        return None;
    }
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    let c = text.get(i..end)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Whether the next char after any spaces from byte `i` is an ASCII digit.
pub(crate) fn digit_follows(text: &str, mut i: usize, end: usize) -> bool {
    while let Some((c, len)) = char_at(text, i, end) {
        if c.is_ascii_digit() {
            return true;
        }
        if c == '\n' || !c.is_whitespace() {
            return false;
        }
        i += len;
    }
    false
}

/// Tokenizes `range` of `text`; `extra` are the caller's extra abbreviations.
pub(crate) fn tokenize_with(text: &str, range: TextRange, extra: &[String]) -> Vec<TextRange> {
    let mut out = Vec::new();
    if range.start > range.end || text.get(range.start..range.end).is_none() {
        return out;
    }
    // News text averages four to six bytes a token, spaces included; reserving for four
    // avoids regrowing the vector in all but the densest text.
    out.reserve(range.len() / 4 + 1);
    let end = range.end;
    let mut i = range.start;
    while let Some((c, len)) = char_at(text, i, end) {
        if c.is_whitespace() {
            i += len;
        } else if lexicon::is_word_char(c) {
            i = match url_end(text, i, end) {
                Some(url_end) => {
                    out.push(TextRange::new(i, url_end));
                    url_end
                }
                None => word(text, i, end, extra, &mut out),
            };
        } else {
            out.push(TextRange::new(i, i + len));
            i += len;
        }
    }
    out
}

/// Clitics split off the word before them, as in the Penn Treebank: "Pakistan’s" is
/// "Pakistan" + "’s", "we’ll" is "we" + "’ll".
fn is_clitic(s: &str) -> bool {
    ["s", "m", "d", "ll", "re", "ve"]
        .iter()
        .any(|c| c.eq_ignore_ascii_case(s))
}

/// Scans the word starting at `start` (a word char), pushes its token or tokens and returns where
/// it ends.
fn word(text: &str, start: usize, end: usize, extra: &[String], out: &mut Vec<TextRange>) -> usize {
    let bytes = text.as_bytes();
    let mut j = start;
    while let Some((c, len)) = char_at(text, j, end) {
        if lexicon::is_word_char(c) {
            j += len;
            continue;
        }
        let after = j + len;
        let joins = match c {
            '\'' | '’' => {
                let run_end = word_run(text, after, end);
                if run_end == after {
                    false
                } else {
                    let run = text.get(after..run_end).unwrap_or("");
                    if is_clitic(run) {
                        out.push(TextRange::new(start, j));
                        out.push(TextRange::new(j, run_end));
                        return run_end;
                    }
                    let n_before = j > start + 1 && matches!(bytes.get(j - 1), Some(b'n' | b'N'));
                    if n_before && run.eq_ignore_ascii_case("t") {
                        // "don't" is "do" + "n't", as in the Penn Treebank.
                        out.push(TextRange::new(start, j - 1));
                        out.push(TextRange::new(j - 1, run_end));
                        return run_end;
                    }
                    true
                }
            }
            '-' | '\u{2010}' | '\u{2011}' | '.' | '@' => {
                char_at(text, after, end).is_some_and(|(n, _)| lexicon::is_word_char(n))
            }
            ',' => {
                j > start
                    && bytes.get(j - 1).is_some_and(u8::is_ascii_digit)
                    && after < end
                    && bytes.get(after).is_some_and(u8::is_ascii_digit)
            }
            _ => false,
        };
        if !joins {
            break;
        }
        j = after;
    }
    // An abbreviation keeps its period: "Gen.", "U.S.", "p.m.".
    if j < end && bytes.get(j) == Some(&b'.') {
        let word = text.get(start..j).unwrap_or("");
        if lexicon::keeps_period(word, digit_follows(text, j + 1, end), extra) {
            j += 1;
        }
    }
    out.push(TextRange::new(start, j));
    j
}

/// The end of the run of word chars starting at `i`.
fn word_run(text: &str, mut i: usize, end: usize) -> usize {
    while let Some((c, len)) = char_at(text, i, end) {
        if !lexicon::is_word_char(c) {
            break;
        }
        i += len;
    }
    i
}

/// If a URL starts at `i` ("http://", "https://" or "www."), the end of it: up to the next
/// whitespace, less trailing punctuation that belongs to the sentence.
fn url_end(text: &str, i: usize, end: usize) -> Option<usize> {
    let rest = text.get(i..end)?.as_bytes();
    let starts =
        |p: &str| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    let prefix = if starts("https://") {
        8
    } else if starts("http://") {
        7
    } else if starts("www.") {
        4
    } else {
        return None;
    };
    let mut j = i + prefix;
    while let Some((c, len)) = char_at(text, j, end) {
        if c.is_whitespace() {
            break;
        }
        j += len;
    }
    let url = text.get(i..j)?;
    let trimmed = url.trim_end_matches(|c: char| {
        matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '"' | '\'' | '”' | '’' | '»'
        )
    });
    (trimmed.len() > prefix).then_some(i + trimmed.len())
}

//! A small tokenizer of its own, so that the crate depends on `sitrep-model` only.
//!
//! Words are runs of letters and digits joined across an inner hyphen ("twenty-three",
//! "12-year-old"), an apostrophe between letters ("Pakistan's") and a comma or period between
//! digits ("1,200", "1.5"). A hyphen between two digits does not join, so "10-15" is three
//! tokens and can be read as a range. Every other non-whitespace char is its own token.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, or letters mixed with digits ("12-year-old", "12th").
    Word,
    /// Only digits, with inner commas or periods ("1,200").
    Num,
    /// One other char.
    Punct,
}

/// A token: byte offsets into the text given to [`tokenize`], and its lowercase form with
/// typographic apostrophes and hyphens made ASCII.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub lower: String,
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

/// Tokenizes `text`; offsets are relative to its start.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let offset = |k: usize| chars.get(k).map_or(text.len(), |&(o, _)| o);
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&(start, c)) = chars.get(i) {
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            i += 1;
            out.push(Tok {
                start,
                end: offset(i),
                kind: Kind::Punct,
                lower: c.to_lowercase().collect(),
            });
            continue;
        }
        let mut j = i + 1;
        while let Some(&(_, cj)) = chars.get(j) {
            if cj.is_alphanumeric() {
                j += 1;
                continue;
            }
            let prev = chars.get(j - 1).map(|&(_, p)| p);
            let next = chars.get(j + 1).map(|&(_, n)| n);
            let (Some(prev), Some(next)) = (prev, next) else {
                break;
            };
            let joins = if is_hyphen(cj) {
                next.is_alphanumeric() && !(prev.is_ascii_digit() && next.is_ascii_digit())
            } else if cj == ',' || cj == '.' {
                prev.is_ascii_digit() && next.is_ascii_digit()
            } else if is_apostrophe(cj) {
                prev.is_alphabetic() && next.is_alphabetic()
            } else {
                false
            };
            if !joins {
                break;
            }
            j += 2;
        }
        let end = offset(j);
        let word = text.get(start..end).unwrap_or_default();
        let kind = if word
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        {
            Kind::Num
        } else {
            Kind::Word
        };
        let lower = word
            .chars()
            .map(|c| match c {
                '\u{2019}' => '\'',
                '\u{2010}' | '\u{2011}' => '-',
                c => c,
            })
            .flat_map(char::to_lowercase)
            .collect();
        out.push(Tok {
            start,
            end,
            kind,
            lower,
        });
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.lower).collect()
    }

    #[test]
    fn joins_and_splits() {
        assert_eq!(
            words("Twenty-three 12-year-old 1,200 10-15 Pakistan’s."),
            [
                "twenty-three",
                "12-year-old",
                "1,200",
                "10",
                "-",
                "15",
                "pakistan's",
                "."
            ]
        );
    }

    #[test]
    fn offsets_are_char_boundaries() {
        let text = "Türkiye: 1,200 — ölü";
        for t in tokenize(text) {
            assert!(text.get(t.start..t.end).is_some());
        }
    }
}

//! Property tests: for any string, sentences are trimmed, ordered, non-overlapping ranges on
//! char boundaries that cover every non-whitespace char, and tokens lie inside their sentence.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::string_slice
)]

use proptest::prelude::*;
use sitrep_model::TextRange;
use sitrep_text::{SplitConfig, split, tokenize};

/// Pieces that exercise the splitter's rules, so random strings hit them often.
const PIECES: &[&str] = &[
    "The",
    "army",
    "said",
    "he",
    "U.S.",
    "Gen.",
    "Mr.",
    "Jr.",
    "No.",
    "5",
    "p.m.",
    "J.",
    "A.",
    "3.5",
    "1,000",
    "etc.",
    "e.g.",
    "example.com",
    "www.x.org",
    "a@b.co",
    "Pakistan’s",
    "don't",
    "Tehreek-e-Taliban",
    ".",
    "..",
    "...",
    "…",
    "!",
    "?",
    "?!",
    ",",
    ":",
    "-",
    "•",
    "*",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "(",
    ")",
    "[",
    "]",
    "«",
    "»",
    "„",
    " ",
    " ",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\u{a0}",
    "\u{2028}",
    "\u{85}",
    "\u{3000}",
    "Ü",
    "ß",
    "İ",
    "日本",
    "é",
    "وزیر",
    "हिन्दी",
    "‌",
    "\u{301}",
    "😀",
    "1.",
    "2)",
];

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![pieces(), any::<String>(), "[ a-zA-Z.!?\"“”’'()\n…]{0,80}"]
}

fn check_invariants(text: &str, config: &SplitConfig) -> Result<(), TestCaseError> {
    let off =
        |r: TextRange| TestCaseError::fail(format!("{r:?} is off the text or a char boundary"));
    let sentences = split(text, config);
    let mut prev_end = 0;
    for s in &sentences {
        let r = s.range;
        let body = r.slice(text).ok_or_else(|| off(r))?;
        prop_assert!(!body.is_empty(), "empty sentence at {:?}", r);
        prop_assert_eq!(body, body.trim(), "sentence {:?} is not trimmed", r);
        prop_assert!(
            r.start >= prev_end,
            "sentence {:?} overlaps or is out of order",
            r
        );
        let gap = text.get(prev_end..r.start).ok_or_else(|| off(r))?;
        prop_assert!(
            gap.chars().all(char::is_whitespace),
            "uncovered text {:?}",
            gap
        );
        let mut prev_token_end = r.start;
        for &t in &s.tokens {
            let tok = t.slice(text).ok_or_else(|| off(t))?;
            prop_assert!(!tok.is_empty(), "empty token at {:?}", t);
            prop_assert!(r.contains(t), "token {:?} outside sentence {:?}", t, r);
            prop_assert!(
                t.start >= prev_token_end,
                "token {:?} overlaps or is out of order",
                t
            );
            prop_assert!(
                !tok.starts_with(char::is_whitespace),
                "token {:?} starts with space",
                tok
            );
            prop_assert!(
                !tok.ends_with(char::is_whitespace),
                "token {:?} ends with space",
                tok
            );
            prev_token_end = t.end;
        }
        prev_end = r.end;
    }
    let tail = text
        .get(prev_end..)
        .ok_or_else(|| off(TextRange::new(prev_end, text.len())))?;
    prop_assert!(
        tail.chars().all(char::is_whitespace),
        "uncovered tail {:?}",
        tail
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn sentences_tile_the_text(text in text()) {
        check_invariants(&text, &SplitConfig::default())?;
    }

    #[test]
    fn extra_abbreviations_keep_invariants(text in text(), abbr in "[A-Za-z.]{0,5}") {
        let config = SplitConfig { abbreviations: vec![abbr, String::new(), ".".to_string()] };
        check_invariants(&text, &config)?;
    }

    #[test]
    fn tokenize_any_range_never_panics(text in text(), a in 0usize..200, b in 0usize..200) {
        let tokens = tokenize(&text, TextRange { start: a, end: b });
        if text.get(a..b).is_none() {
            prop_assert!(tokens.is_empty());
        }
        let mut prev = a;
        for t in tokens {
            prop_assert!(t.start >= prev && t.end <= b && t.start < t.end);
            prop_assert!(t.slice(&text).is_some());
            prev = t.end;
        }
    }

    #[test]
    fn tokens_cover_every_non_whitespace_char(text in text()) {
        let tokens = tokenize(&text, TextRange::new(0, text.len()));
        let mut prev = 0;
        for t in tokens {
            let gap = text.get(prev..t.start).unwrap();
            prop_assert!(gap.chars().all(char::is_whitespace), "untokenized {:?}", gap);
            prev = t.end;
        }
        prop_assert!(text.get(prev..).unwrap().chars().all(char::is_whitespace));
    }
}

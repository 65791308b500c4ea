//! Property tests: for any string, extraction does not panic, every range lies on char
//! boundaries inside the sentence, the figure lies inside the phrase, and intervals are ordered.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::string_slice
)]

use proptest::prelude::*;
use sitrep_casualty::{find_casualties, find_casualties_in};
use sitrep_model::TextRange;

/// Pieces that exercise the rules, so random strings hit them often.
const PIECES: &[&str] = &[
    "killed",
    "killing",
    "injured",
    "injuring",
    "wounded",
    "hurt",
    "dead",
    "died",
    "were",
    "was",
    "have",
    "been",
    "at",
    "least",
    "more",
    "than",
    "up",
    "to",
    "nearly",
    "about",
    "between",
    "and",
    "or",
    "a",
    "an",
    "dozen",
    "dozens",
    "of",
    "scores",
    "hundreds",
    "several",
    "no",
    "one",
    "nobody",
    "none",
    "twenty-three",
    "two",
    "hundred",
    "12",
    "1,200",
    "1.5",
    "million",
    "10-15",
    "3",
    "-",
    "–",
    "people",
    "soldiers",
    "policeman",
    "others",
    "lost",
    "their",
    "lives",
    "sustained",
    "injuries",
    "casualties",
    "deaths",
    "death",
    "toll",
    "rose",
    "martyrdom",
    "claimed",
    "according",
    "said",
    "police",
    ",",
    ".",
    "\"",
    "’",
    "Türkiye",
    "ölü",
    "—",
    "12-year-old",
    "percent",
    "March",
    "1998",
    "shot",
    "how",
    "many",
    "the",
    "\u{0301}",
    "日本",
    "🙂",
    " ",
    "\n",
];

fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(PIECES).prop_map(str::to_owned),
            1 => any::<String>(),
        ],
        0..24,
    )
    .prop_map(|parts| parts.join(" "))
}

fn check_ranges(text: &str, outer: TextRange) {
    for m in find_casualties_in(text, outer) {
        for r in [Some(m.range), Some(m.span), m.victims]
            .into_iter()
            .flatten()
        {
            assert!(r.start <= r.end, "{r:?} reversed in {text:?}");
            assert!(outer.contains(r), "{r:?} outside {outer:?} in {text:?}");
            assert!(
                r.slice(text).is_some(),
                "{r:?} off char boundaries in {text:?}"
            );
        }
        assert!(m.span.contains(m.range) || m.range.start >= m.span.start);
        if let Some(max) = m.count.max {
            assert!(m.count.min <= max, "{:?} in {text:?}", m.count);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn ranges_are_in_bounds(text in sentence()) {
        check_ranges(&text, TextRange::new(0, text.len()));
        // The same text as a sentence inside an article: ranges shift with it.
        let article = format!("Ünïcode intro. {text}");
        let start = "Ünïcode intro. ".len();
        check_ranges(&article, TextRange::new(start, article.len()));
    }
}

#[test]
fn odd_inputs_do_not_panic() {
    let odd = [
        "",
        " ",
        "killed",
        "at least",
        "between 10 and",
        "no",
        "4294967296 people were killed",
        "99999999999999999999999 people were killed",
        "1.5 million",
        "killed 1.",
        "killed 1,",
        "the death toll",
        "toll rose to",
        "said",
        ", said",
        "according to",
        "a",
        "🙂 killed 3 🙂",
        "\u{0301}killed\u{0301} 3\u{0301}",
        "killed\u{2011}3",
    ];
    for text in odd {
        check_ranges(text, TextRange::new(0, text.len()));
        let _ = find_casualties(text);
    }
}

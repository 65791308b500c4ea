//! Properties that hold on any input: no panic, ranges in bounds on char boundaries, in order
//! and not overlapping, and every value's precision agrees with its presence.

use proptest::prelude::*;
use sitrep_model::Precision;
use sitrep_time::{TimeConfig, find_dates};

fn check(text: &str, published: Option<&str>) {
    let found = find_dates(text, published, &TimeConfig::default());
    let mut last_end = 0;
    for m in &found {
        assert!(m.range.start >= last_end, "overlap in {text:?}");
        assert!(m.range.start < m.range.end);
        assert_eq!(m.range.slice(text), Some(m.expression.as_str()));
        assert_eq!(
            m.value.value.is_none(),
            m.value.precision == Precision::Unknown
        );
        assert!(!m.value.basis.is_empty());
        last_end = m.range.end;
    }
}

const PIECES: &[&str] = &[
    "on ",
    "Tuesday",
    "Nov.",
    " 11",
    ", ",
    "2025",
    "-",
    "/",
    "the day prior",
    " two days later",
    "from 24 to 28 July",
    "last week",
    " in ",
    "October",
    "Türkiye",
    "—",
    "۱۲",
    "'s",
    ".",
    " will ",
    "yesterday",
    "31",
    "02/29/2023",
    "9999-99-99",
    "0",
    "the third quarter",
    "\n",
    "May",
    "12:30",
];

proptest! {
    #[test]
    fn arbitrary_text_is_handled(text in "\\PC{0,80}", day in 1u8..=28, month in 1u8..=12) {
        let published = format!("2024-{month:02}-{day:02}");
        check(&text, Some(&published));
        check(&text, None);
    }

    #[test]
    fn date_like_pieces_are_handled(parts in proptest::collection::vec(0..PIECES.len(), 0..24)) {
        let text: String = parts.iter().map(|&i| PIECES[i]).collect();
        check(&text, Some("2025-11-13"));
        check(&text, Some("0001-01-01"));
        check(&text, Some("9999-12-31"));
        check(&text, None);
    }
}

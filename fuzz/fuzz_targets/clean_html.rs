//! The HTML cleaner on any bytes: never panics, and its text is made of what the page says
//! (no text longer than the decoded page).
#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_model::{InputFormat, RawDoc, RawHints};

fuzz_target!(|data: &[u8]| {
    let raw = RawDoc::new(
        "fuzz.html",
        Some("https://fuzz.example/2025/04/23/page".into()),
        InputFormat::Html,
        data.to_vec(),
        RawHints::default(),
    );
    let (article, _) = sitrep_clean::clean(&raw, &sitrep_clean::CleanConfig::default());
    // Entities can expand (&lt; is 4 bytes for 1 char, but &#x10FFFF; is 10 for 4): bounded.
    assert!(article.text.len() <= data.len() * 3 + 16);
    for line in &article.removed {
        assert!(!line.is_empty());
    }
});

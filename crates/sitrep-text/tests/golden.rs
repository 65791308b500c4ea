//! Golden tests: each `test_data/NNNN_slug.txt` is split into sentences and the dump compared
//! with `NNNN_slug.expected`, written by hand from the input.
//!
//! Dump format: one line per sentence, `start..end|sentence text`, with byte offsets into the
//! input, in text order.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::string_slice
)]

use std::fs;
use std::path::Path;

use sitrep_text::{SplitConfig, split};

fn check(input: &str) -> String {
    let mut out = String::new();
    for sentence in split(input, &SplitConfig::default()) {
        let r = sentence.range;
        // A range off the text shows in the diff rather than aborting the whole run.
        let text = r.slice(input).unwrap_or("<range off the text>");
        out.push_str(&format!("{}..{}|{}\n", r.start, r.end, text));
    }
    out
}

#[test]
fn golden() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("test_data");
    let mut inputs: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 12, "only {} golden cases", inputs.len());

    let mut failures = Vec::new();
    for input_path in &inputs {
        let input = fs::read_to_string(input_path).unwrap();
        let expected_path = input_path.with_extension("expected");
        let expected = fs::read_to_string(&expected_path)
            .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
        let actual = check(&input);
        if actual != expected {
            failures.push(format!(
                "{}\n--- expected\n{expected}+++ actual\n{actual}",
                input_path.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} golden cases differ:\n\n{}",
        failures.len(),
        inputs.len(),
        failures.join("\n")
    );
}

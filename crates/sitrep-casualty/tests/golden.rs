//! Golden tests: each line of `test_data/NNNN_slug.txt` is one sentence; the figures found in
//! it are dumped and compared with `NNNN_slug.expected`, written by hand from the input.
//!
//! Dump format: one line per figure, in text order:
//! `LINE KIND MIN..=MAX who=WHO by=CLAIMED_BY figure="FIGURE" span="SPAN"`, where `MIN..` is an
//! interval open above, `-` an absent value, and FIGURE and SPAN the text of the two ranges.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::string_slice
)]

use std::fs;
use std::path::Path;

use sitrep_casualty::find_casualties;

fn check(input: &str) -> String {
    let mut out = String::new();
    for (n, line) in input.lines().enumerate() {
        for m in find_casualties(line) {
            let max = m.count.max.map(|x| format!("={x}")).unwrap_or_default();
            out.push_str(&format!(
                "{} {} {}..{} who={} by={} figure=\"{}\" span=\"{}\"\n",
                n + 1,
                m.kind.as_str(),
                m.count.min,
                max,
                m.who.as_deref().unwrap_or("-"),
                m.claimed_by.as_deref().unwrap_or("-"),
                m.range.slice(line).unwrap_or("<range off the text>"),
                m.span.slice(line).unwrap_or("<range off the text>"),
            ));
        }
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
    assert!(inputs.len() >= 7, "only {} golden cases", inputs.len());

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

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Golden tests: `test_data/NNNN_slug.txt` beside `NNNN_slug.expected`, one sentence a line.
//!
//! Each expected line is `line, code, source code, target code, verb text, flags`, tab-separated,
//! `-` for none; flags are `negated`, `hypothetical`, both joined by `+`, or `-`. Lines are
//! sorted. Expected files are written by hand from the sentences.

use std::fs;
use std::path::Path;

use sitrep_events::{Coder, RuleCoder};

fn check(coder: &RuleCoder, input: &str) -> String {
    let mut lines = Vec::new();
    for (n, sentence) in input.lines().enumerate() {
        for c in coder.code(sentence) {
            for range in [Some(c.verb_range), c.source_range, c.target_range]
                .into_iter()
                .flatten()
            {
                assert!(
                    range.slice(sentence).is_some(),
                    "range {range:?} in {sentence}"
                );
            }
            let mut flags = Vec::new();
            if c.negated {
                flags.push("negated");
            }
            if c.hypothetical {
                flags.push("hypothetical");
            }
            let flags = if flags.is_empty() {
                "-".to_owned()
            } else {
                flags.join("+")
            };
            lines.push(format!(
                "{}\t{}\t{}\t{}\t{}\t{}",
                n + 1,
                c.code,
                c.source.as_ref().map_or("-", |a| a.code.as_str()),
                c.target.as_ref().map_or("-", |a| a.code.as_str()),
                c.verb_range.slice(sentence).unwrap_or("?"),
                flags,
            ));
        }
    }
    lines.sort();
    lines.iter().map(|l| format!("{l}\n")).collect()
}

#[test]
fn golden() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("test_data");
    let coder = RuleCoder::builtin().unwrap();
    let mut inputs: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 8, "golden inputs missing");
    let mut failures = Vec::new();
    for input in inputs {
        let text = fs::read_to_string(&input).unwrap();
        let name = input.file_name().unwrap().to_string_lossy().into_owned();
        let actual = check(&coder, &text);
        let expected = fs::read_to_string(input.with_extension("expected")).unwrap_or_default();
        if actual != expected {
            failures.push(format!(
                "{name}:\n--- expected\n{expected}--- actual\n{actual}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_coding_carries_the_lexicon_version() {
    let coder = RuleCoder::builtin().unwrap();
    let codings = coder.code("Pakistan accused Afghanistan of sheltering militants.");
    assert_eq!(codings.len(), 1);
    assert_eq!(codings[0].lexicon_version, coder.verbs().version());
    assert!(codings[0].lexicon_version.starts_with("verbs-"));
    assert_eq!(codings[0].event_type().unwrap().plover, "ACCUSE");
}

#[test]
fn total_on_odd_input() {
    let coder = RuleCoder::builtin().unwrap();
    for text in [
        "",
        " ",
        "attack",
        "Pakistan",
        "’s ; : ... by by the",
        "Türkiye attacked — Iran",
    ] {
        let _ = coder.code(text);
    }
}

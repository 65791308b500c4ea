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
        "must",
        "it must lift",
        ", killing",
        "claimed that it attacked",
        "police of",
        "police of the",
        "troops in",
        "urged to",
        "threatened to threaten to refuse to",
        "Iran, a , has refused to",
        "since 2021 ago in 1999",
        "Pakistan said Iran must, it must",
        "received from",
        "the police and the government of Peru , the army said",
    ] {
        let _ = coder.code(text);
    }
}

#[test]
fn code_with_actors_uses_the_callers_mentions() {
    use sitrep_actors::ActorMention;
    use sitrep_model::{ActorKind, ActorRef, TextRange};

    let coder = RuleCoder::builtin().unwrap();
    let text = "Mr Okafor met the Ghanaian president in Accra.";
    // Nobody in the lexicon met anybody: the lexicon alone finds only the Ghanaian president.
    let alone = coder.code(text);
    assert!(alone.iter().all(|c| c.source.is_none()), "{alone:?}");

    // A person found elsewhere (document-level resolution) is passed in beside the lexicon's.
    let mut actors = coder.find_actors(text);
    actors.push(ActorMention {
        range: TextRange::new(0, 9),
        actor: ActorRef {
            id: "okafor".to_owned(),
            name: "Chidi Okafor".to_owned(),
            country: Some("NGA".to_owned()),
            code: "NGAGOV".to_owned(),
        },
        kind: ActorKind::Person,
        role: None,
        matched: "Mr Okafor".to_owned(),
        metonymic: false,
    });
    let codings = coder.code_with_actors(text, &actors);
    assert_eq!(codings.len(), 1, "{codings:?}");
    let c = &codings[0];
    assert_eq!(c.code, "040");
    assert_eq!(c.source.as_ref().unwrap().code, "NGAGOV");
    assert_eq!(c.target.as_ref().unwrap().code, "GHAGOV");
    assert_eq!(c.source_range, Some(TextRange::new(0, 9)));

    // `code` is `code_with_actors` over `find_actors`.
    assert_eq!(
        coder.code(text),
        coder.code_with_actors(text, &coder.find_actors(text))
    );

    // With the lexicon's matches found by the caller and the person as an extra actor, the
    // coding is the same as above, generic actors added the same way.
    let lexicon = sitrep_actors::Lexicon::builtin().unwrap().find(text);
    assert_eq!(
        coder.code_with_lexicon(text, lexicon.clone(), &actors[actors.len() - 1..]),
        codings
    );
    assert_eq!(
        coder.code_with_lexicon(text, lexicon, &[]),
        coder.code(text)
    );

    // Ranges off char boundaries or past the end are ignored, not a panic.
    let mut bad = actors.clone();
    bad[0].range = TextRange::new(3, 400);
    let _ = coder.code_with_actors(text, &bad);
}

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::string_slice
)]
//! Golden tests of document resolution: `test_data/document/NNNN_slug.txt` beside
//! `NNNN_slug.expected`, invented news about invented people, expected output written by hand.
//!
//! An input holds one article, or several separated by a line `=== next article ===`; each
//! later article is resolved with the actors the earlier ones discovered as `known`. The dump has,
//! per article, the document country, one line per mention (`mention`, the text, how it was
//! resolved, the actor id) and one line per actor (`actor`, id, name, kind, country, code, role,
//! mentions, source, aliases joined by `|`), tab-separated, `-` for none.

use std::fs;
use std::path::Path;

use sitrep_actors::{DocumentActors, Lexicon};
use sitrep_model::{Actor, TextRange};
use sitrep_text::{SplitConfig, split};

const SEPARATOR: &str = "\n=== next article ===\n";

fn kind_name(kind: sitrep_model::ActorKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn dump(text: &str, doc: &DocumentActors, out: &mut String) {
    match &doc.country {
        Some((c, from)) => out.push_str(&format!("country\t{c}\t{from:?}\n")),
        None => out.push_str("country\t-\n"),
    }
    let mut last_end = 0;
    for m in &doc.mentions {
        assert!(m.range.start >= last_end, "overlapping mentions in {doc:?}");
        last_end = m.range.end;
        let actor = doc.actor_of(m).unwrap();
        out.push_str(&format!(
            "mention\t{}\t{}\t{}\n",
            m.range.slice(text).expect("range on char boundaries"),
            m.resolution.as_str(),
            actor.id
        ));
    }
    for a in &doc.actors {
        let x = &a.actor;
        out.push_str(&format!(
            "actor\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{:?}\t{}\n",
            x.id,
            x.name,
            kind_name(x.kind),
            x.country.as_deref().unwrap_or("-"),
            x.code,
            x.role.as_deref().unwrap_or("-"),
            x.mentions,
            a.source,
            x.aliases.join("|"),
        ));
    }
}

fn check(lexicon: &Lexicon, input: &str) -> String {
    let mut out = String::new();
    let mut known: Vec<Actor> = Vec::new();
    for (n, text) in input.split(SEPARATOR).enumerate() {
        let sentences: Vec<TextRange> = split(text, &SplitConfig::default())
            .into_iter()
            .map(|s| s.range)
            .collect();
        let doc = lexicon.resolve_document_with(text, &sentences, &known);
        out.push_str(&format!("article {}\n", n + 1));
        dump(text, &doc, &mut out);
        for a in doc.discovered() {
            match known.iter_mut().find(|k| k.id == a.id) {
                Some(k) => *k = a,
                None => known.push(a),
            }
        }
    }
    out
}

#[test]
fn golden() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("test_data/document");
    let lexicon = Lexicon::builtin().unwrap();
    let mut inputs: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 10, "golden inputs missing");
    let mut failures = Vec::new();
    for input in inputs {
        let text = fs::read_to_string(&input).unwrap();
        let name = input.file_name().unwrap().to_string_lossy().into_owned();
        let actual = check(&lexicon, text.trim_end_matches('\n'));
        let expected_path = input.with_extension("expected");
        let expected = fs::read_to_string(&expected_path).unwrap_or_default();
        if actual != expected {
            failures.push(format!(
                "{name}:\n--- expected\n{expected}--- actual\n{actual}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn ranges_stay_on_char_boundaries_in_odd_text() {
    let lexicon = Lexicon::builtin().unwrap();
    for text in [
        "",
        "(",
        "()",
        "Minister",
        "the minister's",
        "Prime Minister Ümit Çelebi’s",
        "Ğ (ĞÜ) «Front Ünal (FÜ)»",
        "his Pakistani counterpart",
        "President\nKamran Dosani, the",
        "X, the Foreign Office spokesperson,",
    ] {
        let doc = lexicon.resolve_document(text, &[TextRange::new(0, text.len())]);
        for m in &doc.mentions {
            assert!(m.range.slice(text).is_some(), "{text:?}: {m:?}");
        }
        let doc = lexicon.resolve_document(text, &[]);
        for m in &doc.mentions {
            assert!(m.range.slice(text).is_some(), "{text:?}: {m:?}");
        }
    }
}

/// Every prefix of every golden input (cut on a char boundary, so words and sentences break in
/// odd places) resolves to mentions in bounds, in order, without overlaps, each counted once.
#[test]
fn prefixes_keep_the_invariants() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("test_data/document");
    let lexicon = Lexicon::builtin().unwrap();
    let mut checked = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "txt") {
            continue;
        }
        let input = fs::read_to_string(&path).unwrap();
        for cut in (0..=input.len())
            .step_by(7)
            .filter(|&c| input.is_char_boundary(c))
        {
            let text = &input[..cut];
            let sentences: Vec<TextRange> = split(text, &SplitConfig::default())
                .into_iter()
                .map(|s| s.range)
                .collect();
            let doc = lexicon.resolve_document(text, &sentences);
            let mut last_end = 0;
            let mut counts = vec![0u32; doc.actors.len()];
            for m in &doc.mentions {
                assert!(m.range.slice(text).is_some(), "{path:?} at {cut}: {m:?}");
                assert!(m.range.start >= last_end && m.range.start < m.range.end);
                last_end = m.range.end;
                counts[m.actor] += 1;
                if let Some(s) = m.sentence {
                    assert!(sentences[s].contains(TextRange::new(m.range.start, m.range.start)));
                }
            }
            for (a, n) in doc.actors.iter().zip(counts) {
                assert_eq!(a.actor.mentions, n, "{path:?} at {cut}: {a:?}");
                assert!(!a.actor.id.is_empty() && !a.actor.code.is_empty());
            }
            checked += 1;
        }
    }
    assert!(checked > 200, "{checked}");
}

/// Known actors with odd contents are taken as they come, never a panic.
#[test]
fn odd_known_actors_are_harmless() {
    let lexicon = Lexicon::builtin().unwrap();
    let odd = |name: &str, kind, aliases: &[&str]| Actor {
        id: String::new(),
        name: name.to_owned(),
        kind,
        country: None,
        code: String::new(),
        role: None,
        aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
        mentions: 0,
    };
    let known = [
        odd("", sitrep_model::ActorKind::Person, &[]),
        odd("   ", sitrep_model::ActorKind::Person, &["", "al-"]),
        odd(
            "Zed",
            sitrep_model::ActorKind::Organization,
            &["", "ZZ", "A"],
        ),
    ];
    let text = "Zed said ZZ and President Al- met al- officials.";
    let doc = lexicon.resolve_document_with(text, &[TextRange::new(0, text.len())], &known);
    for m in &doc.mentions {
        assert!(m.range.slice(text).is_some());
    }
}

/// A person the text names by a title with no country, whose name is a world leader's in the
/// lexicon, takes the leader's country; a leader is coded as of the article's date.
#[test]
fn titled_leaders_take_their_country_and_their_date() {
    let lexicon = Lexicon::builtin().unwrap();
    let text =
        "Prime Minister Tony Blair spoke to Putin. Mr Blair said later that talks went well.";
    let whole = [TextRange::new(0, text.len())];
    let code_of = |doc: &sitrep_actors::DocumentActors, name: &str| -> String {
        doc.actors
            .iter()
            .find(|a| a.actor.name == name)
            .map(|a| a.actor.code.clone())
            .unwrap_or_else(|| panic!("{name} not found: {:?}", doc.actors))
    };
    let doc = lexicon.resolve_document(text, &whole);
    assert_eq!(code_of(&doc, "Tony Blair"), "GBRGOV");
    assert_eq!(code_of(&doc, "Vladimir Putin"), "RUSGOV");
    // In 1996 Putin held no national office the dictionary codes as government.
    let doc = lexicon.resolve_document_on(text, &whole, &[], Some("1996-03-01"));
    assert_eq!(code_of(&doc, "Vladimir Putin"), "RUSELI");
}

/// A person the text defines by a title, whose name (in any listed spelling) is a leader's in
/// the lexicon, is that leader: one id and canonical name whichever spelling the outlet used,
/// with the role the text gave.
#[test]
fn a_titled_leader_takes_the_lexicon_id_whatever_the_spelling() {
    let lexicon = Lexicon::builtin().unwrap();
    for text in [
        "Russian Foreign Minister Sergey Lavrov said talks would resume.",
        "Foreign Minister Sergei Lavrov of Russia said talks would resume.",
    ] {
        let doc = lexicon.resolve_document(text, &[TextRange::new(0, text.len())]);
        let lavrov = doc
            .actors
            .iter()
            .find(|a| a.actor.kind == sitrep_model::ActorKind::Person)
            .unwrap_or_else(|| panic!("no person in {text:?}: {:?}", doc.actors));
        assert_eq!(lavrov.actor.id, "sergei-lavrov", "{text}");
        assert_eq!(lavrov.actor.code, "RUSGOV", "{text}");
        assert_eq!(
            lavrov.actor.role.as_deref(),
            Some("foreign minister"),
            "{text}"
        );
    }
}

/// A titled official with no stated country is of the country that is the subject of the
/// sentence, or of the sentence before when the official opens the sentence; a country that
/// only possesses the subject ("Chile's minister met ...") lends nothing.
#[test]
fn a_titled_official_belongs_to_the_subject_country() {
    let lexicon = Lexicon::builtin().unwrap();
    let text = "Kenya welcomed the proposal, with Foreign Ministry spokesperson Amina Wanjiru \
                saying talks would follow. Chile has rejected the plan. Interior Minister Tomas \
                Vidal said the decision was final. Chile's trade minister met Senator Rosa \
                Quispe on Friday.";
    let sentences: Vec<TextRange> = split(text, &SplitConfig::default())
        .iter()
        .map(|s| s.range)
        .collect();
    let doc = lexicon.resolve_document(text, &sentences);
    let of = |name: &str| -> (Option<String>, String) {
        let a = doc
            .actors
            .iter()
            .find(|a| a.actor.name == name)
            .unwrap_or_else(|| panic!("{name} not found: {:?}", doc.actors));
        (a.actor.country.clone(), a.actor.code.clone())
    };
    assert_eq!(of("Amina Wanjiru"), (Some("KEN".into()), "KENGOV".into()));
    assert_eq!(of("Tomas Vidal"), (Some("CHL".into()), "CHLGOV".into()));
    assert_eq!(of("Rosa Quispe").0, None);
}

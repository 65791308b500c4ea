//! Golden tests: `test_data/NNNN_slug.txt` beside `NNNN_slug.expected`, one sentence a line.
//!
//! Each expected line is `line, matched text, code, name, kind, country, role, metonymic`,
//! tab-separated, `-` for none, written by hand from the input. Files whose slug starts with
//! `user_lexicon` load `test_data/user_lexicon/` over the built-in lexicon.

use std::fs;
use std::path::Path;

use sitrep_actors::Lexicon;

fn check(lexicon: &Lexicon, input: &str) -> String {
    let mut out = String::new();
    for (n, line) in input.lines().enumerate() {
        for m in lexicon.find(line) {
            assert_eq!(
                m.range.slice(line),
                Some(m.matched.as_str()),
                "range of {m:?}"
            );
            let kind = serde_kind(m.kind);
            out.push_str(&format!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                n + 1,
                m.matched,
                m.actor.code,
                m.actor.name,
                kind,
                m.actor.country.as_deref().unwrap_or("-"),
                m.role.as_deref().unwrap_or("-"),
                if m.metonymic { "metonymic" } else { "-" },
            ));
        }
    }
    out
}

fn serde_kind(kind: sitrep_model::ActorKind) -> String {
    // The contract's spelling of the kind, as the model serialises it.
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

#[test]
fn golden() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("test_data");
    let builtin = Lexicon::builtin().unwrap();
    let mut user = builtin.clone();
    user.extend_from_dir(&dir.join("user_lexicon")).unwrap();

    let mut inputs: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 7, "golden inputs missing");
    let mut failures = Vec::new();
    for input in inputs {
        let text = fs::read_to_string(&input).unwrap();
        let name = input.file_name().unwrap().to_string_lossy().into_owned();
        let lexicon = if name.contains("user_lexicon") {
            &user
        } else {
            &builtin
        };
        let actual = check(lexicon, &text);
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
fn user_lexicon_errors_name_the_file_and_line() {
    let dir = std::env::temp_dir().join(format!("sitrep-actors-bad-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("bad.tsv"),
        "code\tname\tkind\nXYZ\tXyz\tspaceship\n",
    )
    .unwrap();
    let mut lex = Lexicon::builtin().unwrap();
    let err = lex.extend_from_dir(&dir).unwrap_err().to_string();
    fs::remove_dir_all(&dir).unwrap();
    assert!(
        err.ends_with("bad.tsv:2: unknown kind \"spaceship\""),
        "{err}"
    );
}

#[test]
fn missing_user_dir_is_an_io_error() {
    let mut lex = Lexicon::builtin().unwrap();
    let err = lex
        .extend_from_dir(Path::new("/nonexistent/sitrep-lexicon"))
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("cannot read /nonexistent/sitrep-lexicon")
    );
}

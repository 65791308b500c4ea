//! Print the PETRARCH2 validation report; with `--failures N`, also the first N records (of
//! either half: no rule is tuned on this set) where our coding differs from the gold, and with
//! `--lexicon DATE` the converted actor and role files for that record date (`YYYYMMDD`).
//! `--tune-only` lists failures of the tune half only, for looking into a change without
//! seeing held-out records.
//!
//! `cargo run --release -p sitrep-eval --example petrarch2 -- [--data DIR] [--failures N]
//! [--tune-only] [--lexicon DATE]` (`DIR` defaults to `../shared/data`, relative to the
//! workspace root).

use std::path::PathBuf;
use std::process::ExitCode;

use sitrep_eval::extraction::Half;
use sitrep_eval::petrarch2::{ACTORS_FILE, AGENTS_FILE, Dictionary, Triple, run};

fn main() -> ExitCode {
    let mut data = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data"));
    let mut failures = 0usize;
    let mut lexicon: Option<u32> = None;
    let mut tune_only = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--tune-only" {
            tune_only = true;
            continue;
        }
        match (arg.as_str(), args.next()) {
            ("--data", Some(dir)) => data = PathBuf::from(dir),
            ("--failures", Some(n)) => failures = n.parse().unwrap_or(0),
            ("--lexicon", Some(d)) => lexicon = d.parse().ok(),
            _ => {
                eprintln!(
                    "usage: petrarch2 [--data DIR] [--failures N] [--tune-only] [--lexicon YYYYMMDD]"
                );
                return ExitCode::from(2);
            }
        }
    }
    if let Some(date) = lexicon {
        let read = |f: &str| std::fs::read_to_string(data.join(f)).unwrap_or_default();
        let dict = Dictionary::parse(&read(ACTORS_FILE), &read(AGENTS_FILE));
        print!("{}\n{}", dict.actors_tsv(date), dict.agents_tsv());
        for p in &dict.problems {
            eprintln!("unreadable: {p}");
        }
        return ExitCode::SUCCESS;
    }
    let report = match run(&data) {
        Ok(report) => report,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    if !tune_only {
        print!("{report}");
    }
    if failures > 0 {
        println!("\nfailures (id | category | text | gold | ours)");
        let show = |v: &[Triple]| {
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        };
        let shown = report
            .failures
            .iter()
            .filter(|f| !tune_only || Half::of(&f.id) == Half::Tune);
        for f in shown.take(failures) {
            println!(
                "{} | {} | {} | {} | {}",
                f.id,
                f.category,
                f.text,
                show(&f.gold),
                show(&f.predicted)
            );
        }
    }
    ExitCode::SUCCESS
}

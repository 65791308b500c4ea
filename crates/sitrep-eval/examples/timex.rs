//! Print the TimeBank/AQUAINT date report; with `--failures N`, also the first N tune-half
//! failures (gold expression and value, ours and its basis); with `--spurious N`, the first N
//! tune-half expressions that overlap no gold TIMEX.
//!
//! `cargo run --release -p sitrep-eval --example timex -- [--data DIR] [--failures N] [--spurious N]`
//! (`DIR` defaults to `../shared/data`, relative to the workspace root).

use std::path::PathBuf;
use std::process::ExitCode;

use sitrep_eval::extraction::Half;
use sitrep_eval::timex::run_timex;

fn main() -> ExitCode {
    let mut data = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data"));
    let (mut failures, mut spurious) = (0usize, 0usize);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--data", Some(dir)) => data = PathBuf::from(dir),
            ("--failures", Some(n)) => failures = n.parse().unwrap_or(0),
            ("--spurious", Some(n)) => spurious = n.parse().unwrap_or(0),
            _ => {
                eprintln!("usage: timex [--data DIR] [--failures N] [--spurious N]");
                return ExitCode::from(2);
            }
        }
    }
    let report = match run_timex(&data) {
        Ok(report) => report,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    print!("{report}");
    if failures > 0 {
        println!("\ntune failures (doc dct | gold text = value | ours text = value: basis)");
        for f in report
            .failures
            .iter()
            .filter(|f| f.half == Half::Tune)
            .take(failures)
        {
            let ours = f.ours.as_ref().map_or_else(
                || "-".to_string(),
                |(text, value, basis)| format!("{text:?} = {value}: {basis}"),
            );
            println!(
                "{} {} | {:?} = {} | {}",
                f.doc, f.dct, f.gold.0, f.gold.1, ours
            );
        }
    }
    if spurious > 0 {
        println!("\ntune spurious (doc | ours text)");
        for (doc, _, text) in report
            .spurious
            .iter()
            .filter(|(_, half, _)| *half == Half::Tune)
            .take(spurious)
        {
            println!("{doc} | {text:?}");
        }
    }
    ExitCode::SUCCESS
}

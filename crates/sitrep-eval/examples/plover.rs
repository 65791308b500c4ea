//! Print the PLOVER typing report on the PLOVER gold-standard records; with `--failures N`, also
//! the first N tune-half records whose type the coder got wrong.
//!
//! `cargo run --release -p sitrep-eval --example plover -- [--data DIR] [--failures N]`
//! (`DIR` defaults to `../shared/data`, relative to the workspace root).

use std::path::PathBuf;
use std::process::ExitCode;

use sitrep_eval::extraction::Half;
use sitrep_eval::plover::run_plover;
use sitrep_events::RuleCoder;

fn main() -> ExitCode {
    let mut data = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data"));
    let mut failures = 0usize;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--data", Some(dir)) => data = PathBuf::from(dir),
            ("--failures", Some(n)) => failures = n.parse().unwrap_or(0),
            _ => {
                eprintln!("usage: plover [--data DIR] [--failures N]");
                return ExitCode::from(2);
            }
        }
    }
    let coder = match RuleCoder::builtin() {
        Ok(coder) => coder,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    let report = match run_plover(&data, &coder) {
        Ok(report) => report,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    print!("{report}");
    if failures > 0 {
        println!("\ntune failures (id | text | gold | ours)");
        for f in report
            .failures
            .iter()
            .filter(|f| f.half == Half::Tune)
            .take(failures)
        {
            println!("{} | {} | {} | {}", f.id, f.text, f.gold, f.ours.join("; "));
        }
    }
    ExitCode::SUCCESS
}

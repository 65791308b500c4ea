//! Print the toponym report (GeoWebNews and LGL); with `--failures N`, also the first N
//! tune-half failures (missed, spurious, far or unknown names, with context).
//!
//! `--tune-only` prints the tune rows of the table alone (for tuning rules without seeing
//! held-out results).
//!
//! `cargo run --release -p sitrep-eval --example geo -- [--data DIR] [--failures N] [--kind K]
//! [--tune-only]` (`DIR` defaults to `../shared/data`, relative to the workspace root; `K` keeps
//! one kind of failure: `missed`, `spurious`, `far`, `unknown`).

use std::path::PathBuf;
use std::process::ExitCode;

use sitrep_eval::extraction::Half;

fn main() -> ExitCode {
    let mut data = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data"));
    let mut failures = 0usize;
    let mut kind: Option<String> = None;
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
            ("--kind", Some(k)) => kind = Some(k),
            _ => {
                eprintln!("usage: geo [--data DIR] [--failures N] [--kind K] [--tune-only]");
                return ExitCode::from(2);
            }
        }
    }
    let report = match sitrep_eval::geo::run(&data) {
        Ok(report) => report,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    print!(
        "{}",
        sitrep_eval::example::report_text(&report.to_string(), tune_only)
    );
    if failures > 0 {
        println!("\ntune failures (set doc kind | name | detail | context)");
        // Only the tune half: held-out documents are not looked at.
        for f in report
            .failures
            .iter()
            .filter(|f| f.half == Half::Tune)
            .filter(|f| kind.as_deref().is_none_or(|k| k == f.kind))
            .take(failures)
        {
            println!(
                "{} {} {} | {} | {} | {}",
                f.set, f.doc, f.kind, f.name, f.detail, f.context
            );
        }
    }
    ExitCode::SUCCESS
}

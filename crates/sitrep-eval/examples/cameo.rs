//! Print the CAMEO coding report on the UniversalPetrarch English validation sentences; with
//! `--failures N`, also the first N tune-half sentences where the coding differs from gold.
//!
//! `--tune-only` prints the tune half alone (for tuning rules without seeing held-out results).
//!
//! `cargo run --release -p sitrep-eval --example cameo -- [--data DIR] [--failures N] [--tune-only]`
//! (`DIR` defaults to `../shared/data`, relative to the workspace root).

use std::path::PathBuf;
use std::process::ExitCode;

use sitrep_eval::cameo::run_cameo;
use sitrep_eval::extraction::Half;
use sitrep_events::RuleCoder;

fn main() -> ExitCode {
    let mut data = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data"));
    let mut failures = 0usize;
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
            _ => {
                eprintln!("usage: cameo [--data DIR] [--failures N] [--tune-only]");
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
    let report = match run_cameo(&data, &coder) {
        Ok(report) => report,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    if tune_only {
        // While rules are being written only the tune half may be looked at: drop the held-out
        // rows and confusions from the report.
        for line in report.to_string().lines() {
            if !line.starts_with("held-out") && !line.contains(" held-out (") {
                println!("{line}");
            }
        }
    } else {
        print!("{report}");
    }
    if failures > 0 {
        println!("\ntune failures (id | text | gold | ours)");
        for f in report
            .failures
            .iter()
            .filter(|f| f.half == Half::Tune)
            .take(failures)
        {
            let show = |v: &[sitrep_eval::cameo::Compared]| {
                v.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            println!(
                "{} | {} | {} | {}",
                f.id,
                f.text,
                show(&f.gold),
                show(&f.predicted)
            );
        }
    }
    ExitCode::SUCCESS
}

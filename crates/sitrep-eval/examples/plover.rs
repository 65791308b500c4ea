//! Print the PLOVER typing report on the PLOVER gold-standard records; with `--failures N`, also
//! the first N tune-half records whose type the coder got wrong.
//!
//! `--tune-only` prints the tune half alone (for tuning rules without seeing held-out results).
//!
//! `cargo run --release -p sitrep-eval --example plover -- [--data DIR] [--failures N] [--tune-only]`
//! (`DIR` defaults to `../shared/data`, relative to the workspace root).

use std::process::ExitCode;

use sitrep_eval::extraction::Half;
use sitrep_eval::plover::run_plover;
use sitrep_events::RuleCoder;

fn main() -> ExitCode {
    let args = match sitrep_eval::example::CoderArgs::parse("plover") {
        Ok(args) => args,
        Err(usage) => {
            eprintln!("{usage}");
            return ExitCode::from(2);
        }
    };
    let (data, failures) = (args.data, args.failures);
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
    print!(
        "{}",
        sitrep_eval::example::report_text(&report.to_string(), args.tune_only)
    );
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

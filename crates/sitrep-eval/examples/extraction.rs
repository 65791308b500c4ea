//! Print the extraction report; with `--worst N`, also the N weakest tune-half pages; with
//! `--pages FILE`, write every page's precision and recall to FILE (to compare two versions).
//!
//! `cargo run --release -p sitrep-eval --example extraction -- [--data DIR] [--worst N] [--pages FILE]`
//! (`DIR` defaults to `../shared/data`, relative to the workspace root).

use std::path::PathBuf;
use std::process::ExitCode;

use sitrep_eval::extraction::{Half, run_extraction};

fn main() -> ExitCode {
    let mut data = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data"));
    let mut worst = 0usize;
    let mut pages_out = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--data", Some(dir)) => data = PathBuf::from(dir),
            ("--worst", Some(n)) => worst = n.parse().unwrap_or(0),
            ("--pages", Some(path)) => pages_out = Some(PathBuf::from(path)),
            _ => {
                eprintln!("usage: extraction [--data DIR] [--worst N] [--pages FILE]");
                return ExitCode::from(2);
            }
        }
    }
    let report = match run_extraction(&data) {
        Ok(report) => report,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    print!("{report}");
    if let Some(path) = pages_out {
        let lines: String = report
            .pages
            .iter()
            .map(|p| {
                format!(
                    "{} {:?} {:.4} {:.4}\n",
                    p.name,
                    p.half,
                    p.counts.precision(),
                    p.counts.recall()
                )
            })
            .collect();
        if let Err(err) = std::fs::write(&path, lines) {
            eprintln!("error: cannot write {}: {err}", path.display());
            return ExitCode::FAILURE;
        }
    }
    if worst > 0 {
        let mut pages: Vec<_> = report
            .pages
            .iter()
            .filter(|p| p.half == Half::Tune)
            .collect();
        pages.sort_by(|a, b| {
            let fa = a.counts.tp / (a.counts.tp + (a.counts.fp + a.counts.fn_) / 2.0);
            let fb = b.counts.tp / (b.counts.tp + (b.counts.fp + b.counts.fn_) / 2.0);
            fa.total_cmp(&fb)
        });
        println!("\nweakest tune pages (precision recall name url)");
        for p in pages.iter().take(worst) {
            println!(
                "{:.3} {:.3} {} {}",
                p.counts.precision(),
                p.counts.recall(),
                p.name,
                p.url
            );
        }
    }
    ExitCode::SUCCESS
}

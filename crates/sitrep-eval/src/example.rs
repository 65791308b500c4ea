//! What the coder evaluation examples (`cameo`, `plover`) share: their arguments, the coder
//! they score, and the tune-only printing used while rules are written.

use std::path::PathBuf;

/// `[--data DIR] [--failures N] [--tune-only]`.
#[derive(Debug, Clone)]
pub struct CoderArgs {
    /// The shared data folder (default `../shared/data` beside the workspace).
    pub data: PathBuf,
    /// How many tune-half failures to list.
    pub failures: usize,
    /// Print the tune half alone.
    pub tune_only: bool,
}

impl CoderArgs {
    /// Read the process arguments; `Err` holds the usage line for `name`.
    pub fn parse(name: &str) -> Result<CoderArgs, String> {
        let mut out = CoderArgs {
            data: PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data")),
            failures: 0,
            tune_only: false,
        };
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            if arg == "--tune-only" {
                out.tune_only = true;
                continue;
            }
            match (arg.as_str(), args.next()) {
                ("--data", Some(dir)) => out.data = PathBuf::from(dir),
                ("--failures", Some(n)) => out.failures = n.parse().unwrap_or(0),
                _ => {
                    return Err(format!(
                        "usage: {name} [--data DIR] [--failures N] [--tune-only]"
                    ));
                }
            }
        }
        Ok(out)
    }
}

/// A report as printed: whole, or (tune-only) without its held-out and whole-set rows and
/// its held-out confusions, so that only the tune half is looked at while rules are being
/// written. A row is held-out or whole-set when its first or second column (after a set name)
/// says so.
pub fn report_text(report: &str, tune_only: bool) -> String {
    if !tune_only {
        return report.to_owned();
    }
    report
        .lines()
        .filter(|line| {
            let leading = line.split_whitespace().take(2);
            !leading.into_iter().any(|w| w == "held-out" || w == "all")
                && !line.contains(" held-out (")
        })
        .map(|line| format!("{line}\n"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tune_only_drops_held_out_rows_and_confusions() {
        let report = "half x\ntune 1\nheld-out 2\nroot confusions held-out (gold->ours): a\n";
        assert_eq!(report_text(report, true), "half x\ntune 1\n");
        assert_eq!(report_text(report, false), report);
        let sets = "set half\nLGL  tune 1\nLGL  held-out 2\nLGL  all 3\n";
        assert_eq!(report_text(sets, true), "set half\nLGL  tune 1\n");
    }
}

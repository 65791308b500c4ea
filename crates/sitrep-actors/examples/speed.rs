//! Actor-matching speed on real news: sentences per second on one core.
//!
//! ```text
//! cargo run --release -p sitrep-actors --example speed [PATH.jsonl.gz] [PASSES]
//! ```
//!
//! Reads the BBC News set (`text` field of each JSONL record), splits it into sentences with
//! `sitrep-text`, then runs [`Lexicon::find`] over every sentence `PASSES` times (default 5) and
//! prints sentences/second, with the mention count so a silent break shows as zero. With `--top`
//! as a third argument it also prints the 40 most frequent matches, to eyeball false positives.

use std::time::Instant;

use sitrep_actors::Lexicon;
use sitrep_text::{SplitConfig, split};

const DEFAULT: &str = "../shared/data/bbc-news-2225/bbc-news-2225.jsonl.gz";
const LIMIT: u64 = 256 << 20;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| DEFAULT.to_owned());
    let passes: usize = args.next().map_or(Ok(5), |p| p.parse())?;
    let top = args.next().is_some_and(|a| a == "--top");

    let gz = std::fs::read(&path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let raw = String::from_utf8(sitrep_ingest::capped::gunzip_capped(&gz, LIMIT)?)?;
    let mut sentences: Vec<String> = Vec::new();
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let record: serde_json::Value = serde_json::from_str(line)?;
        let text = record.get("text").and_then(|t| t.as_str()).unwrap_or("");
        for s in split(text, &SplitConfig::default()) {
            if let Some(s) = s.range.slice(text) {
                sentences.push(s.to_owned());
            }
        }
    }

    let t = Instant::now();
    let lexicon = Lexicon::builtin()?;
    let build = t.elapsed();

    let mut mentions = 0usize;
    let t = Instant::now();
    for _ in 0..passes {
        for s in &sentences {
            mentions += lexicon.find(s).len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let n = sentences.len() * passes;
    let per_pass = mentions / passes.max(1);
    if per_pass == 0 {
        return Err("no actor found in the whole corpus: the lexicon or matcher is broken".into());
    }
    println!(
        "{} sentences x {passes} passes in {secs:.2}s: {:.0} sentences/s, {per_pass} mentions per pass, lexicon built in {:.1} ms",
        sentences.len(),
        n as f64 / secs,
        build.as_secs_f64() * 1e3
    );
    if top {
        let mut counts: std::collections::HashMap<String, usize> = Default::default();
        for s in &sentences {
            for m in lexicon.find(s) {
                *counts
                    .entry(format!("{}\t{}", m.matched, m.actor.code))
                    .or_default() += 1;
            }
        }
        let mut counts: Vec<_> = counts.into_iter().collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        for (form, n) in counts.iter().take(40) {
            println!("{n:6}\t{form}");
        }
    }
    Ok(())
}

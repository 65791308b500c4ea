//! Event-coding speed on real news: actor matching plus coding, sentences per second on one core.
//!
//! ```text
//! cargo run --release -p sitrep-events --example speed [PATH.jsonl.gz] [PASSES]
//! ```
//!
//! Reads the BBC News set (`text` field of each JSONL record; Reuters-21578's JSONL and its `body`
//! field work too),
//! splits it into sentences with `sitrep-text`, then runs [`RuleCoder::code`] (the actor lexicon's
//! matcher, the generic actors and the verb patterns) over every sentence `PASSES` times (default
//! 5) on one thread, and prints sentences/second with the number of codings per pass, so that a
//! silent break shows as zero and exits with an error.

use std::time::Instant;

use sitrep_events::{Coder, RuleCoder};
use sitrep_text::{SplitConfig, split};

const DEFAULT: &str = "../shared/data/bbc-news-2225/bbc-news-2225.jsonl.gz";
const LIMIT: u64 = 256 << 20;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| DEFAULT.to_owned());
    let passes: usize = args.next().map_or(Ok(5), |p| p.parse())?;

    let gz = std::fs::read(&path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let raw = String::from_utf8(sitrep_ingest::capped::gunzip_capped(&gz, LIMIT)?)?;
    let mut sentences: Vec<String> = Vec::new();
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let record: serde_json::Value = serde_json::from_str(line)?;
        // BBC News has `text`, Reuters-21578 `body`.
        let text = ["text", "body"]
            .iter()
            .find_map(|k| record.get(*k).and_then(|t| t.as_str()))
            .unwrap_or("");
        for s in split(text, &SplitConfig::default()) {
            if let Some(s) = s.range.slice(text) {
                sentences.push(s.to_owned());
            }
        }
    }

    let t = Instant::now();
    let coder = RuleCoder::builtin()?;
    let build = t.elapsed();

    let mut codings = 0usize;
    let mut with_actor = 0usize;
    let t = Instant::now();
    for _ in 0..passes {
        for s in &sentences {
            let coded = coder.code(s);
            with_actor += coded
                .iter()
                .filter(|c| c.source.is_some() || c.target.is_some())
                .count();
            codings += coded.len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let n = sentences.len() * passes;
    let per_pass = codings / passes.max(1);
    if per_pass == 0 || with_actor == 0 {
        return Err(
            "no event coded in the whole corpus: the lexicons or the coder are broken".into(),
        );
    }
    println!(
        "{} sentences x {passes} passes in {secs:.2}s: {:.0} sentences/s on one thread, \
         {per_pass} codings per pass ({} with an actor), coder built in {:.1} ms",
        sentences.len(),
        n as f64 / secs,
        with_actor / passes.max(1),
        build.as_secs_f64() * 1e3
    );
    Ok(())
}

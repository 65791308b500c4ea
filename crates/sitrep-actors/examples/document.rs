//! Document-resolution speed on real news: articles per second on one core.
//!
//! ```text
//! cargo run --release -p sitrep-actors --example document [PATH.jsonl.gz] [PASSES] [--top]
//! ```
//!
//! Reads the BBC News set (`text` field of each JSONL record), splits every article into
//! sentences with `sitrep-text` (not timed), then runs [`Lexicon::resolve_document`] over every
//! article `PASSES` times (default 5) and prints articles/second and microseconds per 4 KB,
//! with the count of people found so a silent break shows as zero. Times are CPU time of the
//! thread where Linux reports it (`/proc/thread-self/schedstat`), so a busy machine does not
//! inflate them; wall time otherwise. With `--top` it also prints the 40 most frequent people
//! and text-defined organisations, to eyeball false positives.

use std::collections::HashMap;
use std::time::Instant;

/// Seconds of CPU this thread has used, or wall seconds since `start` where Linux does not say.
fn cpu_secs(start: Instant) -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or_else(|| start.elapsed().as_secs_f64(), |ns| ns / 1e9)
}

use sitrep_actors::{ActorSource, Lexicon};
use sitrep_model::{ActorKind, TextRange};
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
    let mut articles: Vec<(String, Vec<TextRange>)> = Vec::new();
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let record: serde_json::Value = serde_json::from_str(line)?;
        let text = record.get("text").and_then(|t| t.as_str()).unwrap_or("");
        let sentences = split(text, &SplitConfig::default())
            .into_iter()
            .map(|s| s.range)
            .collect();
        articles.push((text.to_owned(), sentences));
    }
    let bytes: usize = articles.iter().map(|a| a.0.len()).sum();
    let lexicon = Lexicon::builtin()?;

    let mut people = 0usize;
    let origin = Instant::now();
    let t = cpu_secs(origin);
    for _ in 0..passes {
        for (text, sentences) in &articles {
            let doc = lexicon.resolve_document(text, sentences);
            people += doc
                .actors
                .iter()
                .filter(|a| a.actor.kind == ActorKind::Person)
                .count();
        }
    }
    let secs = cpu_secs(origin) - t;
    let per_pass = people / passes.max(1);
    if per_pass == 0 {
        return Err("no person found in the whole corpus: resolution is broken".into());
    }
    let n = articles.len() * passes;
    let per_article = secs / n as f64;
    let per_4k = secs / (bytes * passes) as f64 * 4096.0;
    println!(
        "{} articles ({:.1} KB mean) x {passes} passes in {secs:.2}s: {:.0} articles/s, {:.1} us per article, {:.1} us per 4 KB, {per_pass} people per pass",
        articles.len(),
        bytes as f64 / articles.len() as f64 / 1024.0,
        1.0 / per_article,
        per_article * 1e6,
        per_4k * 1e6,
    );

    // Articles of about 4 KB: consecutive ones joined until they reach 4096 bytes.
    let mut joined: Vec<(String, Vec<TextRange>)> = Vec::new();
    let mut cur = String::new();
    for (text, _) in &articles {
        if !cur.is_empty() {
            cur.push_str("\n\n");
        }
        cur.push_str(text);
        if cur.len() >= 4096 {
            let sentences = split(&cur, &SplitConfig::default())
                .into_iter()
                .map(|s| s.range)
                .collect();
            joined.push((std::mem::take(&mut cur), sentences));
        }
    }
    let joined_bytes: usize = joined.iter().map(|a| a.0.len()).sum();
    let t = cpu_secs(origin);
    let mut mentions = 0usize;
    for _ in 0..passes {
        for (text, sentences) in &joined {
            mentions += lexicon.resolve_document(text, sentences).mentions.len();
        }
    }
    let secs = cpu_secs(origin) - t;
    println!(
        "{} joined articles ({:.1} KB mean): {:.1} us per article, {} mentions per pass",
        joined.len(),
        joined_bytes as f64 / joined.len().max(1) as f64 / 1024.0,
        secs / (joined.len() * passes).max(1) as f64 * 1e6,
        mentions / passes.max(1)
    );

    // For comparison: the lexicon alone over whole articles.
    let t = cpu_secs(origin);
    let mut found = 0usize;
    for (text, _) in &articles {
        found += lexicon.find(text).len();
    }
    let find_secs = cpu_secs(origin) - t;
    println!(
        "find alone: {:.1} us per article ({found} matches)",
        find_secs / articles.len() as f64 * 1e6
    );

    if top {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for (text, sentences) in &articles {
            let doc = lexicon.resolve_document(text, sentences);
            for a in doc.actors.iter().filter(|a| a.source == ActorSource::Text) {
                let x = &a.actor;
                *counts
                    .entry(format!(
                        "{}\t{}\t{}\t{}",
                        x.name,
                        x.code,
                        x.role.as_deref().unwrap_or("-"),
                        x.aliases.join("|")
                    ))
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
